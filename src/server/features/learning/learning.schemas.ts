/**
 * The learning path as the API shows it. Before an answer is submitted only the public exercise
 * leaves (`PublicExercise`: no keys, no explanations, no practised terms); the graded result —
 * with the correct answer and the explanation — is in the answer's response and, afterwards, in
 * the attempt it belongs to. Response schemas strip anything not declared here.
 */
import { z } from "zod";
import { Level, QuestionKind, Setting } from "../../../content/schema.ts";
import { ExerciseAnswer } from "../../../learning/answers.ts";
import { PublicExercise } from "../../../learning/exercise-view.ts";
import { ContentId, Ref } from "../content/content.schemas.ts";
import { Feedback } from "../coach/coach.schemas.ts";

// ---------------------------------------------------------------------------------------------
// Requests

export const RoleParams = z.strictObject({ role: ContentId });
export const RoleItemParams = z.strictObject({ role: ContentId, id: ContentId });
export const AttemptParams = z.strictObject({ attempt: z.uuid("must be an attempt id") });

export const AnswerBody = z.strictObject({
  exerciseId: ContentId.describe("the exercise answered, one of the attempt's"),
  answer: ExerciseAnswer.describe("positions refer to the arrays of the exercise as this attempt shows it"),
});

export const TOPIC_STATUSES = ["done", "learning", "skipped"] as const;
export const TopicStatus = z.enum(TOPIC_STATUSES);
export type TopicStatus = z.infer<typeof TopicStatus>;

export const TopicProgressBody = z.strictObject({
  status: TopicStatus.nullable().describe("done, learning or skipped; null clears the mark"),
});

// ---------------------------------------------------------------------------------------------
// Building blocks

const MasteryStatus = z.enum(["no-data", "not-enough-data", "ok"]);
export const MasteryView = z
  .object({
    value: z.number().int().describe("0–100"),
    status: MasteryStatus.describe("no-data: not started; not-enough-data: provisional; ok"),
    confidence: z.number().describe("0–1: how much evidence the number rests on"),
  })
  .meta({ id: "Mastery" });

const Component = z.object({ value: z.number(), weight: z.number(), evidence: z.number() }).nullable();
export const MasteryDetail = MasteryView.extend({
  components: z.object({ exercises: Component, written: Component, vocabulary: Component }),
}).meta({ id: "MasteryDetail" });

const Day = z.object({ date: z.string().describe("YYYY-MM-DD, the learner's local date"), minutes: z.number(), met: z.boolean() });
export const StreakView = z
  .object({
    today: z.string(),
    timeZone: z.string(),
    goalMinutes: z.number().int(),
    todayMinutes: z.number(),
    todayProgress: z.number().describe("0–1"),
    todayMet: z.boolean(),
    currentStreak: z.number().int().describe("days in a row that met the goal, up to today (or yesterday while today is running)"),
    longestStreak: z.number().int(),
    recent: z.array(Day).describe("the last 7 local days, today last"),
  })
  .meta({ id: "Streak" });

export const SetProgress = z
  .object({
    id: z.string(),
    title: z.string(),
    area: z.string(),
    level: Level,
    exerciseCount: z.number().int(),
    completed: z.boolean().describe("finished at least once"),
    bestPercent: z.number().int().nullable().describe("best score of a finished run, 0–100"),
    /** The run in progress, to continue. */
    openAttempt: z.object({ id: z.string(), answered: z.number().int(), total: z.number().int() }).nullable(),
  })
  .meta({ id: "SetProgress" });

export const LevelProgress = z.object({
  level: Level,
  sets: z.array(SetProgress),
  setsCompleted: z.number().int(),
});

export const NextStepView = z
  .object({
    kind: z.enum(["continue-set", "next-set", "reviews", "weakest-area", "new-area"]),
    areaId: z.string().nullable(),
    areaTitle: z.string().nullable(),
    setId: z.string().nullable(),
    setTitle: z.string().nullable(),
    /** continue-set: the run to resume. */
    attemptId: z.string().nullable(),
    answered: z.number().int().nullable(),
    total: z.number().int().nullable(),
    /** reviews: how many are due. */
    due: z.number().int().nullable(),
    mastery: z.number().int().nullable(),
  })
  .meta({ id: "NextStep" });

