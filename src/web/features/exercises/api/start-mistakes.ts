import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Attempt } from "../../../types/learning";
import { attemptKey } from "./keys";

export const startMistakes = (role: string) =>
  api.post<{ attempt: Attempt }>(`/api/learning/roles/${encodeURIComponent(role)}/mistakes/attempts`).then((r) => r.attempt);

/** Starts a run through the review-my-mistakes set (409 when there is nothing to review). */
export function useStartMistakes(role: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startMistakes(role),
    onSuccess: (attempt) => queryClient.setQueryData(attemptKey(attempt.id), attempt),
  });
}
