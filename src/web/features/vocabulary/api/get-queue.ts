import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Queue } from "../types";
import { reviewKeys } from "./keys";

export const getQueue = () => api.get<{ queue: Queue }>("/api/review/queue?limit=5").then((r) => r.queue);

/** Today's queue, rebuilt by the server from the deck and today's reviews: it resumes after a reload. */
export function useQueue(enabled = true) {
  return useQuery({ queryKey: reviewKeys.queue(), queryFn: getQueue, enabled, staleTime: 0 });
}
