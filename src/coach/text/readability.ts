/**
 * Text statistics: words, sentences, average sentence length and Flesch reading ease (syllables
 * counted by vowel groups, which is close enough for a coaching signal).
 */
import type { Analysis } from "./analyze.ts";
import type { TextStats } from "../types.ts";

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function textStats(a: Analysis): TextStats {
  const words = a.tokens.filter((t) => t.isWord && /\p{L}/u.test(t.text));
  const sentences = Math.max(a.sentences.length, words.length ? 1 : 0);
  const syll = words.reduce((s, t) => s + syllables(t.text), 0);
  const n = words.length;
  const averageSentenceLength = sentences ? n / sentences : 0;
  const ease = n ? 206.835 - 1.015 * averageSentenceLength - 84.6 * (syll / n) : 0;
  return {
    words: a.words,
    sentences,
    averageSentenceLength: Math.round(averageSentenceLength * 10) / 10,
    readingEase: Math.round(Math.max(0, Math.min(100, ease))),
  };
}
