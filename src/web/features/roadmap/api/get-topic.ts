import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Topic } from "../../../types/learning";

export const getTopic = (role: string, topicId: string) =>
  api.get<{ topic: Topic }>(`/api/roles/${encodeURIComponent(role)}/topics/${encodeURIComponent(topicId)}`).then((r) => r.topic);

export const topicQueryOptions = (role: string, topicId: string) =>
  queryOptions({ queryKey: ["topic", role, topicId], queryFn: () => getTopic(role, topicId), staleTime: 60 * 60_000 });

export function useTopic(role: string, topicId: string) {
  return useQuery(topicQueryOptions(role, topicId));
}