export const WritingRecommendation = z.object({
  setId: z.string(),
  setTitle: z.string(),
  exerciseId: z.string(),
  prompt: z.string(),
  area: z.string(),
  areaTitle: z.string(),
  level: Level,
});

export const SpeakingRecommendation = z.object({
  kind: z.enum(["scenario", "question"]),
  id: z.string(),
  title: z.string(),
  area: z.string(),
  areaTitle: z.string(),
  level: Level,
  detail: z.string().describe("the roleplay's setting, or the question's kind"),
});

// ---------------------------------------------------------------------------------------------
// Pages

export const PathArea = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  mastery: MasteryView,
  levels: z.array(LevelProgress),
  setsCompleted: z.number().int(),
  setsTotal: z.number().int(),
});

export const PathView = z
  .object({
    role: z.object({ id: z.string(), title: z.string() }),
    level: Level.describe("the learner's level, from the profile"),
    streak: StreakView,
    dueReviews: z.number().int().nullable().describe("null while the review deck is not available"),
    mistakes: z.number().int().describe("exercises in the review-my-mistakes set"),
    nextSteps: z.array(NextStepView),
    areas: z.array(PathArea),
    recommended: z.object({ writing: z.array(WritingRecommendation), speaking: z.array(SpeakingRecommendation) }),
  })
  .meta({ id: "LearningPath" });

export const AreaPage = z
  .object({
    role: z.object({ id: z.string(), title: z.string() }),
    area: z.object({ id: z.string(), title: z.string(), summary: z.string(), outcomes: z.array(z.string()) }),
    mastery: MasteryDetail,
    answered: z.number().int().describe("answers given in the area"),
    levels: z.array(LevelProgress),
    terms: z.array(
      z.object({
        id: z.string(),
        term: z.string(),
        level: Level,
        definition: z.string(),
        inDeck: z.boolean().nullable().describe("null while the review deck is not available"),
      }),
    ),
    topics: z.array(z.object({ id: z.string(), title: z.string(), level: Level, summary: z.string(), status: TopicStatus.nullable() })),
    questions: z.array(
      z.object({
        id: z.string(),
        prompt: z.string(),
        kind: QuestionKind,
        level: Level,
        practice: z.object({ attempts: z.number().int(), best: z.number() }).nullable().describe("the learner's practice answers and best score; null before the first"),
      }),
    ),
    scenarios: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        level: Level,
        setting: Setting,
        progress: z
          .object({ completed: z.number().int(), inProgress: z.boolean(), bestGoalsMet: z.number().int(), goalsTotal: z.number().int() })
          .nullable()
          .describe("the learner's conversations of this roleplay; null before the first"),
      }),
    ),
  })
  .meta({ id: "LearningArea" });

export const TodayView = z
  .object({
    streak: StreakView,
    dueReviews: z.number().int().nullable(),
    mistakes: z.number().int(),
    next: NextStepView.nullable().describe("the exercise set to do next"),
  })
  .meta({ id: "LearningToday" });

export const RoadmapTopic = z.object({
  id: z.string(),
  title: z.string(),
  level: Level,
  summary: z.string(),
  prerequisites: z.array(Ref),
  next: z.array(Ref),
  status: TopicStatus.nullable(),
});

export const RoadmapView = z
  .object({
    role: z.object({ id: z.string(), title: z.string() }),
    areas: z.array(z.object({ id: z.string(), title: z.string(), topics: z.array(RoadmapTopic) })),
    counts: z.object({ total: z.number().int(), done: z.number().int(), learning: z.number().int(), skipped: z.number().int() }),
  })
  .meta({ id: "Roadmap" });

export const TopicProgressView = z.object({ topicId: z.string(), status: TopicStatus.nullable() }).meta({ id: "TopicProgress" });

// ---------------------------------------------------------------------------------------------
// Attempts and answers

const Part = z.object({
  index: z.number().int(),
  correct: z.boolean(),
  nearMiss: z.boolean(),
  given: z.string().nullable(),
  expected: z.string().nullable(),
  message: z.string().nullable(),
});

