import type { ReactNode } from "react";
import { Navigate, useSearchParams } from "react-router";
import { useUser } from "../../../lib/auth";
import { safeRedirect } from "../../../lib/redirect";

/**
 * The sign-in and sign-up pages: once a user is signed in (already, or by the form on the page),
 * continue to where they came from, or the home page.
 */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  const { data: user } = useUser();
  if (user) return <Navigate to={safeRedirect(params.get("redirectTo"))} replace />;
  return children;
}
