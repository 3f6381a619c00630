import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ThemeProvider } from "../features/theme/theme-provider";
import { isApiError } from "../lib/api-client";
import { accountQueryKey } from "../lib/auth";

function createQueryClient(): QueryClient {
  // A request refused with "unauthenticated" means the session ended (signed out elsewhere,
  // password changed on another device, expired): re-check who is signed in, which sends
  // protected pages to the sign-in page.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === "unauthenticated") void client.invalidateQueries({ queryKey: accountQueryKey, exact: true });
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // Client errors will not go away by asking again; network trouble and 5xx might.
        retry: (failureCount, error) => (isApiError(error) && error.status >= 400 && error.status < 500 ? false : failureCount < 2),
      },
      mutations: { retry: false },
    },
  });
  return client;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ThemeProvider>
  );
}
