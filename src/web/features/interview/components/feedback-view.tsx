import type { ReactNode } from "react";
import { CoachKeyPoints, CoachRewrites, CoachScores } from "../../../components/coach/coach-parts";
import type { AnswerView, InterviewFeedback } from "../../../types/interview";

/**
 * The answer with the learner's words highlighted: where a key point is expressed, and where the
 * coach found a language mistake (numbered, matching the list of issues).
 */
export function HighlightedAnswer({ text, feedback }: { text: string; feedback: InterviewFeedback }) {
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
  return <p className="answer-text">{parts}</p>;
}

/** The coach's feedback on an interview answer, with the model answer side by side. */
export function FeedbackView({ answer }: { answer: AnswerView }) {
  const f = answer.feedback;
  const errors = f.issues.filter((i) => i.severity === "error");
  const suggestions = f.issues.filter((i) => i.severity === "suggestion").slice(0, 4);
  return (
    <section className="interview-feedback" aria-labelledby={`fb-${answer.id}`}>
      <h2 id={`fb-${answer.id}`}>Coach feedback</h2>
      <p className="coach__overall">
        <strong>
          {Math.round(f.overall)}/100 · band {f.band} of 5
        </strong>{" "}
        — {f.bandLabel}
        {answer.revealed ? <span className="tag tag--quiet"> answered after revealing the model answer</span> : null}
      </p>
      <p>{f.summary}</p>
      <CoachScores scores={f.scores} />

      <div className="side-by-side">
        <div className="card">
          <h3>Your answer</h3>
          <HighlightedAnswer text={answer.text} feedback={f} />
          <p className="muted legend">
            <mark className="hl hl--point">Highlighted</mark>: a key point in your words. <mark className="hl hl--issue">Numbered</mark>: a language issue.
          </p>
        </div>
        <div className="card">
          <h3>Model answer</h3>
          <p className="answer-text">{answer.reference.modelAnswer}</p>
        </div>
      </div>

      <h3>Key points</h3>
      <CoachKeyPoints keyPoints={f.keyPoints} showQuotes className="plain-list key-points" />

      {errors.length + suggestions.length > 0 ? (
        <>
          <h3>Language</h3>
          <ol className="coach__issues">
            {errors.map((issue, n) => (
              <li key={`e-${n}`} value={n + 1}>
                <q>{answer.text.slice(issue.start, issue.end)}</q> {issue.message}
                {issue.replacement ? (
                  <>
                    {" "}
                    Try: <q>{issue.replacement}</q>.
                  </>
                ) : null}
              </li>
            ))}
          </ol>
          {suggestions.length > 0 ? (
            <ul className="coach__issues">
              {suggestions.map((issue, n) => (
                <li key={`s-${n}`}>
                  <q>{answer.text.slice(issue.start, issue.end)}</q> {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}

      {f.rewrites.length > 0 ? (
        <>
          <h3>Better ways to say it</h3>
          <CoachRewrites rewrites={f.rewrites} limit={3} />
        </>
      ) : null}

      {answer.followUp ? (
        <div className="notice notice--info">
          <p>
            <strong>An interviewer might ask next:</strong> {answer.followUp}
          </p>
        </div>
      ) : null}
    </section>
  );
}
