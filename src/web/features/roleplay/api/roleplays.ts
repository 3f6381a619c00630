import { useMutation, useMutationState, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, isApiError } from "../../../lib/api-client";
import type { Roleplay, RoleplayHint, RoleplayReport, RoleplaySummary } from "../../../types/roleplay";
import { conversationKey, conversationsKey, reportKey, roleplayKey } from "./keys";

const r = (id: string) => `/api/roleplays/${encodeURIComponent(id)}`;

/** The learner's conversations, newest first (of one scenario, when given). */
export function useConversations(filters: { scenario?: string } = {}, options: { enabled?: boolean } = {}) {
  const params = new URLSearchParams(filters.scenario ? { scenario: filters.scenario } : {});
  return useQuery({
    queryKey: conversationsKey(filters),
    queryFn: () => api.get<{ roleplays: RoleplaySummary[] }>(`/api/roleplays?${params}`).then((res) => res.roleplays),
    enabled: options.enabled ?? true,
    staleTime: 0,
  });
}

/** Starts a conversation; the counterpart's opening line comes back with it. */
export function useStartConversation(roleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scenario: string) => api.post<{ roleplay: Roleplay }>("/api/roleplays", { scenario, role: roleId }).then((res) => res.roleplay),
    onSuccess: (roleplay) => {
      queryClient.setQueryData(conversationKey(roleplay.id), roleplay);
      void queryClient.invalidateQueries({ queryKey: [...roleplayKey, "list"] });
    },
  });
}

/** A conversation as it stands: everything the page shows comes from here, so a reload resumes it. */
export function useConversation(id: string) {
  return useQuery({ queryKey: conversationKey(id), queryFn: () => api.get<{ roleplay: Roleplay }>(r(id)).then((res) => res.roleplay), staleTime: 0 });
}

function useConversationUpdate(id: string) {
  const queryClient = useQueryClient();
  return (roleplay: Roleplay) => {
    queryClient.setQueryData(conversationKey(id), roleplay);
    void queryClient.invalidateQueries({ queryKey: [...roleplayKey, "list"] });
  };
}

export type ReplyBody = { text: string; clientTurnId: string; dictated: boolean };
export const replyMutationKey = (id: string) => ["roleplay-reply", id] as const;

/** The text of a reply on its way to the server, to show it in the chat meanwhile. */
export function usePendingReply(id: string): string | null {
  const pending = useMutationState({
    filters: { mutationKey: replyMutationKey(id), status: "pending" },
    select: (m) => (m.state.variables as ReplyBody | undefined)?.text.trim() ?? "",
  });
  return pending.find((t) => t !== "") ?? null;
}

/**
 * Why the last reply was refused because the conversation had already ended (ended in another tab,
 * say), or null: the reply box is gone by then, so the page says it elsewhere.
 */
export function useEndedReplyError(id: string): string | null {
  const last = useMutationState({ filters: { mutationKey: replyMutationKey(id) }, select: (m) => m.state.error }).at(-1);
  return isApiError(last) && last.status === 409 ? last.message : null;
}

/**
 * Sends a reply; the coach checks it and the counterpart answers. `clientTurnId` is made once per
 * reply, so sending it again after a lost response is applied once. A 409 means the conversation
 * ended elsewhere (another tab): it is read again so the page shows that.
 */
export function useSendReply(id: string) {
  const queryClient = useQueryClient();
  const update = useConversationUpdate(id);
  return useMutation({
    mutationKey: replyMutationKey(id),
    mutationFn: (body: ReplyBody) => api.post<{ roleplay: Roleplay }>(`${r(id)}/turns`, body).then((res) => res.roleplay),
    onSuccess: update,
    onError: (error) => {
      if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: conversationKey(id) });
    },
  });
}

/** A useful phrase for the counterpart's open question. */
export function useHint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RoleplayHint>(`${r(id)}/hint`),
    onSuccess: (hint) => queryClient.setQueryData<Roleplay>(conversationKey(id), (old) => (old ? { ...old, hintsUsed: hint.hintsUsed } : old)),
    onError: (error) => {
      if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: conversationKey(id) });
    },
  });
}

/** Ends the conversation now; the counterpart closes it and the report is ready. */
export function useEndConversation(id: string) {
  const update = useConversationUpdate(id);
  return useMutation({ mutationFn: () => api.post<{ roleplay: Roleplay }>(`${r(id)}/end`).then((res) => res.roleplay), onSuccess: update });
}

/** The report of an ended conversation (the server answers 409 until it has ended). */
export function useConversationReport(id: string) {
  return useQuery({ queryKey: reportKey(id), queryFn: () => api.get<{ report: RoleplayReport }>(`${r(id)}/report`).then((res) => res.report) });
}
