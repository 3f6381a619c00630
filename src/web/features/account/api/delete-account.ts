import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";

/** Deletes the account and everything in it; the server clears the session cookie. */
export const deleteAccount = (input: { password: string }) => api.delete<void>("/api/account", input);

/** The caller moves away from the signed-in page first, then calls `forgetSession`. */
export function useDeleteAccount() {
  return useMutation({ mutationFn: deleteAccount });
}
