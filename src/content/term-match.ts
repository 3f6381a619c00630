/**
 * Does a sentence use a glossary term? Matching allows the inflections a sentence needs — plural
 * (-s, -es, -ies), -ed, -ing, -er and the possessive — on every word of the term, ignores case, and
 * treats a space, a hyphen, a slash or nothing between words alike ("rate limiting",
 * "rate-limiting"). A different word of the same family ("idempotency" for "idempotent") does not
 * match: list it as an alias when it should. Pure.
 */

const VOWEL = /[aeiouy]/;

/** Spellings the word may have had before an inflection was added: "sharding" → shard, sharde. */
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
  const lastChar = base.at(-1) ?? "";
  if (lastChar === "e") out.push(`${base}d`, `${base}r`, `${base}rs`, `${base.slice(0, -1)}ing`);
  if (lastChar === "y" && !VOWEL.test(base.at(-2) ?? "")) {
    const stem = base.slice(0, -1);
    out.push(`${stem}ies`, `${stem}ied`);
  }
  // Doubling after a short final syllable: "ship" → "shipped", "shipping".
  if (/[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(base)) out.push(`${base}${lastChar}ed`, `${base}${lastChar}ing`, `${base}${lastChar}er`);
  return out;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * Words of running text with their positions in the original (lower-casing the whole text first
 * could shift positions, as "İ" does). An apostrophe ends a word, so "API's" is "api" + "s" and
 * possessives match like the bare word.
 */
function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

interface Matcher {
  /** The inflected forms each word of the term may take. */
  words: Set<string>[];
  /** What the term itself writes between its words ("+" in "N+1 query"), which text may repeat. */
  separators: string[];
  /** Forms of the words written as one ("ratelimiting" for "rate limiting"). */
  joined: Set<string>;
}

const inflections = (word: string) => new Set(bases(word).flatMap(forms));
const matchers = new Map<string, Matcher>();

function matcher(spelling: string): Matcher {
  let m = matchers.get(spelling);
  if (!m) {
    const tokens = tokenize(spelling);
    m = {
      words: tokens.map((t) => inflections(t.word)),
      separators: tokens.slice(1).map((t, i) => spelling.slice(tokens[i]!.end, t.start)),
      joined: tokens.length > 1 ? inflections(tokens.map((t) => t.word).join("")) : new Set(),
    };
    matchers.set(spelling, m);
  }
  return m;
}

/** Between two words of a term, text may have spaces, a hyphen or slash, or the term's own separator. */
const separates = (between: string, own: string) => /^(?:\s+|\s*[-/\u2010\u2011\u2013]\s*)$/.test(between) || between === own;

export interface Span {
  start: number;
  end: number;
}

/**
 * Where the text uses any of the spellings (term, aliases, expansion) or an inflection of one, as
 * spans left to right, not overlapping; the longest match wins at each position.
 */
export function findTermSpans(text: string, spellings: readonly string[]): Span[] {
  const tokens = tokenize(text);
  const ms = spellings.map(matcher).filter((m) => m.words.length > 0);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; ) {
    let best = 0;
    for (const m of ms) {
      if (m.joined.has(tokens[i]!.word)) best = Math.max(best, 1);
      const n = m.words.length;
      if (n <= best || i + n > tokens.length) continue;
      const ok = m.words.every((forms, k) => {
        const token = tokens[i + k]!;
        return forms.has(token.word) && (k === 0 || separates(text.slice(tokens[i + k - 1]!.end, token.start), m.separators[k - 1]!));
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

/** Whether the text uses any of the spellings (term, aliases, expansion) or an inflection of one. */
export function mentionsTerm(text: string, spellings: readonly string[]): boolean {
  return findTermSpans(text, spellings).length > 0;
}

/** The key under which two spellings count as the same: case, hyphens and spaces ignored. */
export const spellingKey = (spelling: string): string => spelling.toLowerCase().replace(/[\s\-‐‑]+/g, "");
