import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Today } from "../../../types/learning";
import { learningKey } from "./get-path";

export const getToday = (role: string) =>
  api.get<{ today: Today }>(`/api/learning/roles/${encodeURIComponent(role)}/today`).then((r) => r.today);

export const todayQueryOptions = (role: string) =>
  queryOptions({ queryKey: [...learningKey, "today", role], queryFn: () => getToday(role), staleTime: 0 });

export function useToday(role: string) {
  return useQuery(todayQueryOptions(role));
}
