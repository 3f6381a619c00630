import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Roadmap } from "../../../types/learning";

export const roadmapKey = (role: string) => ["account", "learning", "roadmap", role] as const;

export const getRoadmap = (role: string) =>
  api.get<{ roadmap: Roadmap }>(`/api/learning/roles/${encodeURIComponent(role)}/roadmap`).then((r) => r.roadmap);

export const roadmapQueryOptions = (role: string) => queryOptions({ queryKey: roadmapKey(role), queryFn: () => getRoadmap(role) });

/** The roadmap with the learner's marks (signed in). */
export function useRoadmap(role: string, enabled = true) {
  return useQuery({ ...roadmapQueryOptions(role), enabled });
}