export const CorrectAnswer = z.discriminatedUnion("type", [
  z.object({ type: z.literal("multiple-choice"), selected: z.array(z.number().int()), texts: z.array(z.string()) }),
  z.object({ type: z.literal("phrasing"), selected: z.number().int(), text: z.string() }),
  z.object({ type: z.literal("cloze"), blanks: z.array(z.array(z.string())) }),
  z.object({
    type: z.literal("matching"),
    matches: z.array(z.number().int()),
    pairs: z.array(z.object({ left: z.string(), right: z.string() })),
  }),
  z.object({ type: z.literal("error-correction"), sentences: z.array(z.string()) }),
  z.object({ type: z.literal("ordering"), order: z.array(z.number().int()), items: z.array(z.string()) }),
  z.object({ type: z.literal("written"), modelAnswer: z.string(), keyPoints: z.array(z.string()) }),
]);

export const AnswerResult = z
  .object({
    exerciseId: z.string(),
    type: z.string(),
    correct: z.boolean(),
    nearMiss: z.boolean(),
    score: z.number().describe("0–1, with partial credit"),
    message: z.string(),
    explanation: z.string(),
    parts: z.array(Part),
    correctAnswer: CorrectAnswer,
    terms: z.array(z.string()).describe("ids of the terms the exercise practises"),
    /** The answer as the learner gave it. */
    answer: ExerciseAnswer,
    written: z
      .object({
        score: z.number(),
        words: z.number().int(),
        covered: z.array(z.string()),
        missed: z.array(z.string()),
        feedback: z.string(),
        coach: Feedback.nullable(),
      })
      .nullable(),
    answeredAt: z.number().int(),
  })
  .meta({ id: "AnswerResult" });

export const AttemptView = z
  .object({
    id: z.string(),
    kind: z.enum(["set", "mistakes"]),
    role: z.string(),
    setId: z.string().nullable(),
    area: z.string().nullable(),
    title: z.string(),
    level: Level.nullable(),
    startedAt: z.number().int(),
    completedAt: z.number().int().nullable(),
    total: z.number().int(),
    answered: z.number().int(),
    exercises: z.array(PublicExercise).describe("in this run's order, options and items shuffled with the attempt as seed"),
    results: z.array(AnswerResult).describe("the answers given so far"),
  })
  .meta({ id: "Attempt" });

export const AnswerResponse = z
  .object({
    result: AnswerResult,
    replayed: z.boolean().describe("true when this answer had been recorded before: it is not counted twice"),
    progress: z.object({ answered: z.number().int(), total: z.number().int(), correct: z.number().int(), complete: z.boolean() }),
  })
  .meta({ id: "AnswerResponse" });

export const SummaryView = z
  .object({
    attemptId: z.string(),
    kind: z.enum(["set", "mistakes"]),
    setId: z.string().nullable(),
    title: z.string(),
    area: z.string().nullable(),
    total: z.number().int(),
    answered: z.number().int(),
    correct: z.number().int(),
    percent: z.number().int(),
    seconds: z.number().int(),
    complete: z.boolean(),
    results: z.array(
      z.object({ exerciseId: z.string(), answered: z.boolean(), correct: z.boolean(), score: z.number(), seconds: z.number() }),
    ),
    termsMissed: z.array(Ref).describe("terms of the exercises answered wrongly, not in the review deck yet"),
    mistakes: z.number().int().describe("exercises now in the review-my-mistakes set"),
    mastery: z.object({ area: z.string(), areaTitle: z.string(), value: z.number().int(), status: MasteryStatus }).nullable(),
    streak: StreakView,
    nextSetId: z.string().nullable().describe("the next set of the area not finished yet"),
  })
  .meta({ id: "SetSummary" });

export type PathView = z.infer<typeof PathView>;
export type AreaPage = z.infer<typeof AreaPage>;
export type TodayView = z.infer<typeof TodayView>;
export type RoadmapView = z.infer<typeof RoadmapView>;
export type AttemptView = z.infer<typeof AttemptView>;
export type AnswerResult = z.infer<typeof AnswerResult>;
export type AnswerResponse = z.infer<typeof AnswerResponse>;
export type SummaryView = z.infer<typeof SummaryView>;
export type StreakView = z.infer<typeof StreakView>;
export type NextStepView = z.infer<typeof NextStepView>;
export type SetProgress = z.infer<typeof SetProgress>;
export type LevelProgress = z.infer<typeof LevelProgress>;
