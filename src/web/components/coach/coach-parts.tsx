/** Pieces of the coach's feedback that every feature shows the same way. */
import type { CoachFeedback } from "../../types/coach";

const SCORE_LABELS: [keyof CoachFeedback["scores"], string][] = [
  ["content", "Content"],
  ["language", "Language"],
  ["vocabulary", "Vocabulary"],
  ["structure", "Structure"],
  ["clarity", "Clarity"],
];

/** The sub-scores that apply to this task (content and structure are null when nothing was asked). */
export function CoachScores({ scores }: { scores: CoachFeedback["scores"] }) {
  return (
    <ul className="coach__scores">
      {SCORE_LABELS.filter(([k]) => scores[k] !== null).map(([k, label]) => (
        <li key={k}>
          {label}: {Math.round(scores[k]!)}
        </li>
      ))}
    </ul>
  );
}

/** Key points covered (optionally with the learner's own words) and missed, with the reason. */
export function CoachKeyPoints({
  keyPoints,
  showQuotes = false,
  className = "coach__points",
}: {
  keyPoints: CoachFeedback["keyPoints"];
  showQuotes?: boolean;
  className?: string;
}) {
  return (
    <ul className={className}>
      {keyPoints.covered.map((k) => (
        <li key={`c-${k.text}`} className="coach__point coach__point--covered">
          <span aria-hidden="true">✓ </span>
          <span className="visually-hidden">Covered: </span>
          {k.text}
          {showQuotes ? <span className="muted"> — you said “{k.quote}”</span> : null}
        </li>
      ))}
      {keyPoints.missed.map((k) => (
        <li key={`m-${k.text}`} className="coach__point coach__point--missed">
          <span aria-hidden="true">✗ </span>
          <span className="visually-hidden">Missed: </span>
          {k.text}
          {k.reason === "partial" ? " (only partly)" : k.reason === "contradicted" ? " (you said the opposite)" : ""}
        </li>
      ))}
    </ul>
  );
}

/** The coach's "say it better" rewrites of the weakest sentences. */
export function CoachRewrites({ rewrites, limit }: { rewrites: CoachFeedback["rewrites"]; limit: number }) {
  return (
    <ul className="coach__rewrites">
      {rewrites.slice(0, limit).map((r, i) => (
        <li key={i}>
          <q>{r.original}</q> → <q>{r.suggestion}</q> <span className="muted">({r.reason})</span>
        </li>
      ))}
    </ul>
  );
}
