/**
 * Pronunciation through the browser's own speech synthesis (Web Speech API): offline where the
 * system has voices, nothing sent anywhere by Parlance. English voices only; the learner's choice
 * of voice is remembered on this device.
 */
import { useEffect, useState } from "react";

const VOICE_KEY = "parlance.voice";

export type SpeechSupport = "unsupported" | "loading" | "no-voice" | "ready";

function synth(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;
}

const isEnglish = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace("_", "-").startsWith("en");

/** The English voices the browser offers, updated when it finishes loading them. */
export function useEnglishVoices(): { voices: SpeechSynthesisVoice[]; support: SpeechSupport } {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(() => {
    const s = synth();
    if (!s) return [];
    const now = s.getVoices();
    return now.length ? now.filter(isEnglish) : null;
  });
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = () => {
      const all = s.getVoices();
      if (all.length) setVoices(all.filter(isEnglish));
    };
    s.addEventListener?.("voiceschanged", update);
    // Some browsers never fire voiceschanged when they have no voice at all.
    const timer = window.setTimeout(() => setVoices((v) => v ?? s.getVoices().filter(isEnglish)), 1500);
    return () => {
      s.removeEventListener?.("voiceschanged", update);
      window.clearTimeout(timer);
    };
  }, []);
  if (!synth()) return { voices: [], support: "unsupported" };
  if (voices === null) return { voices: [], support: "loading" };
  return { voices, support: voices.length ? "ready" : "no-voice" };
}

export function savedVoice(): string | null {
  try {
    return localStorage.getItem(VOICE_KEY);
  } catch {
    return null;
  }
}

export function saveVoice(uri: string): void {
  try {
    localStorage.setItem(VOICE_KEY, uri);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Normal speed, and the slow speed for listening closely. */
export const RATES = { normal: 1, slow: 0.6 } as const;

/** Says the text in the chosen (or the first English) voice. Returns false when the browser cannot speak. */
export function speak(text: string, options: { voiceUri?: string | null; voices: SpeechSynthesisVoice[]; rate: number }): boolean {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === "undefined") return false;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = options.voices.find((v) => v.voiceURI === options.voiceUri) ?? options.voices.find((v) => v.default) ?? options.voices[0];
  utterance.lang = voice?.lang ?? "en-US";
  try {
    if (voice) utterance.voice = voice;
  } catch {
    // Not a voice this browser recognises: the language alone picks one.
  }
  utterance.rate = options.rate;
  s.speak(utterance);
  return true;
}
