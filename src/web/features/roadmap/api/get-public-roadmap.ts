import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Level } from "../../../types/api";
import type { Roadmap } from "../../../types/learning";

type Page<T> = { items: T[]; nextOffset: number | null };
type TopicSummary = { id: string; title: string; area: string; level: Level; summary: string };
type Area = { id: string; title: string };

async function all<T>(url: string): Promise<T[]> {
  const items: T[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page: Page<T> = await api.get<Page<T>>(`${url}${url.includes("?") ? "&" : "?"}limit=100&offset=${offset}`);
    items.push(...page.items);
    offset = page.nextOffset;
  }
  return items;
}

/** The roadmap from the public curriculum API, without marks: what a visitor who is not signed in sees. */
export async function getPublicRoadmap(role: string): Promise<Roadmap> {
  const r = encodeURIComponent(role);
  const [areas, topics] = await Promise.all([all<Area>(`/api/roles/${r}/areas`), all<TopicSummary>(`/api/roles/${r}/topics`)]);
  return {
    role: { id: role, title: role },
    areas: areas
      .map((a) => ({
        id: a.id,
        title: a.title,
        topics: topics.filter((t) => t.area === a.id).map((t) => ({ ...t, prerequisites: [], next: [], status: null })),
      }))
      .filter((a) => a.topics.length > 0),
    counts: { total: topics.length, done: 0, learning: 0, skipped: 0 },
  };
}

export const publicRoadmapQueryOptions = (role: string) =>
  queryOptions({ queryKey: ["roadmap", role], queryFn: () => getPublicRoadmap(role), staleTime: 60 * 60_000 });

export function usePublicRoadmap(role: string, enabled = true) {
  return useQuery({ ...publicRoadmapQueryOptions(role), enabled });
}
