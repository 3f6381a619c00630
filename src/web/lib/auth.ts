/**
 * The signed-in user, as seen by every part of the app. `useUser()` is `null` when signed out.
 * Queries holding data of the signed-in user use keys starting with "account". Signing out and
 * deleting the account end with a full page load (`leaveSignedIn`), so none of them outlives the
 * session.
 */
import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { api, isApiError } from "./api-client";
import type { User, UserResponse } from "../types/api";

export const accountQueryKey = ["account"] as const;

async function getAccount(): Promise<User | null> {
  try {
    const { user } = await api.get<UserResponse>("/api/account");
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const accountQueryOptions = () =>
  queryOptions({
    queryKey: accountQueryKey,
    queryFn: getAccount,
    staleTime: 5 * 60_000,
  });

export function useUser() {
  return useQuery(accountQueryOptions());
}

/** Record a fresh user object (after sign-in, sign-up or a profile change). */
export function rememberUser(queryClient: QueryClient, user: User): void {
  queryClient.setQueryData(accountQueryKey, user);
}
