import type { InputProps } from "./types";

/** Each left-hand item gets a select of the right-hand items: works the same with a keyboard, a mouse or a phone. */
export function MatchingInput({ exercise, value, onChange, result, idPrefix }: InputProps<"matching">) {
  const set = (i: number, v: string) =>
    onChange({ type: "matching", matches: value.matches.map((m, j) => (j === i ? (v === "" ? null : Number(v)) : m)) });
  return (
    <fieldset className="fieldset">
      <legend className="exercise__prompt">{exercise.prompt}</legend>
      <ul className="matching">
        {exercise.left.map((left, i) => {
          const part = result?.parts[i];
          const id = `${idPrefix}-match-${i}`;
          return (
            <li key={i} className={`matching__row${part ? (part.correct ? " matching__row--right" : " matching__row--wrong") : ""}`}>
              <label htmlFor={id} className="matching__left">
                {left}
              </label>
              <select id={id} className="input select matching__select" value={value.matches[i] ?? ""} onChange={(e) => set(i, e.target.value)} disabled={result !== null}>
                <option value="">Choose…</option>
                {exercise.right.map((right, j) => (
                  <option key={j} value={j}>
                    {right}
                  </option>
                ))}
              </select>
              {part ? <span className="matching__mark">{part.correct ? "✓ Right" : `✗ It matches “${part.expected}”`}</span> : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
