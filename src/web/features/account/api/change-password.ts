import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** Other sessions of the user are signed out by the server; this one stays signed in. */
export const changePassword = (input: ChangePasswordInput) => api.post<void>("/api/account/password", input);

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
