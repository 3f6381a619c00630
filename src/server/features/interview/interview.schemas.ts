/**
 * Interview prep as the API shows it. A question's model answer, key points, pitfalls and
 * follow-ups (`Reference`) leave only once the learner has answered the question or revealed them;
 * a shared mock report carries scores and the learner's answers, never a model answer nor who they
 * are. Response schemas strip anything not declared here.
 */
import { z } from "zod";
import { Level, QuestionKind } from "../../../content/schema.ts";
import { Feedback } from "../coach/coach.schemas.ts";
import { ContentId, QuestionView, Ref } from "../content/content.schemas.ts";

/** Longest answer the coach is asked about; longer ones are refused with 413 by the service. */
export const MAX_ANSWER_LENGTH = 10_000;

// ---------------------------------------------------------------------------------------------
// Requests

export const RoleParams = z.strictObject({ role: ContentId });
export const QuestionParams = z.strictObject({ role: ContentId, id: ContentId });
export const AnswerParams = z.strictObject({ answer: z.uuid("must be an answer id") });
export const MockParams = z.strictObject({ mock: z.uuid("must be a mock interview id") });
export const KitParams = z.strictObject({ kit: z.uuid("must be a kit id") });
export const ScorecardParams = z.strictObject({ scorecard: z.uuid("must be a scorecard id") });
export const TokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, "must be a share token") });

export const BankQuery = z.strictObject({
  level: Level.optional(),
  kind: QuestionKind.optional(),
  area: ContentId.optional(),
  q: z.string().trim().max(200).optional(),
});

/** The answer text is checked by the service: empty → 400, over MAX_ANSWER_LENGTH → 413. */
const AnswerText = z.string().max(10 * MAX_ANSWER_LENGTH).describe(`the answer, 1–${MAX_ANSWER_LENGTH} characters`);

export const AnswerBody = z.strictObject({
  text: AnswerText,
  seconds: z.number().int().min(0).max(86_400).optional().describe("time spent on the answer, from the page's timer"),
  dictated: z.boolean().optional().describe("whether the browser's speech recognition wrote (part of) it"),
});

export const MOCK_FOCUS_MIXED = "mixed";
export const MockBody = z.strictObject({
  role: ContentId.default("backend-developer"),
  level: Level,
  focus: ContentId.default(MOCK_FOCUS_MIXED).describe('a topic area id, or "mixed"'),
  count: z.number().int().min(3).max(10).default(6),
  secondsPerQuestion: z.number().int().min(30).max(1800).default(180),
});

export const MockAnswerBody = AnswerBody.extend({
  step: z.number().int().min(0).max(9).describe("the question's index in the interview"),
  followUp: z.boolean().default(false).describe("whether this answers the follow-up question of that step"),
});

const Line = z.string().trim().min(1).max(500);
export const KitItemInput = z.discriminatedUnion("source", [
  z.strictObject({
    source: z.literal("bank"),
    key: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
    questionId: ContentId,
    minutes: z.number().int().min(1).max(120).default(10),
  }),
  z.strictObject({
    source: z.literal("own"),
    key: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
    prompt: z.string().trim().min(1).max(1000),
    minutes: z.number().int().min(1).max(120).default(10),
    modelAnswer: z.string().trim().max(5000).default(""),
    keyPoints: z.array(Line).max(10).default([]),
    greenFlags: z.array(Line).max(10).default([]),
    redFlags: z.array(Line).max(10).default([]),
  }),
]);
export type KitItemInput = z.infer<typeof KitItemInput>;

export const KitBody = z.strictObject({
  title: z.string().trim().min(1).max(120),
  role: ContentId.default("backend-developer"),
  notes: z.string().max(4000).default(""),
  items: z.array(KitItemInput).max(30),
});
export type KitBody = z.infer<typeof KitBody>;

export const RECOMMENDATIONS = ["strong-no", "no", "yes", "strong-yes"] as const;
export const Recommendation = z.enum(RECOMMENDATIONS);

