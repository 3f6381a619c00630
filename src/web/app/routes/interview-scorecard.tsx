import { useState } from "react";
import { Link, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { downloadMarkdown, exportScorecard, useSaveScorecard, useScorecard } from "../../features/interview/api/kits";
import { useDocumentTitle } from "../../lib/document-title";
import { interviewPaths } from "../../lib/paths";
import type { Recommendation, Scorecard, ScorecardAnswer } from "../../types/interview";

const RATINGS = ["1 — poor", "2 — mixed", "3 — good", "4 — excellent"];
const RECOMMENDATIONS: [Recommendation, string][] = [
  ["strong-no", "Strong no"],
  ["no", "No"],
  ["yes", "Yes"],
  ["strong-yes", "Strong yes"],
];

export function InterviewScorecardPage() {
  return (
    <RequireAuth>
      <ScorecardPage />
    </RequireAuth>
  );
}

function ScorecardPage() {
  const { scorecardId = "" } = useParams();
  const card = useScorecard(scorecardId);
  useDocumentTitle("Scorecard");
  return (
    <div className="page">
      <header className="page__header page__header--compact">
        <p className="eyebrow no-print">
          <Link to={interviewPaths.kits}>Interview kits</Link>
          {card.data ? (
            <>
              {" · "}
              <Link to={interviewPaths.kit(card.data.kitId)}>{card.data.kit.title}</Link>
            </>
          ) : null}
        </p>
        <h1>Scorecard{card.data ? `: ${card.data.candidate}` : ""}</h1>
      </header>
      {card.isPending ? (
        <Loading label="Loading the scorecard…" />
      ) : card.isError ? (
        <QueryError what="This scorecard" error={card.error} retry={() => void card.refetch()} />
      ) : (
        <ScorecardForm card={card.data} />
      )}
    </div>
  );
}

function ScorecardForm({ card }: { card: Scorecard }) {
  const save = useSaveScorecard(card.id);
  const [answers, setAnswers] = useState<Record<string, ScorecardAnswer>>(() =>
    Object.fromEntries(card.kit.items.map((i) => [i.key, card.answers.find((a) => a.key === i.key) ?? { key: i.key, heard: [], notes: "", rating: null }])),
  );
  const [recommendation, setRecommendation] = useState<Recommendation | null>(card.recommendation);
  const [summary, setSummary] = useState(card.summary);
  const [exportError, setExportError] = useState<string | null>(null);
  const update = (key: string, patch: Partial<ScorecardAnswer>) => setAnswers((a) => ({ ...a, [key]: { ...a[key]!, ...patch } }));

  return (
    <form
      className="form scorecard"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ candidate: card.candidate, answers: Object.values(answers), recommendation, summary });
      }}
    >
      {card.kit.items.map((item, i) => {
        const a = answers[item.key]!;
        return (
          <fieldset key={item.key} className="fieldset card">
            <legend>
              {i + 1}. {item.prompt}
            </legend>
            <p className="muted">{item.minutes} minutes</p>
            {item.rubric.length > 0 ? (
              <div className="check-list" role="group" aria-label={`Key points heard, question ${i + 1}`}>
                {item.rubric.map((k, n) => (
                  <label key={k} className="check">
                    <input
                      type="checkbox"
                      checked={a.heard.includes(n)}
                      onChange={(e) => update(item.key, { heard: e.target.checked ? [...a.heard, n] : a.heard.filter((h) => h !== n) })}
                    />{" "}
                    {k}
                  </label>
                ))}
              </div>
            ) : null}
            {item.greenFlags.length + item.redFlags.length > 0 ? (
              <details className="no-print">
                <summary>Green and red flags</summary>
                <p>Green: {item.greenFlags.join(" · ") || "—"}</p>
                <p>Red: {item.redFlags.join(" · ") || "—"}</p>
              </details>
            ) : null}
            <div className="field">
              <label className="field__label" htmlFor={`notes-${item.key}`}>
                Notes
              </label>
              <textarea id={`notes-${item.key}`} className="input textarea" rows={3} value={a.notes} onChange={(e) => update(item.key, { notes: e.target.value })} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`rating-${item.key}`}>
                Rating
              </label>
              <select
                id={`rating-${item.key}`}
                className="input select"
                value={a.rating ?? ""}
                onChange={(e) => update(item.key, { rating: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">Not rated</option>
                {RATINGS.map((r, n) => (
                  <option key={r} value={n + 1}>
                    {r}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        );
      })}
      <fieldset className="fieldset">
        <legend>Overall recommendation</legend>
        <div className="radio-group">
          {RECOMMENDATIONS.map(([value, label]) => (
            <label key={value} className="radio">
              <input type="radio" name="recommendation" value={value} checked={recommendation === value} onChange={() => setRecommendation(value)} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="summary">
          Summary
        </label>
        <textarea id="summary" className="input textarea" rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </div>
      {save.error ? (
        <p className="notice notice--error" role="alert">
          {save.error.message}
        </p>
      ) : null}
      {save.isSuccess ? <p role="status">Saved{card.average !== null ? ` — average rating ${card.average} / 4` : ""}.</p> : null}
      <div className="button-row no-print">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save scorecard
        </Button>
        <Button variant="secondary" onClick={() => exportScorecard(card.id).then(downloadMarkdown, (e: Error) => setExportError(e.message))}>
          Export as Markdown
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      {exportError ? <p className="field__error">{exportError}</p> : null}
    </form>
  );
}
