/**
 * Vocabulary review as the API shows it: requests and every response. A card's front never holds
 * its answer: recall, cloze and listening cards are checked on the server from what the learner
 * typed, usage cards from the option chosen, and the answer comes back with the grade. (A
 * recognition card is self-graded, so its back travels with it; a listening card carries the words
 * the browser speaks, since speech synthesis runs in the browser.)
 */
import { z } from "zod";
import { Level, PartOfSpeech } from "../../../content/schema.ts";
import { CARD_TYPES } from "../../../srs/cards.ts";
import { GRADES } from "../../../srs/schedule.ts";
import { DESIRED_RETENTION_RANGE } from "../../../srs/schedule.ts";
import { PHASES } from "../../../srs/state.ts";
import { ContentId, page, TermSummary } from "../content/content.schemas.ts";

// ---------------------------------------------------------------------------------------------
// Requests

export const MAX_NEW_PER_DAY = 200;

export const SettingsBody = z.strictObject({
  desiredRetention: z
    .number()
    .min(DESIRED_RETENTION_RANGE.min, `must be at least ${DESIRED_RETENTION_RANGE.min}`)
    .max(DESIRED_RETENTION_RANGE.max, `must be at most ${DESIRED_RETENTION_RANGE.max}`)
    .optional()
    .describe("the probability of remembering a card when it comes due, 0.70–0.99 (default 0.90)"),
  newPerDay: z
    .number()
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(MAX_NEW_PER_DAY, `must be at most ${MAX_NEW_PER_DAY}`)
    .optional()
    .describe(`new cards introduced per day, 0–${MAX_NEW_PER_DAY} (default 15)`),
});

export const CardIdParams = z.strictObject({ cardId: z.uuid("must be a card id (a UUID)") });
export const ReviewIdParams = z.strictObject({ reviewId: z.uuid("must be a review id (a UUID)") });
export const DeckTermParams = z.strictObject({ role: ContentId, termId: ContentId });
export const DeckAreaParams = z.strictObject({ role: ContentId, area: ContentId });

export const QueueQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(20).default(3).describe("how many cards of the queue to return in full, 1–20 (default 3)"),
});