export const ScorecardCreateBody = z.strictObject({ candidate: z.string().trim().min(1).max(120) });

export const ScorecardAnswer = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  heard: z.array(z.number().int().min(0).max(9)).max(10).describe("indexes of the rubric's key points heard"),
  notes: z.string().max(4000),
  rating: z.number().int().min(1).max(4).nullable(),
});
export type ScorecardAnswer = z.infer<typeof ScorecardAnswer>;

export const ScorecardBody = z.strictObject({
  candidate: z.string().trim().min(1).max(120),
  answers: z.array(ScorecardAnswer).max(30),
  recommendation: Recommendation.nullable(),
  summary: z.string().max(4000),
});
export type ScorecardBody = z.infer<typeof ScorecardBody>;

// ---------------------------------------------------------------------------------------------
// Responses

export const Reference = z
  .object({
    modelAnswer: z.string(),
    keyPoints: z.array(z.string()),
    pitfalls: z.array(z.string()),
    followUps: z.array(z.string()),
  })
  .meta({ id: "InterviewReference" });
export type Reference = z.infer<typeof Reference>;

const Count = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export const BankView = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      prompt: z.string(),
      kind: QuestionKind,
      level: Level,
      area: z.string(),
      areaTitle: z.string(),
      attempts: z.number().int(),
      best: z.number().int().nullable(),
    }),
  ),
  total: z.number().int(),
  facets: z
    .object({ level: z.array(Count), kind: z.array(Count), area: z.array(Count) })
    .describe("for each filter, how many questions each value would give with the other filters applied"),
});
export type BankView = z.infer<typeof BankView>;

export const AnswerSummary = z.object({
  id: z.uuid(),
  createdAt: z.number().int(),
  overall: z.number().int(),
  band: z.number().int(),
  revealed: z.boolean(),
  words: z.number().int(),
  mockId: z.string().nullable(),
});
export type AnswerSummary = z.infer<typeof AnswerSummary>;

export const AnswerView = AnswerSummary.extend({
  role: z.string(),
  questionId: z.string(),
  prompt: z.string().describe("the question answered (the follow-up's, for a follow-up answer)"),
  text: z.string(),
  seconds: z.number().int().nullable(),
  dictated: z.boolean(),
  feedback: Feedback,
  reference: Reference,
  followUp: z.string().nullable().describe("a question an interviewer could ask next"),
});
export type AnswerView = z.infer<typeof AnswerView>;

export const AnswerResponse = z.object({ answer: AnswerView, replayed: z.boolean() });

export const PracticeView = z.object({
  question: QuestionView,
  areaTitle: z.string(),
  reference: Reference.nullable().describe("null until the learner has answered or revealed it"),
  revealedAt: z.number().int().nullable(),
  attempts: z.array(AnswerSummary).describe("the learner's answers, oldest first"),
});
export type PracticeView = z.infer<typeof PracticeView>;

const MockAnswer = z.object({ text: z.string(), overall: z.number().int(), band: z.number().int(), submittedAt: z.number().int(), overtime: z.boolean() });
export const MockStep = z.object({
  index: z.number().int(),
  question: z.object({ id: z.string(), prompt: z.string(), kind: QuestionKind, level: Level, area: z.string(), tips: z.array(z.string()) }),
  answer: MockAnswer.nullable(),
  followUp: z.object({ prompt: z.string(), answer: MockAnswer.nullable() }).nullable(),
});
export const MockView = z
  .object({
    id: z.uuid(),
    role: z.string(),
    level: Level,
    focus: z.string(),
    focusTitle: z.string(),
    secondsPerQuestion: z.number().int(),
    startedAt: z.number().int(),
    completedAt: z.number().int().nullable(),
    shared: z.boolean(),
    steps: z.array(MockStep),
    current: z
      .object({ step: z.number().int(), followUp: z.boolean(), prompt: z.string(), startedAt: z.number().int(), deadline: z.number().int() })
      .nullable()
      .describe("what to answer now; null when the interview is over"),
  })
  .meta({ id: "MockInterview" });
