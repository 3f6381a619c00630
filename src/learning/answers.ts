/**
 * What a learner submits, one Zod schema per exercise type (exported for the API's request
 * schemas), and the checks a schema cannot make alone: that the answer fits its exercise.
 * Positions refer to the public arrays of `toPublicExercise` built with the same seed.
 */
import { z } from "zod";
import type { Exercise } from "../content/schema.ts";
import { publicOrder } from "./exercise-view.ts";
import type { Seed } from "./seeded.ts";

/** Limits that keep a hostile request small; the content never comes near them. */
const MAX_ITEMS = 16;
const Position = z.number().int().min(0).max(MAX_ITEMS - 1);
const Typed = z.string().max(500);

export const MultipleChoiceAnswer = z.strictObject({
  type: z.literal("multiple-choice"),
  /** Positions of the chosen options: exactly one unless the exercise is multi-select. */
  selected: z.array(Position).max(MAX_ITEMS),
});
export const ClozeAnswer = z.strictObject({
  type: z.literal("cloze"),
  /** One typed answer per blank, in text order; "" for a blank left empty. */
  blanks: z.array(Typed).min(1).max(MAX_ITEMS),
});
export const MatchingAnswer = z.strictObject({
  type: z.literal("matching"),
  /** For each left-hand item in order, the position of the right-hand item matched to it, or null. */
  matches: z.array(Position.nullable()).min(1).max(MAX_ITEMS),
});
export const PhrasingAnswer = z.strictObject({
  type: z.literal("phrasing"),
  /** Position of the chosen option. */
  selected: Position,
});
export const ErrorCorrectionAnswer = z.strictObject({
  type: z.literal("error-correction"),
  /** The corrected sentence. */
  sentence: z.string().max(1000),
});
export const OrderingAnswer = z.strictObject({
  type: z.literal("ordering"),
  /** Positions of the public items in the order the learner put them: a permutation. */
  order: z.array(Position).min(1).max(MAX_ITEMS),
});
export const WrittenAnswer = z.strictObject({
  type: z.literal("written"),
  text: z.string().max(20_000),
});

export const ExerciseAnswer = z.discriminatedUnion("type", [
  MultipleChoiceAnswer,
  ClozeAnswer,
  MatchingAnswer,
  PhrasingAnswer,
  ErrorCorrectionAnswer,
  OrderingAnswer,
  WrittenAnswer,
]);
export type ExerciseAnswer = z.infer<typeof ExerciseAnswer>;
export type AnswerFor<T extends Exercise["type"]> = Extract<ExerciseAnswer, { type: T }>;

export type ParsedAnswer = { ok: true; answer: ExerciseAnswer } | { ok: false; problems: string[] };

const inRange = (positions: readonly (number | null)[], n: number) =>
  positions.filter((p): p is number => p !== null && p >= n).map((p) => `position ${p} is out of range: there are ${n} items`);

/** Why an answer of the right schema does not fit this exercise; [] when it fits. */
export function answerProblems(exercise: Exercise, answer: ExerciseAnswer): string[] {
  if (answer.type !== exercise.type) return [`the answer is for a ${answer.type} exercise, but this exercise is ${exercise.type}`];
  switch (answer.type) {
    case "multiple-choice": {
      const e = exercise as Extract<Exercise, { type: "multiple-choice" }>;
      const problems = inRange(answer.selected, e.options.length);
      if (new Set(answer.selected).size !== answer.selected.length) problems.push("an option is selected twice");
      if (e.multiSelect && answer.selected.length === 0) problems.push("select at least one option");
      if (!e.multiSelect && answer.selected.length !== 1) problems.push("select exactly one option");
      return problems;
    }
    case "phrasing": {
      const e = exercise as Extract<Exercise, { type: "phrasing" }>;
      return inRange([answer.selected], e.options.length);
    }
    case "cloze": {
      const e = exercise as Extract<Exercise, { type: "cloze" }>;
      const n = e.blanks.length;
      return answer.blanks.length === n ? [] : [`give ${n} blank${n === 1 ? "" : "s"}, not ${answer.blanks.length}`];
    }
    case "matching": {
      const e = exercise as Extract<Exercise, { type: "matching" }>;
      const n = e.pairs.length;
      const problems = inRange(answer.matches, n);
      if (answer.matches.length !== n) problems.push(`give a match for each of the ${n} left-hand items, not ${answer.matches.length}`);
      return problems;
    }
    case "ordering": {
      const e = exercise as Extract<Exercise, { type: "ordering" }>;
      const n = e.items.length;
      const isPermutation = answer.order.length === n && new Set(answer.order).size === n && answer.order.every((p) => p < n);
      return isPermutation ? [] : [`give every position from 0 to ${n - 1} exactly once`];
    }
    case "error-correction":
    case "written":
      return [];
  }
}

/** Validate untrusted input against the answer schemas and against the exercise. */
export function parseAnswer(exercise: Exercise, input: unknown): ParsedAnswer {
  const parsed = ExerciseAnswer.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)) };
  }
  const problems = answerProblems(exercise, parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, answer: parsed.data };
}

/** The answer that scores 1 (for written exercises: the model answer). Used by tests and benchmarks. */
export function keyAnswer(exercise: Exercise, seed: Seed): ExerciseAnswer {
  const order = publicOrder(exercise, seed);
  const positionOf = (original: number) => order.indexOf(original);
  switch (exercise.type) {
    case "multiple-choice":
      return {
        type: exercise.type,
        selected: exercise.options.flatMap((o, i) => (o.correct ? [positionOf(i)] : [])).sort((a, b) => a - b),
      };
    case "phrasing":
      return { type: exercise.type, selected: positionOf(exercise.options.findIndex((o) => o.correct)) };
    case "cloze":
      return { type: exercise.type, blanks: exercise.blanks.map((b) => b.accept[0]!) };
    case "matching":
      return { type: exercise.type, matches: exercise.pairs.map((_, i) => positionOf(i)) };
    case "ordering":
      return { type: exercise.type, order: exercise.items.map((_, i) => positionOf(i)) };
    case "error-correction":
      return { type: exercise.type, sentence: exercise.accept[0]! };
    case "written":
      return { type: exercise.type, text: exercise.modelAnswer };
  }
}
