/**
 * The coach's evaluation on its development set.
 *
 *   node --import tsx eval/coach/evaluate.ts [--verbose] [--json] [--grading]
 *
 * 1. Grading: Pearson (and Spearman) correlation between the rubric scores of answers.yaml and
 *    the coach's grade, in three modes — with the question's key points and model answer (as the
 *    app grades), with the model answer only (as `parlance coach grade` is called with
 *    {question, reference, answer}), with the key points as plain strings — next to the TF-IDF
 *    cosine baseline. Answers are split by question into a dev half (used while building the coach)
 *    and a held-out half.
 * 2. Error detection: precision, recall and F0.5 of `check` on sentences.txt (the rules were
 *    written against it) and sentences-heldout.txt (written afterwards, never used to change a
 *    rule), with harper.js alone (its default rules, no glossary) side by side. A predicted issue is a true positive when it overlaps
 *    (or touches, across a space) a marked error.
 *
 * 3. Short references: reference-only grading on short-answers.yaml, questions outside the
 *    interview bank with a one- or two-sentence reference, next to TF-IDF. It was written as a check
 *    and not used to tune the grader.
 *
 * `--grading` runs only the grading parts (no harper.js, a few seconds) and does not write the file.
 * Writes eval/coach/results.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { createCoach } from "../../src/coach/coach.ts";
import { harperIssues } from "../../src/coach/language/harper.ts";
import { loadCoachResources, startHarper } from "../../src/coach/resources.ts";
import { fitTfIdf } from "./tfidf.ts";
import { pearson, round, spearman } from "./evaluate-stats.ts";

const here = dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes("--verbose");
const gradingOnly = process.argv.includes("--grading");
/** `--dev`: development sets only (held-out sets are neither run nor printed; results.json is not written). */
const devOnly = process.argv.includes("--dev");

// ------------------------------------------------------------------------------------------
// statistics

