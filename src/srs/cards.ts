/**
 * The review cards of a glossary term. A card's content is derived from the term each time it is
 * shown (the content pack is the source of truth); only its scheduling state is stored, under the id
 * `${termId}:${type}`. Pure and deterministic: the same term, neighbours and seed give the same cards.
 */
import type { Term } from "../content/schema.ts";
import type { ExpectedAnswer } from "./answer.ts";
import { damerauLevenshtein, answerKey } from "./answer.ts";
import { hashString, seededShuffle } from "./random.ts";
import { findTermSpans } from "../content/term-match.ts";

export const CARD_TYPES = ["recognition", "recall", "cloze", "listening", "usage"] as const;
/**
 * recognition: term → meaning, self-graded. recall: meaning → type the term. cloze: an example with
 * the term blanked → type it. listening: hear the term → type it. usage: pick the sentence that uses
 * the term correctly.
 */
export type CardType = (typeof CARD_TYPES)[number];

/** `${termId}:${type}`; term ids are kebab-case, so the colon separates unambiguously. */
export type CardId = `${string}:${CardType}`;

export const cardId = (termId: string, type: CardType): CardId => `${termId}:${type}`;

export function parseCardId(id: string): { termId: string; type: CardType } | null {
  const at = id.lastIndexOf(":");
  const type = id.slice(at + 1);
  if (at <= 0 || !(CARD_TYPES as readonly string[]).includes(type)) return null;
  return { termId: id.slice(0, at), type: type as CardType };
}

/** The blank of a cloze sentence. */
export const BLANK = "_____";

interface CardBase {
  id: CardId;
  termId: string;
}

export interface RecognitionCard extends CardBase {
  type: "recognition";
  /** Front. */
  term: string;
  partOfSpeech: Term["partOfSpeech"];
  pronunciation?: Term["pronunciation"];
  /** Back. */
  definition: string;
  expansion?: string;
  example?: string;
}

export interface RecallCard extends CardBase {
  type: "recall";
  definition: string;
  partOfSpeech: Term["partOfSpeech"];
  answer: ExpectedAnswer;
}

export interface ClozeCard extends CardBase {
  type: "cloze";
  /** The example with every use of the term replaced by BLANK. */
  sentence: string;
  /** The sentence split at the blanks, for rendering the gaps as inputs or highlights. */
  segments: string[];
  /** The definition, to tell which word goes in the gap. */
  hint: string;
  /** The form the sentence used ("sharded", "APIs"). */
  answer: ExpectedAnswer;
}

export interface ListeningCard extends CardBase {
  type: "listening";
  /** What the browser's speech synthesis says. */
  speak: string;
  answer: ExpectedAnswer;
}

export interface UsageCard extends CardBase {
  type: "usage";
  term: string;
  /** 3–4 sentences, one of which uses the term correctly. */
  options: string[];
  answerIndex: number;
  /** Why the learner mistake is wrong, when one of the options is it. */
  explanation?: string;
}

export type ReviewCard = RecognitionCard | RecallCard | ClozeCard | ListeningCard | UsageCard;

export interface DeriveOptions {
  /** Looks up a related term by id (for usage distractors). */
  lookup?: (id: string) => Term | undefined;
  /** Chooses examples and shuffles options; defaults to the term id, so a term's cards are stable. */
  seed?: string;
}

const spellingsOf = (term: Term) => [term.term, ...term.aliases, ...(term.expansion ? [term.expansion] : [])];

/**
 * The examples that use the term, with where. Examples using the headword itself come before those
 * that only use an alias ("idempotency key" for "idempotency"), so a cloze blanks the word learned.
 */
function usingExamples(term: Term) {
  const spellings = spellingsOf(term);
  const found = term.examples
    .map((e) => ({ text: e.text, spans: findTermSpans(e.text, spellings), headword: findTermSpans(e.text, [term.term]).length > 0 }))
    .filter((e) => e.spans.length > 0);
  const withHeadword = found.filter((e) => e.headword);
  return withHeadword.length > 0 ? withHeadword : found;
}

/** Picks one of n deterministically. */
const pick = (n: number, seed: string) => hashString(seed) % n;

function recognition(term: Term, seed: string): RecognitionCard {
  const examples = usingExamples(term);
  const example = examples.length ? examples[pick(examples.length, `${seed}:recognition`)]!.text : term.examples[0]?.text;
  return {
    id: cardId(term.id, "recognition"),
    termId: term.id,
    type: "recognition",
    term: term.term,
    partOfSpeech: term.partOfSpeech,
    ...(term.pronunciation ? { pronunciation: term.pronunciation } : {}),
    definition: term.definition,
    ...(term.expansion ? { expansion: term.expansion } : {}),
    ...(example ? { example } : {}),
  };
}

function recall(term: Term): RecallCard {
  return {
    id: cardId(term.id, "recall"),
    termId: term.id,
    type: "recall",
    definition: term.definition,
    partOfSpeech: term.partOfSpeech,
    answer: { expected: term.term, accepted: [...new Set(spellingsOf(term).slice(1))] },
  };
}

/** The cloze example: a different one from the usage card's correct option when the term has two. */
function clozeExampleIndex(count: number, seed: string) {
  return pick(count, `${seed}:cloze`);
}

