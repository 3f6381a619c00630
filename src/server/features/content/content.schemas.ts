/**
 * The curriculum as the API shows it: request query and params, and every response. Response
 * schemas are what leaves the server (anything else is stripped), and none of them has a field for
 * an answer key: no `correct`, `accept`, `keyPoints`, `modelAnswer`, `explanation`, `pitfalls`,
 * `followUps`, `moves` or `modelDialogue`. Those are revealed only after an attempt.
 */
import { z } from "zod";
import { TOKEN_KINDS } from "../../../content/code-tokens.ts";
import { Id, Level, PartOfSpeech, QuestionKind, Setting, Situation } from "../../../content/schema.ts";
import { PublicExercise } from "../../../learning/exercise-view.ts";

// ---------------------------------------------------------------------------------------------
// Requests

export const ContentId = Id.max(100);
export const RoleParams = z.strictObject({ role: ContentId });
export const RoleItemParams = z.strictObject({ role: ContentId, id: ContentId });
export const AreaParams = z.strictObject({ role: ContentId, area: ContentId });

/**
 * Offset pagination: the curriculum changes only when the server restarts with new content, so an
 * offset stays put while someone pages, and `total` lets a client show page numbers.
 */
export const Paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("items per page, 1–100 (default 20)"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe("items to skip (default 0)"),
};

export const SearchText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .describe("words to search for; the last one also matches as a prefix");

export const AreasQuery = z.strictObject({ ...Paging });
export const TermsQuery = z.strictObject({
  area: ContentId.optional(),
  level: Level.optional(),
  letter: z
    .string()
    .regex(/^([a-zA-Z]|#)$/, "must be one letter a–z, or # for terms that start with a digit or sign")
    .transform((l) => l.toLowerCase())
    .optional()
    .describe("first letter of the term, a–z, or # for anything else"),
  q: SearchText.optional(),
  ...Paging,
});
export const TopicsQuery = z.strictObject({ area: ContentId.optional(), level: Level.optional(), ...Paging });
export const QuestionsQuery = z.strictObject({
  area: ContentId.optional(),
  level: Level.optional(),
  kind: QuestionKind.optional(),
  q: SearchText.optional(),
  ...Paging,
});
export const ScenariosQuery = z.strictObject({ area: ContentId.optional(), level: Level.optional(), setting: Setting.optional(), ...Paging });
export const ExerciseSetsQuery = z.strictObject({ area: ContentId.optional(), level: Level.optional(), ...Paging });

export const SEARCH_KINDS = ["term", "topic", "question", "scenario"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
const kindList = new RegExp(`^\\s*(${SEARCH_KINDS.join("|")})(\\s*,\\s*(${SEARCH_KINDS.join("|")}))*\\s*$`);

export const SearchQuery = z.strictObject({
  q: SearchText,
  role: ContentId.optional().describe("one role's content only (default: every role)"),
  kinds: z
    .string()
    .regex(kindList, `must be a comma-separated list of ${SEARCH_KINDS.join(", ")}`)
    .transform((v) => [...new Set(v.split(",").map((k) => k.trim() as SearchKind))])
    .optional()
    .describe(`comma-separated: ${SEARCH_KINDS.join(", ")} (default: all)`),
  ...Paging,
});

// ---------------------------------------------------------------------------------------------
// Responses

export const Ref = z.object({ id: z.string(), title: z.string() }).meta({ id: "ContentRef" });

const LevelCounts = z.object({ junior: z.number().int(), mid: z.number().int(), senior: z.number().int(), total: z.number().int() });
export const AreaCounts = z
  .object({
    terms: LevelCounts,
    topics: LevelCounts,
    questions: LevelCounts,
    scenarios: LevelCounts,
    exerciseSets: LevelCounts,
    exercises: LevelCounts,
  })
  .meta({ id: "AreaCounts" });

/** A page of a list. `nextOffset` is null on the last page. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    nextOffset: z.number().int().nullable(),
  });

const retired = z.boolean().describe("the item has left the curriculum; it still resolves for progress that points at it");

export const AreaView = z
  .object({ id: z.string(), title: z.string(), summary: z.string(), outcomes: z.array(z.string()), counts: AreaCounts, retired })
  .meta({ id: "Area" });

export const RoleOverview = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    /** Totals over the role's areas. */
    counts: AreaCounts,
    areas: z.array(AreaView),
    retired,
  })
  .meta({ id: "RoleOverview" });

export const TermSummary = z
  .object({
    id: z.string(),
    term: z.string(),
    partOfSpeech: PartOfSpeech,
    definition: z.string(),
    area: z.string(),
    level: Level,
    pronunciation: z
      .object({ respelling: z.string().describe("stress respelling, e.g. LAY-tun-see"), ipa: z.string().describe("IPA, e.g. /ˈleɪtənsi/") })
      .nullable(),
  })
  .meta({ id: "TermSummary" });

export const TermView = TermSummary.extend({
  aliases: z.array(z.string()),
  expansion: z.string().nullable(),
  examples: z.array(z.object({ situation: Situation, text: z.string() })),
  collocations: z.array(z.string()),
  related: z.array(Ref),
  mistake: z.object({ wrong: z.string(), right: z.string(), why: z.string() }).nullable(),
  topics: z.array(Ref).describe("topics whose key vocabulary includes the term"),
  questions: z.array(Ref).describe("interview questions that use the term"),
  retired,
}).meta({ id: "Term" });

export const TopicSummary = z
  .object({ id: z.string(), title: z.string(), area: z.string(), level: Level, summary: z.string() })
  .meta({ id: "TopicSummary" });

/**
 * A code block highlighted when the content was loaded: spans of text, each with a kind for its
 * colour. Text, not HTML: a client shows each span's text as text.
 */
export const HighlightedCode = z
  .object({
    language: z.string().describe("the grammar used, e.g. typescript for a fence that says ts"),
    tokens: z
      .array(z.object({ text: z.string(), kind: z.enum(TOKEN_KINDS).nullable().describe("null: the code's default colour") }))
      .describe("the block's code, in order: the texts joined are exactly the code"),
  })
  .meta({ id: "HighlightedCode" });

export const TopicView = TopicSummary.extend({
  terms: z.array(Ref),
  prerequisites: z.array(Ref),
  next: z.array(Ref),
  sections: z
    .array(
      z.object({
        title: z.string(),
        markdown: z.string(),
        code: z
          .array(HighlightedCode)
          .describe("the section's fenced code blocks in a language the highlighter knows, in order; a block not listed is shown plain"),
      }),
    )
    .describe("the topic's sections in order, as Markdown; term links are written [text](term:id)"),
  retired,
}).meta({ id: "Topic" });

export const QuestionSummary = z
  .object({ id: z.string(), prompt: z.string(), kind: QuestionKind, level: Level, area: z.string() })
  .meta({ id: "QuestionSummary" });

export const QuestionView = QuestionSummary.extend({
  tips: z.array(z.string()),
  phrases: z.array(z.string()),
  terms: z.array(Ref),
  retired,
}).meta({ id: "Question" });

export const ScenarioSummary = z
  .object({ id: z.string(), title: z.string(), level: Level, setting: Setting, area: z.string(), situation: z.string() })
  .meta({ id: "ScenarioSummary" });

export const ScenarioView = ScenarioSummary.extend({
  learnerRole: z.string(),
  counterpart: z.object({ name: z.string(), role: z.string(), manner: z.string(), caresAbout: z.array(z.string()) }),
  goals: z.array(z.object({ id: z.string(), text: z.string() })),
  targetVocabulary: z.array(Ref),
  usefulPhrases: z.array(z.string()),
  retired,
}).meta({ id: "Scenario" });

/**
 * An exercise as the learner meets it, as the learning core defines it: the task without its
 * answer, options and items in a seeded order, and not even the terms it practises (for a cloze
 * they are usually the word that fills the gap).
 */
export const ExerciseView = PublicExercise.meta({ id: "Exercise" });

export const ExerciseSetSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    area: z.string(),
    level: Level,
    exerciseCount: z.number().int(),
    types: z.array(z.string()),
  })
  .meta({ id: "ExerciseSetSummary" });

