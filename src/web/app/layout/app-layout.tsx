import { useEffect, useRef, type MouseEvent, type RefObject } from "react";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { Footer } from "./footer";
import { Header } from "./header";
import { RouteNotice } from "./route-notice";

/** Header, main content and footer around every page, plus focus handling between pages. */
export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);

  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    mainRef.current?.focus();
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <RouteNotice />
        <Outlet />
      </main>
      <Footer />
      <ScrollRestoration />
    </div>
  );
}

/**
 * After a client-side navigation, move focus to the new page's heading, as a full page load
 * would reset it, so that screen-reader users hear where they are. Not on the first load.
 */
function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const main = mainRef.current;
      if (!main) return;
      const heading = main.querySelector<HTMLElement>("h1");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else {
        main.focus({ preventScroll: true });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, mainRef]);
}
