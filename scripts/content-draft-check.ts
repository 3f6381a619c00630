// Temporary schema-only check for content writers while `parlance content check` is being built.
// Usage: npx tsx scripts/content-draft-check.ts [file ...]   (default: every file of the pack)
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import matter from "gray-matter";
import { TermFile, QuestionFile, Scenario, ExerciseFile, TopicFrontMatter, Area, Role, TOPIC_SECTIONS } from "../src/content/schema.ts";

const root = "content/backend-developer";
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const files = process.argv.length > 2 ? process.argv.slice(2) : walk(root);
let problems = 0;
for (const file of files) {
  const kind = file.split("/").at(-2);
  const text = readFileSync(file, "utf8");
  try {
    if (file.endsWith(".md")) {
      const { data, content } = matter(text);
      const r = TopicFrontMatter.safeParse(data);
      if (!r.success) throw r.error;
      const headings = [...content.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      if (JSON.stringify(headings) !== JSON.stringify([...TOPIC_SECTIONS]))
        throw new Error(`sections must be exactly ${TOPIC_SECTIONS.join(" | ")}; found ${headings.join(" | ")}`);
      continue;
    }
    const data = parse(text);
    const schema =
      kind === "terms" ? TermFile : kind === "questions" ? QuestionFile : kind === "scenarios" ? Scenario
      : kind === "exercises" ? ExerciseFile : kind === "areas" ? Area : file.endsWith("role.yaml") ? Role : null;
    if (!schema) continue;
    const r = schema.safeParse(data);
    if (!r.success) throw r.error;
  } catch (e) {
    problems++;
    const msg = e && typeof e === "object" && "issues" in e
      ? (e as { issues: { path: PropertyKey[]; message: string }[] }).issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")
      : String(e);
    console.log(`${file}\n${msg}`);
  }
}
console.log(problems ? `${problems} file(s) with problems` : `${files.length} file(s) OK`);
process.exitCode = problems ? 1 : 0;
