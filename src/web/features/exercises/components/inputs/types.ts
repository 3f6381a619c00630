import type { AnswerResult, ExerciseAnswer, PublicExercise } from "../../../../types/learning";

/** Every answer input: the exercise as shown, the draft answer, and the result once graded. */
export type InputProps<T extends PublicExercise["type"]> = {
  exercise: Extract<PublicExercise, { type: T }>;
  value: Extract<ExerciseAnswer, { type: T }>;
  onChange: (value: Extract<ExerciseAnswer, { type: T }>) => void;
  /** Set once the answer is graded: inputs are read-only and show what was right. */
  result: AnswerResult | null;
  /** Prefix for element ids, unique per exercise. */
  idPrefix: string;
};