export const DeckQuery = z.strictObject({
  role: ContentId.optional(),
  area: ContentId.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const GradeBody = z.strictObject({
  stateVersion: z.string().min(1).max(40).describe("the card's stateVersion as shown; a grade for an older version is not applied again"),
  durationMs: z.number().int().min(0).max(86_400_000).describe("how long the learner took to answer, in ms"),
  grade: z.enum(GRADES).optional().describe("recognition cards: the learner's own grade"),
  answer: z.string().max(200).optional().describe("recall, cloze and listening cards: what the learner typed"),
  choice: z.number().int().min(0).max(9).optional().describe("usage cards: the index of the chosen sentence"),
  idempotencyKey: z.uuid("must be a UUID").optional().describe("a fresh UUID per grade; a retry with the same key gets the first answer back"),
});

export const UndoBody = z.strictObject({ reviewId: z.uuid("must be a review id (a UUID)").describe("the review to take back: the most recent one") });

export const EXPORT_FORMATS = ["csv", "apkg"] as const;
export const ExportQuery = z.strictObject({ format: z.enum(EXPORT_FORMATS).describe("csv (cards with their review history) or apkg (Anki)") });
export const GlossaryExportParams = z.strictObject({ role: ContentId });

export const ImportQuery = z.strictObject({
  role: ContentId.optional().describe("the role whose glossary rows without a role column are matched against (default: your target role)"),
});

// ---------------------------------------------------------------------------------------------
// Responses

const Instant = z.string().describe("ISO 8601");
const Phase = z.enum(PHASES);
const Grade = z.enum(GRADES);
const Pronunciation = z.object({ respelling: z.string(), ipa: z.string() }).nullable();

export const Settings = z
  .object({ desiredRetention: z.number(), newPerDay: z.number().int() })
  .meta({ id: "ReviewSettings" });

export const IntervalPreview = z.object({
  grade: Grade,
  label: z.string().describe('when the card comes back after this grade: "10 min", "3 days"'),
  due: Instant,
});

const front = {
  recognition: z.object({
    type: z.literal("recognition"),
    termId: z.string(),
    term: z.string(),
    partOfSpeech: PartOfSpeech,
    pronunciation: Pronunciation,
    definition: z.string(),
    expansion: z.string().nullable(),
    example: z.string().nullable(),
  }),
  recall: z.object({ type: z.literal("recall"), definition: z.string(), partOfSpeech: PartOfSpeech }),
  cloze: z.object({
    type: z.literal("cloze"),
    segments: z.array(z.string()).describe("the sentence split where the term was; a gap between each two segments"),
    hint: z.string(),
  }),
  listening: z.object({ type: z.literal("listening"), speak: z.string().describe("what the browser's speech synthesis says") }),
  usage: z.object({ type: z.literal("usage"), termId: z.string(), term: z.string(), options: z.array(z.string()) }),
};

export const CardFront = z.discriminatedUnion("type", [front.recognition, front.recall, front.cloze, front.listening, front.usage]);

export const CardView = z
  .object({
    id: z.string().describe("a random id: the card's term is not readable from it"),
    roleId: z.string(),
    type: z.enum(CARD_TYPES),
    kind: z.enum(["learning", "review", "new", "ahead"]).nullable().describe("why the card is in today's queue; null outside it"),
    phase: Phase,
    due: Instant,
    stateVersion: z.string(),
    previews: z.array(IntervalPreview).describe("Again, Hard, Good, Easy: when the card would come back"),
    front: CardFront,
  })
  .meta({ id: "ReviewCard" });

export const LastReview = z.object({
  id: z.string(),
  cardId: z.string().nullable(),
  grade: Grade,
  reviewedAt: Instant,
  undoable: z.boolean(),
});

export const Queue = z
  .object({
    date: z.string().describe("the learner's local date"),
    timeZone: z.string(),
    counts: z.object({ learning: z.number().int(), review: z.number().int(), new: z.number().int(), ahead: z.number().int() }),
    remaining: z.number().int().describe("cards in today's queue"),
    newPerDay: z.number().int(),
    newIntroducedToday: z.number().int(),
    newRemainingToday: z.number().int(),
    nextDueAt: Instant.nullable().describe("when the next card outside today's queue comes due"),
    deckEmpty: z.boolean(),
    cards: z.array(CardView).describe("the first cards of the queue, in order"),
    lastReview: LastReview.nullable(),
  })
  .meta({ id: "ReviewQueue" });

const DiffPart = z.object({ op: z.enum(["equal", "missing", "extra"]), text: z.string() });

export const GradeResult = z
  .object({
    reviewId: z.string(),
    cardId: z.string(),
    grade: Grade,
    replayed: z.boolean().describe("true when this grade had already been applied (a repeated request)"),
    card: z.object({ phase: Phase, due: Instant, stateVersion: z.string(), comesBack: z.string() }),
    check: z
      .object({
        correct: z.boolean(),
        typo: z.boolean(),
        typed: z.string(),
        expected: z.string(),
        diff: z.array(DiffPart).nullable(),
      })
      .nullable()
      .describe("typed cards: what was checked"),
    choice: z
      .object({ chosen: z.number().int(), correct: z.boolean(), answerIndex: z.number().int(), explanation: z.string().nullable() })
      .nullable()
      .describe("usage cards: the right option"),
    answer: z
      .object({
        termId: z.string(),
        term: z.string(),
        partOfSpeech: PartOfSpeech,
        definition: z.string(),
        pronunciation: Pronunciation,
        sentence: z.string().nullable().describe("the example the card used, whole"),
      })
      .nullable()
      .describe("the answer, for cards that did not show it before grading"),
  })
  .meta({ id: "GradeResult" });

export const UndoResult = z.object({ undone: z.object({ reviewId: z.string(), cardId: z.string() }), card: CardView });

export const ReviewView = z
  .object({
    id: z.string(),
    cardId: z.string().nullable(),
    grade: Grade,
    reviewedAt: Instant,
    durationMs: z.number().int(),
    before: z.object({ phase: Phase, due: Instant }),
    after: z.object({ phase: Phase, due: Instant }),
  })
  .meta({ id: "Review" });

export const DeckEntry = z
  .object({
    roleId: z.string(),
    termId: z.string(),
    term: z.string(),
    area: z.string(),
    level: Level,
    addedAt: Instant,
    nextDue: Instant.nullable().describe("the earliest due time of its cards that have been reviewed"),
    cards: z.array(z.object({ id: z.string(), type: z.enum(CARD_TYPES), phase: Phase, due: Instant })),
  })
  .meta({ id: "DeckEntry" });

export const DeckPage = page(DeckEntry).extend({ cards: z.number().int().describe("cards in the whole deck") });

export const AddResult = z.object({
  termsAdded: z.number().int(),
  termsAlreadyInDeck: z.number().int(),
  cardsAdded: z.number().int(),
});

export const Stats = z
  .object({
    timeZone: z.string(),
    today: z.string(),
    deck: z.object({ cards: z.number().int(), terms: z.number().int() }),
    cardsByPhase: z.object({ new: z.number().int(), learning: z.number().int(), review: z.number().int(), relearning: z.number().int() }),
    reviewsPerDay: z
      .array(z.object({ date: z.string(), count: z.number().int(), byGrade: z.object({ again: z.number().int(), hard: z.number().int(), good: z.number().int(), easy: z.number().int() }) }))
      .describe("the last 30 local days, oldest first"),
    retention: z.object({
      desired: z.number(),
      last30Days: z.object({ reviews: z.number().int(), passed: z.number().int(), rate: z.number().nullable() }),
      allTime: z.object({ reviews: z.number().int(), passed: z.number().int(), rate: z.number().nullable() }),
    }),
    forecast: z.array(z.object({ date: z.string(), count: z.number().int() })).describe("cards coming due on each of the next 14 local days, today first"),
    totalReviews: z.number().int(),
  })
  .meta({ id: "ReviewStats" });

export const ImportReport = z
  .object({
    mode: z.enum(["terms", "cards"]).describe("terms: a list of terms added as new cards; cards: cards with their review history restored"),
    rows: z.number().int(),
    termsAdded: z.number().int(),
    cardsAdded: z.number().int(),
    cardsRestored: z.number().int(),
    reviewsRestored: z.number().int(),
    unmatched: z.array(z.object({ line: z.number().int(), value: z.string(), reason: z.string() })).describe("rows skipped (first 100)"),
    unmatchedCount: z.number().int(),
  })
  .meta({ id: "ImportReport" });

export const Spotlight = z
  .object({ date: z.string().describe("the UTC date the choice is for"), terms: z.array(TermSummary) })
  .meta({ id: "Spotlight" });

export type CardView = z.infer<typeof CardView>;
export type CardFront = z.infer<typeof CardFront>;
export type GradeResult = z.infer<typeof GradeResult>;
export type Queue = z.infer<typeof Queue>;
export type DeckEntry = z.infer<typeof DeckEntry>;
export type Stats = z.infer<typeof Stats>;
export type ImportReport = z.infer<typeof ImportReport>;
export type GradeBody = z.infer<typeof GradeBody>;
