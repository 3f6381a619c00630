/**
 * One pass of wink-nlp over a text: tokens with character offsets, part of speech, lemma and a
 * matching key; sentences (wink's, also split at line breaks); clauses with their polarity. Every
 * rule and the content matcher work on this Analysis, so the text is parsed once per request.
 */
import { codeSpans } from "./code.ts";
import type { Span } from "../types.ts";
import winkNLP, { type ItemSentence, type ItsFunction, type PartOfSpeech, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Nlp = WinkMethods;

/** The wink-nlp pipeline the coach uses (sentence boundaries, negation, part of speech). */
export function createNlp(): Nlp {
  return winkNLP(model, ["sbd", "negation", "pos"]);
}

const porter = (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem;

export interface Token {
  /** Index in Analysis.tokens. */
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
  lemma: string;
  /** What two words must share to count as the same word: the stem of the lemma ("idempot"). */
  key: string;
  /** Letters or digits (not punctuation, symbols or spaces). */
  isWord: boolean;
  isStop: boolean;
  sentence: number;
  clause: number;
  /** The token's clause states something negatively ("is not", "no", "never", "without"). */
  negated: boolean;
  /** Whitespace before the token in the text. */
  space: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  text: string;
}

export interface Clause {
  index: number;
  sentence: number;
  first: number;
  last: number;
  negated: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  clauses: Clause[];
  /** Number of word tokens. */
  words: number;
  /** Code in the text (paths, identifiers, `backticks`): no rule comments on its language. */
  code: Span[];
}

const WORD = /[\p{L}\p{N}]/u;

/** Words and marks that end one clause and start another, for polarity scope. */
const CLAUSE_BREAK_WORDS = new Set([
  "and", "but", "or", "so", "because", "since", "if", "when", "whenever", "unless", "although", "though",
  "while", "whereas", "which", "who", "where", "however", "otherwise", "then", "whilst", "yet", "as",
]);
const CLAUSE_BREAK_PUNCT = new Set([",", ";", ":", "(", ")", "—", "–", "!", "?", ".", "\"", "“", "”"]);

/** Negation cues that flip a clause. "not only" and "not just" do not negate. */
const NEGATION_WORDS = new Set(["not", "n't", "n’t", "never", "no", "none", "nothing", "neither", "nor", "nobody", "cannot", "nowhere", "lack", "lacks"]);
/**
 * Words after which the rest of the clause is negated or rejected, but not what comes before:
 * "verified without a lookup", "use PUT instead of POST".
 */
const CONTRAST_OPENERS: readonly (readonly string[])[] = [["instead", "of"], ["rather", "than"], ["unlike"], ["as", "opposed", "to"], ["without"]];

/** Porter stem of a lower-case word, with the trailing "s" of acronym plurals dropped ("apis" → "api"). */
export function stemOf(lower: string): string {
  return porter(lower);
}

/** The matching key of a word given its lemma: acronym plurals ("JWTs") lose the s. */
function keyOf(text: string, lemma: string): string {
  if (/^[A-Z]{2,}s$/.test(text)) return text.slice(0, -1).toLowerCase();
  const lower = lemma.toLowerCase();
  return /^[\p{L}]/u.test(lower) ? porter(lower) : lower;
}

/** Analyse a text. Deterministic; about 1 ms for 200 words. */
export function analyze(nlp: Nlp, text: string): Analysis {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokenList = doc.tokens();
  const values = tokenList.out(its.value) as string[];
  const pos = tokenList.out(its.pos) as PartOfSpeech[];
  const lemmas = tokenList.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const stops = tokenList.out(its.stopWordFlag) as boolean[];
  const spaces = tokenList.out(its.precedingSpaces) as string[];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0 || start - cursor > 64) start = cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    tokens.push({
      i,
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      pos: pos[i] ?? "X",
      lemma,
      key: keyOf(value, lemma),
      isWord: WORD.test(value) && pos[i] !== "SPACE",
      isStop: stops[i] ?? false,
      sentence: 0,
      clause: 0,
      negated: false,
      space: spaces[i] ?? "",
    });
  }

  retagVerbs(tokens);

  // Sentences: wink's boundaries, plus line breaks (lists, headings, "Impact: …" lines).
  const spans: [number, number][] = [];
  doc.sentences().each((s: ItemSentence) => {
    const span = s.out(its.span) as unknown as number[];
    spans.push([span[0]!, span[1]!]);
  });
  const sentences: Sentence[] = [];
  const pushSentence = (first: number, last: number) => {
    while (first < last && tokens[first]!.pos === "SPACE") first++;
    while (last > first && tokens[last - 1]!.pos === "SPACE") last--;
    if (first >= last) return;
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    sentences.push({ index: sentences.length, start, end, first, last, text: text.slice(start, end) });
  };
  for (const [a, b] of spans) {
    let first = a;
    for (let i = a; i <= b; i++) {
      const t = tokens[i]!;
      if (t.pos === "SPACE" && t.text.includes("\n")) {
        pushSentence(first, i);
        first = i + 1;
      } else if (i > a && t.space.includes("\n")) {
        pushSentence(first, i);
        first = i;
      }
    }
    pushSentence(first, b + 1);
  }
  for (const s of sentences) for (let i = s.first; i < s.last; i++) tokens[i]!.sentence = s.index;

  const clauses = splitClauses(tokens, sentences);
  let words = 0;
  for (const t of tokens) if (t.isWord) words++;
  return { text, tokens, sentences, clauses, words, code: codeSpans(text) };
}

