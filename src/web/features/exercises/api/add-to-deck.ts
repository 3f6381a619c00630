import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";

/** Adds a term to the learner's vocabulary review deck (the review feature's API). */
export const addToDeck = (role: string, termId: string) =>
  api.post<unknown>(`/api/review/deck/${encodeURIComponent(role)}/${encodeURIComponent(termId)}`);

export function useAddToDeck(role: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (termId: string) => addToDeck(role, termId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["account"], predicate: (q) => q.queryKey.length > 1 }),
  });
}
