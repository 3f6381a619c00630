import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Spotlight } from "../types";

export const getSpotlight = (roleId: string) => api.get<Spotlight>(`/api/roles/${encodeURIComponent(roleId)}/spotlight`);

/** Today's four terms: the same for everyone on a (UTC) day. */
export function useSpotlight(roleId: string) {
  return useQuery({ queryKey: ["spotlight", roleId], queryFn: () => getSpotlight(roleId), staleTime: 30 * 60_000 });
}
