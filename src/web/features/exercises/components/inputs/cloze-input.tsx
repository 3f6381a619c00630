import type { InputProps } from "./types";

/** The text with an input in each gap. */
export function ClozeInput({ exercise, value, onChange, result, idPrefix }: InputProps<"cloze">) {
  const set = (i: number, text: string) => onChange({ type: "cloze", blanks: value.blanks.map((b, j) => (j === i ? text : b)) });
  return (
    <fieldset className="fieldset">
      <legend className="exercise__prompt">Fill in the {exercise.blanks === 1 ? "gap" : `${exercise.blanks} gaps`}.</legend>
      <p className="cloze">
        {exercise.segments.map((segment, i) => {
          const part = result?.parts[i];
          return (
            <span key={i}>
              {segment}
              {i < exercise.blanks ? (
                <span className="cloze__gap">
                  <input
                    id={`${idPrefix}-blank-${i}`}
                    className={`input cloze__input${part ? (part.correct ? " cloze__input--right" : " cloze__input--wrong") : ""}`}
                    aria-label={`Gap ${i + 1} of ${exercise.blanks}`}
                    value={value.blanks[i] ?? ""}
                    onChange={(e) => set(i, e.target.value)}
                    readOnly={result !== null}
                    autoComplete="off"
                    autoCapitalize="off"
                    spellCheck={false}
                    size={Math.max(6, (value.blanks[i] ?? "").length + 1)}
                  />
                  {part && (!part.correct || part.nearMiss) ? <span className="cloze__expected">{part.expected}</span> : null}
                </span>
              ) : null}
            </span>
          );
        })}
      </p>
    </fieldset>
  );
}
