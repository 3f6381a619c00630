import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { AnswerView, Bank, Practice, Reference } from "../../../types/interview";
import { bankKey, interviewKey, practiceKey } from "./keys";

const q = (role: string, id: string) => `/api/interview/roles/${encodeURIComponent(role)}/questions/${encodeURIComponent(id)}`;

/** The bank with the learner's progress; filters are level, kind, area and q (empty = any). */
export function useBank(role: string, filters: Record<string, string>) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ""));
  return useQuery({
    queryKey: bankKey(role, filters),
    queryFn: () => api.get<{ bank: Bank }>(`/api/interview/roles/${encodeURIComponent(role)}/bank?${params}`).then((r) => r.bank),
    placeholderData: keepPreviousData,
  });
}

export function usePractice(role: string, id: string) {
  return useQuery({ queryKey: practiceKey(role, id), queryFn: () => api.get<{ practice: Practice }>(q(role, id)).then((r) => r.practice) });
}

export function useReveal(role: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ reference: Reference; revealedAt: number }>(`${q(role, id)}/reveal`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: practiceKey(role, id) }),
  });
}

/** Sends an answer; sending the same text again (double click, retry) is recorded once by the server. */
export function useAnswerQuestion(role: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; seconds?: number; dictated?: boolean }) => api.post<{ answer: AnswerView; replayed: boolean }>(`${q(role, id)}/answers`, body),
    onSuccess: (r) => {
      queryClient.setQueryData(["account", "interview", "answer", r.answer.id], r.answer);
      void queryClient.invalidateQueries({ queryKey: interviewKey, predicate: (k) => k.queryKey[2] === "practice" || k.queryKey[2] === "bank" });
    },
  });
}

export function useAnswer(answerId: string | null) {
  return useQuery({
    queryKey: ["account", "interview", "answer", answerId],
    queryFn: () => api.get<{ answer: AnswerView }>(`/api/interview/answers/${encodeURIComponent(answerId!)}`).then((r) => r.answer),
    enabled: answerId !== null,
    staleTime: Infinity,
  });
}
