import type { Level } from "../../../types/api";
import type { CounterpartAct, Setting, Tone } from "../../../types/roleplay";

export const LEVEL_LABEL: Record<Level, string> = { junior: "Junior", mid: "Mid-level", senior: "Senior" };

export const SETTING_LABEL: Record<Setting, string> = {
  meeting: "Meeting",
  "code-review": "Code review",
  incident: "Incident",
  interview: "Interview",
  "one-to-one": "One-to-one",
};

/** What a counterpart's line does, for the lines worth pointing out. */
export const ACT_LABEL: Partial<Record<CounterpartAct, string>> = { "follow-up": "Follow-up", pushback: "Push-back", closing: "Closing" };

export const TONE_LABEL: Record<Tone, string> = { diplomatic: "Diplomatic", clear: "Clear", "too-blunt": "Too blunt", "too-hedged": "Too hedged" };

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The first words of a text, cut at a word boundary. */
export function excerpt(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[,;:.]$/, "")}…`;
}

export const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
