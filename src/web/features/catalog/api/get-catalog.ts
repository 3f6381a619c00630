import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Catalog } from "../../../types/api";

export const getCatalog = () => api.get<Catalog>("/api/catalog");

export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ["catalog"],
    queryFn: getCatalog,
    // The curriculum changes only when the server is redeployed.
    staleTime: 60 * 60_000,
  });

export function useCatalog() {
  return useQuery(catalogQueryOptions());
}
