import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Term } from "../types";

export const getTerm = (roleId: string, termId: string) =>
  api.get<{ term: Term }>(`/api/roles/${encodeURIComponent(roleId)}/terms/${encodeURIComponent(termId)}`).then((r) => r.term);

export function useTerm(roleId: string, termId: string) {
  return useQuery({ queryKey: ["term", roleId, termId], queryFn: () => getTerm(roleId, termId), staleTime: 60 * 60_000 });
}