const SUBJECT_DETERMINERS = new Set(["the", "a", "an", "this", "that", "our", "my", "their", "your", "its", "his", "her", "every", "each"]);
const AFTER_VERB_POS = new Set(["DET", "ADV", "ADP", "PRON", "CCONJ", "PUNCT", "NUM"]);

/**
 * The light tagger reads "the alert fires and …" as three nouns. A plural-looking noun right after
 * "determiner + noun/adjective" and followed by a determiner, adverb, preposition, pronoun,
 * conjunction or punctuation is the verb of the sentence.
 */
function retagVerbs(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" || !/[^s]s$/.test(t.lower) || t.lemma === t.lower) continue;
    const subject = tokens[i - 1]!;
    if (!(subject.pos === "NOUN" || subject.pos === "ADJ") || subject.lemma !== subject.lower) continue;
    let d = i - 2;
    while (d >= 0 && i - d <= 6 && (["NOUN", "ADJ", "PROPN"].includes(tokens[d]!.pos) || tokens[d]!.text === "-" || tokens[d + 1]?.text === "-")) d--;
    if (d < 0 || !SUBJECT_DETERMINERS.has(tokens[d]!.lower)) continue;
    let n = i + 1;
    while (n < tokens.length && tokens[n]!.pos === "SPACE") n++;
    const next = tokens[n];
    if (next && !AFTER_VERB_POS.has(next.pos)) continue;
    if (next && next.pos === "PUNCT" && next.text !== "." && next.text !== "," && next.text !== ";") continue;
    t.pos = "VERB";
    if (subject.pos === "ADJ") subject.pos = "NOUN";
  }
}

