import { useMutation } from "@tanstack/react-query";
import { api, isApiError } from "../../../lib/api-client";

/** Signing out of a session that has already ended is not an error. */
export async function signOut(): Promise<void> {
  try {
    await api.post<void>("/api/auth/sign-out", {});
  } catch (error) {
    if (isApiError(error) && error.status === 401) return;
    throw error;
  }
}

/** The caller then leaves the signed-in app with a full page load (`leaveSignedIn`). */
export function useSignOut() {
  return useMutation({ mutationFn: signOut });
}
