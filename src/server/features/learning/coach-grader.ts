/**
 * The coach as the learning core's `WrittenGrader`: the written exercise becomes a coach task
 * (its key points, model answer and terms), and the coach's overall score (0–100) becomes the
 * grade's 0–1. The full feedback travels along for the exercise player to show.
 */
import { taskForWrittenExercise } from "../../../coach/pack.ts";
import type { Feedback, Task } from "../../../coach/types.ts";
import type { WrittenGrader } from "../../../learning/grade-exercise.ts";

export interface CoachFeedback {
  feedback(text: string, task: Task): Promise<Feedback>;
}

export function coachGrader(coach: CoachFeedback): WrittenGrader {
  return async (text, exercise) => {
    const feedback = await coach.feedback(text, taskForWrittenExercise(exercise));
    return {
      score: Math.min(1, Math.max(0, feedback.overall / 100)),
      covered: feedback.keyPoints.covered.map((k) => k.text),
      missed: feedback.keyPoints.missed.map((k) => k.text),
      feedback: feedback.summary,
      details: feedback,
    };
  };
}
