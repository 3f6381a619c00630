/**
 * Checking a typed answer. Tolerated: case, spaces and hyphens ("rate-limiting" = "rate limiting" =
 * "ratelimiting"), a leading article, surrounding punctuation, and the plural ("APIs" for "API",
 * "queries" for "query"). One typo — a Damerau–Levenshtein distance of 1 (one letter wrong, missing,
 * extra, or two neighbours swapped) on answers of 4 letters or more — is accepted and graded Hard.
 * Pure.
 */
import type { Grade } from "./schedule.ts";

export interface DiffPart {
  /** equal: typed as expected; missing: expected but not typed; extra: typed but not expected. */
  op: "equal" | "missing" | "extra";
  text: string;
}

export interface AnswerCheck {
  correct: boolean;
  /** good when right, hard when right but for one typo, again when wrong. */
  suggestedRating: Grade;
  /** The expected answer to show: the accepted spelling closest to what was typed, whitespace tidied. */
  normalizedExpected: string;
  /** True when accepted despite one typo. */
  typo: boolean;
  /** Character diff of the typed answer against normalizedExpected, when they differ beyond case. */
  diff?: DiffPart[];
}

export interface ExpectedAnswer {
  /** The answer shown as correct. */
  expected: string;
  /** Other spellings also accepted (aliases); the expected answer is always accepted. */
  accepted?: readonly string[];
}

/** A typo is tolerated only in answers at least this long (after normalisation). */
export const TYPO_MIN_LENGTH = 4;
/** Longer input is not compared letter by letter: it is wrong, and no diff is computed. */
const MAX_INPUT = 200;

/** Display form: Unicode-normalised, straight quotes, whitespace collapsed, trimmed. */
const tidy = (text: string) =>
  text.normalize("NFKC").replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

/** Comparison key: case, separators, a leading article and surrounding punctuation removed. */
export function answerKey(text: string): string {
  let s = tidy(text).toLowerCase();
  s = s.replace(/^[\s"'.,;:!?()[\]]+|[\s"'.,;:!?()[\]]+$/g, "");
  s = s.replace(/^(?:the|an|a)\s+(?=\S)/, "");
  return s.replace(/[\s\-_/\u2010-\u2015]+/g, "");
}

/** Whether `plural` is a regular plural of `singular`: +s, +es, y → ies. */
const isPluralOf = (plural: string, singular: string) =>
  singular.length > 0 &&
  (plural === `${singular}s` || plural === `${singular}es` || (singular.endsWith("y") && plural === `${singular.slice(0, -1)}ies`));

const samePlural = (a: string, b: string) => a === b || isPluralOf(a, b) || isPluralOf(b, a);

/** The key and its regular singular and plural forms, to measure a typo against any of them. */
function numberForms(key: string): string[] {
  const out = new Set([key, `${key}s`, `${key}es`]);
  if (key.endsWith("y")) out.add(`${key.slice(0, -1)}ies`);
  if (key.endsWith("ies")) out.add(`${key.slice(0, -3)}y`);
  if (key.endsWith("es")) out.add(key.slice(0, -2));
  if (key.endsWith("s") && !key.endsWith("ss")) out.add(key.slice(0, -1));
  return [...out];
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function damerauLevenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = distanceTable(x, y);
  return d[x.length]![y.length]!;
}

function distanceTable(x: readonly string[], y: readonly string[]): number[][] {
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => {
    const row = new Array<number>(y.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= y.length; j++) d[0]![j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d;
}

/**
 * A character diff of `actual` against `expected` (case-insensitive): runs of equal text, and
 * between them what was typed instead (extra) followed by what was expected (missing).
 */
export function diffAnswer(actual: string, expected: string): DiffPart[] {
  const x = [...actual];
  const y = [...expected];
  const lx = x.map((c) => c.toLowerCase());
  const ly = y.map((c) => c.toLowerCase());
  const d = distanceTable(lx, ly);
  // Backtrace into single-character steps, last first.
  const steps: { op: DiffPart["op"]; text: string }[] = [];
  let i = x.length;
  let j = y.length;
  while (i > 0 || j > 0) {
    const here = d[i]![j]!;
    if (i > 0 && j > 0 && lx[i - 1] === ly[j - 1] && here === d[i - 1]![j - 1]!) {
      steps.push({ op: "equal", text: y[j - 1]! });
      i--;
      j--;
    } else if (i > 1 && j > 1 && lx[i - 1] === ly[j - 2] && lx[i - 2] === ly[j - 1] && here === d[i - 2]![j - 2]! + 1) {
      steps.push({ op: "missing", text: y[j - 2]! + y[j - 1]! }, { op: "extra", text: x[i - 2]! + x[i - 1]! });
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && here === d[i - 1]![j - 1]! + 1) {
      steps.push({ op: "missing", text: y[j - 1]! }, { op: "extra", text: x[i - 1]! });
      i--;
      j--;
    } else if (j > 0 && here === d[i]![j - 1]! + 1) {
      steps.push({ op: "missing", text: y[j - 1]! });
      j--;
    } else {
      steps.push({ op: "extra", text: x[i - 1]! });
      i--;
    }
  }
  steps.reverse();
  const parts: DiffPart[] = [];
  let extra = "";
  let missing = "";
  const flush = () => {
    if (extra) parts.push({ op: "extra", text: extra });
    if (missing) parts.push({ op: "missing", text: missing });
    extra = missing = "";
  };
  for (const step of steps) {
    if (step.op === "extra") extra += step.text;
    else if (step.op === "missing") missing += step.text;
    else {
      flush();
      const last = parts.at(-1);
      if (last?.op === "equal") last.text += step.text;
      else parts.push({ op: "equal", text: step.text });
    }
  }
  flush();
  return parts;
}

/** Check a typed answer against the expected answer and its accepted spellings. */
export function checkAnswer(input: string, answer: ExpectedAnswer): AnswerCheck {
  const spellings = [answer.expected, ...(answer.accepted ?? [])].map(tidy).filter((s) => answerKey(s) !== "");
  const expectedShown = tidy(answer.expected);
  const typed = tidy(input);
  const key = answerKey(typed);
  const result = (correct: boolean, typo: boolean, shown: string, withDiff: boolean): AnswerCheck => ({
    correct,
    suggestedRating: correct ? (typo ? "hard" : "good") : "again",
    normalizedExpected: shown,
    typo,
    ...(withDiff ? { diff: diffAnswer(typed, shown) } : {}),
  });

  if (key === "" || typed.length > MAX_INPUT) return result(false, false, expectedShown, false);
  const exact = spellings.find((s) => samePlural(key, answerKey(s)));
  if (exact !== undefined) return result(true, false, exact, false);

  let closest = expectedShown;
  let best = Number.POSITIVE_INFINITY;
  for (const spelling of spellings) {
    const k = answerKey(spelling);
    const distance = Math.min(...numberForms(k).map((form) => damerauLevenshtein(key, form)));
    if (distance < best) {
      best = distance;
      closest = spelling;
    }
  }
  const typo = best === 1 && [...answerKey(closest)].length >= TYPO_MIN_LENGTH;
  return result(typo, typo, closest, true);
}
