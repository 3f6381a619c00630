import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Kit, KitItemInput, KitSummary, MarkdownExport, Scorecard, ScorecardAnswer, ScorecardSummary, Recommendation } from "../../../types/interview";
import { kitKey, kitsKey, scorecardKey, scorecardsKey } from "./keys";

const k = (id: string) => `/api/interview/kits/${encodeURIComponent(id)}`;
const s = (id: string) => `/api/interview/scorecards/${encodeURIComponent(id)}`;
export type KitBody = { title: string; notes: string; items: KitItemInput[] };

export function useKits() {
  return useQuery({ queryKey: kitsKey, queryFn: () => api.get<{ kits: KitSummary[] }>("/api/interview/kits").then((r) => r.kits) });
}

export function useKit(id: string) {
  return useQuery({ queryKey: kitKey(id), queryFn: () => api.get<{ kit: Kit }>(k(id)).then((r) => r.kit) });
}

export function useSaveKit(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: KitBody) => (id ? api.put<{ kit: Kit }>(k(id), body) : api.post<{ kit: Kit }>("/api/interview/kits", body)).then((r) => r.kit),
    onSuccess: (kit) => {
      queryClient.setQueryData(kitKey(kit.id), kit);
      void queryClient.invalidateQueries({ queryKey: kitsKey });
    },
  });
}

export function useDeleteKit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api.delete<void>(k(id)), onSuccess: () => void queryClient.invalidateQueries({ queryKey: kitsKey }) });
}

export const exportKit = (id: string) => api.get<MarkdownExport>(`${k(id)}/export`);
export const exportScorecard = (id: string) => api.get<MarkdownExport>(`${s(id)}/export`);

export function useScorecards(kitId: string) {
  return useQuery({ queryKey: scorecardsKey(kitId), queryFn: () => api.get<{ scorecards: ScorecardSummary[] }>(`${k(kitId)}/scorecards`).then((r) => r.scorecards) });
}

export function useStartScorecard(kitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (candidate: string) => api.post<{ scorecard: Scorecard }>(`${k(kitId)}/scorecards`, { candidate }).then((r) => r.scorecard),
    onSuccess: (card) => {
      queryClient.setQueryData(scorecardKey(card.id), card);
      void queryClient.invalidateQueries({ queryKey: scorecardsKey(kitId) });
    },
  });
}

export function useScorecard(id: string) {
  return useQuery({ queryKey: scorecardKey(id), queryFn: () => api.get<{ scorecard: Scorecard }>(s(id)).then((r) => r.scorecard) });
}

export function useSaveScorecard(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { candidate: string; answers: ScorecardAnswer[]; recommendation: Recommendation | null; summary: string }) =>
      api.put<{ scorecard: Scorecard }>(s(id), body).then((r) => r.scorecard),
    onSuccess: (card) => {
      queryClient.setQueryData(scorecardKey(id), card);
      void queryClient.invalidateQueries({ queryKey: scorecardsKey(card.kitId) });
    },
  });
}

/** Saves a Markdown export as a file, through a Blob: nothing leaves the browser. */
export function downloadMarkdown(file: MarkdownExport) {
  const url = URL.createObjectURL(new Blob([file.markdown], { type: "text/markdown;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
