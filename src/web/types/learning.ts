/** Shapes of the learning path's API (see /api/docs, tag "learning"). */
import type { Level } from "./api";
import type { CoachFeedback } from "./coach";

export type Ref = { id: string; title: string };

export type MasteryStatus = "no-data" | "not-enough-data" | "ok";
export type Mastery = { value: number; status: MasteryStatus; confidence: number };
type Component = { value: number; weight: number; evidence: number } | null;
export type MasteryDetail = Mastery & { components: { exercises: Component; written: Component; vocabulary: Component } };

export type StreakDay = { date: string; minutes: number; met: boolean };
export type Streak = {
  today: string;
  timeZone: string;
  goalMinutes: number;
  todayMinutes: number;
  todayProgress: number;
  todayMet: boolean;
  currentStreak: number;
  longestStreak: number;
  recent: StreakDay[];
};

export type SetProgress = {
  id: string;
  title: string;
  area: string;
  level: Level;
  exerciseCount: number;
  completed: boolean;
  bestPercent: number | null;
  openAttempt: { id: string; answered: number; total: number } | null;
};

export type LevelProgress = { level: Level; sets: SetProgress[]; setsCompleted: number };

export type NextStep = {
  kind: "continue-set" | "next-set" | "reviews" | "weakest-area" | "new-area";
  areaId: string | null;
  areaTitle: string | null;
  setId: string | null;
  setTitle: string | null;
  attemptId: string | null;
  answered: number | null;
  total: number | null;
  due: number | null;
  mastery: number | null;
};

export type PathArea = {
  id: string;
  title: string;
  summary: string;
  mastery: Mastery;
  levels: LevelProgress[];
  setsCompleted: number;
  setsTotal: number;
};

export type WritingRecommendation = {
  setId: string;
  setTitle: string;
  exerciseId: string;
  prompt: string;
  area: string;
  areaTitle: string;
  level: Level;
};

export type SpeakingRecommendation = {
  kind: "scenario" | "question";
  id: string;
  title: string;
  area: string;
  areaTitle: string;
  level: Level;
  detail: string;
};

export type LearningPath = {
  role: Ref;
  level: Level;
  streak: Streak;
  dueReviews: number | null;
  mistakes: number;
  nextSteps: NextStep[];
  areas: PathArea[];
  recommended: { writing: WritingRecommendation[]; speaking: SpeakingRecommendation[] };
};

export type TopicStatus = "done" | "learning" | "skipped";

export type LearningArea = {
  role: Ref;
  area: { id: string; title: string; summary: string; outcomes: string[] };
  mastery: MasteryDetail;
  answered: number;
  levels: LevelProgress[];
  terms: { id: string; term: string; level: Level; definition: string; inDeck: boolean | null }[];
  topics: { id: string; title: string; level: Level; summary: string; status: TopicStatus | null }[];
  questions: { id: string; prompt: string; kind: string; level: Level; practice: { attempts: number; best: number } | null }[];
  scenarios: {
    id: string;
    title: string;
    level: Level;
    setting: string;
    progress: { completed: number; inProgress: boolean; bestGoalsMet: number; goalsTotal: number } | null;
  }[];
};

export type Today = { streak: Streak; dueReviews: number | null; mistakes: number; next: NextStep | null };

export type RoadmapTopic = {
  id: string;
  title: string;
  level: Level;
  summary: string;
  prerequisites: Ref[];
  next: Ref[];
  status: TopicStatus | null;
};
export type Roadmap = {
  role: Ref;
  areas: { id: string; title: string; topics: RoadmapTopic[] }[];
  counts: { total: number; done: number; learning: number; skipped: number };
};

// --- exercises ---------------------------------------------------------------------------------

export type PublicExercise =
  | { id: string; type: "multiple-choice"; prompt: string; options: string[]; multiSelect: boolean }
  | { id: string; type: "cloze"; text: string; segments: string[]; blanks: number }
  | { id: string; type: "matching"; prompt: string; left: string[]; right: string[] }
  | { id: string; type: "phrasing"; context: string; prompt: string; options: string[] }
  | { id: string; type: "error-correction"; prompt: string; sentence: string }
  | { id: string; type: "ordering"; prompt: string; items: string[] }
  | { id: string; type: "written"; prompt: string; structure?: string; minWords: number; maxWords: number };

export type ExerciseType = PublicExercise["type"];

export type ExerciseAnswer =
  | { type: "multiple-choice"; selected: number[] }
  | { type: "cloze"; blanks: string[] }
  | { type: "matching"; matches: (number | null)[] }
  | { type: "phrasing"; selected: number }
  | { type: "error-correction"; sentence: string }
  | { type: "ordering"; order: number[] }
  | { type: "written"; text: string };

export type CorrectAnswer =
  | { type: "multiple-choice"; selected: number[]; texts: string[] }
  | { type: "phrasing"; selected: number; text: string }
  | { type: "cloze"; blanks: string[][] }
  | { type: "matching"; matches: number[]; pairs: { left: string; right: string }[] }
  | { type: "error-correction"; sentences: string[] }
  | { type: "ordering"; order: number[]; items: string[] }
  | { type: "written"; modelAnswer: string; keyPoints: string[] };

export type AnswerResult = {
  exerciseId: string;
  type: ExerciseType;
  correct: boolean;
  nearMiss: boolean;
  score: number;
  message: string;
  explanation: string;
  parts: { index: number; correct: boolean; nearMiss: boolean; given: string | null; expected: string | null; message: string | null }[];
  correctAnswer: CorrectAnswer;
  terms: string[];
  answer: ExerciseAnswer;
  written: { score: number; words: number; covered: string[]; missed: string[]; feedback: string; coach: CoachFeedback | null } | null;
  answeredAt: number;
};

export type Attempt = {
  id: string;
  kind: "set" | "mistakes";
  role: string;
  setId: string | null;
  area: string | null;
  title: string;
  level: Level | null;
  startedAt: number;
  completedAt: number | null;
  total: number;
  answered: number;
  exercises: PublicExercise[];
  results: AnswerResult[];
};

export type AnswerResponse = {
  result: AnswerResult;
  replayed: boolean;
  progress: { answered: number; total: number; correct: number; complete: boolean };
};

export type SetSummary = {
  attemptId: string;
  kind: "set" | "mistakes";
  setId: string | null;
  title: string;
  area: string | null;
  total: number;
  answered: number;
  correct: number;
  percent: number;
  seconds: number;
  complete: boolean;
  results: { exerciseId: string; answered: boolean; correct: boolean; score: number; seconds: number }[];
  termsMissed: Ref[];
  mistakes: number;
  mastery: { area: string; areaTitle: string; value: number; status: MasteryStatus } | null;
  streak: Streak;
  nextSetId: string | null;
};

/** What the server's highlighter calls a span of code; the stylesheet gives each kind a colour. */
export type CodeTokenKind = "keyword" | "string" | "comment" | "number" | "type" | "function" | "property" | "meta";

/** A fenced code block highlighted when the content was loaded: its code as spans of text. */
export type HighlightedCode = { language: string; tokens: { text: string; kind: CodeTokenKind | null }[] };

/** The public topic (content API). */
export type Topic = {
  id: string;
  title: string;
  area: string;
  level: Level;
  summary: string;
  terms: Ref[];
  prerequisites: Ref[];
  next: Ref[];
  sections: { title: string; markdown: string; code: HighlightedCode[] }[];
  retired: boolean;
};
