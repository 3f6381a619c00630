import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Page, RoleArea, Scenario, ScenarioSummary } from "../../../types/roleplay";
import { areasKey, scenarioKey, scenariosKey } from "./keys";

const role = (r: string) => `/api/roles/${encodeURIComponent(r)}`;
const PAGE = 50;

/** The scenario library, filtered by level, area and setting (empty = any), a page at a time. */
export function useScenarios(roleId: string, filters: Record<string, string>) {
  return useInfiniteQuery({
    queryKey: scenariosKey(roleId, filters),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ""));
      params.set("limit", String(PAGE));
      params.set("offset", String(pageParam));
      return api.get<Page<ScenarioSummary>>(`${role(roleId)}/scenarios?${params}`);
    },
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset,
    placeholderData: keepPreviousData,
    staleTime: 60 * 60_000,
  });
}

/** A scenario's brief: the situation, both roles, the goals, the vocabulary and phrases. */
export function useScenario(roleId: string, id: string) {
  return useQuery({
    queryKey: scenarioKey(roleId, id),
    queryFn: () => api.get<{ scenario: Scenario }>(`${role(roleId)}/scenarios/${encodeURIComponent(id)}`).then((r) => r.scenario),
    staleTime: 60 * 60_000,
  });
}

/** The role's topic areas (for the area filter and the areas' names). */
export function useRoleAreas(roleId: string) {
  return useQuery({
    queryKey: areasKey(roleId),
    queryFn: () => api.get<{ role: { areas: RoleArea[] } }>(role(roleId)).then((r) => r.role.areas),
    staleTime: 60 * 60_000,
  });
}
