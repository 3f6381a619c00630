import type { InputProps } from "./types";

type ChoiceProps =
  | ({ kind: "multiple-choice" } & InputProps<"multiple-choice">)
  | ({ kind: "phrasing" } & InputProps<"phrasing">);

/** Multiple choice (radio buttons, or check boxes when several are right) and "the more professional phrasing". */
export function ChoiceInput(props: ChoiceProps) {
  const { exercise, result, idPrefix } = props;
  const multi = props.kind === "multiple-choice" && props.exercise.multiSelect;
  const selected: number[] = props.kind === "multiple-choice" ? props.value.selected : props.value.selected < 0 ? [] : [props.value.selected];
  const toggle = (i: number) => {
    if (props.kind === "phrasing") return props.onChange({ type: "phrasing", selected: i });
    const next = multi ? (selected.includes(i) ? selected.filter((s) => s !== i) : [...selected, i].sort((a, b) => a - b)) : [i];
    props.onChange({ type: "multiple-choice", selected: next });
  };
  const legend = exercise.prompt;
  return (
    <fieldset className="fieldset choice">
      <legend className="exercise__prompt">{legend}</legend>
      {multi ? <p className="field__hint">Choose every answer that is right.</p> : null}
      <div className="choice__options">
        {exercise.options.map((option, i) => {
          const part = result?.parts.find((p) => p.index === i);
          const shouldChoose = part ? part.expected !== null : false;
          const chosen = selected.includes(i);
          const mark = result ? (shouldChoose ? "right" : chosen ? "wrong" : "none") : "none";
          const id = `${idPrefix}-option-${i}`;
          return (
            <div key={i} className={`choice__option choice__option--${mark}${chosen ? " choice__option--chosen" : ""}`}>
              <input
                id={id}
                type={multi ? "checkbox" : "radio"}
                name={`${idPrefix}-choice`}
                checked={chosen}
                disabled={result !== null}
                onChange={() => toggle(i)}
              />
              <label htmlFor={id}>{option}</label>
              {result && (shouldChoose || chosen) ? (
                <span className="choice__mark">{shouldChoose ? (chosen ? "✓ Right" : "✓ The answer") : "✗ Not right"}</span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
