/**
 * Shapes of the roleplay API's responses (src/server/features/roleplay/roleplay.schemas.ts) and of
 * the scenarios in the content API (src/server/features/content/content.schemas.ts).
 */
import type { Level } from "./api";
import type { CoachFeedback } from "./coach";

export type Setting = "meeting" | "code-review" | "incident" | "interview" | "one-to-one";
export type Ref = { id: string; title: string };

export type Page<T> = { items: T[]; total: number; limit: number; offset: number; nextOffset: number | null };

export type ScenarioSummary = { id: string; title: string; level: Level; setting: Setting; area: string; situation: string };
export type Scenario = ScenarioSummary & {
  learnerRole: string;
  counterpart: { name: string; role: string; manner: string; caresAbout: string[] };
  goals: { id: string; text: string }[];
  targetVocabulary: Ref[];
  usefulPhrases: string[];
  retired: boolean;
};

/** A topic area of the role, with how many scenarios it has. */
export type RoleArea = { id: string; title: string; counts: { scenarios: { total: number } } };

export type CounterpartAct = "opening" | "follow-up" | "pushback" | "advance" | "closing";

export type RoleplayTurn =
  | { index: number; speaker: "counterpart"; text: string; act: CounterpartAct; source: "embedded" | "llm"; at: number }
  | { index: number; speaker: "learner"; text: string; movesMade: number; dictated: boolean; feedback: CoachFeedback; at: number };

export type RoleplayStatus = "active" | "completed";

export type RoleplaySummary = {
  id: string;
  role: string;
  scenario: { id: string; title: string; level: Level; setting: Setting; area: string };
  status: RoleplayStatus;
  endedBy: "finished" | "learner" | null;
  startedAt: number;
  completedAt: number | null;
  replies: number;
  /** Set once the conversation has ended. */
  goalsMet: number | null;
  goalsTotal: number;
};

export type Goal = { id: string; text: string; met: boolean };

export type Roleplay = RoleplaySummary & {
  brief: Scenario;
  turns: RoleplayTurn[];
  progress: { beat: number; beats: number; repliesLeft: number; goals: Goal[] };
  hintsUsed: number;
};

export type RoleplayHint = { hint: string; hintsUsed: number };

export type Tone = "diplomatic" | "clear" | "too-blunt" | "too-hedged";
type Line = { speaker: "counterpart" | "learner"; text: string };

/** Replies are numbered from 1, in the order the learner sent them. */
export type RoleplayReport = {
  session: RoleplaySummary;
  brief: Scenario;
  goals: (Goal & { replies: number[]; points: { text: string; made: boolean; reply?: number }[] })[];
  goalsMet: number;
  replies: number;
  hintsUsed: number;
  averageScore: number | null;
  vocabulary: {
    used: { term: string; replies: number[] }[];
    misused: { term: string; reply: number; message: string }[];
    unused: string[];
  };
  issues: { reply: number; quote: string; category: string; message: string; replacement?: string; severity: "error" | "suggestion" }[];
  tone: { label: Tone; explanation: string; examples: { reply: number; quote: string }[] };
  rewrites: { reply: number; original: string; suggestion: string; reason: string }[];
  transcript: Line[];
  modelDialogue: Line[];
};
