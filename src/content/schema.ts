/**
 * The content model: one Zod schema per kind of curriculum file. These schemas are the single
 * source of truth for the loader, the validator (`parlance content check`), the API and the types.
 * This module is pure: no file system, no database.
 */
import { z } from "zod";

/** Stable identifiers: lower-case words joined by hyphens. Progress is keyed by them. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens (kebab-case)");
export type Id = z.infer<typeof Id>;

export const Level = z.enum(["junior", "mid", "senior"]);
export type Level = z.infer<typeof Level>;

/** A non-empty line of prose, trimmed. */
const Text = z.string().trim().min(1, "must not be empty");

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const maxWords = (n: number) => Text.refine((s) => wordCount(s) <= n, `must be at most ${n} words`);
const wordsBetween = (min: number, max: number) =>
  Text.refine((s) => {
    const n = wordCount(s);
    return n >= min && n <= max;
  }, `must be between ${min} and ${max} words`);

/** Where a sentence is said: gives examples and exercises their workplace context. */
export const Situation = z.enum([
  "code-review",
  "standup",
  "incident",
  "design-review",
  "interview",
  "planning",
  "documentation",
  "pairing",
  "one-to-one",
  "chat",
]);

/** A concept a grader looks for, with the other wordings that also count as saying it. */
export const KeyPoint = z.strictObject({
  text: Text,
  accept: z.array(Text).min(1, "list at least one accepted wording"),
});
export type KeyPoint = z.infer<typeof KeyPoint>;

// ---------------------------------------------------------------------------------------------
// Role and topic areas

export const Role = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  /** Topic area ids in the order the learning path shows them. */
  areas: z.array(Id).min(1),
});
export type Role = z.infer<typeof Role>;

export const Area = z.strictObject({
  id: Id,
  title: Text,
  summary: maxWords(80),
  /** What a learner will be able to say and write after the area: "Explain why …". */
  outcomes: z.array(Text).min(3),
});
export type Area = z.infer<typeof Area>;

// ---------------------------------------------------------------------------------------------
// Glossary

export const PartOfSpeech = z.enum(["noun", "verb", "adjective", "adverb", "phrase"]);