function cloze(term: Term, seed: string): ClozeCard | null {
  const examples = usingExamples(term);
  if (examples.length === 0) return null;
  const chosen = examples[clozeExampleIndex(examples.length, seed)]!;
  const segments: string[] = [];
  let at = 0;
  for (const span of chosen.spans) {
    segments.push(chosen.text.slice(at, span.start));
    at = span.end;
  }
  segments.push(chosen.text.slice(at));
  const first = chosen.spans[0]!;
  return {
    id: cardId(term.id, "cloze"),
    termId: term.id,
    type: "cloze",
    sentence: segments.join(BLANK),
    segments,
    hint: term.definition,
    answer: { expected: chosen.text.slice(first.start, first.end) },
  };
}

function listening(term: Term): ListeningCard {
  // What is heard is the term; aliases that are spelling variants of it (within two edits) also count.
  const key = answerKey(term.term);
  const variants = term.aliases.filter((a) => damerauLevenshtein(answerKey(a), key) <= 2);
  return {
    id: cardId(term.id, "listening"),
    termId: term.id,
    type: "listening",
    speak: term.term,
    answer: { expected: term.term, accepted: variants },
  };
}

/** A naive plural for putting the term where a neighbour's plural stood. */
function pluralize(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * A neighbour's example with the neighbour replaced by this term: a sentence where the term does not
 * belong. Neighbours of another part of speech come first — their slot is wrong for the term even
 * grammatically, so the distractor is not accidentally correct.
 */
function swappedExamples(term: Term, lookup: DeriveOptions["lookup"]): string[] {
  if (!lookup) return [];
  const neighbours = term.related
    .map((id) => lookup(id))
    .filter((t): t is Term => t !== undefined && t.id !== term.id)
    .sort((a, b) => Number(a.partOfSpeech === term.partOfSpeech) - Number(b.partOfSpeech === term.partOfSpeech));
  const out: string[] = [];
  const ownSpellings = spellingsOf(term);
  for (const n of neighbours) {
    const nKey = answerKey(n.term);
    for (const example of n.examples) {
      if (findTermSpans(example.text, ownSpellings).length > 0) continue; // already uses our term
      const spans = findTermSpans(example.text, spellingsOf(n));
      if (spans.length === 0) continue;
      let text = "";
      let at = 0;
      for (const span of spans) {
        const used = example.text.slice(span.start, span.end);
        const usedKey = answerKey(used);
        const plural = usedKey === `${nKey}s` || usedKey === `${nKey}es` || (nKey.endsWith("y") && usedKey === `${nKey.slice(0, -1)}ies`);
        let replacement = plural ? pluralize(term.term) : term.term;
        // At the start of the sentence, keep the capital.
        if (span.start === 0 && /^\p{Lu}/u.test(used)) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
        text += example.text.slice(at, span.start) + replacement;
        at = span.end;
      }
      out.push(text + example.text.slice(at));
      break; // one sentence per neighbour, for variety
    }
  }
  return out;
}

function usage(term: Term, options: DeriveOptions, seed: string): UsageCard | null {
  const examples = usingExamples(term);
  if (examples.length === 0) return null;
  // Prefer an example the cloze card does not show.
  const clozeIndex = clozeExampleIndex(examples.length, seed);
  const correct = examples[examples.length > 1 ? (clozeIndex + 1) % examples.length : 0]!.text;
  const distractors: string[] = [];
  const add = (s: string) => {
    const key = s.trim();
    if (key && key !== correct && !distractors.includes(key) && !term.examples.some((e) => e.text === key)) distractors.push(key);
  };
  if (term.mistake) add(term.mistake.wrong);
  for (const s of swappedExamples(term, options.lookup)) add(s);
  if (distractors.length < 2) return null;
  const chosen = distractors.slice(0, 3);
  const all = seededShuffle([correct, ...chosen], `${seed}:usage`);
  return {
    id: cardId(term.id, "usage"),
    termId: term.id,
    type: "usage",
    term: term.term,
    options: all,
    answerIndex: all.indexOf(correct),
    ...(term.mistake && chosen.includes(term.mistake.wrong.trim()) ? { explanation: term.mistake.why } : {}),
  };
}

/** The card of one type for a term, or null when the term cannot make one (no usable example, too few distractors). */
export function deriveCard(term: Term, type: CardType, options: DeriveOptions = {}): ReviewCard | null {
  const seed = options.seed ?? term.id;
  switch (type) {
    case "recognition":
      return recognition(term, seed);
    case "recall":
      return recall(term);
    case "cloze":
      return cloze(term, seed);
    case "listening":
      return listening(term);
    case "usage":
      return usage(term, options, seed);
  }
}

/** All cards a term can make, in CARD_TYPES order. */
export function deriveCards(term: Term, options: DeriveOptions = {}): ReviewCard[] {
  return CARD_TYPES.map((type) => deriveCard(term, type, options)).filter((c): c is ReviewCard => c !== null);
}

/** Whether the chosen option of a usage card is right, as a suggested grade. */
export function checkChoice(card: UsageCard, chosen: number): { correct: boolean; suggestedRating: "good" | "again" } {
  const correct = chosen === card.answerIndex;
  return { correct, suggestedRating: correct ? "good" : "again" };
}
