import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Area, Page } from "../types";

export const getAreas = (roleId: string) => api.get<Page<Area>>(`/api/roles/${encodeURIComponent(roleId)}/areas?limit=100`).then((p) => p.items);

/** A role's topic areas, in path order: the glossary's categories. */
export function useAreas(roleId: string) {
  return useQuery({ queryKey: ["areas", roleId], queryFn: () => getAreas(roleId), staleTime: 60 * 60_000 });
}
