import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { AddResult, DeckEntry, Page } from "../types";
import { reviewKeys } from "./keys";

export const getDeck = () => api.get<Page<DeckEntry> & { cards: number }>("/api/review/deck?limit=100");

/** The terms in the learner's deck (the first hundred, most recently added first). */
export function useDeck(enabled = true) {
  return useQuery({ queryKey: reviewKeys.deck(), queryFn: getDeck, enabled });
}

export const getDeckEntry = (roleId: string, termId: string) =>
  api.get<{ entry: DeckEntry | null }>(`/api/review/deck/${encodeURIComponent(roleId)}/${encodeURIComponent(termId)}`).then((r) => r.entry);

/** Whether a term is in the deck (null when not). */
export function useDeckEntry(roleId: string, termId: string, enabled: boolean) {
  return useQuery({ queryKey: reviewKeys.deckEntry(roleId, termId), queryFn: () => getDeckEntry(roleId, termId), enabled });
}

function useInvalidateReview() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: reviewKeys.all });
}

export const addTerm = ({ roleId, termId }: { roleId: string; termId: string }) =>
  api.post<AddResult & { entry: DeckEntry }>(`/api/review/deck/${encodeURIComponent(roleId)}/${encodeURIComponent(termId)}`);

export function useAddTerm() {
  const invalidate = useInvalidateReview();
  return useMutation({ mutationFn: addTerm, onSuccess: invalidate });
}

export const addArea = ({ roleId, areaId }: { roleId: string; areaId: string }) =>
  api.post<AddResult>(`/api/review/deck/${encodeURIComponent(roleId)}/areas/${encodeURIComponent(areaId)}`);

export function useAddArea() {
  const invalidate = useInvalidateReview();
  return useMutation({ mutationFn: addArea, onSuccess: invalidate });
}

export const removeTerm = ({ roleId, termId }: { roleId: string; termId: string }) =>
  api.delete<void>(`/api/review/deck/${encodeURIComponent(roleId)}/${encodeURIComponent(termId)}`);

export function useRemoveTerm() {
  const invalidate = useInvalidateReview();
  return useMutation({ mutationFn: removeTerm, onSuccess: invalidate });
}
