import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { LearningArea } from "../../../types/learning";
import { learningKey } from "./get-path";

export const getLearningArea = (role: string, area: string) =>
  api
    .get<{ area: LearningArea }>(`/api/learning/roles/${encodeURIComponent(role)}/areas/${encodeURIComponent(area)}`)
    .then((r) => r.area);

export const learningAreaQueryOptions = (role: string, area: string) =>
  queryOptions({ queryKey: [...learningKey, "area", role, area], queryFn: () => getLearningArea(role, area), staleTime: 0 });

export function useLearningArea(role: string, area: string) {
  return useQuery(learningAreaQueryOptions(role, area));
}
