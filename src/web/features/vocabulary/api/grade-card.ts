import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Grade, GradeResult } from "../types";
import { reviewKeys } from "./keys";

export type GradeInput = {
  cardId: string;
  stateVersion: string;
  durationMs: number;
  /** A fresh UUID per card shown: a retry of the same grade is applied once. */
  idempotencyKey: string;
  grade?: Grade;
  answer?: string;
  choice?: number;
};

export const gradeCard = ({ cardId, ...body }: GradeInput) => api.post<GradeResult>(`/api/review/cards/${encodeURIComponent(cardId)}/grade`, body);

export function useGradeCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: gradeCard,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.stats() });
      void queryClient.invalidateQueries({ queryKey: reviewKeys.deck() });
    },
  });
}
