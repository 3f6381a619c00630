import { useId, useState } from "react";
import { RATES, saveVoice, savedVoice, speak, useEnglishVoices } from "../../../lib/speech";

/**
 * Listen to a word or sentence: normal and slow speed, an English voice chooser, and a plain
 * message when the browser has no voice to speak with.
 */
export function ListenButtons({ text, label, showVoices = true }: { text: string; label: string; showVoices?: boolean }) {
  const { voices, support } = useEnglishVoices();
  const [voiceUri, setVoiceUri] = useState<string | null>(savedVoice);
  const [problem, setProblem] = useState<string | null>(null);
  const selectId = useId();
  const noteId = useId();

  function play(rate: number) {
    const ok = speak(text, { voices, voiceUri, rate });
    setProblem(ok ? null : "Your browser cannot speak text aloud, so there is no audio here. The respelling and IPA show how to say it.");
  }

  const note =
    problem ??
    (support === "unsupported"
      ? "Your browser cannot speak text aloud, so there is no audio here. The respelling and IPA show how to say it."
      : support === "no-voice"
        ? "No English voice is installed for your browser, so it may stay silent. Add an English voice in your system's speech settings."
        : null);

  return (
    <div className="listen">
      <div className="listen__buttons">
        <button type="button" className="button button--secondary button--small" onClick={() => play(RATES.normal)} aria-label={`Listen: ${label}`} aria-describedby={note ? noteId : undefined}>
          <SpeakerIcon /> Listen
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => play(RATES.slow)} aria-label={`Listen slowly: ${label}`} aria-describedby={note ? noteId : undefined}>
          <SpeakerIcon /> Slowly
        </button>
        {showVoices && voices.length > 1 ? (
          <span className="listen__voice">
            <label htmlFor={selectId}>Voice</label>
            <select
              id={selectId}
              className="input select listen__select"
              value={voiceUri ?? ""}
              onChange={(e) => {
                setVoiceUri(e.target.value);
                saveVoice(e.target.value);
              }}
            >
              <option value="">Default English voice</option>
              {voices.map((v) => (
                <option key={v.voiceURI} value={v.voiceURI}>
                  {v.name} ({v.lang})
                </option>
              ))}
            </select>
          </span>
        ) : null}
      </div>
      {note ? (
        <p className="listen__note muted" id={noteId} role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className="icon">
      <path d="M3 8h3l4-3v10l-4-3H3z" />
      <path d="M13 7.5a3.5 3.5 0 0 1 0 5M15 5a7 7 0 0 1 0 10" className="icon__stroke" />
    </svg>
  );
}
