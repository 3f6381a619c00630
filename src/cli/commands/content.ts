import { resolve } from "node:path";
import { Command } from "commander";
import { DEFAULT_CONTENT_DIR } from "../../config/paths.ts";
import { checkContent } from "../../content/check-content.ts";
import type { ContentProblem } from "../../content/model.ts";
import type { PackStats } from "../../content/stats.ts";

/** `file:line field — message`, the shape editors and terminals turn into links. */
const formatProblem = (p: ContentProblem) =>
  `${p.file}${p.line === null ? "" : `:${p.line}`}${p.field ? ` ${p.field}` : ""} — ${p.message}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const describePack = (s: PackStats) =>
  `${s.role}: ${plural(s.areas, "area")}, ${plural(s.total.terms, "term")}, ${plural(s.total.topics, "topic")}, ` +
  `${plural(s.total.questions, "question")}, ${plural(s.total.scenarios, "scenario")}, ` +
  `${plural(s.total.exercises, "exercise")} in ${plural(s.total.exerciseSets, "set")}`;

export function contentCommand(): Command {
  const content = new Command("content").description("Work with the curriculum files in content/.");
  content
    .command("check")
    .description("Check every role's content files against the schemas and each other; exit 1 on any problem.")
    .option("--dir <path>", "the content directory (default: CONTENT_DIR, or the package's content/)")
    .option("--json", "print { ok, problems, stats } as JSON")
    .action(async (options: { dir?: string; json?: boolean }) => {
      // Resolved like the server's configuration (src/config/env.ts), so both see the same files.
      const dir = resolve(options.dir ?? process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR);
      let check;
      try {
        check = await checkContent(dir);
      } catch (err) {
        const message = `cannot read the content directory ${dir}: ${(err as Error).message}`;
        if (options.json) console.log(JSON.stringify({ ok: false, problems: [{ file: dir, line: null, field: "", message }], stats: [] }, null, 2));
        else console.error(`parlance: ${message}`);
        process.exitCode = 1;
        return;
      }
      const { ok, problems, stats } = check;
      process.exitCode = ok ? 0 : 1;
      if (options.json) {
        console.log(JSON.stringify({ ok, problems, stats }, null, 2));
        return;
      }
      let previous: string | undefined;
      for (const problem of problems) {
        if (previous !== undefined && problem.file !== previous) console.log("");
        console.log(formatProblem(problem));
        previous = problem.file;
      }
      const files = new Set(problems.map((p) => p.file)).size;
      const summary = stats.map(describePack).join("; ");
      if (problems.length > 0) console.log("");
      console.log(ok ? `content OK (${summary})` : `${plural(problems.length, "problem")} in ${plural(files, "file")} (${summary})`);
    });
  return content;
}
