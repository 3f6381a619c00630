import { CoachIssues, CoachKeyPoints, CoachRewrites, CoachScores, HighlightedAnswer } from "../../../components/coach/coach-parts";
import type { AnswerView } from "../../../types/interview";

/** The coach's feedback on an interview answer, with the model answer side by side. */
export function FeedbackView({ answer }: { answer: AnswerView }) {
  const f = answer.feedback;
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

      {f.issues.length > 0 ? (
        <>
          <h3>Language</h3>
          <CoachIssues text={answer.text} issues={f.issues} suggestions={4} />
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
