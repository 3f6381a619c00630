import { Link } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { TopicAreas } from "../../features/catalog/components/topic-areas";
import { MistakesButton } from "../../features/exercises/components/mistakes-button";
import { StartSetButton } from "../../features/exercises/components/start-set-button";
import { useLearningPath } from "../../features/path/api/get-path";
import { PathOverview } from "../../features/path/components/path-overview";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import type { User } from "../../types/api";

export function PathPage() {
  useDocumentTitle("Learning path");
  const { data: user, isPending } = useUser();
  if (isPending) return <Loading />;
  return user ? <SignedInPath user={user} /> : <SignedOutPath />;
}

function SignedInPath({ user }: { user: User }) {
  const role = user.targetRole;
  const path = useLearningPath(role);
  return (
    <div className="page">
      <header className="page__header">
        <h1>Learning path</h1>
        <p className="lead">
          {path.data ? `${path.data.role.title}, ` : ""}from the foundations to senior topics. Short sets of exercises with
          instant feedback; written answers are read by the coach.
        </p>
      </header>
      {path.isPending ? (
        <Loading label="Loading your path…" />
      ) : path.isError ? (
        <QueryError what="Your path" error={path.error} retry={() => void path.refetch()} />
      ) : (
        <PathOverview
          path={path.data}
          setAction={(set) => (
            <StartSetButton role={role} setId={set.id} title={set.title} openAttemptId={set.openAttempt?.id ?? null} completed={set.completed} />
          )}
          stepAction={(step) => (
            <StartSetButton
              role={role}
              setId={step.setId}
              title={step.setTitle ?? step.setId}
              openAttemptId={step.attemptId}
              variant="primary"
              label={step.kind === "continue-set" ? "Continue" : "Start"}
            />
          )}
          exerciseAction={(setId, exerciseId, label) => <StartSetButton role={role} setId={setId} exerciseId={exerciseId} title={label} label="Write it" />}
          mistakesAction={<MistakesButton role={role} />}
        />
      )}
    </div>
  );
}

function SignedOutPath() {
  return (
    <div className="page">
      <header className="page__header">
        <h1>Learning path</h1>
        <p className="lead">
          A guided route through the topic areas of backend work, from junior to senior: sets of about ten short
          exercises — multiple choice, gaps to fill, matching, the more professional phrasing, mistakes to correct,
          sentences to order and short answers the coach reads — with instant feedback, mastery per area and a daily
          streak.
        </p>
        <p className="button-row">
          <Link to={paths.signUp} className="button button--primary">
            Create your account
          </Link>
          <Link to={`${paths.signIn}?redirectTo=${encodeURIComponent(paths.path)}`} className="button button--secondary">
            Sign in
          </Link>
        </p>
      </header>
      <section className="section section--tight" aria-labelledby="areas-heading">
        <h2 id="areas-heading">The topic areas</h2>
        <TopicAreas roleId="backend-developer" headingId="areas-heading" />
      </section>
    </div>
  );
}
