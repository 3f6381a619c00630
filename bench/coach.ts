/**
 * The coach benchmark: full feedback on 50-, 200- and 800-word answers (p50/p95 after warm-up,
 * texts per second), start-up time and the resident memory it adds, side by side with harper.js
 * alone on the same texts. Each side runs in its own child process so start-up and memory are
 * measured from a clean slate. Prints a table and writes bench/results/coach.json.
 *
 * Every timed text is new to both sides, sentence by sentence: harper.js keeps recent sentences'
 * results, so a text seen before lints several times faster than one a learner just wrote.
 *
 *   node --import tsx bench/coach.ts            (BENCH_RUNS=n for more samples per size)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unseen } from "./load.ts";

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [50, 200, 800] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 200);

interface Timing {
  words: number;
  p50Ms: number;
  p95Ms: number;
  textsPerSecond: number;
  runs: number;
}

interface ChildReport {
  side: "coach" | "harper";
  startupMs: number;
  rssAddedMb: number;
  rssMb: number;
  timings: Timing[];
  gradeP95Ms?: number;
}

// ------------------------------------------------------------------------------------------
// texts: model answers of the pack, cut or joined to a word count, with typical learner slips

const SLIPS: [RegExp, string][] = [
  [/\bthe server\b/i, "server"],
  [/\bdepends on\b/, "depends of"],
  [/\binformation\b/, "informations"],
  [/\bhas\b/, "have"],
  [/\bdiscuss\b/, "discuss about"],
  [/\ba new\b/, "new"],
];

function textOf(answers: readonly string[], start: number, words: number): string {
  const out: string[] = [];
  for (let k = start; out.length < words; k++) out.push(...answers[k % answers.length]!.split(/\s+/));
  let text = out.slice(0, words).join(" ");
  for (const [re, wrong] of SLIPS) text = text.replace(re, wrong);
  return text.endsWith(".") ? text : `${text}.`;
}

async function child(side: "coach" | "harper"): Promise<ChildReport> {
  const { readPack } = await import("../src/content/read-pack.ts");
  const { DEFAULT_CONTENT_DIR } = await import("../src/config/paths.ts");
  const { pack } = await readPack(DEFAULT_CONTENT_DIR, "backend-developer");
  const questions = pack.questions;
  const answers = questions.map((q) => q.modelAnswer.replace(/\s+/g, " ").trim());
  const texts = new Map<number, { text: string; question: number }[]>();
  for (const words of SIZES) texts.set(words, Array.from({ length: 20 }, (_, k) => ({ text: textOf(answers, k * 3, words), question: (k * 3) % questions.length })));

  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  let run: (text: string, question: number) => Promise<unknown>;
  let grade: ((text: string, question: number) => unknown) | undefined;
  if (side === "harper") {
    const [{ Dialect, LocalLinter }, { binaryInlined }] = await Promise.all([import("harper.js"), import("harper.js/binaryInlined")]);
    const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
    await linter.setup();
    run = async (text) => {
      for (const lint of await linter.lint(text, { language: "plaintext" })) lint.free();
    };
  } else {
    const { loadCoachResources } = await import("../src/coach/resources.ts");
    const { createCoach } = await import("../src/coach/coach.ts");
    const { taskForQuestion } = await import("../src/coach/pack.ts");
    const coach = createCoach(await loadCoachResources({ pack }));
    const tasks = questions.map(taskForQuestion);
    run = (text, q) => coach.feedback(text, tasks[q]!);
    grade = (text, q) => coach.grade({ question: questions[q]!.prompt, reference: questions[q]!.modelAnswer, keyPoints: questions[q]!.keyPoints, answer: text });
  }
  const startupMs = performance.now() - t0;
  global.gc?.();
  const rssAddedMb = (process.memoryUsage().rss - rss0) / 1e6;

  // warm-up over every size
  for (let i = 0; i < WARM_UP; i++) {
    const list = texts.get(SIZES[i % SIZES.length]!)!;
    const item = list[i % list.length]!;
    await run(unseen(item.text, -i), item.question);
  }

  const timings: Timing[] = [];
  for (const words of SIZES) {
    const list = texts.get(words)!;
    const n = words === 800 ? Math.max(10, Math.round(RUNS / 2)) : RUNS;
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const item = list[i % list.length]!;
      const text = unseen(item.text, words * 1000 + i);
      const a = performance.now();
      await run(text, item.question);
      samples.push(performance.now() - a);
    }
    samples.sort((x, y) => x - y);
    const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
    timings.push({
      words,
      p50Ms: round(samples[Math.floor(0.5 * (samples.length - 1))]!),
      p95Ms: round(samples[Math.floor(0.95 * (samples.length - 1))]!),
      textsPerSecond: round(1000 / mean, 1),
      runs: n,
    });
  }

  let gradeP95Ms: number | undefined;
  if (grade) {
    const list = texts.get(200)!;
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const item = list[i % list.length]!;
      const a = performance.now();
      grade(item.text, item.question);
      samples.push(performance.now() - a);
    }
    samples.sort((x, y) => x - y);
    gradeP95Ms = round(samples[Math.floor(0.95 * (samples.length - 1))]!);
  }
  return { side, startupMs: Math.round(startupMs), rssAddedMb: Math.round(rssAddedMb), rssMb: Math.round(process.memoryUsage().rss / 1e6), timings, ...(gradeP95Ms !== undefined ? { gradeP95Ms } : {}) };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

// ------------------------------------------------------------------------------------------

const childSide = process.argv[process.argv.indexOf("--child") + 1];
if (process.argv.includes("--child") && (childSide === "coach" || childSide === "harper")) {
  process.stdout.write(`${JSON.stringify(await child(childSide))}\n`);
} else {
  const reports: ChildReport[] = [];
  for (const side of ["harper", "coach"] as const) {
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--child", side], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`bench child ${side} failed (${r.status})`);
    reports.push(JSON.parse(r.stdout.trim().split("\n").at(-1)!) as ChildReport);
  }
  const [harper, coach] = reports as [ChildReport, ChildReport];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  console.log(`Coach benchmark (${RUNS} runs per size after ${WARM_UP} warm-up runs; one process each)`);
  console.log(`${pad("", 28)}${pad("harper.js alone", 26)}coach (full feedback)`);
  console.log(`${pad("start-up", 28)}${pad(`${harper.startupMs} ms`, 26)}${coach.startupMs} ms (+${coach.startupMs - harper.startupMs} ms)`);
  console.log(`${pad("resident memory added", 28)}${pad(`${harper.rssAddedMb} MB`, 26)}${coach.rssAddedMb} MB (process ${coach.rssMb} MB)`);
  for (const words of SIZES) {
    const h = harper.timings.find((t) => t.words === words)!;
    const c = coach.timings.find((t) => t.words === words)!;
    console.log(
      `${pad(`${words} words p50 / p95`, 28)}${pad(`${h.p50Ms} / ${h.p95Ms} ms`, 26)}${c.p50Ms} / ${c.p95Ms} ms`,
    );
    console.log(`${pad(`${words} words texts/s`, 28)}${pad(h.textsPerSecond, 26)}${c.textsPerSecond}`);
  }
  if (coach.gradeP95Ms !== undefined) console.log(`${pad("grade only, 200 words p95", 28)}${pad("—", 26)}${coach.gradeP95Ms} ms`);
  const target = coach.timings.find((t) => t.words === 200)!;
  console.log(`\ntarget: 200-word feedback p95 ≤ 25 ms → ${target.p95Ms} ms ${target.p95Ms <= 25 ? "(met)" : "(not met)"}`);
  console.log(`target: start-up beyond harper ≤ 2000 ms → ${coach.startupMs - harper.startupMs} ms ${coach.startupMs - harper.startupMs <= 2000 ? "(met)" : "(not met)"}`);
  const out = join(here, "results", "coach.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, warmUp: WARM_UP, harper, coach }, null, 2)}\n`);
  console.log(`\nwritten to ${out}`);
}
