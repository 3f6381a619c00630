/**
 * Dictation through the browser's own speech recognition (Web Speech API), where the browser
 * offers it. Chrome and Edge send the audio to their vendor's speech service, which is why every
 * button that starts it says "your browser's speech service". Nothing goes through Parlance.
 */
import { useCallback, useEffect, useRef, useState } from "react";

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
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** The label of a button that starts dictation: it names whose service hears the learner. */
export const DICTATE_LABEL = "Dictate (your browser's speech service)";

/**
 * Start and stop dictation; `onText` receives each final piece of what was said. `supported` is
 * false where the browser has no speech recognition: show no dictation button there.
 */
export function useDictation(onText: (text: string) => void) {
  const [listening, setListening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  }, [onText]);
  useEffect(() => () => recognition.current?.stop(), []);
  const [Speech] = useState(recognitionCtor);

  const stop = useCallback(() => recognition.current?.stop(), []);
  const toggle = useCallback(() => {
    if (!Speech) return;
    if (recognition.current && listening) {
      recognition.current.stop();
      return;
    }
    const r = new Speech();
    r.lang = "en-US";
    r.continuous = true;
    r.interimResults = false;
    r.onresult = (e) => {
      let added = "";
      for (let i = e.resultIndex; i < e.results.length; i++) if (e.results[i]!.isFinal) added += e.results[i]![0].transcript;
      if (added.trim()) latest.current(added.trim());
    };
    r.onerror = (e) => setError(e.error === "not-allowed" ? "The browser was not allowed to use the microphone." : `Dictation stopped (${e.error}).`);
    r.onend = () => setListening(false);
    recognition.current = r;
    setError(null);
    r.start();
    setListening(true);
  }, [Speech, listening]);

  return { supported: Speech !== null, listening, error, toggle, stop };
}

/** Appends dictated words to what is already written. */
export const appendDictated = (text: string, added: string) => (text ? `${text.trimEnd()} ${added}` : added);
