import { Link, useLocation } from "react-router";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  const { pathname } = useLocation();
  return (
    <div className="page page--narrow page--center">
      <p className="eyebrow">404</p>
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at <code>{pathname}</code>. The link may be mistyped, or the page may have moved.
      </p>
      <p>
        <Link to={paths.home} className="button button--primary">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
