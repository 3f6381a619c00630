import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { AnswerResponse, Attempt, ExerciseAnswer } from "../../../types/learning";
import { attemptKey, learningKey } from "./keys";

export const submitAnswer = (attemptId: string, exerciseId: string, answer: ExerciseAnswer) =>
  api.post<AnswerResponse>(`/api/learning/attempts/${encodeURIComponent(attemptId)}/answers`, { exerciseId, answer });

/**
 * Sends one answer. The result goes into the cached run (so a reload shows it), and the learner's
 * progress queries (path, today, summary) are marked stale. Sending the same answer again is safe:
 * the server records it once.
 */
export function useSubmitAnswer(attemptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exerciseId, answer }: { exerciseId: string; answer: ExerciseAnswer }) => submitAnswer(attemptId, exerciseId, answer),
    onSuccess: (response) => {
      queryClient.setQueryData<Attempt>(attemptKey(attemptId), (attempt) =>
        attempt && !attempt.results.some((r) => r.exerciseId === response.result.exerciseId)
          ? { ...attempt, answered: response.progress.answered, results: [...attempt.results, response.result] }
          : attempt,
      );
      void queryClient.invalidateQueries({
        queryKey: learningKey,
        predicate: (q) => q.queryKey[2] !== "attempt",
      });
    },
  });
}
