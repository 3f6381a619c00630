import type { CoachFeedback } from "../../../types/learning";

const SCORE_LABELS: [keyof CoachFeedback["scores"], string][] = [
  ["content", "Content"],
  ["language", "Language"],
  ["vocabulary", "Vocabulary"],
  ["structure", "Structure"],
  ["clarity", "Clarity"],
];

/** The coach's feedback on a written answer: scores, key points, language issues, better wordings. */
export function CoachFeedbackView({ feedback, text }: { feedback: CoachFeedback; text: string }) {
  const errors = feedback.issues.filter((i) => i.severity === "error");
  const suggestions = feedback.issues.filter((i) => i.severity === "suggestion");
  return (
    <div className="coach">
      <p className="coach__overall">
        <strong>
          Coach score: {Math.round(feedback.overall)}/100
        </strong>{" "}
        — {feedback.bandLabel}
      </p>
      <p className="coach__summary">{feedback.summary}</p>
      <ul className="coach__scores">
        {SCORE_LABELS.filter(([k]) => feedback.scores[k] !== null).map(([k, label]) => (
          <li key={k}>
            {label}: {Math.round(feedback.scores[k]!)}
          </li>
        ))}
      </ul>
      {feedback.keyPoints.covered.length + feedback.keyPoints.missed.length > 0 ? (
        <>
          <h4>Key points</h4>
          <ul className="coach__points">
            {feedback.keyPoints.covered.map((k) => (
              <li key={`c-${k.text}`} className="coach__point coach__point--covered">
                <span aria-hidden="true">✓ </span>
                <span className="visually-hidden">Covered: </span>
                {k.text}
              </li>
            ))}
            {feedback.keyPoints.missed.map((k) => (
              <li key={`m-${k.text}`} className="coach__point coach__point--missed">
                <span aria-hidden="true">✗ </span>
                <span className="visually-hidden">Missed: </span>
                {k.text}
                {k.reason === "partial" ? " (only partly)" : k.reason === "contradicted" ? " (you said the opposite)" : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {errors.length + suggestions.length > 0 ? (
        <>
          <h4>Language</h4>
          <ul className="coach__issues">
            {[...errors, ...suggestions].slice(0, 12).map((issue, i) => (
              <li key={`${issue.rule}-${issue.start}-${i}`} className={`coach__issue coach__issue--${issue.severity}`}>
                <q className="coach__quote">{text.slice(issue.start, issue.end)}</q> {issue.message}
                {issue.replacement ? <> Try: <q>{issue.replacement}</q>.</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {feedback.rewrites.length > 0 ? (
        <>
          <h4>Clearer ways to say it</h4>
          <ul className="coach__rewrites">
            {feedback.rewrites.slice(0, 5).map((r, i) => (
              <li key={i}>
                <q>{r.original}</q> → <q>{r.suggestion}</q> <span className="muted">({r.reason})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {feedback.vocabulary.unused.length > 0 ? (
        <p className="coach__vocab">
          Words to try next time: {feedback.vocabulary.unused.slice(0, 6).join(", ")}.
        </p>
      ) : null}
    </div>
  );
}
