/** Shapes of the interview API's responses (src/server/features/interview/interview.schemas.ts). */
export type Level = "junior" | "mid" | "senior";
export type QuestionKind = "technical" | "behavioral" | "system-design";
import type { CoachFeedback } from "./coach";

/** The coach's feedback on an interview answer. */
export type InterviewFeedback = CoachFeedback;

export type Facet = { value: string; label: string; count: number };
export type BankItem = { id: string; prompt: string; kind: QuestionKind; level: Level; area: string; areaTitle: string; attempts: number; best: number | null };
export type Bank = { items: BankItem[]; total: number; facets: { level: Facet[]; kind: Facet[]; area: Facet[] } };

export type Reference = { modelAnswer: string; keyPoints: string[]; pitfalls: string[]; followUps: string[] };
export type AnswerSummary = { id: string; createdAt: number; overall: number; band: number; revealed: boolean; words: number; mockId: string | null };
export type AnswerView = AnswerSummary & {
  role: string;
  questionId: string;
  prompt: string;
  text: string;
  seconds: number | null;
  dictated: boolean;
  feedback: InterviewFeedback;
  reference: Reference;
  followUp: string | null;
};
export type Practice = {
  question: { id: string; prompt: string; kind: QuestionKind; level: Level; area: string; tips: string[]; phrases: string[]; terms: { id: string; title: string }[]; retired: boolean };
  areaTitle: string;
  reference: Reference | null;
  revealedAt: number | null;
  attempts: AnswerSummary[];
};

export type MockAnswer = { text: string; overall: number; band: number; submittedAt: number; overtime: boolean };
export type MockStep = {
  index: number;
  question: { id: string; prompt: string; kind: QuestionKind; level: Level; area: string; tips: string[] };
  answer: MockAnswer | null;
  followUp: { prompt: string; answer: MockAnswer | null } | null;
};
export type Mock = {
  id: string;
  role: string;
  level: Level;
  focus: string;
  focusTitle: string;
  secondsPerQuestion: number;
  startedAt: number;
  completedAt: number | null;
  shared: boolean;
  steps: MockStep[];
  current: { step: number; followUp: boolean; prompt: string; startedAt: number; deadline: number } | null;
};
export type MockSummary = { id: string; level: Level; focus: string; focusTitle: string; questions: number; answered: number; startedAt: number; completedAt: number | null; overall: number | null };
export type MockReport = {
  id: string;
  role: string;
  level: Level;
  focusTitle: string;
  startedAt: number;
  completedAt: number | null;
  overall: number;
  items: {
    step: number;
    questionId: string;
    prompt: string;
    kind: QuestionKind;
    area: string;
    text: string;
    overall: number;
    band: number;
    bandLabel: string;
    scores: InterviewFeedback["scores"];
    covered: { text: string; quote: string }[];
    missed: string[];
    overtime: boolean;
    followUp: { prompt: string; text: string; overall: number; covered: string[] } | null;
  }[];
  strengths: string[];
  workOn: string[];
  vocabulary: { id: string; title: string }[];
};

export type KitItemInput =
  | { source: "bank"; key?: string; questionId: string; minutes: number }
  | { source: "own"; key?: string; prompt: string; minutes: number; modelAnswer: string; keyPoints: string[]; greenFlags: string[]; redFlags: string[] };
export type KitItem = {
  key: string;
  source: "bank" | "own";
  questionId: string | null;
  prompt: string;
  kind: QuestionKind | null;
  level: Level | null;
  area: string | null;
  minutes: number;
  modelAnswer: string;
  rubric: string[];
  greenFlags: string[];
  redFlags: string[];
  followUps: string[];
  missing: boolean;
};
export type Kit = { id: string; title: string; role: string; notes: string; totalMinutes: number; createdAt: number; updatedAt: number; items: KitItem[] };
export type KitSummary = { id: string; title: string; questions: number; totalMinutes: number; updatedAt: number };
export type Recommendation = "strong-no" | "no" | "yes" | "strong-yes";
export type ScorecardAnswer = { key: string; heard: number[]; notes: string; rating: number | null };
export type Scorecard = {
  id: string;
  kitId: string;
  candidate: string;
  answers: ScorecardAnswer[];
  recommendation: Recommendation | null;
  summary: string;
  average: number | null;
  createdAt: number;
  updatedAt: number;
  kit: Kit;
};
export type ScorecardSummary = { id: string; candidate: string; recommendation: Recommendation | null; average: number | null; updatedAt: number };
export type MarkdownExport = { filename: string; markdown: string };
