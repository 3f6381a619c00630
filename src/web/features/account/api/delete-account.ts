import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";

/** Deletes the account and everything in it; the server clears the session cookie. */
export const deleteAccount = (input: { password: string }) => api.delete<void>("/api/account", input);

/** The caller then leaves the signed-in app with a full page load (`leaveSignedIn`). */
export function useDeleteAccount() {
  return useMutation({ mutationFn: deleteAccount });
}
