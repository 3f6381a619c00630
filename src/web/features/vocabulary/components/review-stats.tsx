import { Button } from "../../../components/button";
import { Loading } from "../../../components/loading";
import { useStats } from "../api/get-stats";
import { PHASE_LABEL, percent, shortDate } from "../lib/format";
import type { Phase } from "../types";
import { BarChart } from "./bar-chart";

const PHASES: Phase[] = ["new", "learning", "review", "relearning"];

/** Progress: cards by state, reviews per day, true retention against the target, cards coming due. */
export function ReviewStats() {
  const stats = useStats();
  if (stats.isPending) return <Loading label="Loading your progress…" />;
  if (stats.isError)
    return (
      <div className="notice notice--error" role="alert">
        <p>Your stats could not be loaded. {stats.error.message}</p>
        <Button variant="secondary" onClick={() => void stats.refetch()}>
          Try again
        </Button>
      </div>
    );
  const s = stats.data;
  const today = s.reviewsPerDay.at(-1)?.count ?? 0;
  const last30 = s.reviewsPerDay.reduce((sum, d) => sum + d.count, 0);
  const dueWeek = s.forecast.slice(0, 7).reduce((sum, d) => sum + d.count, 0);

  return (
    <div className="stats">
      <p className="muted">Days are counted in your time zone, {s.timeZone}. Today is {shortDate(s.today)}.</p>
      <dl className="stat-tiles">
        <div className="stat-tile">
          <dt>Reviews today</dt>
          <dd>{today}</dd>
        </div>
        <div className="stat-tile">
          <dt>Terms in your deck</dt>
          <dd>
            {s.deck.terms} <span className="stat-tile__unit">({s.deck.cards} cards)</span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>True retention, 30 days</dt>
          <dd>
            {percent(s.retention.last30Days.rate)} <span className="stat-tile__unit">target {percent(s.retention.desired)}</span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>Due in the next 7 days</dt>
          <dd>{dueWeek}</dd>
        </div>
      </dl>

      <section className="card" aria-labelledby="phases-heading">
        <h2 id="phases-heading">Cards by state</h2>
        <PhaseBar counts={s.cardsByPhase} />
      </section>

      <section className="card" aria-labelledby="per-day-heading">
        <h2 id="per-day-heading">Reviews per day</h2>
        <BarChart
          title="Reviews on each of the last 30 days, by grade"
          summary={`${last30} reviews in the last 30 days, ${today} today.`}
          unit="Reviews"
          series={[
            { key: "again", label: "Again", className: "bar--again" },
            { key: "hard", label: "Hard", className: "bar--hard" },
            { key: "good", label: "Good", className: "bar--good" },
            { key: "easy", label: "Easy", className: "bar--easy" },
          ]}
          bars={s.reviewsPerDay.map((d) => ({ label: d.date.slice(5), longLabel: shortDate(d.date), values: d.byGrade }))}
        />
      </section>

      <section className="card" aria-labelledby="retention-heading">
        <h2 id="retention-heading">True retention</h2>
        <p>
          Of your reviews of cards you had already learnt, the share you remembered (anything but Again). Parlance schedules
          reviews so that you remember about {percent(s.retention.desired)} of cards when they come due; you can change that
          target on your deck page.
        </p>
        <table className="retention-table">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Reviews</th>
              <th scope="col">Remembered</th>
              <th scope="col">Retention</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Last 30 days</th>
              <td>{s.retention.last30Days.reviews}</td>
              <td>{s.retention.last30Days.passed}</td>
              <td>{percent(s.retention.last30Days.rate)}</td>
            </tr>
            <tr>
              <th scope="row">All time</th>
              <td>{s.retention.allTime.reviews}</td>
              <td>{s.retention.allTime.passed}</td>
              <td>{percent(s.retention.allTime.rate)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="forecast-heading">
        <h2 id="forecast-heading">Coming due</h2>
        <BarChart
          title="Cards coming due on each of the next 14 days"
          summary={`${s.forecast[0]?.count ?? 0} due today (overdue cards included), ${dueWeek} in the next 7 days.`}
          unit="Cards due"
          series={[{ key: "count", label: "Cards due", className: "bar--due" }]}
          bars={s.forecast.map((d) => ({ label: d.date.slice(5), longLabel: shortDate(d.date), values: { count: d.count } }))}
        />
      </section>
    </div>
  );
}

function PhaseBar({ counts }: { counts: Record<Phase, number> }) {
  const total = PHASES.reduce((sum, p) => sum + counts[p], 0);
  let x = 0;
  return (
    <figure className="chart">
      <svg className="phase-bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={PHASES.map((p) => `${PHASE_LABEL[p]}: ${counts[p]}`).join(", ")}>
        <rect width="100" height="8" rx="1.5" className="phase-bar__track" />
        {total > 0
          ? PHASES.map((p) => {
              const w = (counts[p] / total) * 100;
              const rect = w > 0 ? <rect key={p} x={x} width={w} height="8" className={`phase--${p}`} /> : null;
              x += w;
              return rect;
            })
          : null}
      </svg>
      <table className="phase-table">
        <caption className="visually-hidden">Cards by state</caption>
        <thead>
          <tr>
            {PHASES.map((p) => (
              <th scope="col" key={p}>
                <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
                  <rect width="10" height="10" rx="2" className={`phase--${p}`} />
                </svg>{" "}
                {PHASE_LABEL[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {PHASES.map((p) => (
              <td key={p}>{counts[p]}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
