import { useEffect } from "react";

const APP_NAME = "Parlance";

/** Sets `document.title` to "<page> · Parlance" (or just "Parlance" for the home page). */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} · ${APP_NAME}` : APP_NAME;
  }, [page]);
}
