import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { useDocumentTitle } from "../../lib/document-title";

/**
 * Shown when a page throws. `standalone` is the last resort when even the layout failed, so it
 * brings its own landmarks.
 */
export function ErrorPage({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  useDocumentTitle("Something went wrong");
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;

  const body = (
    <div className="page page--narrow page--center">
      <h1>Something went wrong</h1>
      <p className="lead">This page could not be shown. Reloading often helps; if it does not, try again later.</p>
      {detail ? <p className="muted">Details: {detail}</p> : null}
      <p className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to="/" className="button button--secondary" reloadDocument>
          Go to the home page
        </Link>
      </p>
    </div>
  );
  return standalone ? (
    <main id="main" className="main">
      {body}
    </main>
  ) : (
    body
  );
}
