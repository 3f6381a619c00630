import type { InputProps } from "./types";

/** The sentence with a mistake, and a box to write it correctly (pre-filled to edit). */
export function CorrectionInput({ exercise, value, onChange, result, idPrefix }: InputProps<"error-correction">) {
  const part = result?.parts[0];
  return (
    <div className="field">
      <p className="exercise__prompt" id={`${idPrefix}-prompt`}>
        {exercise.prompt}
      </p>
      <blockquote className="correction__original">{exercise.sentence}</blockquote>
      <label className="field__label" htmlFor={`${idPrefix}-sentence`}>
        Corrected sentence
      </label>
      <textarea
        id={`${idPrefix}-sentence`}
        className="input textarea"
        rows={3}
        value={value.sentence}
        onChange={(e) => onChange({ type: "error-correction", sentence: e.target.value })}
        readOnly={result !== null}
        spellCheck={false}
        aria-describedby={`${idPrefix}-prompt`}
      />
      {part?.message ? <p className="field__hint">{part.message}</p> : null}
    </div>
  );
}
