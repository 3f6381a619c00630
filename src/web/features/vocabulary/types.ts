/** Shapes of the glossary and review API's responses (see the server's OpenAPI document at /api/docs). */
import type { Level } from "../../types/api";

export type PartOfSpeech = "noun" | "verb" | "adjective" | "adverb" | "phrase";
export type Pronunciation = { respelling: string; ipa: string } | null;
export type Ref = { id: string; title: string };

export type TermSummary = {
  id: string;
  term: string;
  partOfSpeech: PartOfSpeech;
  definition: string;
  area: string;
  level: Level;
  pronunciation: Pronunciation;
};

export type Term = TermSummary & {
  aliases: string[];
  expansion: string | null;
  examples: { situation: string; text: string }[];
  collocations: string[];
  related: Ref[];
  mistake: { wrong: string; right: string; why: string } | null;
  topics: Ref[];
  questions: Ref[];
  retired: boolean;
};

export type Page<T> = { items: T[]; total: number; limit: number; offset: number; nextOffset: number | null };

export type Area = { id: string; title: string; summary: string; counts: { terms: { total: number } } };

export type Spotlight = { date: string; terms: TermSummary[] };

export type Grade = "again" | "hard" | "good" | "easy";
export type Phase = "new" | "learning" | "review" | "relearning";
export type CardType = "recognition" | "recall" | "cloze" | "listening" | "usage";

export type CardFront =
  | {
      type: "recognition";
      termId: string;
      term: string;
      partOfSpeech: PartOfSpeech;
      pronunciation: Pronunciation;
      definition: string;
      expansion: string | null;
      example: string | null;
    }
  | { type: "recall"; definition: string; partOfSpeech: PartOfSpeech }
  | { type: "cloze"; segments: string[]; hint: string }
  | { type: "listening"; speak: string }
  | { type: "usage"; termId: string; term: string; options: string[] };

export type ReviewCard = {
  id: string;
  roleId: string;
  type: CardType;
  kind: "learning" | "review" | "new" | "ahead" | null;
  phase: Phase;
  due: string;
  stateVersion: string;
  previews: { grade: Grade; label: string; due: string }[];
  front: CardFront;
};

export type Queue = {
  date: string;
  timeZone: string;
  counts: { learning: number; review: number; new: number; ahead: number };
  remaining: number;
  newPerDay: number;
  newIntroducedToday: number;
  newRemainingToday: number;
  nextDueAt: string | null;
  deckEmpty: boolean;
  cards: ReviewCard[];
  lastReview: { id: string; cardId: string | null; grade: Grade; reviewedAt: string; undoable: boolean } | null;
};

export type DiffPart = { op: "equal" | "missing" | "extra"; text: string };

export type GradeResult = {
  reviewId: string;
  cardId: string;
  grade: Grade;
  replayed: boolean;
  card: { phase: Phase; due: string; stateVersion: string; comesBack: string };
  check: { correct: boolean; typo: boolean; typed: string; expected: string; diff: DiffPart[] | null } | null;
  choice: { chosen: number; correct: boolean; answerIndex: number; explanation: string | null } | null;
  answer: {
    termId: string;
    term: string;
    partOfSpeech: PartOfSpeech;
    definition: string;
    pronunciation: Pronunciation;
    sentence: string | null;
  } | null;
};

export type DeckEntry = {
  roleId: string;
  termId: string;
  term: string;
  area: string;
  level: Level;
  addedAt: string;
  nextDue: string | null;
  cards: { id: string; type: CardType; phase: Phase; due: string }[];
};

export type AddResult = { termsAdded: number; termsAlreadyInDeck: number; cardsAdded: number };

export type ReviewSettings = { desiredRetention: number; newPerDay: number };

export type Stats = {
  timeZone: string;
  today: string;
  deck: { cards: number; terms: number };
  cardsByPhase: Record<Phase, number>;
  reviewsPerDay: { date: string; count: number; byGrade: Record<Grade, number> }[];
  retention: {
    desired: number;
    last30Days: { reviews: number; passed: number; rate: number | null };
    allTime: { reviews: number; passed: number; rate: number | null };
  };
  forecast: { date: string; count: number }[];
  totalReviews: number;
};

export type ImportReport = {
  mode: "terms" | "cards";
  rows: number;
  termsAdded: number;
  cardsAdded: number;
  cardsRestored: number;
  reviewsRestored: number;
  unmatched: { line: number; value: string; reason: string }[];
  unmatchedCount: number;
};
