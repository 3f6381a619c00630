/**
 * What a learner sees before answering. Every public shape is built field by field from an
 * allow-list, so a field added to the content schema later stays private until it is added here.
 * Nothing that gives the answer away leaves: no `correct` flags, accepted answers, model answers,
 * key points, explanations or practised terms (a term list often names the answer).
 *
 * Options, right-hand matching items and ordering items are shuffled with a seed. Answers refer to
 * positions in these public arrays; `publicOrder` recomputes the shuffle from the same seed, so the
 * grader maps positions back to the content without storing anything.
 */
import { z } from "zod";
import type { Exercise } from "../content/schema.ts";
import { avoidOriginalOrder, seededPermutation, type Seed } from "./seeded.ts";

/** How the content marks a blank in cloze text (the validator counts blanks the same way). */
const BLANK = /_{3,}/g;

const Text = z.string();
const Base = { id: z.string() };

export const PublicExercise = z.discriminatedUnion("type", [
  z.strictObject({
    ...Base,
    type: z.literal("multiple-choice"),
    prompt: Text,
    /** Shuffled. Answer with positions in this array. */
    options: z.array(Text),
    /** Whether several options may be chosen (check boxes rather than radio buttons). */
    multiSelect: z.boolean(),
  }),
  z.strictObject({
    ...Base,
    type: z.literal("cloze"),
    /** The text as written, blanks as ___. */
    text: Text,
    /** The text around the blanks: segments.length === blanks + 1. */
    segments: z.array(Text),
    blanks: z.number().int(),
  }),
  z.strictObject({
    ...Base,
    type: z.literal("matching"),
    prompt: Text,
    /** In content order. */
    left: z.array(Text),
    /** Shuffled. Answer with, for each left item, a position in this array. */
    right: z.array(Text),
  }),
  z.strictObject({
    ...Base,
    type: z.literal("phrasing"),
    context: Text,
    prompt: Text,
    /** Shuffled. Answer with a position in this array. */
    options: z.array(Text),
  }),
  z.strictObject({ ...Base, type: z.literal("error-correction"), prompt: Text, sentence: Text }),
  z.strictObject({
    ...Base,
    type: z.literal("ordering"),
    prompt: Text,
    /** Shuffled, never in the correct order when another order exists. Answer with positions in this array. */
    items: z.array(Text),
  }),
  z.strictObject({
    ...Base,
    type: z.literal("written"),
    prompt: Text,
    structure: z.string().optional(),
    minWords: z.number().int(),
    maxWords: z.number().int(),
  }),
]);
export type PublicExercise = z.infer<typeof PublicExercise>;

/**
 * The shuffle of the exercise's one shuffled array (options, right-hand items or ordering items):
 * `order[publicIndex] = index in the content`. Empty for types that shuffle nothing.
 */
export function publicOrder(exercise: Exercise, seed: Seed): number[] {
  const salt = `${exercise.id}:${exercise.type}`;
  switch (exercise.type) {
    case "multiple-choice":
    case "phrasing":
      return seededPermutation(exercise.options.length, seed, salt);
    case "matching": {
      // Right-hand items lined up with their left-hand partners would give the answer away.
      const pairs = exercise.pairs;
      return avoidOriginalOrder(seededPermutation(pairs.length, seed, salt), (i) => pairs[i]!.right);
    }
    case "ordering": {
      const items = exercise.items;
      return avoidOriginalOrder(seededPermutation(items.length, seed, salt), (i) => items[i]!);
    }
    case "cloze":
    case "error-correction":
    case "written":
      return [];
  }
}

/** The exercise as shown before an answer. The same seed must be passed to the grader. */
export function toPublicExercise(exercise: Exercise, seed: Seed): PublicExercise {
  const order = publicOrder(exercise, seed);
  const { id } = exercise;
  switch (exercise.type) {
    case "multiple-choice":
      return {
        id,
        type: exercise.type,
        prompt: exercise.prompt,
        options: order.map((i) => exercise.options[i]!.text),
        multiSelect: exercise.multiSelect,
      };
    case "cloze": {
      const segments = exercise.text.split(BLANK);
      return { id, type: exercise.type, text: exercise.text, segments, blanks: segments.length - 1 };
    }
    case "matching":
      return {
        id,
        type: exercise.type,
        prompt: exercise.prompt,
        left: exercise.pairs.map((p) => p.left),
        right: order.map((i) => exercise.pairs[i]!.right),
      };
    case "phrasing":
      return {
        id,
        type: exercise.type,
        context: exercise.context,
        prompt: exercise.prompt,
        options: order.map((i) => exercise.options[i]!.text),
      };
    case "error-correction":
      return { id, type: exercise.type, prompt: exercise.prompt, sentence: exercise.sentence };
    case "ordering":
      return { id, type: exercise.type, prompt: exercise.prompt, items: order.map((i) => exercise.items[i]!) };
    case "written":
      return {
        id,
        type: exercise.type,
        prompt: exercise.prompt,
        ...(exercise.structure ? { structure: exercise.structure } : {}),
        minWords: exercise.minWords,
        maxWords: exercise.maxWords,
      };
  }
}
