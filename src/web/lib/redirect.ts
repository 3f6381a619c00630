/**
 * Where to go after signing in: the `redirectTo` search parameter, but only if it is a path on
 * this site (never "//evil.example" or "https://…"), so the sign-in page cannot be used as an open
 * redirect.
 */
export function safeRedirect(target: string | null | undefined, fallback = "/"): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (target.startsWith("/sign-in") || target.startsWith("/sign-up")) return fallback;
  return target;
}

export function signInPath(redirectTo?: string): string {
  return redirectTo && redirectTo !== "/" ? `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}` : "/sign-in";
}
