/** Pieces of the coach's feedback that every feature shows the same way. */
import type { ReactNode } from "react";
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

/**
 * The learner's text with their words highlighted: where a key point is expressed, and where the
 * coach found a language mistake (numbered, matching `CoachIssues`' numbered list).
 */
export function HighlightedAnswer({ text, feedback, className = "answer-text" }: { text: string; feedback: Pick<CoachFeedback, "issues" | "keyPoints">; className?: string }) {
  const errors = feedback.issues.filter((i) => i.severity === "error");
  const mark = new Array<number>(text.length).fill(-2); // -2 plain, -1 key point, n ≥ 0 issue n
  for (const k of feedback.keyPoints.covered) for (let i = k.evidence.start; i < Math.min(k.evidence.end, text.length); i++) mark[i] = -1;
  errors.forEach((issue, n) => {
    for (let i = issue.start; i < Math.min(Math.max(issue.end, issue.start + 1), text.length); i++) mark[i] = n;
  });
  const parts: ReactNode[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && mark[j] === mark[i]) j++;
    const chunk = text.slice(i, j);
    const m = mark[i]!;
    if (m === -2) parts.push(chunk);
    else if (m === -1)
      parts.push(
        <mark key={i} className="hl hl--point">
          <span className="visually-hidden">[key point] </span>
          {chunk}
        </mark>,
      );
    else
      parts.push(
        <mark key={i} className="hl hl--issue">
          {chunk}
          <sup>{m + 1}</sup>
        </mark>,
      );
    i = j;
  }
  return <p className={className}>{parts}</p>;
}

/**
 * The coach's language issues in a text: the mistakes numbered as `HighlightedAnswer` numbers
 * them, then up to `suggestions` style suggestions.
 */
export function CoachIssues({ text, issues, suggestions: limit }: { text: string; issues: CoachFeedback["issues"]; suggestions: number }) {
  const errors = issues.filter((i) => i.severity === "error");
  const suggestions = issues.filter((i) => i.severity === "suggestion").slice(0, limit);
  return (
    <>
      {errors.length > 0 ? (
        <ol className="coach__issues">
          {errors.map((issue, n) => (
            <li key={`e-${n}`} value={n + 1}>
              <q>{text.slice(issue.start, issue.end)}</q> {issue.message}
              {issue.replacement ? (
                <>
                  {" "}
                  Try: <q>{issue.replacement}</q>.
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {suggestions.length > 0 ? (
        <ul className="coach__issues">
          {suggestions.map((issue, n) => (
            <li key={`s-${n}`}>
              <q>{text.slice(issue.start, issue.end)}</q> {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
