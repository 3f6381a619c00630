/**
 * `parlance coach`: the coach from the command line.
 *
 *   coach check     JSON Lines {"id","text"} on stdin → {"id","issues":[{start,end,category,message,replacement?}]}
 *   coach grade     JSON Lines {"id","question","reference"?,"keyPoints"?,"answer"} → {"id","score","covered","missed"}
 *   coach feedback  --question <id> [--file answer.txt]: full feedback for a person, in the terminal
 *
 * The batch commands stream: one line is read, processed and written before the next is read, so
 * memory stays flat however long the input. A line that is not valid gets {"id","error"} and the
 * run goes on; empty input gives empty output; the exit code is non-zero only when stdin cannot be
 * read. Offsets are JavaScript string indices into the text.
 */
import { once } from "node:events";
import { fstatSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { Command } from "commander";
import { z } from "zod";
import { DEFAULT_CONTENT_DIR } from "../../config/paths.ts";
import { createCoach, type Coach } from "../../coach/coach.ts";
import { taskForQuestion } from "../../coach/pack.ts";
import { createHarperLinter, loadCoachResources, type LoadedResources } from "../../coach/resources.ts";
import type { Feedback, Issue } from "../../coach/types.ts";

const Id = z.union([z.string(), z.number()]);
const CheckLine = z.object({ id: Id, text: z.string() });
const GradeLine = z.object({
  id: Id,
  question: z.string(),
  reference: z.string().optional().nullable(),
  keyPoints: z.array(z.string()).optional().nullable(),
  answer: z.string(),
});

interface Options {
  dir?: string;
}

const contentDir = (o: Options) => resolve(o.dir ?? process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR);

/** Lines of a stream, read lazily: the next chunk is read only when the previous lines are handled. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  input.setEncoding("utf8");
  let buffer = "";
  for await (const chunk of input as AsyncIterable<string>) {
    buffer += chunk;
    let nl = buffer.indexOf("\n");
    while (nl >= 0) {
      yield buffer.slice(0, nl).replace(/\r$/, "");
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf("\n");
    }
  }
  if (buffer.length) yield buffer.replace(/\r$/, "");
}

/** Write a line, waiting for the consumer when the pipe is full. */
async function writeLine(value: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(value)}\n`)) await once(process.stdout, "drain");
}

const describe = (err: z.ZodError) => err.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");

/** Whether fd 0 can be read at all (a closed descriptor or a directory cannot). */
function stdinProblem(): string | null {
  try {
    return fstatSync(0).isDirectory() ? "stdin is a directory" : null;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * Run a JSON Lines command over stdin. `start` loads what the handler needs; it runs on the first
 * non-empty line, so empty input costs nothing.
 */
async function runBatch(start: () => Promise<(value: unknown) => Promise<unknown>>): Promise<void> {
  const problem = stdinProblem();
  if (problem) {
    console.error(`parlance: cannot read stdin: ${problem}`);
    process.exitCode = 1;
    return;
  }
  let handle: ((value: unknown) => Promise<unknown>) | undefined;
  // A closed stdout (| head) is not an error for a batch job: stop quietly.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  try {
    for await (const line of readLines(process.stdin)) {
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        await writeLine({ id: null, error: `invalid JSON: ${(err as Error).message}` });
        continue;
      }
      const id = typeof value === "object" && value !== null && "id" in value ? ((value as { id: unknown }).id ?? null) : null;
      handle ??= await start();
      try {
        await writeLine(await handle(value));
      } catch (err) {
        await writeLine({ id, error: err instanceof z.ZodError ? describe(err) : (err as Error).message });
      }
    }
  } catch (err) {
    console.error(`parlance: cannot read stdin: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}

const issueOut = (i: Issue) => ({
  start: i.start,
  end: i.end,
  category: i.category,
  message: i.message,
  ...(i.replacement !== undefined ? { replacement: i.replacement } : {}),
});

async function load(options: Options, harper: boolean): Promise<{ coach: Coach; resources: LoadedResources }> {
  const resources = await loadCoachResources({ contentDir: contentDir(options), harper, onMissingContent: "warn" });
  return { coach: createCoach(resources), resources };
}

