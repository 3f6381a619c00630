import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Attempt } from "../../../types/learning";
import { attemptKey } from "./keys";

export const startSet = (role: string, setId: string) =>
  api
    .post<{ attempt: Attempt }>(`/api/learning/roles/${encodeURIComponent(role)}/exercise-sets/${encodeURIComponent(setId)}/attempts`)
    .then((r) => r.attempt);

/** Starts a run through a set; the new run is cached so that the player opens without a second request. */
export function useStartSet(role: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (setId: string) => startSet(role, setId),
    onSuccess: (attempt) => queryClient.setQueryData(attemptKey(attempt.id), attempt),
  });
}
