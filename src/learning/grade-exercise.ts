/**
 * Grading a submitted answer. Objective types are graded here, synchronously, with partial credit
 * where an exercise has several parts; written answers go to a `WrittenGrader` (the coach, wired
 * in by the server) after their word count is checked. Every result carries the correct answer and
 * the explanation, which the learner sees only now.
 */
import type { Exercise, ExerciseType } from "../content/schema.ts";
import { answerProblems, type AnswerFor, type ExerciseAnswer } from "./answers.ts";
import { publicOrder } from "./exercise-view.ts";
import type { Seed } from "./seeded.ts";
import { countLetters, countWords, editDistance, normalizeAnswer } from "./text.ts";

export type WrittenExercise = Extract<Exercise, { type: "written" }>;
export type ObjectiveExercise = Exclude<Exercise, WrittenExercise>;

/** A typed cloze answer this long (in letters) or longer may have one typo and still count. */
export const TYPO_MIN_LETTERS = 5;
/** A written answer passes (counts as correct) from this coach score, 0–1. */
export const WRITTEN_PASS_SCORE = 0.6;

/** How one part of an answer went: an option, a blank, a left-hand item, a position, a sentence. */
export interface PartFeedback {
  /**
   * Position in the public exercise this part concerns: the option (multiple choice, phrasing),
   * the blank, the left-hand item (matching), the place in the sequence (ordering); 0 for the
   * sentence of an error correction.
   */
  index: number;
  correct: boolean;
  /** Accepted with one typo (cloze). */
  nearMiss: boolean;
  /** What the learner gave here: the option's text if chosen, the typed text, the item matched or placed here. */
  given: string | null;
  /** What belongs here; for an option, its text if it should be chosen, else null. */
  expected: string | null;
  /** A short note for this part, or null. */
  message: string | null;
}

/** The correct answer, in the positions of the public exercise built with the same seed. */
export type CorrectAnswer =
  | { type: "multiple-choice"; selected: number[]; texts: string[] }
  | { type: "phrasing"; selected: number; text: string }
  | { type: "cloze"; /** Accepted answers per blank, the preferred one first. */ blanks: string[][] }
  | { type: "matching"; /** For each left-hand item, the position of its right-hand item. */ matches: number[]; pairs: { left: string; right: string }[] }
  | { type: "error-correction"; sentences: string[] }
  | { type: "ordering"; /** Public positions in the correct order. */ order: number[]; items: string[] }
  | { type: "written"; modelAnswer: string; keyPoints: string[] };

/** What a written-answer grader returns. `score` is 0–1 (not the coach's 0–5 or 0–100 scales). */
export interface WrittenGrade {
  score: number;
  /** Key points the answer expresses. */
  covered: string[];
  missed: string[];
  /** One or two sentences for the learner. */
  feedback: string;
  /** The grader's full report (the coach's Feedback), passed through for the web to render. */
  details?: unknown;
}

/** Grades a written answer; the server wires the coach in. May run in a worker, so may be async. */
export type WrittenGrader = (text: string, task: WrittenExercise) => WrittenGrade | Promise<WrittenGrade>;

export interface ExerciseResult {
  exerciseId: string;
  type: ExerciseType;
  /** Fully right (a near miss counts as right). */
  correct: boolean;
  /** 0–1, with partial credit for multi-select, several blanks, matching and ordering. */
  score: number;
  /** Right, but with a typo somewhere. */
  nearMiss: boolean;
  /** One line for the learner: "Correct.", "4 of 6 pairs are right." */
  message: string;
  parts: PartFeedback[];
  correctAnswer: CorrectAnswer;
  explanation: string;
  /** Terms the exercise practises: the ones to offer for the review deck when the answer is wrong. */
  terms: string[];
  /** Written answers only. */
  written?: WrittenGrade & { words: number };
}

export class AnswerMismatchError extends Error {
  constructor(readonly problems: string[]) {
    super(`the answer does not fit the exercise: ${problems.join("; ")}`);
    this.name = "AnswerMismatchError";
  }
}

const part = (index: number, correct: boolean, given: string | null, expected: string | null, message: string | null = null, nearMiss = false): PartFeedback => ({
  index,
  correct,
  nearMiss,
  given,
  expected,
  message,
});

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quote = (s: string) => `“${s}”`;

