/**
 * Phrases more than one rule needs to recognise: the determiner of a noun phrase ("our payment
 * service" → "our") and a sentence about a finished time ("yesterday", "last week", "two hours ago").
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";

/** Possessive determiners: "my", "their"… (wink tags them PRON). */
export const POSSESSIVES: ReadonlySet<string> = new Set(["my", "your", "his", "her", "its", "our", "their"]);
/** Personal pronouns that can only be a subject (not "it", which is also an object). */
export const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(["i", "you", "we", "they", "he", "she"]);
/** Object pronouns and their subject forms: "me" → "I". */
export const SUBJECT_OF: ReadonlyMap<string, string> = new Map([["me", "I"], ["him", "he"], ["her", "she"], ["them", "they"], ["us", "we"]]);
/** Subject pronouns and their object forms: "he" → "him" (and "you", "it", the same). */
export const OBJECT_OF: ReadonlyMap<string, string> = new Map([...[...SUBJECT_OF].map(([object, subject]) => [subject.toLowerCase(), object] as const), ["you", "you"], ["it", "it"]]);
/** Languages, as names are written: "English", "Spanish". */
export const LANGUAGE_NAMES = /^(?:English|Spanish|French|German|Italian|Portuguese|Russian|Chinese|Japanese|Korean|Arabic|Polish|Dutch|Greek|Turkish|Romanian|Swedish|Czech|Hungarian|Ukrainian|Hindi)$/;
/** Nouns that end in -s and are one thing (or a name): "the news is", "a series", "Kubernetes has". */
export const SINGULAR_IN_S: ReadonlySet<string> = new Set(["news", "series", "species", "means", "analytics", "statistics", "physics", "mathematics", "economics", "politics", "ethics", "logistics", "sales", "operations", "communications", "electronics", "graphics", "athletics", "gymnastics", "headquarters", "crossroads", "thanks", "darts", "billiards", "measles", "diabetes", "kubernetes", "redis", "postgres", "jenkins"]);
/** Time words the tagger calls nouns, which never make a compound with the noun before them ("three book yesterday"). */
export const DAY_WORDS: ReadonlySet<string> = new Set(["yesterday", "today", "tomorrow", "tonight"]);
export const SINGULAR_DETERMINERS = new Set(["the", "this", "that", "a", "an", "my", "our", "your", "their", "its", "his", "her"]);
export const PLURAL_DETERMINERS = new Set(["the", "these", "those", "my", "our", "your", "their", "its", "his", "her", "all", "both", "many", "several", "most", "some"]);
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN"]);

/** A number above one counts as a plural determiner: "2,100 customers", "three services". */
const PLURAL_NUMBER = (t: Token) => t.pos === "NUM" && !/^(?:1|one|1\.0+|0?\.\d+)$/.test(t.lower);

export const isPluralDeterminer = (t: Token): boolean => PLURAL_DETERMINERS.has(t.lower) || PLURAL_NUMBER(t);

/** Words that make a number approximate without changing what the phrase is: "about 2,100 customers". */
export const APPROXIMATORS = new Set(["about", "around", "roughly", "nearly", "almost", "over", "approximately", "some"]);

/**
 * The determiner of a noun phrase ending in `noun`: the word right before it, or before up to
 * three adjectives and nouns ("the old scheduler", "our payment service", "the deploy pipeline").
 */
export function determinerOf(a: Analysis, noun: Token): Token | undefined {
  let k = prevWord(a, noun.i);
  for (let n = 0; k && n < 3; n++) {
    if (SINGULAR_DETERMINERS.has(k.lower) || isPluralDeterminer(k)) return k;
    if (k.pos === "DET") return undefined;
    // a modifier: an adjective, a noun, or a bare verb used as one ("the deploy pipeline")
    if (!(MODIFIER_POS.has(k.pos) || (k.pos === "VERB" && k.lower === k.lemma))) return undefined;
    const before = prevWord(a, k.i);
    if (!before || before.end + 1 !== k.start) return undefined;
    k = before;
  }
  return undefined;
}

const LAST_NOUNS = /^(?:night|week|month|year|quarter|sprint|friday|monday|tuesday|wednesday|thursday|saturday|sunday|time|release|weekend|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether tokens [first, last) say the time is finished: "yesterday", "two hours ago", "last week". */
export function hasPastMarker(a: Analysis, first: number, last: number): boolean {
  return pastMarkerAt(a, first, last) >= 0;
}

/**
 * Where tokens [first, last) first say the time is finished ("yesterday", "two hours ago", "last
 * week", "when I was a child"), as a token index, or -1.
 */
export function pastMarkerAt(a: Analysis, first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const t = a.tokens[i]!;
    // "since last year", "since yesterday": a start that reaches up to now, not a finished time
    if (prevWord(a, i)?.lower === "since") continue;
    // ("yesterday's meeting" names a thing; the sentence may be about now)
    if ((t.lower === "yesterday" && !/^['’]s$/.test(a.tokens[i + 1]?.text ?? "")) || t.lower === "ago") return i;
    // ("the last release", "in the last week": the latest one, or a time up to now)
    if (t.lower === "last" && !/^(?:the|a|this|that|its|our|their|my|your|his|her)$/.test(prevWord(a, i)?.lower ?? "")) {
      const n = nextWord(a, i);
      if (n && LAST_NOUNS.test(n.lower)) return i;
    }
    // "when I was a child", "when we were students"
    if (t.lower === "when") {
      const subject = nextWord(a, i);
      const be = subject && nextWord(a, subject.i);
      if (subject && be && /^(?:i|we|you|they|he|she)$/.test(subject.lower) && /^(?:was|were)$/.test(be.lower)) return i;
    }
  }
  return -1;
}