export const ExerciseSetView = ExerciseSetSummary.extend({ exercises: z.array(ExerciseView), retired }).meta({ id: "ExerciseSet" });

export const SearchResult = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    role: z.string(),
    id: z.string(),
    title: z.string(),
    snippet: z.string().describe("plain text around the match; matched words are wrapped in ** (Markdown bold)"),
  })
  .meta({ id: "SearchResult" });

export type AreaView = z.infer<typeof AreaView>;
export type RoleOverview = z.infer<typeof RoleOverview>;
export type TermSummary = z.infer<typeof TermSummary>;
export type TermView = z.infer<typeof TermView>;
export type TopicSummary = z.infer<typeof TopicSummary>;
export type TopicView = z.infer<typeof TopicView>;
export type QuestionSummary = z.infer<typeof QuestionSummary>;
export type QuestionView = z.infer<typeof QuestionView>;
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;
export type ScenarioView = z.infer<typeof ScenarioView>;
export type ExerciseView = z.infer<typeof ExerciseView>;
export type ExerciseSetSummary = z.infer<typeof ExerciseSetSummary>;
export type ExerciseSetView = z.infer<typeof ExerciseSetView>;
export type SearchResult = z.infer<typeof SearchResult>;
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  nextOffset: number | null;
}

// The catalog: every role and its topic areas, for the home page and the sign-up form.
export const AreaSummary = z.object({ id: z.string(), title: z.string(), summary: z.string() });
export const RoleSummary = z
  .object({ id: z.string(), title: z.string(), summary: z.string(), areas: z.array(AreaSummary) })
  .meta({ id: "RoleSummary" });
export type RoleSummary = z.infer<typeof RoleSummary>;
