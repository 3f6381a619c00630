import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Attempt } from "../../../types/learning";
import { attemptKey } from "./keys";

export const getAttempt = (attemptId: string) =>
  api.get<{ attempt: Attempt }>(`/api/learning/attempts/${encodeURIComponent(attemptId)}`).then((r) => r.attempt);

export const attemptQueryOptions = (attemptId: string) =>
  queryOptions({ queryKey: attemptKey(attemptId), queryFn: () => getAttempt(attemptId), staleTime: Infinity });

export function useAttempt(attemptId: string) {
  return useQuery(attemptQueryOptions(attemptId));
}
