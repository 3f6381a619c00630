import { useId } from "react";

export type MasteryMeterProps = {
  value: number;
  status: "no-data" | "not-enough-data" | "ok";
  /** What the mastery is of, for assistive technology ("API design"). */
  label: string;
  size?: "normal" | "large";
};

const STATUS_TEXT = { "no-data": "Not started", "not-enough-data": "Provisional", ok: null } as const;

/**
 * Mastery 0–100 as a bar and a number. A native <meter>: styled by the stylesheet (no inline
 * styles under the Content-Security-Policy) and announced as a meter with its value.
 */
export function MasteryMeter({ value, status, label, size = "normal" }: MasteryMeterProps) {
  const id = useId();
  const note = STATUS_TEXT[status];
  return (
    <div className={`mastery mastery--${size}`}>
      <span className="mastery__label" id={`${id}-label`}>
        <span className="visually-hidden">{label}: </span>Mastery
      </span>
      <meter className="mastery__bar" min={0} max={100} low={40} high={75} optimum={100} value={value} aria-labelledby={`${id}-label`} />
      <span className="mastery__value">
        <strong>{status === "no-data" ? "–" : value}</strong>
        <span className="mastery__of">/100</span>
        {note ? <span className="mastery__note"> {note}</span> : null}
      </span>
    </div>
  );
}
