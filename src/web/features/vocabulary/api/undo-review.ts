import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { ReviewCard } from "../types";
import { reviewKeys } from "./keys";

export type UndoResult = { undone: { reviewId: string; cardId: string }; card: ReviewCard };

export const undoReview = (reviewId: string) => api.post<UndoResult>("/api/review/undo", { reviewId });

export function useUndoReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoReview,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.stats() });
      void queryClient.invalidateQueries({ queryKey: reviewKeys.deck() });
    },
  });
}
