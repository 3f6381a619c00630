import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { rememberUser } from "../../../lib/auth";
import type { UserResponse } from "../../../types/api";

export type SignInInput = { email: string; password: string };

export const signIn = (input: SignInInput) => api.post<UserResponse>("/api/auth/sign-in", input);

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: ({ user }) => rememberUser(queryClient, user),
  });
}
