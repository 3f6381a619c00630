import { Link, useParams } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { StartSetButton } from "../../features/exercises/components/start-set-button";
import { useLearningArea } from "../../features/path/api/get-area";
import { AreaDetail } from "../../features/path/components/area-detail";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { paths, termPath } from "../../lib/paths";

export function PathAreaPage() {
  return (
    <RequireAuth>
      <Area />
    </RequireAuth>
  );
}

function Area() {
  const { areaId = "" } = useParams();
  const { data: user } = useUser();
  const role = user?.targetRole ?? "backend-developer";
  const area = useLearningArea(role, areaId);
  useDocumentTitle(area.data ? area.data.area.title : "Topic area");
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">
          <Link to={paths.path}>Learning path</Link>
        </p>
        <h1>{area.data?.area.title ?? "Topic area"}</h1>
        {area.data ? <p className="lead">{area.data.area.summary}</p> : null}
      </header>
      {area.isPending ? (
        <Loading label="Loading the area…" />
      ) : area.isError ? (
        <QueryError what="This area" error={area.error} retry={() => void area.refetch()} />
      ) : (
        <AreaDetail
          area={area.data}
          termHref={termPath}
          setAction={(set) => (
            <StartSetButton role={role} setId={set.id} title={set.title} openAttemptId={set.openAttempt?.id ?? null} completed={set.completed} />
          )}
        />
      )}
    </div>
  );
}
