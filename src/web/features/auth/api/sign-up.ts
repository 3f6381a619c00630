import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, isApiError } from "../../../lib/api-client";
import { rememberUser } from "../../../lib/auth";
import type { User, UserResponse } from "../../../types/api";

export type SignUpInput = { email: string; password: string; displayName: string };

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the account with the browser's time zone, so that daily goals roll over at the
 * learner's midnight. Should the server not know that zone, the account is created without it
 * (the server then uses UTC, which Settings can change).
 */
export async function signUp(input: SignUpInput): Promise<User> {
  const timeZone = browserTimeZone();
  try {
    return (await api.post<UserResponse>("/api/auth/sign-up", { ...input, timeZone })).user;
  } catch (error) {
    if (timeZone && isApiError(error) && "timeZone" in error.fieldErrors())
      return (await api.post<UserResponse>("/api/auth/sign-up", input)).user;
    throw error;
  }
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (user) => rememberUser(queryClient, user),
  });
}
