import { countWords } from "./words";
import type { InputProps } from "./types";

const STRUCTURE_HINT: Record<string, string> = {
  star: "Use STAR: the situation, your task, the action you took, the result.",
  "incident-report": "Structure it as an incident report: impact, timeline, root cause, fix, follow-up.",
  "design-proposal": "Structure it as a proposal: the problem, the options, your recommendation and its trade-offs.",
  "code-review": "Write it as a review comment: what you saw, why it matters, what you suggest.",
  "api-documentation": "Write it like API documentation: the request, the response, the errors.",
  "change-announcement": "Write it as an announcement: what changes, when, who is affected, what to do.",
};

/** A short written answer, graded by the coach. The word count is shown as the learner types. */
export function WrittenInput({ exercise, value, onChange, result, idPrefix }: InputProps<"written">) {
  const words = countWords(value.text);
  const state = words < exercise.minWords ? "short" : words > exercise.maxWords ? "long" : "ok";
  return (
    <div className="field">
      <label className="exercise__prompt field__label" htmlFor={`${idPrefix}-text`}>
        {exercise.prompt}
      </label>
      <p className="field__hint" id={`${idPrefix}-hint`}>
        {exercise.structure ? `${STRUCTURE_HINT[exercise.structure] ?? ""} ` : ""}
        Write {exercise.minWords}–{exercise.maxWords} words. The coach reads it and gives feedback.
      </p>
      <textarea
        id={`${idPrefix}-text`}
        className="input textarea"
        rows={8}
        value={value.text}
        onChange={(e) => onChange({ type: "written", text: e.target.value })}
        readOnly={result !== null}
        aria-describedby={`${idPrefix}-hint ${idPrefix}-count`}
      />
      <p className={`word-count word-count--${state}`} id={`${idPrefix}-count`} aria-live="polite">
        {words} {words === 1 ? "word" : "words"}
        {state === "short" ? ` — at least ${exercise.minWords}` : state === "long" ? ` — at most ${exercise.maxWords}` : ""}
      </p>
    </div>
  );
}
