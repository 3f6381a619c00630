import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Loading } from "../../../components/loading";
import { useUser } from "../../../lib/auth";
import { signInPath } from "../../../lib/redirect";

/** Renders its children for a signed-in user; sends anyone else to sign in and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data: user, isPending, isError, error } = useUser();
  if (isPending) return <Loading label="Checking your session…" />;
  if (isError) throw error;
  if (!user) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return children;
}
