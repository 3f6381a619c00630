import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { rememberUser } from "../../../lib/auth";
import type { Level, TargetRole, UserResponse } from "../../../types/api";

export type ProfileInput = {
  displayName?: string;
  level?: Level;
  nativeLanguage?: string | null;
  dailyGoalMinutes?: number;
  timeZone?: string;
  targetRole?: TargetRole;
};

export const updateProfile = (input: ProfileInput) => api.patch<UserResponse>("/api/account/profile", input);

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: ({ user }) => rememberUser(queryClient, user),
  });
}
