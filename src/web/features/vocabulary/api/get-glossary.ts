import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Page, TermSummary } from "../types";

export type GlossaryFilters = { area?: string; level?: string; letter?: string; q?: string };

const PAGE = 100;

export function getGlossary(roleId: string, filters: GlossaryFilters, offset: number) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  params.set("limit", String(PAGE));
  params.set("offset", String(offset));
  return api.get<Page<TermSummary>>(`/api/roles/${encodeURIComponent(roleId)}/terms?${params}`);
}

/** The glossary, filtered and searched on the server (full-text with q), a hundred terms at a time. */
export function useGlossary(roleId: string, filters: GlossaryFilters) {
  return useInfiniteQuery({
    queryKey: ["glossary", roleId, filters],
    queryFn: ({ pageParam }) => getGlossary(roleId, filters, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 60 * 60_000,
  });
}
