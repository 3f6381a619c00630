/**
 * The coach's public types: what goes in (a text and a task) and what comes out (feedback, issues,
 * grades). Offsets are JavaScript string indices (UTF-16 code units) into the text as given.
 */

export type TaskKind = "interview-answer" | "roleplay-turn" | "written-exercise" | "free-writing";
export type Level = "junior" | "mid" | "senior";

/** Shapes a text can be expected to follow. */
export type StructureKind =
  | "star"
  | "incident-report"
  | "design-proposal"
  | "code-review"
  | "api-documentation"
  | "change-announcement";

export const STRUCTURE_KINDS: readonly StructureKind[] = [
  "star",
  "incident-report",
  "design-proposal",
  "code-review",
  "api-documentation",
  "change-announcement",
];

/** A concept the answer should express, with other wordings that also count. */
export interface KeyPointInput {
  text: string;
  accept?: readonly string[];
  /**
   * "statement" (default): the text is a claim, and its subject must be what the matching clause is
   * about. "move": the text describes what a speaker does in a conversation ("Gives the duration
   * and the times"), so accepted wordings found in the answer count without a subject check.
   */
  kind?: "statement" | "move";
}

/** A word or phrase the learner is practising. A bare string is a glossary term id or the word itself. */
export interface TargetTerm {
  term: string;
  aliases?: readonly string[];
  id?: string;
}

export interface Task {
  kind: TaskKind;
  /** The question or instruction the learner answered. */
  prompt?: string;
  level?: Level;
  /** A model answer; used for content similarity when there are no key points, and alongside them. */
  reference?: string;
  keyPoints?: readonly (KeyPointInput | string)[];
  targetVocabulary?: readonly (TargetTerm | string)[];
  structure?: StructureKind;
  /**
   * How formal the text should be. Default: "formal" for interview answers and written exercises,
   * "neutral" otherwise. Informal words ("gonna", "guys") are flagged only in formal tasks.
   */
  register?: "formal" | "neutral";
}

export interface Span {
  start: number;
  end: number;
}

/** Language accuracy categories (counted as errors) and clarity/tone categories (suggestions). */
export type LanguageCategory =
  | "spelling"
  | "grammar"
  | "article"
  | "agreement"
  | "tense"
  | "uncountable"
  | "preposition"
  | "word-choice"
  | "punctuation"
  | "capitalization";

export type ClarityCategory =
  | "filler"
  | "hedging"
  | "vague"
  | "register"
  | "tone"
  | "long-sentence"
  | "passive"
  | "style";

export type IssueCategory = LanguageCategory | ClarityCategory;

export const LANGUAGE_CATEGORIES: ReadonlySet<IssueCategory> = new Set<LanguageCategory>([
  "spelling",
  "grammar",
  "article",
  "agreement",
  "tense",
  "uncountable",
  "preposition",
  "word-choice",
  "punctuation",
  "capitalization",
]);

/** Where a finding came from: the embedded grammar checker, a coach rule, or the optional LLM. */
export type Source = "harper" | "coach" | "llm";

export interface Issue extends Span {
  category: IssueCategory;
  /** Plain English, addressed to the learner. */
  message: string;
  /** Text to put in place of text.slice(start, end), when there is one good fix. */
  replacement?: string;
  /** Stable id of the rule that found it, e.g. "articles.missing" or "harper.Spelling". */
  rule: string;
  source: Source;
  /** "error" for language mistakes, "suggestion" for clarity and tone. */
  severity: "error" | "suggestion";
}

export interface CoveredKeyPoint {
  text: string;
  /** Where the answer expresses it. */
  evidence: Span;
  quote: string;
  /** 0–1: how completely the evidence matches the key point. */
  strength: number;
  source: Source;
}

export interface MissedKeyPoint {
  text: string;
  /** "absent": not found; "partial": only part of it; "contradicted": said with the opposite polarity. */
  reason: "absent" | "partial" | "contradicted";
  /** Where the partial or contradicting statement is, if any. */
  evidence?: Span;
  source: Source;
}

export interface VocabularyUse {
  term: string;
  span: Span;
}

export interface VocabularyReport {
  /** Target words the learner used correctly. */
  used: VocabularyUse[];
  /** Target words used with a mistake on or around them. */
  misused: (VocabularyUse & { message: string })[];
  /** Target words not used. */
  unused: string[];
  /** Glossary terms found in the text, target or not. */
  domainTerms: string[];
}

export interface StructurePart {
  id: string;
  label: string;
  present: boolean;
  /** The first sentence that carries this part. */
  evidence?: Span;
}

export interface StructureReport {
  kind: StructureKind;
  parts: StructurePart[];
  /** Whether the parts that are present come in the expected order. */
  inOrder: boolean;
  /** 0–100. */
  score: number;
}

export interface Rewrite extends Span {
  original: string;
  suggestion: string;
  /** Why the new version is better, in a few words. */
  reason: string;
  source: Source;
}

/** 0 off-topic or empty, 1 fragment, 2 partly correct, 3 correct but thin, 4 good, 5 excellent. */
export type Band = 0 | 1 | 2 | 3 | 4 | 5;

export const BAND_LABELS: Record<Band, string> = {
  0: "off-topic or empty",
  1: "fragment",
  2: "partly correct",
  3: "correct but thin",
  4: "good",
  5: "excellent",
};

export interface SubScores {
  /** Key points and reference coverage; null when the task gives nothing to compare with. */
  content: number | null;
  /** Grammar, spelling and learner patterns, per word. */
  language: number;
  /** Range, precision and domain terms. */
  vocabulary: number;
  /** Null when no structure is expected. */
  structure: number | null;
  /** Fillers, hedges, vague words, register, tone, sentence length. */
  clarity: number;
}

export interface TextStats {
  words: number;
  sentences: number;
  averageSentenceLength: number;
  /** Flesch reading ease, 0–100 (higher is easier). */
  readingEase: number;
}

export interface Feedback {
  /** 0–100. */
  overall: number;
  band: Band;
  bandLabel: string;
  scores: SubScores;
  issues: Issue[];
  keyPoints: { covered: CoveredKeyPoint[]; missed: MissedKeyPoint[] };
  vocabulary: VocabularyReport;
  structure: StructureReport | null;
  rewrites: Rewrite[];
  /** "Good: … Next time: …" */
  summary: string;
  stats: TextStats;
  /** Which engines contributed: always "coach"; "llm" when an LLM answered and was merged. */
  sources: Source[];
  /** Present when an LLM contributed: which model, how long it took, and its own summary. */
  llm?: { model: string; latencyMs: number; summary?: string };
}

export interface GradeInput {
  question: string;
  reference?: string;
  keyPoints?: readonly (KeyPointInput | string)[];
  answer: string;
}

export interface GradeResult {
  /** 0–5, a real number, on the band scale. */
  score: number;
  /** Key points (or, with only a reference, the reference's ideas) the answer expresses. */
  covered: string[];
  missed: string[];
  /** The same with evidence spans, and the content score (0–1) before it is put on the 0–5 scale. */
  details: { covered: CoveredKeyPoint[]; missed: MissedKeyPoint[]; content: number | null };
}
