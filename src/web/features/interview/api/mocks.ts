import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { Mock, MockReport, MockSummary } from "../../../types/interview";
import { mockKey, mocksKey, reportKey } from "./keys";

const m = (id: string) => `/api/interview/mocks/${encodeURIComponent(id)}`;

export function useMocks() {
  return useQuery({ queryKey: mocksKey, queryFn: () => api.get<{ mocks: MockSummary[] }>("/api/interview/mocks").then((r) => r.mocks) });
}

export function useStartMock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { level: string; focus: string; count: number; secondsPerQuestion: number }) => api.post<{ mock: Mock }>("/api/interview/mocks", body).then((r) => r.mock),
    onSuccess: (mock) => {
      queryClient.setQueryData(mockKey(mock.id), mock);
      void queryClient.invalidateQueries({ queryKey: mocksKey });
    },
  });
}

export function useMock(id: string) {
  return useQuery({ queryKey: mockKey(id), queryFn: () => api.get<{ mock: Mock }>(m(id)).then((r) => r.mock) });
}

/** Saves one answer as it is submitted; the interview moves on (or asks a follow-up). */
export function useMockAnswer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { step: number; followUp: boolean; text: string; dictated?: boolean }) => api.post<{ mock: Mock; replayed: boolean }>(`${m(id)}/answers`, body).then((r) => r.mock),
    onSuccess: (mock) => {
      queryClient.setQueryData(mockKey(id), mock);
      void queryClient.invalidateQueries({ queryKey: mocksKey });
      void queryClient.invalidateQueries({ queryKey: reportKey(id) });
    },
  });
}

export function useReport(id: string) {
  return useQuery({ queryKey: reportKey(id), queryFn: () => api.get<{ report: MockReport }>(`${m(id)}/report`).then((r) => r.report) });
}

export function useSharedReport(token: string) {
  return useQuery({
    queryKey: ["interview", "shared", token],
    queryFn: () => api.get<{ report: MockReport }>(`/api/interview/shared/${encodeURIComponent(token)}`).then((r) => r.report),
    retry: false,
  });
}

export function useShare(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: mockKey(id) });
  return {
    create: useMutation({ mutationFn: () => api.post<{ share: { token: string; path: string } }>(`${m(id)}/share`).then((r) => r.share), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: () => api.delete<void>(`${m(id)}/share`), onSuccess: refresh }),
  };
}

/** Adds terms to the vocabulary review deck (the review feature's API), one request per term. */
export function useAddTermsToDeck(role: string) {
  return useMutation({
    mutationFn: (termIds: string[]) =>
      Promise.all(termIds.map((t) => api.post<unknown>(`/api/review/deck/${encodeURIComponent(role)}/${encodeURIComponent(t)}`))),
  });
}
