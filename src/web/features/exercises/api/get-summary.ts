import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { SetSummary } from "../../../types/learning";
import { summaryKey } from "./keys";

export const getSummary = (attemptId: string) =>
  api.get<{ summary: SetSummary }>(`/api/learning/attempts/${encodeURIComponent(attemptId)}/summary`).then((r) => r.summary);

export const summaryQueryOptions = (attemptId: string) =>
  queryOptions({ queryKey: summaryKey(attemptId), queryFn: () => getSummary(attemptId), staleTime: 0 });

export function useSummary(attemptId: string) {
  return useQuery(summaryQueryOptions(attemptId));
}
