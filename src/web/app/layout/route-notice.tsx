import { useLocation } from "react-router";

export type RouteNoticeState = { notice?: string };

/** A one-off message carried by a navigation, e.g. "You have signed out." after signing out. */
export function RouteNotice() {
  const location = useLocation();
  const notice = (location.state as RouteNoticeState | null)?.notice;
  return (
    <div className="route-notice" role="status">
      {notice ? <p className="notice notice--success">{notice}</p> : null}
    </div>
  );
}