export type MockView = z.infer<typeof MockView>;

export const MockSummary = z.object({
  id: z.uuid(),
  level: Level,
  focus: z.string(),
  focusTitle: z.string(),
  questions: z.number().int(),
  answered: z.number().int(),
  startedAt: z.number().int(),
  completedAt: z.number().int().nullable(),
  overall: z.number().int().nullable(),
});

export const ReportItem = z.object({
  step: z.number().int(),
  questionId: z.string(),
  prompt: z.string(),
  kind: QuestionKind,
  area: z.string(),
  text: z.string(),
  overall: z.number().int(),
  band: z.number().int(),
  bandLabel: z.string(),
  scores: Feedback.shape.scores,
  covered: z.array(z.object({ text: z.string(), quote: z.string() })),
  missed: z.array(z.string()),
  overtime: z.boolean(),
  followUp: z.object({ prompt: z.string(), text: z.string(), overall: z.number().int(), covered: z.array(z.string()) }).nullable(),
});
export const MockReport = z
  .object({
    id: z.uuid(),
    role: z.string(),
    level: Level,
    focusTitle: z.string(),
    startedAt: z.number().int(),
    completedAt: z.number().int().nullable(),
    overall: z.number().int(),
    items: z.array(ReportItem),
    strengths: z.array(z.string()),
    workOn: z.array(z.string()).describe("the three things to work on next"),
    vocabulary: z.array(Ref).describe("terms of the questions the answers did not use: to add to the review deck"),
  })
  .meta({ id: "MockReport" });
export type MockReport = z.infer<typeof MockReport>;

export const ShareView = z.object({ token: z.string(), path: z.string().describe("the read-only page to send") });

export const KitItemView = z.object({
  key: z.string(),
  source: z.enum(["bank", "own"]),
  questionId: z.string().nullable(),
  prompt: z.string(),
  kind: QuestionKind.nullable(),
  level: Level.nullable(),
  area: z.string().nullable(),
  minutes: z.number().int(),
  modelAnswer: z.string(),
  rubric: z.array(z.string()).describe("key points to listen for"),
  greenFlags: z.array(z.string()),
  redFlags: z.array(z.string()),
  followUps: z.array(z.string()),
  missing: z.boolean().describe("a bank question that has left the curriculum"),
});
export type KitItemView = z.infer<typeof KitItemView>;

export const KitView = z
  .object({
    id: z.uuid(),
    title: z.string(),
    role: z.string(),
    notes: z.string(),
    totalMinutes: z.number().int(),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
    items: z.array(KitItemView),
  })
  .meta({ id: "InterviewKit" });
export type KitView = z.infer<typeof KitView>;

export const KitSummary = z.object({ id: z.uuid(), title: z.string(), questions: z.number().int(), totalMinutes: z.number().int(), updatedAt: z.number().int() });

export const ScorecardView = z
  .object({
    id: z.uuid(),
    kitId: z.uuid(),
    candidate: z.string(),
    answers: z.array(z.object({ key: z.string(), heard: z.array(z.number().int()), notes: z.string(), rating: z.number().int().nullable() })),
    recommendation: Recommendation.nullable(),
    summary: z.string(),
    average: z.number().nullable().describe("mean rating of the rated answers"),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
    kit: KitView,
  })
  .meta({ id: "Scorecard" });
export type ScorecardView = z.infer<typeof ScorecardView>;

export const ScorecardSummary = z.object({
  id: z.uuid(),
  candidate: z.string(),
  recommendation: Recommendation.nullable(),
  average: z.number().nullable(),
  updatedAt: z.number().int(),
});

export const MarkdownExport = z.object({ filename: z.string(), markdown: z.string() });
