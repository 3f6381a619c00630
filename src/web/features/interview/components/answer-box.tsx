import { useEffect, useId, useRef, useState } from "react";
import { Button } from "../../../components/button";

export const MAX_ANSWER = 10_000;

type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  start(): void;
  stop(): void;
  onresult: ((e: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
};
type RecognitionCtor = new () => Recognition;

function recognitionCtor(): RecognitionCtor | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

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
  const [listening, setListening] = useState(false);
  const [speechError, setSpeechError] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const Speech = typeof window === "undefined" ? null : recognitionCtor();
  const now = useNow();
  const elapsed = Math.max(0, Math.floor((now - started) / 1000));
  const left = props.deadline ? Math.round((props.deadline - now) / 1000) : null;
  useEffect(() => () => recognition.current?.stop(), []);

  const toggleDictation = () => {
    if (!Speech) return;
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const r = new Speech();
    r.lang = "en-US";
    r.continuous = true;
    r.interimResults = false;
    r.onresult = (e) => {
      let added = "";
      for (let i = e.resultIndex; i < e.results.length; i++) if (e.results[i]!.isFinal) added += e.results[i]![0].transcript;
      if (added.trim()) {
        setDictated(true);
        setText((t) => (t ? `${t.trimEnd()} ${added.trim()}` : added.trim()));
      }
    };
    r.onerror = (e) => setSpeechError(e.error === "not-allowed" ? "The browser was not allowed to use the microphone." : `Dictation stopped (${e.error}).`);
    r.onend = () => setListening(false);
    recognition.current = r;
    setSpeechError(null);
    r.start();
    setListening(true);
  };

  const tooLong = text.length > MAX_ANSWER;
  return (
    <form
      className="answer-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || tooLong || props.busy) return;
        recognition.current?.stop();
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
        {Speech ? (
          <Button variant="secondary" onClick={toggleDictation} aria-pressed={listening}>
            {listening ? "Stop dictation" : "Dictate (your browser's speech service)"}
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
      {speechError ? <p className="field__error">{speechError}</p> : null}
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
