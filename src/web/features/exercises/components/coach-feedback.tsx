import { CoachKeyPoints, CoachRewrites, CoachScores } from "../../../components/coach/coach-parts";
import type { CoachFeedback } from "../../../types/coach";

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
      <CoachScores scores={feedback.scores} />
      {feedback.keyPoints.covered.length + feedback.keyPoints.missed.length > 0 ? (
        <>
          <h4>Key points</h4>
          <CoachKeyPoints keyPoints={feedback.keyPoints} />
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
          <CoachRewrites rewrites={feedback.rewrites} limit={5} />
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
