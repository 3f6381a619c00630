import { Link, useParams } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { useSummary } from "../../features/exercises/api/get-summary";
import { SetSummaryView } from "../../features/exercises/components/set-summary";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";

export function PracticeSummaryPage() {
  return (
    <RequireAuth>
      <Summary />
    </RequireAuth>
  );
}

function Summary() {
  const { attemptId = "" } = useParams();
  const { data: user } = useUser();
  const summary = useSummary(attemptId);
  useDocumentTitle("Set summary");
  return (
    <div className="page page--narrow">
      <header className="page__header page__header--compact">
        <p className="eyebrow">
          <Link to={paths.path}>Learning path</Link>
        </p>
        <h1>{summary.data ? `Summary: ${summary.data.title}` : "Set summary"}</h1>
      </header>
      {summary.isPending ? (
        <Loading label="Loading your summary…" />
      ) : summary.isError ? (
        <QueryError what="The summary" error={summary.error} retry={() => void summary.refetch()} />
      ) : (
        <SetSummaryView summary={summary.data} role={user?.targetRole ?? "backend-developer"} />
      )}
    </div>
  );
}
