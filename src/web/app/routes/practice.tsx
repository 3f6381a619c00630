import { Link, useParams, useSearchParams } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { useAttempt } from "../../features/exercises/api/get-attempt";
import { ExercisePlayer } from "../../features/exercises/components/exercise-player";
import { useDocumentTitle } from "../../lib/document-title";
import { learningPaths, paths } from "../../lib/paths";

export function PracticePage() {
  return (
    <RequireAuth>
      <Practice />
    </RequireAuth>
  );
}

function Practice() {
  const { attemptId = "" } = useParams();
  const [search] = useSearchParams();
  const attempt = useAttempt(attemptId);
  useDocumentTitle(attempt.data ? attempt.data.title : "Exercises");
  return (
    <div className="page page--narrow">
      <header className="page__header page__header--compact">
        <p className="eyebrow">
          <Link to={paths.path}>Learning path</Link>
          {attempt.data?.area ? (
            <>
              {" · "}
              <Link to={learningPaths.area(attempt.data.area)}>This area</Link>
            </>
          ) : null}
        </p>
        <h1>{attempt.data?.title ?? "Exercises"}</h1>
      </header>
      {attempt.isPending ? (
        <Loading label="Loading the exercises…" />
      ) : attempt.isError ? (
        <QueryError what="This set" error={attempt.error} retry={() => void attempt.refetch()} />
      ) : (
        <ExercisePlayer key={attempt.data.id} attempt={attempt.data} startAt={search.get("exercise")} />
      )}
    </div>
  );
}