function result(exercise: Exercise, fields: Pick<ExerciseResult, "correct" | "score" | "message" | "parts" | "correctAnswer"> & { nearMiss?: boolean }): ExerciseResult {
  return {
    exerciseId: exercise.id,
    type: exercise.type,
    nearMiss: false,
    ...fields,
    score: clamp01(fields.score),
    explanation: exercise.explanation,
    terms: [...exercise.terms],
  };
}

/** Grade an answer to a multiple-choice, cloze, matching, phrasing, error-correction or ordering exercise. */
export function gradeAnswer(exercise: ObjectiveExercise, answer: ExerciseAnswer, seed: Seed): ExerciseResult {
  const problems = answerProblems(exercise, answer);
  if (problems.length) throw new AnswerMismatchError(problems);
  const order = publicOrder(exercise, seed);
  switch (exercise.type) {
    case "multiple-choice":
      return gradeChoice(exercise, (answer as AnswerFor<"multiple-choice">).selected, order);
    case "phrasing":
      return gradeChoice(exercise, [(answer as AnswerFor<"phrasing">).selected], order);
    case "cloze":
      return gradeCloze(exercise, answer as AnswerFor<"cloze">);
    case "matching":
      return gradeMatching(exercise, answer as AnswerFor<"matching">, order);
    case "ordering":
      return gradeOrdering(exercise, answer as AnswerFor<"ordering">, order);
    case "error-correction":
      return gradeCorrection(exercise, answer as AnswerFor<"error-correction">);
  }
}

/** Grade any exercise; written answers need a grader. */
export async function gradeExercise(
  exercise: Exercise,
  answer: ExerciseAnswer,
  options: { seed: Seed; writtenGrader?: WrittenGrader },
): Promise<ExerciseResult> {
  if (exercise.type !== "written") return gradeAnswer(exercise, answer, options.seed);
  if (answer.type !== "written") throw new AnswerMismatchError(answerProblems(exercise, answer));
  if (!options.writtenGrader) throw new Error("grading a written exercise needs a writtenGrader");
  return gradeWritten(exercise, answer, options.writtenGrader);
}

// --- choices ---------------------------------------------------------------------------------

/**
 * Multiple choice and phrasing. Single choice: 1 or 0. Multi-select: (right options chosen −
 * wrong options chosen) / right options, at least 0 — choosing everything earns nothing.
 */
function gradeChoice(exercise: Extract<Exercise, { type: "multiple-choice" | "phrasing" }>, selected: readonly number[], order: readonly number[]): ExerciseResult {
  const chosen = new Set(selected);
  const options = order.map((original) => exercise.options[original]!);
  const multi = exercise.type === "multiple-choice" && exercise.multiSelect;
  const parts = options.map((o, i) => {
    const isChosen = chosen.has(i);
    const ok = isChosen === o.correct;
    const message = ok ? null : isChosen ? "Not right." : multi ? "This one is right too." : "This is the answer.";
    return part(i, ok, isChosen ? o.text : null, o.correct ? o.text : null, message);
  });
  const key = options.flatMap((o, i) => (o.correct ? [i] : []));
  const hits = key.filter((i) => chosen.has(i)).length;
  const falseAlarms = [...chosen].filter((i) => !options[i]?.correct).length;
  const correct = hits === key.length && falseAlarms === 0;
  const score = multi ? (hits - falseAlarms) / key.length : correct ? 1 : 0;
  const message = correct
    ? "Correct."
    : multi
      ? `You found ${hits} of the ${key.length} right options${falseAlarms ? ` and chose ${plural(falseAlarms, "wrong one")}` : ""}.`
      : `Not quite: the answer is ${quote(options[key[0]!]!.text)}.`;
  const correctAnswer: CorrectAnswer =
    exercise.type === "phrasing"
      ? { type: "phrasing", selected: key[0]!, text: options[key[0]!]!.text }
      : { type: "multiple-choice", selected: key, texts: key.map((i) => options[i]!.text) };
  return result(exercise, { correct, score, message, parts, correctAnswer });
}

// --- cloze -----------------------------------------------------------------------------------

/**
 * Whether two strings differ only by a final -s or -d on a word ("commits"/"commit",
 * "mitigated"/"mitigate"): that is the grammar a blank usually tests, not a typo.
 */
export function differsByEnding(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  const atWordEnd = i + 1 === long.length || long[i + 1] === " ";
  return (long[i] === "s" || long[i] === "d") && atWordEnd && long.slice(i + 1) === short.slice(i);
}

/**
 * How a typed blank compares with its accepted answers: equal after normalization, or a near
 * miss — one typo (edit distance 1) from an accepted answer of at least TYPO_MIN_LETTERS letters,
 * unless the difference is a word's final -s or -d.
 */
