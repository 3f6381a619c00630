import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { ReviewSettings } from "../types";
import { reviewKeys } from "./keys";

export const getReviewSettings = () => api.get<{ settings: ReviewSettings }>("/api/review/settings").then((r) => r.settings);

export function useReviewSettings() {
  return useQuery({ queryKey: reviewKeys.settings(), queryFn: getReviewSettings });
}

export const updateReviewSettings = (input: Partial<ReviewSettings>) =>
  api.patch<{ settings: ReviewSettings }>("/api/review/settings", input).then((r) => r.settings);

export function useUpdateReviewSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReviewSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(reviewKeys.settings(), settings);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queue() });
      void queryClient.invalidateQueries({ queryKey: reviewKeys.stats() });
    },
  });
}