export const Pronunciation = z.strictObject({
  /** Stress respelling in capitals for the stressed syllable: "LAY-tun-see". No slashes. */
  respelling: z.string().regex(/^[A-Za-z' -]+$/, "letters, hyphens and spaces only, e.g. LAY-tun-see"),
  /** IPA between slashes: "/ˈleɪtənsi/". */
  ipa: z.string().regex(/^\/[^/]+\/$/, "IPA between slashes, e.g. /ˈleɪtənsi/"),
});
export type Pronunciation = z.infer<typeof Pronunciation>;

export const Term = z.strictObject({
  id: Id,
  term: Text,
  /** Other spellings, inflections a learner meets, and the acronym or its long form. */
  aliases: z.array(Text).default([]),
  /** For acronyms: what the letters stand for. */
  expansion: Text.optional(),
  partOfSpeech: PartOfSpeech,
  definition: maxWords(30),
  /** Omit to generate from the CMU Pronouncing Dictionary; give it for acronyms and names. */
  pronunciation: Pronunciation.optional(),
  examples: z
    .array(z.strictObject({ situation: Situation, text: Text }))
    .min(2, "give two examples from real workplace situations"),
  collocations: z.array(Text).min(2),
  related: z.array(Id).default([]),
  area: Id,
  level: Level,
  /** The usual learner mistake with this word, where there is one. */
  mistake: z
    .strictObject({ wrong: Text, right: Text, why: Text })
    .optional(),
});
export type Term = z.infer<typeof Term>;
export const TermFile = z.strictObject({ terms: z.array(Term).min(1) });

// ---------------------------------------------------------------------------------------------
// Roadmap topics (Markdown with front matter; the body's sections are checked by the validator)

export const TopicFrontMatter = z.strictObject({
  id: Id,
  title: Text,
  area: Id,
  level: Level,
  summary: maxWords(40),
  prerequisites: z.array(Id).default([]),
  next: z.array(Id).default([]),
  terms: z.array(Id).min(1),
});
export type TopicFrontMatter = z.infer<typeof TopicFrontMatter>;

/** The sections every topic body has, in this order, as level-2 headings. */
export const TOPIC_SECTIONS = [
  "What it is",
  "Why it matters",
  "How it's used",
  "Example",
  "Practice project",
  "Common mistake",
  "Key vocabulary",
  "How to talk about it",
] as const;

// ---------------------------------------------------------------------------------------------
// Interview questions

export const QuestionKind = z.enum(["technical", "behavioral", "system-design"]);

export const Question = z.strictObject({
  id: Id,
  prompt: Text,
  kind: QuestionKind,
  level: Level,
  area: Id,
  /** What a good answer does; shown before answering. */
  tips: z.array(Text).min(2),
  /** 80–220 words; behavioral answers follow STAR (situation, task, action, result). */
  modelAnswer: wordsBetween(80, 220),
  keyPoints: z.array(KeyPoint).min(3).max(6),
  pitfalls: z.array(Text).min(1),
  followUps: z.array(Text).length(2),
  phrases: z.array(Text).min(2),
  terms: z.array(Id).default([]),
});
export type Question = z.infer<typeof Question>;
export const QuestionFile = z.strictObject({ questions: z.array(Question).min(1) });

// ---------------------------------------------------------------------------------------------
// Roleplay scenarios

export const Setting = z.enum(["meeting", "code-review", "incident", "interview", "one-to-one"]);

export const Move = z.strictObject({
  id: Id,
  /** The key concept a good reply expresses. */
  concept: Text,
  accept: z.array(Text).min(1),
  /** The scenario goal this move contributes to. */
  goal: Id.optional(),
});

export const Beat = z.strictObject({
  id: Id,
  /** What the counterpart says to open the beat. */
  line: Text,
  moves: z.array(Move).min(1),
  /** Asked when the learner's reply misses a move. */
  followUp: Text,
  /** Said in the persona's manner when the reply is weak or dodges the point. */
  pushback: Text,
  /** A useful phrase offered as a hint for this beat. */
  hint: Text,
});

export const Scenario = z.strictObject({
  id: Id,
  title: Text,
  level: Level,
  setting: Setting,
  area: Id,
  situation: Text,
  learnerRole: Text,
  counterpart: z.strictObject({
    name: Text,
    role: Text,
    manner: Text,
    caresAbout: z.array(Text).min(1),
  }),
  goals: z.array(z.strictObject({ id: Id, text: Text })).min(2),
  targetVocabulary: z.array(Id).min(3),
  beats: z.array(Beat).min(3),
  closingLine: Text,
  usefulPhrases: z.array(Text).min(4),
  modelDialogue: z
    .array(z.strictObject({ speaker: z.enum(["counterpart", "learner"]), text: Text }))
    .min(6),
});
export type Scenario = z.infer<typeof Scenario>;

// ---------------------------------------------------------------------------------------------
// Exercises

const ExerciseBase = {
  id: Id,
  /** Terms the exercise practises; offered for the review deck when missed. */
  terms: z.array(Id).default([]),
  /** Shown after the learner answers. */
  explanation: Text,
};

const Option = z.strictObject({ text: Text, correct: z.boolean().default(false) });

export const Exercise = z.discriminatedUnion("type", [
  z.strictObject({
    ...ExerciseBase,
    type: z.literal("multiple-choice"),
    prompt: Text,
    options: z.array(Option).min(3).max(5),
    multiSelect: z.boolean().default(false),
  }),
  z.strictObject({
    ...ExerciseBase,
    type: z.literal("cloze"),
    /** The sentence with each blank written as ___ (three underscores). */
    text: Text,
    blanks: z.array(z.strictObject({ accept: z.array(Text).min(1) })).min(1),
  }),
  z.strictObject({
    ...ExerciseBase,
    type: z.literal("matching"),
    prompt: Text,
    pairs: z.array(z.strictObject({ left: Text, right: Text })).min(3).max(6),
  }),
  z.strictObject({
    ...ExerciseBase,
    type: z.literal("phrasing"),
    /** The situation: who is speaking to whom, and where. */
    context: Text,
    prompt: Text,
    options: z.array(Option).min(2).max(4),
  }),
  z.strictObject({
    ...ExerciseBase,
    type: z.literal("error-correction"),
    prompt: Text,
    sentence: Text,
    /** Corrected sentences that count as right (compared ignoring case and final punctuation). */
    accept: z.array(Text).min(1),
  }),
  z.strictObject({
    ...ExerciseBase,
    type: z.literal("ordering"),
    prompt: Text,
    /** The items in the correct order; the player shuffles them. */
    items: z.array(Text).min(3).max(8),
  }),
  z.strictObject({
    ...ExerciseBase,
    type: z.literal("written"),
    prompt: Text,
    structure: z
      .enum(["star", "incident-report", "design-proposal", "code-review", "api-documentation", "change-announcement"])
      .optional(),
    keyPoints: z.array(KeyPoint).min(2).max(6),
    minWords: z.number().int().positive(),
    maxWords: z.number().int().positive(),
    modelAnswer: Text,
  }),
]);
export type Exercise = z.infer<typeof Exercise>;
export type ExerciseType = Exercise["type"];

export const ExerciseSet = z.strictObject({
  id: Id,
  title: Text,
  level: Level,
  exercises: z.array(Exercise).min(5).max(15),
});
export type ExerciseSet = z.infer<typeof ExerciseSet>;

/** One file per topic area: exercises/<area>.yaml. */
export const ExerciseFile = z.strictObject({ area: Id, sets: z.array(ExerciseSet).min(1) });