export function matchBlank(given: string, accept: readonly string[]): { correct: boolean; nearMiss: boolean; closest: string } {
  const g = normalizeAnswer(given);
  const exact = accept.find((a) => normalizeAnswer(a) === g);
  if (exact !== undefined) return { correct: true, nearMiss: false, closest: exact };
  if (g !== "") {
    const near = accept.find((a) => {
      const n = normalizeAnswer(a);
      return countLetters(n) >= TYPO_MIN_LETTERS && editDistance(g, n) === 1 && !differsByEnding(g, n);
    });
    if (near !== undefined) return { correct: true, nearMiss: true, closest: near };
  }
  return { correct: false, nearMiss: false, closest: accept[0]! };
}

/** Each blank is worth an equal share; a blank with one typo (≥ 5 letters) counts, as a near miss. */
function gradeCloze(exercise: Extract<Exercise, { type: "cloze" }>, answer: AnswerFor<"cloze">): ExerciseResult {
  const parts = exercise.blanks.map((blank, i) => {
    const given = answer.blanks[i] ?? "";
    const m = matchBlank(given, blank.accept);
    const empty = given.trim() === "";
    const message = m.nearMiss ? `Accepted, but check the spelling: ${quote(m.closest)}.` : empty ? "Left empty." : null;
    return part(i, m.correct, empty ? null : given.trim(), m.closest, message, m.nearMiss);
  });
  const right = parts.filter((p) => p.correct).length;
  const nearMiss = parts.some((p) => p.nearMiss);
  const correct = right === parts.length;
  const n = parts.length;
  const message = correct
    ? nearMiss
      ? "Correct, with a small spelling slip."
      : "Correct."
    : n === 1
      ? `Not quite: the answer is ${quote(exercise.blanks[0]!.accept[0]!)}.`
      : `${right} of ${n} blanks are right.`;
  return result(exercise, {
    correct,
    nearMiss,
    score: right / n,
    message,
    parts,
    correctAnswer: { type: "cloze", blanks: exercise.blanks.map((b) => [...b.accept]) },
  });
}

// --- matching --------------------------------------------------------------------------------

/** Each left-hand item is worth an equal share. */
function gradeMatching(exercise: Extract<Exercise, { type: "matching" }>, answer: AnswerFor<"matching">, order: readonly number[]): ExerciseResult {
  const pairs = exercise.pairs;
  const parts = pairs.map((pair, i) => {
    const position = answer.matches[i] ?? null;
    const given = position === null ? null : pairs[order[position]!]!.right;
    const ok = given === pair.right;
    return part(i, ok, given, pair.right, given === null ? "Not matched." : null);
  });
  const right = parts.filter((p) => p.correct).length;
  const correct = right === pairs.length;
  return result(exercise, {
    correct,
    score: right / pairs.length,
    message: correct ? "Correct." : `${right} of ${pairs.length} pairs are right.`,
    parts,
    correctAnswer: { type: "matching", matches: pairs.map((_, i) => order.indexOf(i)), pairs: pairs.map((p) => ({ ...p })) },
  });
}

// --- ordering --------------------------------------------------------------------------------

/** Length of the longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/**
 * Each place is marked right or wrong. The score is the share of items already in the right
 * order relative to each other: (longest run in correct relative order − 1) / (items − 1), so
 * moving one item to a wrong place costs 1/(n − 1), and a reversed list scores 0.
 */
function gradeOrdering(exercise: Extract<Exercise, { type: "ordering" }>, answer: AnswerFor<"ordering">, order: readonly number[]): ExerciseResult {
  const items = exercise.items;
  const placed = answer.order.map((position) => items[order[position]!]!);
  const parts = items.map((expected, i) => part(i, placed[i] === expected, placed[i]!, expected));
  // Rank each placed item by its place in the content; repeated texts take their places in turn.
  const used = new Set<number>();
  const ranks = placed.map((text) => {
    const rank = items.findIndex((t, i) => t === text && !used.has(i));
    used.add(rank);
    return rank;
  });
  const n = items.length;
  const right = parts.filter((p) => p.correct).length;
  const correct = right === n;
  const score = correct ? 1 : n > 1 ? (longestIncreasing(ranks) - 1) / (n - 1) : 0;
  return result(exercise, {
    correct,
    score,
    message: correct ? "Correct." : `${right} of ${n} items are in the right place.`,
    parts,
    correctAnswer: { type: "ordering", order: items.map((_, i) => order.indexOf(i)), items: [...items] },
  });
}

