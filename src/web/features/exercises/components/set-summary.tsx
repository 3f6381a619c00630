import { useState } from "react";
import { Link } from "react-router";
import { Button } from "../../../components/button";
import { MasteryMeter } from "../../../components/mastery-meter";
import { StreakMeter } from "../../../components/streak-meter";
import { isApiError } from "../../../lib/api-client";
import { learningPaths, paths } from "../../../lib/paths";
import type { SetSummary } from "../../../types/learning";
import { useAddToDeck } from "../api/add-to-deck";
import { MistakesButton } from "./mistakes-button";
import { StartSetButton } from "./start-set-button";

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const m = Math.round(seconds / 60);
  return `${m} minute${m === 1 ? "" : "s"}`;
}

/** Terms of the exercises answered wrongly, each with "Add to my review deck". */
function TermsMissed({ role, terms }: { role: string; terms: SetSummary["termsMissed"] }) {
  const add = useAddToDeck(role);
  const [added, setAdded] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const addOne = (id: string) =>
    add.mutate(id, {
      onSuccess: () => setAdded((s) => new Set(s).add(id)),
      onError: (e) => setError(isApiError(e) && e.status === 404 ? "The review deck is not available on this server yet." : "The term could not be added. Try again."),
    });
  return (
    <section className="card" aria-labelledby="missed-heading">
      <h2 id="missed-heading">Words to review</h2>
      <p>These words were in the exercises you missed. Add them to your review deck to practice them with spaced repetition.</p>
      <ul className="term-chips">
        {terms.map((t) => (
          <li key={t.id} className="term-chip">
            <span>{t.title}</span>
            {added.has(t.id) ? (
              <span className="status-tag status-tag--done">In your deck</span>
            ) : (
              <Button
                variant="secondary"
                className="button--small"
                aria-label={`Add to my review deck: ${t.title}`}
                onClick={() => addOne(t.id)}
                disabled={add.isPending && add.variables === t.id}
              >
                Add to my review deck
              </Button>
            )}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** The end of a set: score, time, each exercise, mastery of the area, the streak, what next. */
export function SetSummaryView({ summary, role }: { summary: SetSummary; role: string }) {
  return (
    <div className="summary">
      <section className="card summary__score" aria-labelledby="score-heading">
        <h2 id="score-heading">Your result</h2>
        <p className="summary__percent">
          <strong>{summary.percent}%</strong> — {summary.correct} of {summary.total} right
          {summary.complete ? "" : ` (${summary.answered} answered)`}, in {duration(summary.seconds)}.
        </p>
        <ol className="summary__results">
          {summary.results.map((r, i) => (
            <li key={r.exerciseId} className={`summary__result summary__result--${!r.answered ? "open" : r.correct ? "right" : "wrong"}`}>
              <span aria-hidden="true">{!r.answered ? "·" : r.correct ? "✓" : "✗"}</span>
              <span className="visually-hidden">
                Exercise {i + 1}: {!r.answered ? "not answered" : r.correct ? "right" : `wrong, ${Math.round(r.score * 100)}%`}
              </span>
            </li>
          ))}
        </ol>
        {!summary.complete ? (
          <Link className="button button--primary" to={learningPaths.practice(summary.attemptId)}>
            Finish the set
          </Link>
        ) : null}
      </section>

      <div className="summary__grid">
        {summary.mastery ? (
          <section className="card" aria-labelledby="mastery-heading">
            <h2 id="mastery-heading">Mastery of {summary.mastery.areaTitle}</h2>
            <MasteryMeter value={summary.mastery.value} status={summary.mastery.status} label={summary.mastery.areaTitle} size="large" />
            <p>
              <Link to={learningPaths.area(summary.mastery.area)}>Open {summary.mastery.areaTitle}</Link>
            </p>
          </section>
        ) : null}
        <div className="card">
          <StreakMeter streak={summary.streak} />
        </div>
      </div>

      {summary.termsMissed.length > 0 ? <TermsMissed role={role} terms={summary.termsMissed} /> : null}

      <section className="card" aria-labelledby="what-next-heading">
        <h2 id="what-next-heading">What next</h2>
        <div className="button-row">
          {summary.mistakes > 0 ? <MistakesButton role={role} variant="primary" /> : null}
          {summary.nextSetId ? <StartSetButton role={role} setId={summary.nextSetId} title="the next set of this area" label="Start the next set" /> : null}
          <Link className="button button--secondary button--small" to={paths.path}>
            Back to the path
          </Link>
        </div>
      </section>
    </div>
  );
}
