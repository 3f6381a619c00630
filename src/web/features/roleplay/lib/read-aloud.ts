/**
 * The counterpart's lines read aloud by the browser's own speech synthesis, in the English voice
 * the learner chose on a term page (remembered on this device), or the first English one.
 */
import { useEffect, useRef } from "react";
import { RATES, savedVoice, speak, useEnglishVoices } from "../../../lib/speech";
import type { RoleplayTurn } from "../../../types/roleplay";

export function useSpeaker() {
  const { voices, support } = useEnglishVoices();
  return {
    /** False when the browser cannot speak at all: offer no read-aloud controls. */
    supported: support !== "unsupported",
    noVoice: support === "no-voice",
    say: (text: string) => speak(text, { voices, voiceUri: savedVoice(), rate: RATES.normal }),
  };
}

/**
 * While `enabled`, says every counterpart line that arrives after the page opened (and the opening
 * line of a conversation that has just started). Lines already on the page are never re-read.
 */
export function useReadAloud(turns: RoleplayTurn[], enabled: boolean, say: (text: string) => boolean) {
  const lastCounterpart = turns.reduce((last, t) => (t.speaker === "counterpart" ? t.index : last), -1);
  // A conversation with only its opening line has just started: that line is new.
  const spokenUpTo = useRef<number>(turns.length === 1 ? -1 : lastCounterpart);
  const sayRef = useRef(say);
  useEffect(() => {
    sayRef.current = say;
  }, [say]);

  useEffect(() => {
    if (!enabled) {
      spokenUpTo.current = lastCounterpart;
      if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
      return;
    }
    const fresh = turns.filter((t) => t.speaker === "counterpart" && t.index > spokenUpTo.current);
    spokenUpTo.current = lastCounterpart;
    if (fresh.length > 0) sayRef.current(fresh.map((t) => t.text).join(" "));
  }, [turns, enabled, lastCounterpart]);

  // Leaving the page stops the voice.
  useEffect(
    () => () => {
      if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
    },
    [],
  );
}
