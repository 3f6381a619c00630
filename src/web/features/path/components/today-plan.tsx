import { Link } from "react-router";
import { Button } from "../../../components/button";
import { Loading } from "../../../components/loading";
import { StreakMeter } from "../../../components/streak-meter";
import { paths } from "../../../lib/paths";
import { useToday } from "../api/get-today";
import { plural } from "./labels";
import type { StepAction } from "./next-steps";

/** The signed-in home page's plan for today: due reviews, the next exercise set, the streak. */
export function TodayPlan({ role, stepAction }: { role: string; stepAction: StepAction }) {
  const today = useToday(role);
  if (today.isPending) return <Loading label="Loading today's plan…" />;
  if (today.isError)
    return (
      <div className="notice notice--error" role="alert">
        <p>Today's plan could not be loaded. {today.error.message}</p>
        <Button variant="secondary" onClick={() => void today.refetch()}>
          Try again
        </Button>
      </div>
    );
  const { next, dueReviews, streak, mistakes } = today.data;
  return (
    <section className="section section--tight today" aria-labelledby="today-heading">
      <h2 id="today-heading">Today's plan</h2>
      <div className="today__grid">
        <div className="card today__plan">
          <ul className="today__list">
            <li>
              <strong>Reviews: </strong>
              {dueReviews === null ? (
                <>
                  your vocabulary deck — <Link to={paths.vocabulary}>open it</Link>
                </>
              ) : dueReviews > 0 ? (
                <Link to={paths.vocabulary}>{plural(dueReviews, "card")} due</Link>
              ) : (
                "nothing due — well done"
              )}
            </li>
            <li className="today__next">
              <strong>Next exercise set: </strong>
              {next?.setId ? (
                <>
                  <span>
                    {next.setTitle}
                    {next.kind === "continue-set" ? ` (${next.answered} of ${next.total} answered)` : ""}
                  </span>
                  {stepAction({ ...next, setId: next.setId })}
                </>
              ) : (
                <Link to={paths.path}>choose one on your path</Link>
              )}
            </li>
            {mistakes > 0 ? (
              <li>
                <strong>Mistakes to review: </strong>
                <Link to={paths.path}>{plural(mistakes, "exercise")}</Link>
              </li>
            ) : null}
          </ul>
        </div>
        <div className="card">
          <StreakMeter streak={streak} headingLevel={3} />
        </div>
      </div>
    </section>
  );
}
