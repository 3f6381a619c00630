import { useId } from "react";
import { useTheme } from "../theme-provider";
import type { ThemePreference } from "../../../lib/theme";

const OPTIONS: { value: ThemePreference; label: string; hint: string }[] = [
  { value: "system", label: "Match my system", hint: "Follows your device's light or dark setting." },
  { value: "light", label: "Light", hint: "" },
  { value: "dark", label: "Dark", hint: "" },
];

/** The full theme choice, including going back to following the system, for the settings page. */
export function ThemePicker() {
  const { preference, setPreference } = useTheme();
  const name = useId();
  return (
    <fieldset className="fieldset">
      <legend className="field__label">Theme</legend>
      <p className="field__hint">Saved on this device only.</p>
      <div className="radio-group">
        {OPTIONS.map((option) => (
          <label key={option.value} className="radio">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={preference === option.value}
              onChange={() => setPreference(option.value)}
            />
            <span>
              {option.label}
              {option.hint ? <span className="radio__hint"> — {option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
