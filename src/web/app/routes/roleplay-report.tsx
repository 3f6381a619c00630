import { Link, useNavigate, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { useConversationReport, useStartConversation } from "../../features/roleplay/api/roleplays";
import { ReportView } from "../../features/roleplay/components/report-view";
import { isApiError } from "../../lib/api-client";
import { useDocumentTitle } from "../../lib/document-title";
import { roleplayPaths } from "../../lib/paths";

export function RoleplayReportPage() {
  return (
    <RequireAuth>
      <Report />
    </RequireAuth>
  );
}

function Report() {
  const { sessionId = "" } = useParams();
  const report = useConversationReport(sessionId);
  const navigate = useNavigate();
  const data = report.data;
  const start = useStartConversation(data?.session.role ?? "backend-developer");
  useDocumentTitle(data ? `Report: ${data.session.scenario.title}` : "Roleplay report");
  const tryAgain = data ? (
    <div className="button-row no-print">
      <Button busy={start.isPending} busyLabel="Starting…" onClick={() => start.mutate(data.session.scenario.id, { onSuccess: (r) => void navigate(roleplayPaths.session(r.id)) })}>
        Try again
      </Button>
      <Link to={roleplayPaths.library} className="button button--secondary">
        Choose another scenario
      </Link>
    </div>
  ) : null;
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">
          <Link to={roleplayPaths.library}>Workplace roleplays</Link>
          {data ? (
            <>
              {" · "}
              <Link to={roleplayPaths.scenario(data.session.scenario.id)}>Brief</Link>
            </>
          ) : null}
        </p>
        <h1>{data ? `Report: ${data.session.scenario.title}` : "Roleplay report"}</h1>
      </header>
      {report.isPending ? (
        <Loading label="Loading the report…" />
      ) : report.isError ? (
        isApiError(report.error) && report.error.status === 409 ? (
          <div className="notice notice--info">
            <p>{report.error.message}</p>
            <Link to={roleplayPaths.session(sessionId)} className="button button--primary">
              Back to the conversation
            </Link>
          </div>
        ) : (
          <QueryError what="The report" error={report.error} retry={() => void report.refetch()} />
        )
      ) : (
        <>
          {start.error ? (
            <p className="notice notice--error" role="alert">
              {start.error.message}
            </p>
          ) : null}
          {tryAgain}
          <ReportView report={report.data} />
        </>
      )}
    </div>
  );
}
