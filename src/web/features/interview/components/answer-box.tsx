import { useEffect, useId, useState } from "react";
import { Button } from "../../../components/button";
import { appendDictated, DICTATE_LABEL, useDictation } from "../../../lib/dictation";

export const MAX_ANSWER = 10_000;

/** The time now (ms), ticking every second while mounted. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

export const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.abs(s) % 60).padStart(2, "0")}`;

/**
 * A typed answer (give it a new `key` to start afresh), or dictated where the browser offers speech recognition (the browser's own
 * service, said so on the button), with an optional timer and a character count.
 */
export function AnswerBox(props: {
  label: string;
  submitLabel: string;
  busy: boolean;
  error?: string | null;
  /** A countdown to this time (ms) instead of the optional timer. */
  deadline?: number | null;
  onSubmit(text: string, meta: { seconds: number; dictated: boolean }): void;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [timer, setTimer] = useState(false);
  const [started] = useState(() => Date.now());
  const [dictated, setDictated] = useState(false);
  const dictation = useDictation((added) => {
    setDictated(true);
    setText((t) => appendDictated(t, added));
  });
  const now = useNow();
  const elapsed = Math.max(0, Math.floor((now - started) / 1000));
  const left = props.deadline ? Math.round((props.deadline - now) / 1000) : null;

  const tooLong = text.length > MAX_ANSWER;
  return (
    <form
      className="answer-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || tooLong || props.busy) return;
        dictation.stop();
        props.onSubmit(text, { seconds: elapsed, dictated });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {props.label}
        </label>
        <textarea id={id} className="input textarea answer-box__text" rows={9} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-count`} />
        <p id={`${id}-count`} className={tooLong ? "field__error" : "field__hint"}>
          {text.length.toLocaleString("en")} / {MAX_ANSWER.toLocaleString("en")} characters{tooLong ? " — too long; shorten your answer." : ""}
        </p>
      </div>
      <div className="answer-box__tools">
        {dictation.supported ? (
          <Button variant="secondary" onClick={dictation.toggle} aria-pressed={dictation.listening}>
            {dictation.listening ? "Stop dictation" : DICTATE_LABEL}
          </Button>
        ) : (
          <span className="muted">Dictation is not offered by this browser.</span>
        )}
        {props.deadline ? (
          <span className={left !== null && left < 0 ? "answer-box__timer answer-box__timer--over" : "answer-box__timer"} role="timer" aria-live="off">
            {left !== null && left >= 0 ? `Time left ${clock(left)}` : `Over time by ${clock(-(left ?? 0))}`}
          </span>
        ) : (
          <label className="answer-box__toggle">
            <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} /> Show a timer
          </label>
        )}
        {timer && !props.deadline ? (
          <span className="answer-box__timer" role="timer" aria-live="off">
            {clock(elapsed)}
          </span>
        ) : null}
      </div>
      {dictation.error ? <p className="field__error">{dictation.error}</p> : null}
      {props.error ? (
        <p className="notice notice--error" role="alert">
          {props.error}
        </p>
      ) : null}
      <Button type="submit" busy={props.busy} busyLabel="The coach is reading…" disabled={!text.trim() || tooLong}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