// --- error correction --------------------------------------------------------------------------

/** Where a wrong correction first differs from the accepted sentence it is closest to. */
export function firstDifference(given: string, accept: readonly string[]): { closest: string; word: number; given: string | null; expected: string | null } {
  const g = normalizeAnswer(given).split(" ").filter(Boolean);
  let best = { closest: accept[0]!, word: -1, given: null as string | null, expected: null as string | null, shared: -1 };
  for (const sentence of accept) {
    const a = normalizeAnswer(sentence).split(" ").filter(Boolean);
    let k = 0;
    while (k < g.length && k < a.length && g[k] === a[k]) k++;
    if (k > best.shared) best = { closest: sentence, word: k, given: g[k] ?? null, expected: a[k] ?? null, shared: k };
  }
  const { shared: _shared, ...rest } = best;
  return rest;
}

/** Right when the sentence equals any accepted one, ignoring case, final punctuation and spacing. */
function gradeCorrection(exercise: Extract<Exercise, { type: "error-correction" }>, answer: AnswerFor<"error-correction">): ExerciseResult {
  const given = normalizeAnswer(answer.sentence);
  const match = exercise.accept.find((a) => normalizeAnswer(a) === given);
  const correctAnswer: CorrectAnswer = { type: "error-correction", sentences: [...exercise.accept] };
  const trimmed = answer.sentence.trim();
  if (match !== undefined) {
    return result(exercise, { correct: true, score: 1, message: "Correct.", parts: [part(0, true, trimmed, match)], correctAnswer });
  }
  const diff = firstDifference(answer.sentence, exercise.accept);
  let hint: string;
  if (given === "") hint = "Write the corrected sentence.";
  else if (diff.given === null) hint = `The sentence stops too early: a correct version goes on with ${quote(diff.expected ?? "")}.`;
  else if (diff.expected === null) hint = `A correct version ends before ${quote(diff.given)}.`;
  else hint = `Look at word ${diff.word + 1}, ${quote(diff.given)}: a correct version has ${quote(diff.expected)}.`;
  const unchanged = given === normalizeAnswer(exercise.sentence);
  const message = unchanged ? "The sentence is unchanged: it still has the error." : "Not quite.";
  return result(exercise, { correct: false, score: 0, message, parts: [part(0, false, trimmed || null, diff.closest, hint)], correctAnswer });
}

// --- written ---------------------------------------------------------------------------------

export interface WordCountCheck {
  words: number;
  problem: "too-short" | "too-long" | null;
  /** For the learner, or null when the length is fine. */
  message: string | null;
}

/** Whether a written answer is within the exercise's word limits. */
export function checkWordCount(exercise: Pick<WrittenExercise, "minWords" | "maxWords">, text: string): WordCountCheck {
  const words = countWords(text);
  if (words < exercise.minWords) {
    return { words, problem: "too-short", message: `Write at least ${exercise.minWords} words; you have ${words}.` };
  }
  if (words > exercise.maxWords) {
    return { words, problem: "too-long", message: `Keep it to ${exercise.maxWords} words; you have ${words}.` };
  }
  return { words, problem: null, message: null };
}

/**
 * Check the word count, then ask the grader. An answer outside the limits is not sent to the
 * grader and scores 0; the server should rather refuse it before recording (see `checkWordCount`)
 * so that the learner can fix it.
 */
export async function gradeWritten(exercise: WrittenExercise, answer: AnswerFor<"written">, grader: WrittenGrader): Promise<ExerciseResult> {
  const correctAnswer: CorrectAnswer = { type: "written", modelAnswer: exercise.modelAnswer, keyPoints: exercise.keyPoints.map((k) => k.text) };
  const length = checkWordCount(exercise, answer.text);
  if (length.problem) {
    return result(exercise, { correct: false, score: 0, message: length.message!, parts: [], correctAnswer });
  }
  const grade = await grader(answer.text, exercise);
  if (!Number.isFinite(grade.score) || grade.score < 0 || grade.score > 1) {
    throw new RangeError(`a written grader must return a score from 0 to 1, got ${grade.score}`);
  }
  return {
    ...result(exercise, { correct: grade.score >= WRITTEN_PASS_SCORE, score: grade.score, message: grade.feedback, parts: [], correctAnswer }),
    written: { ...grade, words: length.words },
  };
}
