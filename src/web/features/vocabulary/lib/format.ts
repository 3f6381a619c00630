/** Display helpers for the vocabulary pages. */
import type { CardType, Phase } from "../types";

export const CARD_TYPE_LABEL: Record<CardType, string> = {
  recognition: "Meaning",
  recall: "Recall",
  cloze: "Fill the gap",
  listening: "Listening",
  usage: "Usage",
};

export const PHASE_LABEL: Record<Phase, string> = {
  new: "New",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
};

export const LEVEL_LABEL: Record<string, string> = { junior: "Junior", mid: "Mid-level", senior: "Senior" };

export const PART_OF_SPEECH_LABEL: Record<string, string> = {
  noun: "noun",
  verb: "verb",
  adjective: "adjective",
  adverb: "adverb",
  phrase: "phrase",
};

/** "Tue 10 Mar" for a "YYYY-MM-DD" local date. */
export function shortDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return d.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
}

/** "10 Mar, 14:05" for an instant, in the browser's zone. */
export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

export const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);