export function coachCommand(): Command {
  const coach = new Command("coach").description("The offline coach: check language, grade answers, give feedback.");

  coach
    .command("check")
    .description("Language issues for each JSON line {\"id\", \"text\"} on stdin; one {\"id\", \"issues\"} line per input on stdout.")
    .option("--dir <path>", "the content directory whose glossary counts as known words (default: CONTENT_DIR, or the package's content/)")
    .action(async (options: Options) => {
      await runBatch(async () => {
        const { coach } = await load(options, true);
        return async (value) => {
          const line = CheckLine.parse(value);
          return { id: line.id, issues: (await coach.check(line.text)).map(issueOut) };
        };
      });
    });

  coach
    .command("grade")
    .description(
      "Grade each JSON line {\"id\", \"question\", \"reference\"?, \"keyPoints\"?: string[], \"answer\"} on stdin; " +
        "one {\"id\", \"score\" (0–5), \"covered\", \"missed\"} line per input on stdout.",
    )
    .option("--dir <path>", "the content directory whose glossary is used (default: CONTENT_DIR, or the package's content/)")
    .action(async (options: Options) => {
      await runBatch(async () => {
        const { coach } = await load(options, false);
        return async (value) => {
          const line = GradeLine.parse(value);
          const result = coach.grade({
            question: line.question,
            answer: line.answer,
            ...(line.reference ? { reference: line.reference } : {}),
            ...(line.keyPoints ? { keyPoints: line.keyPoints } : {}),
          });
          return { id: line.id, score: result.score, covered: result.covered, missed: result.missed };
        };
      });
    });

  coach
    .command("feedback")
    .description("Full feedback on an answer to an interview question, for a person to read.")
    .requiredOption("--question <id>", "the question's id in the content pack, e.g. rest-and-restful-apis")
    .option("--file <path>", "read the answer from this file (default: stdin)")
    .option("--json", "print the feedback as JSON")
    .option("--dir <path>", "the content directory (default: CONTENT_DIR, or the package's content/)")
    .action(async (options: Options & { question: string; file?: string; json?: boolean }) => {
      const { resources } = await load(options, false);
      const question = resources.pack?.questions.find((q) => q.id === options.question);
      if (!question) {
        const ids = (resources.pack?.questions ?? []).map((q) => q.id);
        const near = ids.filter((id) => id.includes(options.question) || options.question.includes(id)).slice(0, 5);
        console.error(`parlance: no question "${options.question}"${near.length ? `; did you mean ${near.join(", ")}?` : ""}`);
        process.exitCode = 1;
        return;
      }
      let answer: string;
      try {
        answer = options.file ? await readFile(options.file, "utf8") : await readAll(process.stdin);
      } catch (err) {
        console.error(`parlance: cannot read the answer: ${(err as Error).message}`);
        process.exitCode = 1;
        return;
      }
      const coach = createCoach({ ...resources, linter: await createHarperLinter(resources.lexicon!.dictionaryWords) });
      const feedback = await coach.feedback(answer, taskForQuestion(question));
      if (options.json) console.log(JSON.stringify(feedback, null, 2));
      else process.stdout.write(renderFeedback(question.prompt, answer, feedback, colorsFor(process.stdout)));
    });

  return coach;
}

async function readAll(input: Readable): Promise<string> {
  let text = "";
  for await (const line of readLines(input)) text += `${line}\n`;
  return text;
}

// ------------------------------------------------------------------------------------------
// terminal rendering

interface Colors {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

function colorsFor(stream: NodeJS.WriteStream): Colors {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** 1-based line and column of an offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${line}:${column}`;
}

export function renderFeedback(prompt: string, text: string, f: Feedback, c: Colors): string {
  const out: string[] = [];
  const bandColor = f.band >= 4 ? c.green : f.band >= 2 ? c.yellow : c.red;
  out.push(c.dim(`Question: ${prompt}`), "");
  out.push(`${c.bold(bandColor(`Band ${f.band}/5 — ${f.bandLabel}`))}   ${c.dim(`overall ${f.overall}/100`)}`);
  const scores = [
    f.scores.content === null ? null : `content ${f.scores.content}`,
    `language ${f.scores.language}`,
    `vocabulary ${f.scores.vocabulary}`,
    f.scores.structure === null ? null : `structure ${f.scores.structure}`,
    `clarity ${f.scores.clarity}`,
  ].filter(Boolean);
  out.push(c.dim(scores.join(" · ")), "");

  if (f.keyPoints.covered.length || f.keyPoints.missed.length) {
    out.push(c.bold("Key points"));
    for (const k of f.keyPoints.covered) out.push(`  ${c.green("✓")} ${k.text}  ${c.dim(`“${k.quote}”`)}`);
    for (const k of f.keyPoints.missed) {
      const note = k.reason === "contradicted" ? c.red(" (your answer says the opposite)") : k.reason === "partial" ? c.yellow(" (partly)") : "";
      out.push(`  ${c.red("✗")} ${k.text}${note}`);
    }
    out.push("");
  }
  if (f.structure) {
    out.push(c.bold(`Structure (${f.structure.kind})`));
    out.push(`  ${f.structure.parts.map((p) => (p.present ? c.green(`✓ ${p.label}`) : c.red(`✗ ${p.label}`))).join("   ")}${f.structure.inOrder ? "" : c.yellow("   (out of order)")}`);
    out.push("");
  }
  if (f.issues.length) {
    out.push(c.bold("Language and clarity"));
    for (const i of f.issues) {
      const quote = text.slice(i.start, i.end).replace(/\s+/g, " ");
      const fix = i.replacement !== undefined ? ` → ${c.green(`“${i.replacement}”`)}` : "";
      const mark = i.severity === "error" ? c.red("●") : c.yellow("○");
      out.push(`  ${mark} ${c.dim(position(text, i.start).padEnd(6))} ${c.cyan(i.category.padEnd(13))} “${quote}”${fix}`);
      out.push(`    ${c.dim(i.message)}`);
    }
    out.push("");
  }
  if (f.rewrites.length) {
    out.push(c.bold("Say it better"));
    for (const r of f.rewrites) {
      out.push(`  ${c.red("-")} ${r.original}`);
      out.push(`  ${c.green("+")} ${r.suggestion}`);
      out.push(`    ${c.dim(r.reason)}`);
    }
    out.push("");
  }
  const v = f.vocabulary;
  if (v.used.length || v.misused.length || v.unused.length) {
    out.push(c.bold("Vocabulary"));
    if (v.used.length) out.push(`  used: ${v.used.map((u) => u.term).join(", ")}`);
    if (v.misused.length) out.push(`  check: ${v.misused.map((u) => u.term).join(", ")}`);
    if (v.unused.length) out.push(c.dim(`  not used yet: ${v.unused.join(", ")}`));
    out.push("");
  }
  out.push(f.summary, "");
  return out.join("\n");
}
