/**
 * Where a sentence uses a glossary term, as character spans, so a cloze card can blank the form the
 * sentence actually uses ("sharded", "APIs"). The inflections follow src/content/term-match.ts (the
 * validator's check that an example uses its term); this variant returns positions. Pure.
 */

const VOWEL = /[aeiouy]/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Spellings the word may have had before an inflection: "sharding" → shard, sharde. */
function bases(word: string): string[] {
  const out = [word];
  const undouble = (stem: string) => (/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : []);
  for (const suffix of ["ing", "ed"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const stem = word.slice(0, -suffix.length);
      out.push(stem, `${stem}e`, ...undouble(stem));
    }
  }
  if (word.endsWith("ies") && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith("es") && word.length > 4) out.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) out.push(word.slice(0, -1));
  return out;
}

/** The inflected forms of a base word. */
function forms(base: string): string[] {
  const out = [base, `${base}s`, `${base}es`, `${base}ed`, `${base}ing`, `${base}er`, `${base}ers`];
  const last = base.at(-1) ?? "";
  if (last === "e") out.push(`${base}d`, `${base}r`, `${base}rs`, `${base.slice(0, -1)}ing`);
  if (last === "y" && !VOWEL.test(base.at(-2) ?? "")) out.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(base)) out.push(`${base}${last}ed`, `${base}${last}ing`, `${base}${last}er`);
  return out;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words with their positions in the original text (lower-casing first could shift positions). */
const tokenize = (text: string): Token[] =>
  [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));

interface Matcher {
  words: Set<string>[];
  separators: string[];
  joined: Set<string>;
}

const inflections = (word: string) => new Set(bases(word).flatMap(forms));

function matcher(spelling: string): Matcher {
  const tokens = tokenize(spelling);
  return {
    words: tokens.map((t) => inflections(t.word)),
    separators: tokens.slice(1).map((t, i) => spelling.slice(tokens[i]!.end, t.start)),
    joined: tokens.length > 1 ? inflections(tokens.map((t) => t.word).join("")) : new Set(),
  };
}

const separates = (between: string, own: string) => /^(?:\s+|\s*[-/\u2010\u2011\u2013]\s*)$/.test(between) || between === own;

export interface Span {
  start: number;
  end: number;
}

/**
 * The spans where the text uses any of the spellings (the term, its aliases, its expansion) or an
 * inflection of one, left to right, not overlapping; the longest match wins at each position.
 */
export function findTermSpans(text: string, spellings: readonly string[]): Span[] {
  const tokens = tokenize(text);
  const matchers = spellings.map(matcher).filter((m) => m.words.length > 0);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; ) {
    let best = 0;
    for (const m of matchers) {
      if (m.joined.has(tokens[i]!.word)) best = Math.max(best, 1);
      const n = m.words.length;
      if (n <= best || i + n > tokens.length) continue;
      const ok = m.words.every((set, k) => {
        const token = tokens[i + k]!;
        return set.has(token.word) && (k === 0 || separates(text.slice(tokens[i + k - 1]!.end, token.start), m.separators[k - 1]!));
      });
      if (ok) best = n;
    }
    if (best > 0) {
      spans.push({ start: tokens[i]!.start, end: tokens[i + best - 1]!.end });
      i += best;
    } else i++;
  }
  return spans;
}
