import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Stats } from "../types";
import { reviewKeys } from "./keys";

export const getStats = () => api.get<{ stats: Stats }>("/api/review/stats").then((r) => r.stats);

export function useStats() {
  return useQuery({ queryKey: reviewKeys.stats(), queryFn: getStats, staleTime: 0 });
}