function splitClauses(tokens: Token[], sentences: Sentence[]): Clause[] {
  const clauses: Clause[] = [];
  for (const s of sentences) {
    let first = s.first;
    const close = (last: number) => {
      if (last > first) clauses.push({ index: clauses.length, sentence: s.index, first, last, negated: false });
      first = last;
    };
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (i > s.first && (CLAUSE_BREAK_PUNCT.has(t.text) || (CLAUSE_BREAK_WORDS.has(t.lower) && t.pos !== "ADJ" && !isDeterminerThat(t))) && !joinsNouns(tokens, i, s)) close(i);
    }
    close(s.last);
  }
  for (const c of clauses) {
    let negations = 0;
    let contrastFrom = -1;
    for (let i = c.first; i < c.last; i++) {
      const t = tokens[i]!;
      t.clause = c.index;
      if (isNegationCue(tokens, i)) negations++;
      if (contrastFrom < 0) for (const opener of CONTRAST_OPENERS) if (matchesWords(tokens, i, opener)) contrastFrom = i + opener.length;
    }
    c.negated = negations % 2 === 1;
    for (let i = c.first; i < c.last; i++) tokens[i]!.negated = c.negated !== (contrastFrom >= 0 && i >= contrastFrom);
  }
  return clauses;
}

const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
const isNominal = (t: Token | undefined) => t !== undefined && (NOMINAL.has(t.pos) || /^[A-Z]{2,}s?$/.test(t.text));

/** "GET, PUT and DELETE", "client or server": a comma or conjunction inside a list of nouns. */
function joinsNouns(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i]!;
  if (t.text !== "," && t.lower !== "and" && t.lower !== "or") return false;
  let p = i - 1;
  while (p >= s.first && tokens[p]!.pos === "SPACE") p--;
  let n = i + 1;
  while (n < s.last && (tokens[n]!.pos === "SPACE" || tokens[n]!.lower === "and" || tokens[n]!.lower === "or")) n++;
  if (!isNominal(tokens[p]) || !isNominal(tokens[n])) return false;
  // "…, PUT is" is a new clause when the noun after the comma is followed by a verb and the list ended
  return true;
}

function isDeterminerThat(t: Token): boolean {
  return t.lower === "that" && t.pos === "DET";
}

function isNegationCue(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!NEGATION_WORDS.has(t.lower)) return false;
  const next = tokens[i + 1]?.lower;
  if ((t.lower === "not" || t.lower === "n't" || t.lower === "n’t") && (next === "only" || next === "just" || next === "necessarily")) return false;
  if (t.lower === "no" && next === "matter") return false;
  if ((t.lower === "lack" || t.lower === "lacks") && t.pos !== "VERB") return false;
  return true;
}

export function matchesWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** Word tokens of a range, skipping punctuation and spaces. */
export function wordsIn(a: Analysis, first: number, last: number): Token[] {
  const out: Token[] = [];
  for (let i = first; i < last; i++) if (a.tokens[i]!.isWord) out.push(a.tokens[i]!);
  return out;
}

/** The previous word token before index i within the same sentence, or undefined. */
export function prevWord(a: Analysis, i: number): Token | undefined {
  const s = a.tokens[i]?.sentence;
  for (let k = i - 1; k >= 0; k--) {
    const t = a.tokens[k]!;
    if (t.sentence !== s) return undefined;
    if (t.isWord) return t;
  }
  return undefined;
}

/** The next word token after index i within the same sentence, or undefined. */
export function nextWord(a: Analysis, i: number): Token | undefined {
  const s = a.tokens[i]?.sentence;
  for (let k = i + 1; k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    if (t.sentence !== s) return undefined;
    if (t.isWord) return t;
  }
  return undefined;
}

/** Whether exactly one space separates two tokens (not a hyphen, a line break or punctuation). */
export const spaced = (a: Analysis, x: Token, y: Token): boolean => a.text.slice(x.end, y.start) === " ";

const PHRASE_END = /[ \t]*(?:[.,!?;:)"”]|$)/y;

/** Whether the sentence of `t` ends with a question mark. */
export function isQuestion(a: Analysis, t: Token): boolean {
  return a.sentences[t.sentence]!.text.trimEnd().endsWith("?");
}

/** Whether a phrase ends right after the token: only spaces, then closing punctuation or the end. */
export function endsPhrase(a: Analysis, t: Token): boolean {
  PHRASE_END.lastIndex = t.end;
  return PHRASE_END.test(a.text);
}