/** Dev or held-out, by question, from a fixed hash of its id. */
function split(questionId: string): "dev" | "held-out" {
  let h = 0;
  for (const c of questionId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 2 === 0 ? "dev" : "held-out";
}

// ------------------------------------------------------------------------------------------
// data

interface Answer {
  id: string;
  question: string;
  score: number;
  tags: string[];
  answer: string;
}

interface Gold {
  start: number;
  end: number;
  category: string;
}

/** Parse "{wrong=>right|category}" marks into the learner's text and gold spans. */
export function parseMarked(line: string): { text: string; gold: Gold[] } {
  let text = "";
  const gold: Gold[] = [];
  const re = /\{([^{}]*?)=>([^{}|]*)\|([a-z-]+)\}/g;
  let last = 0;
  for (const m of line.matchAll(re)) {
    text += line.slice(last, m.index);
    const wrong = m[1]!;
    gold.push({ start: text.length, end: text.length + wrong.length, category: m[3]! });
    text += wrong;
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  return { text, gold };
}

/** Overlap; an insertion point (or a span) also matches a prediction it touches across spaces only. */
const overlapsIn = (text: string) => (p: { start: number; end: number }, g: Gold) => {
  if (p.start < g.end && g.start < p.end) return true;
  if (g.start === g.end && p.start <= g.start && g.start <= p.end) return true;
  const gap = p.end <= g.start ? text.slice(p.end, g.start) : g.end <= p.start ? text.slice(g.end, p.start) : "x";
  return gap.length <= 1 && gap.trim() === "";
};

// ------------------------------------------------------------------------------------------

const resources = await loadCoachResources({ harper: !gradingOnly });
const coach = createCoach(resources);
const harperAlone = gradingOnly ? undefined : await startHarper();
const questions = new Map(resources.pack!.questions.map((q) => [q.id, q]));
const answers = (parse(readFileSync(join(here, "answers.yaml"), "utf8")) as { answers: Answer[] }).answers;
for (const a of answers) if (!questions.has(a.question)) throw new Error(`${a.id}: unknown question ${a.question}`);

const tfidf = fitTfIdf([...answers.map((a) => a.answer), ...[...new Set(answers.map((a) => a.question))].map((id) => questions.get(id)!.modelAnswer)]);

interface Row {
  id: string;
  split: string;
  rubric: number;
  tags: string[];
  keyPoints: number;
  reference: number;
  keyPointStrings: number;
  tfidf: number;
  feedback: number;
}

const rows: Row[] = [];
for (const a of answers) {
  const q = questions.get(a.question)!;
  const keyPoints = coach.grade({ question: q.prompt, reference: q.modelAnswer, keyPoints: q.keyPoints, answer: a.answer }).score;
  const reference = coach.grade({ question: q.prompt, reference: q.modelAnswer, answer: a.answer }).score;
  const keyPointStrings = coach.grade({ question: q.prompt, keyPoints: q.keyPoints.map((k) => k.text), answer: a.answer }).score;
  const feedback = gradingOnly ? 0 : (await coach.feedback(a.answer, { kind: "interview-answer", prompt: q.prompt, reference: q.modelAnswer, keyPoints: q.keyPoints, ...(q.kind === "behavioral" ? { structure: "star" as const } : {}) })).overall;
  rows.push({ id: a.id, split: split(a.question), rubric: a.score, tags: a.tags, keyPoints, reference, keyPointStrings, tfidf: tfidf.similarity(a.answer, q.modelAnswer), feedback });
}

const modes = ["keyPoints", "reference", "keyPointStrings", "tfidf", "feedback"] as const;
const grading: Record<string, Record<string, { pearson: number; spearman: number; n: number }>> = {};
for (const part of ["all", "dev", "held-out"]) {
  const subset = rows.filter((r) => part === "all" || r.split === part);
  grading[part] = {};
  for (const m of modes) {
    const ys = subset.map((r) => r[m]);
    const xs = subset.map((r) => r.rubric);
    grading[part]![m] = { pearson: round(pearson(xs, ys)), spearman: round(spearman(xs, ys)), n: subset.length };
  }
}
const mae = (m: "keyPoints" | "reference") => round(rows.reduce((s, r) => s + Math.abs(r[m] - r.rubric), 0) / rows.length, 2);

// By tag: the mean grade next to the mean rubric score.
const byTag: Record<string, { n: number; rubric: number; keyPoints: number; reference: number }> = {};
for (const r of rows) {
  for (const t of r.tags) {
    const b = (byTag[t] ??= { n: 0, rubric: 0, keyPoints: 0, reference: 0 });
    b.n++;
    b.rubric += r.rubric;
    b.keyPoints += r.keyPoints;
    b.reference += r.reference;
  }
}
for (const b of Object.values(byTag)) {
  b.rubric = round(b.rubric / b.n, 2);
  b.keyPoints = round(b.keyPoints / b.n, 2);
  b.reference = round(b.reference / b.n, 2);
}

// ------------------------------------------------------------------------------------------
// short references

interface ShortQuestion {
  id: string;
  question: string;
  reference: string;
  answers: { id: string; score: number; tags?: string[]; answer: string }[];
}

/**
 * Reference-only grading of a set of questions with a short reference each, next to TF-IDF.
 * "halves": the questions split into dev and held-out by the same hash as answers.yaml; otherwise
 * the whole set is one or the other.
 */
function referenceSet(file: string, use: "halves" | "dev" | "held-out") {
  const halves = use === "halves";
  const set = (parse(readFileSync(join(here, file), "utf8")) as { questions: ShortQuestion[] }).questions;
  const setTfidf = fitTfIdf(set.flatMap((q) => [q.reference, ...q.answers.map((a) => a.answer)]));
  const setRows = set.flatMap((q) =>
    q.answers.map((a) => ({
      id: a.id,
      split: halves ? split(q.id) : use,
      rubric: a.score,
      tags: a.tags ?? [],
      reference: coach.grade({ question: q.question, reference: q.reference, answer: a.answer }).score,
      tfidf: setTfidf.similarity(a.answer, q.reference),
    })),
  );
  const correlation = (m: "reference" | "tfidf", part: string) => {
    const subset = setRows.filter((r) => part === "all" || r.split === part);
    const xs = subset.map((r) => r.rubric);
    const ys = subset.map((r) => r[m]);
    return { pearson: round(pearson(xs, ys)), spearman: round(spearman(xs, ys)), n: subset.length };
  };
  const parts = halves ? (["all", "dev", "held-out"] as const) : (["all"] as const);
  const summary = {
    file,
    questions: set.length,
    answers: setRows.length,
    correlation: Object.fromEntries(parts.map((p) => [p, { reference: correlation("reference", p), tfidf: correlation("tfidf", p) }])),
    meanAbsoluteError: round(setRows.reduce((s, r) => s + Math.abs(r.reference - r.rubric), 0) / setRows.length, 2),
    byTag: {} as Record<string, { n: number; rubric: number; reference: number }>,
  };
  for (const r of setRows) {
    for (const t of r.tags) {
      const b = (summary.byTag[t] ??= { n: 0, rubric: 0, reference: 0 });
      b.n++;
      b.rubric += r.rubric;
      b.reference += r.reference;
    }
  }
  for (const b of Object.values(summary.byTag)) {
    b.rubric = round(b.rubric / b.n, 2);
    b.reference = round(b.reference / b.n, 2);
  }
  return { rows: setRows, summary };
}

const short = referenceSet("short-answers.yaml", "halves");
const shortRows = short.rows;
const shortAnswers = short.summary;
const classroomDev = referenceSet("classroom-answers-dev.yaml", "dev");
const classroom = devOnly ? undefined : referenceSet("classroom-answers.yaml", "held-out");

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const labels: Record<(typeof modes)[number], string> = {
  keyPoints: "coach grade: key points + reference",
  reference: "coach grade: reference only",
  keyPointStrings: "coach grade: key points as plain strings",
  tfidf: "baseline: TF-IDF cosine to reference",
  feedback: "coach feedback: overall (0–100)",
};

function printReferenceSet(title: string, set: ReturnType<typeof referenceSet>["summary"]) {
  const parts = Object.keys(set.correlation);
  const c = set.correlation;
  console.log(`\n${title} (${set.file}): ${set.answers} answers to ${set.questions} questions, Pearson r / Spearman ρ`);
  console.log(`${pad("mode", 44)}${parts.map((p) => pad(`${p} (${c[p]!.reference.n})`, 16)).join("")}`);
  for (const [m, label] of [["reference", "coach grade: reference only"], ["tfidf", "baseline: TF-IDF cosine to reference"]] as const) {
    console.log(`${pad(label, 44)}${parts.map((p) => pad(`${c[p]![m].pearson.toFixed(2)} / ${c[p]![m].spearman.toFixed(2)}`, 16)).join("")}`);
  }
  console.log(`mean absolute error (0–5): ${set.meanAbsoluteError}`);
  for (const [tag, b] of Object.entries(set.byTag).sort()) console.log(`  ${pad(tag, 14)} n=${pad(b.n, 4)} ${b.rubric.toFixed(2)} → ${b.reference.toFixed(2)}`);
}

function printGrading() {
  console.log(`Grading: ${rows.length} answers (Pearson r / Spearman ρ with the rubric)`);
  console.log(`${pad("mode", 44)}${pad("all", 16)}${pad("dev", 16)}held-out`);
  for (const m of modes) {
    if (gradingOnly && m === "feedback") continue;
    console.log(`${pad(labels[m], 44)}${["all", "dev", "held-out"].map((p) => pad(`${grading[p]![m]!.pearson.toFixed(2)} / ${grading[p]![m]!.spearman.toFixed(2)}`, 16)).join("")}`);
  }
  console.log(`mean absolute error (0–5): key points ${mae("keyPoints")}, reference only ${mae("reference")}`);
  console.log("\nMean grade by kind of answer (rubric → key points / reference only):");
  for (const [tag, b] of Object.entries(byTag).sort()) console.log(`  ${pad(tag, 14)} n=${pad(b.n, 4)} ${b.rubric.toFixed(2)} → ${b.keyPoints.toFixed(2)} / ${b.reference.toFixed(2)}`);
  printReferenceSet("Short references", shortAnswers);
  printReferenceSet("Classroom answers, development set", classroomDev.summary);
  if (classroom) printReferenceSet("Classroom answers, held out", classroom.summary);
  if (verbose) {
    console.log("\nAnswers (rubric → key points / reference / tfidf):");
    for (const r of rows) console.log(`  ${pad(r.id, 26)} ${r.split === "dev" ? "dev " : "held"} ${r.rubric} → ${r.keyPoints.toFixed(2)} / ${r.reference.toFixed(2)} / ${r.tfidf.toFixed(2)}  fb ${r.feedback}`);
    console.log("\nShort-reference answers (rubric → reference / tfidf):");
    for (const r of shortRows) console.log(`  ${pad(r.id, 26)} ${r.split === "dev" ? "dev " : "held"} ${r.rubric} → ${r.reference.toFixed(2)} / ${r.tfidf.toFixed(2)}`);
  }
}

if (gradingOnly) {
  printGrading();
  process.exit(0);
}

// ------------------------------------------------------------------------------------------
// error detection

interface Counts {
  predicted: number;
  truePositives: number;
  gold: number;
  detected: number;
}
const zero = (): Counts => ({ predicted: 0, truePositives: 0, gold: 0, detected: 0 });

async function detection(file: string) {
  const lines = readFileSync(join(here, file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const coachCounts = zero();
  const harperCounts = zero();
  const perCategory: Record<string, { gold: number; detected: number }> = {};
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (const line of lines) {
    const { text, gold } = parseMarked(line);
    const overlaps = overlapsIn(text);
    const predicted = await coach.check(text);
    const harperOnly = (await harperIssues(harperAlone!, text, { isDomainWord: () => false })).filter((i) => i.severity === "error");
    for (const [counts, issues] of [[coachCounts, predicted], [harperCounts, harperOnly]] as const) {
      counts.predicted += issues.length;
      counts.truePositives += issues.filter((p) => gold.some((g) => overlaps(p, g))).length;
      counts.gold += gold.length;
      counts.detected += gold.filter((g) => issues.some((p) => overlaps(p, g))).length;
    }
    for (const g of gold) {
      const c = (perCategory[g.category] ??= { gold: 0, detected: 0 });
      c.gold++;
      if (predicted.some((p) => overlaps(p, g))) c.detected++;
      else misses.push(`${g.category}: ${text} [${text.slice(g.start, g.end) || "^"}]`);
    }
    for (const p of predicted) if (!gold.some((g) => overlaps(p, g))) falsePositives.push(`${p.rule}: "${text.slice(p.start, p.end)}" in: ${text}`);
  }
  return {
    sentences: lines.length,
    coach: prf(coachCounts),
    harperAlone: prf(harperCounts),
    recallByCategory: Object.fromEntries(Object.entries(perCategory).map(([k, v]) => [k, { ...v, recall: round(v.detected / v.gold, 2) }])),
    falsePositives,
    misses,
  };
}

function prf(c: Counts) {
  const precision = c.predicted ? c.truePositives / c.predicted : 0;
  const recall = c.gold ? c.detected / c.gold : 0;
  const f05 = precision + recall ? (1.25 * precision * recall) / (0.25 * precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f05: round(f05), predicted: c.predicted, gold: c.gold };
}

const dev = await detection("sentences.txt");
const heldOut = devOnly ? undefined : await detection("sentences-heldout.txt");
const everyday = await detection("sentences-everyday.txt");
const everydayB = await detection("sentences-everyday-b.txt");
const everydayC = await detection("sentences-everyday-c.txt");
const everydayD = await detection("sentences-everyday-d.txt");
const everydayE = await detection("sentences-everyday-e.txt");
const everydayHeldOut = devOnly ? undefined : await detection("sentences-everyday-heldout.txt");
const strip = ({ falsePositives: _f, misses: _m, ...rest }: Awaited<ReturnType<typeof detection>>) => rest;
/**
 * False alarms on correct text: the pack's model answers, term definitions and examples, and
 * roleplay lines were written to be correct English, so every issue found there is a false alarm
 * (or a slip in the content). Per 1,000 words, with the rules that raise them most.
 */
async function correctText() {
  const pack = resources.pack!;
  const texts = [
    ...pack.questions.flatMap((q) => [q.prompt, q.modelAnswer]),
    ...pack.terms.flatMap((t) => [t.definition, ...t.examples.map((e) => e.text)]),
    ...pack.scenarios.flatMap((sc) => sc.modelDialogue.map((l) => l.text)),
  ];
  let words = 0;
  let coachIssues = 0;
  let harperIssuesCount = 0;
  const byRule: Record<string, number> = {};
  for (const text of texts) {
    words += text.split(/\s+/).filter(Boolean).length;
    for (const i of await coach.check(text)) {
      coachIssues++;
      byRule[i.rule ?? i.category] = (byRule[i.rule ?? i.category] ?? 0) + 1;
    }
    harperIssuesCount += (await harperIssues(harperAlone!, text, { isDomainWord: () => false })).filter((i) => i.severity === "error").length;
  }
  const per1000 = (n: number) => round((1000 * n) / words, 1);
  return {
    texts: texts.length,
    words,
    coachPer1000Words: per1000(coachIssues),
    harperAlonePer1000Words: per1000(harperIssuesCount),
    topRules: Object.fromEntries(Object.entries(byRule).sort((x, y) => y[1] - x[1]).slice(0, 6)),
  };
}
const onCorrectText = gradingOnly ? undefined : await correctText();

const results = {
  grading: { answers: rows.length, correlation: grading, meanAbsoluteError: { keyPoints: mae("keyPoints"), reference: mae("reference") }, byTag },
  shortAnswers,
  classroomAnswersDev: classroomDev.summary,
  classroomAnswers: classroom?.summary,
  detection: { dev: strip(dev), heldOut: heldOut && strip(heldOut), everyday: strip(everyday), everydayB: strip(everydayB), everydayC: strip(everydayC), everydayD: strip(everydayD), everydayE: strip(everydayE), everydayHeldOut: everydayHeldOut && strip(everydayHeldOut), onCorrectText },
};
if (!devOnly) writeFileSync(join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(results, null, 2));
} else {
  printGrading();
  // The everyday held-out set is only ever read as numbers: --verbose does not list its misses.
  const sets = [
    ["sentences.txt (dev: the rules were written against it)", dev, true],
    ["sentences-heldout.txt (held out: written after the rules)", heldOut, true],
    ["sentences-everyday.txt (dev, everyday English outside the backend domain)", everyday, true],
    ["sentences-everyday-b.txt (dev, everyday English, second writer)", everydayB, true],
    ["sentences-everyday-c.txt (dev, everyday and workplace English, third writer)", everydayC, true],
    ["sentences-everyday-d.txt (dev, everyday and workplace English, fourth writer)", everydayD, true],
    ["sentences-everyday-e.txt (dev, everyday and workplace English, fifth writer)", everydayE, true],
    ["sentences-everyday-heldout.txt (held out, everyday English, by a writer who never saw the checker)", everydayHeldOut, false],
  ] as const;
  for (const [name, d, detailed] of sets) {
    if (!d) continue;
    console.log(`\nError detection on ${name}: ${d.sentences} sentences, ${d.coach.gold} marked errors`);
    console.log(`  coach check:   P ${d.coach.precision.toFixed(2)}  R ${d.coach.recall.toFixed(2)}  F0.5 ${d.coach.f05.toFixed(2)}  (${d.coach.predicted} issues)`);
    console.log(`  harper alone:  P ${d.harperAlone.precision.toFixed(2)}  R ${d.harperAlone.recall.toFixed(2)}  F0.5 ${d.harperAlone.f05.toFixed(2)}  (${d.harperAlone.predicted} issues)`);
    console.log(`  recall by category: ${Object.entries(d.recallByCategory).map(([k, v]) => `${k} ${v.detected}/${v.gold}`).join(", ")}`);
    if (verbose && detailed) {
      console.log("  false positives:");
      for (const f of d.falsePositives) console.log(`    ${f}`);
      console.log("  missed errors:");
      for (const m of d.misses) console.log(`    ${m}`);
    }
  }
  if (onCorrectText) {
    const c = onCorrectText;
    console.log(`\nFalse alarms on correct text (the pack's model answers, definitions, examples, dialogue lines): ${c.texts} texts, ${c.words} words`);
    console.log(`  coach check:   ${c.coachPer1000Words} issues per 1,000 words; most from ${Object.entries(c.topRules).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    console.log(`  harper alone:  ${c.harperAlonePer1000Words} issues per 1,000 words`);
  }
}
