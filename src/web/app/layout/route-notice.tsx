import { useEffect, useState } from "react";
import { useLocation } from "react-router";

export type RouteNoticeState = { notice?: string };

const KEY = "parlance.notice";

/**
 * Leaves a one-off message for the next page, e.g. "You have signed out." It survives whichever
 * navigation happens next — including the redirect a signed-in page makes once the session is
 * gone — which a message carried in one navigation's state would not.
 */
export function flashNotice(message: string) {
  try {
    sessionStorage.setItem(KEY, message);
  } catch {
    // Storage can be unavailable (private mode); the message is a courtesy.
  }
}

/**
 * After signing out or deleting the account: a full page load to `path`, so that nothing of the
 * signed-in session stays in memory (cached queries, forms) and no signed-in page gets the chance to
 * redirect to sign-in on its way out. A flashed notice survives the load.
 */
export function leaveSignedIn(path: string) {
  window.location.assign(path);
}

function peekFlashedNotice(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function clearFlashedNotice() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // see flashNotice
  }
}

/** Shows the message left for this page, by flashNotice or in the navigation's state. */
export function RouteNotice() {
  const location = useLocation();
  const fromState = (location.state as RouteNoticeState | null)?.notice ?? null;
  // Read once per navigation (derived state), cleared once shown.
  const [shown, setShown] = useState<{ key: string; message: string | null } | null>(null);
  if (shown?.key !== location.key) setShown({ key: location.key, message: peekFlashedNotice() });

  useEffect(() => {
    if (shown?.message) clearFlashedNotice();
  }, [shown]);

  const notice = fromState ?? (shown?.key === location.key ? shown.message : null);
  return (
    <div className="route-notice" role="status">
      {notice ? <p className="notice notice--success">{notice}</p> : null}
    </div>
  );
}
