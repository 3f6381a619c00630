/**
 * Comparing what a learner typed with what the content accepts: normalization, word counts and
 * edit distance. Pure string functions.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Hyphens and dashes people type or paste: hyphen, non-breaking hyphen, figure dash, en and em dash, minus. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const FINAL_PUNCTUATION = /[\s.!?,;:\u2026]+$/u;

/**
 * The form typed answers are compared in: Unicode NFKC, lower case, curly quotes and apostrophes
 * made straight, hyphens and dashes treated as spaces ("read-only" = "read only"), runs of white
 * space collapsed, surrounding white space and final punctuation removed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(FINAL_PUNCTUATION, "")
    .trim();
}

/** Words as the content schema counts them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Letters (any script) in a string: how long a word is for the typo rule. */
export function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost one ("recieve" is one typo away from "receive").
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows = x.length + 1;
  const cols = y.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}
