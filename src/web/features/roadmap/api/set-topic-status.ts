import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Roadmap, TopicStatus } from "../../../types/learning";
import { roadmapKey } from "./get-roadmap";

export const setTopicStatus = (role: string, topicId: string, status: TopicStatus | null) =>
  api
    .put<{ progress: { topicId: string; status: TopicStatus | null } }>(
      `/api/learning/roles/${encodeURIComponent(role)}/topics/${encodeURIComponent(topicId)}/progress`,
      { status },
    )
    .then((r) => r.progress);

/** Marks a topic done, learning or skipped (null clears it); the roadmap shows it at once. */
export function useSetTopicStatus(role: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ topicId, status }: { topicId: string; status: TopicStatus | null }) => setTopicStatus(role, topicId, status),
    onSuccess: ({ topicId, status }) => {
      queryClient.setQueryData<Roadmap>(roadmapKey(role), (roadmap) => {
        if (!roadmap) return roadmap;
        const areas = roadmap.areas.map((a) => ({ ...a, topics: a.topics.map((t) => (t.id === topicId ? { ...t, status } : t)) }));
        const all = areas.flatMap((a) => a.topics);
        const count = (s: TopicStatus) => all.filter((t) => t.status === s).length;
        return { ...roadmap, areas, counts: { total: all.length, done: count("done"), learning: count("learning"), skipped: count("skipped") } };
      });
      void queryClient.invalidateQueries({ queryKey: ["account", "learning"], predicate: (q) => q.queryKey[2] === "area" });
    },
  });
}
