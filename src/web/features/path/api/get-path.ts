import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { LearningPath } from "../../../types/learning";

/** Every query of the learner's progress starts with this key: a new answer refreshes them all. */
export const learningKey = ["account", "learning"] as const;

export const getLearningPath = (role: string) =>
  api.get<{ path: LearningPath }>(`/api/learning/roles/${encodeURIComponent(role)}/path`).then((r) => r.path);

export const learningPathQueryOptions = (role: string) =>
  queryOptions({ queryKey: [...learningKey, "path", role], queryFn: () => getLearningPath(role), staleTime: 0 });

export function useLearningPath(role: string) {
  return useQuery(learningPathQueryOptions(role));
}
