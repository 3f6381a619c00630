/**
 * The learning path's pure core: what a learner sees of an exercise, how an answer is graded,
 * mastery per area, the daily goal and streak, what to do next, and sets built from history.
 * No I/O: time, time zone, seeds and content come in as arguments.
 */
export * from "./exercise-view.ts";
export * from "./answers.ts";
export * from "./grade-exercise.ts";
export * from "./mastery.ts";
export * from "./streaks.ts";
export * from "./next-steps.ts";
export * from "./sets.ts";
export { normalizeAnswer, countWords, editDistance } from "./text.ts";
export type { Seed } from "./seeded.ts";
