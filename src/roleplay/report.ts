/**
 * The report after a roleplay: which goals the learner met and in which replies, the target
 * vocabulary, the language issues across the replies, the tone, better phrasings of the weakest
 * replies, and the model dialogue. Pure: computed from the scenario and the stored turns, so it is
 * the same every time it is opened.
 */
import type { Scenario } from "../content/schema.ts";
import type { Feedback, IssueCategory } from "../coach/types.ts";
import { goalMet, type CounterpartAct } from "./dialogue.ts";

export type StoredTurn =
  | { speaker: "counterpart"; text: string; beat: string; act: CounterpartAct }
  | { speaker: "learner"; text: string; beat: string; moves: readonly string[]; feedback: Feedback };

export type Tone = "diplomatic" | "clear" | "too-blunt" | "too-hedged";

export interface ReportIssue {
  /** 1-based number of the learner's reply. */
  reply: number;
  quote: string;
  category: IssueCategory;
  message: string;
  replacement?: string;
  severity: "error" | "suggestion";
}

export interface RoleplayReport {
  goals: { id: string; text: string; met: boolean; replies: number[]; moves: { id: string; concept: string; made: boolean; reply?: number }[] }[];
  goalsMet: number;
  replies: number;
  averageScore: number | null;
  vocabulary: {
    used: { term: string; replies: number[] }[];
    misused: { term: string; reply: number; message: string }[];
    unused: string[];
  };
  issues: ReportIssue[];
  tone: { label: Tone; explanation: string; examples: { reply: number; quote: string }[] };
  rewrites: { reply: number; original: string; suggestion: string; reason: string }[];
}

const TONE_TEXT: Record<Tone, string> = {
  diplomatic: "You were polite and constructive: you acknowledged the other person and framed requests as suggestions.",
  clear: "You were direct and easy to follow, without sounding harsh.",
  "too-blunt": "Some replies sounded like orders. Frame requests as suggestions or questions: “Could we…”, “I'd suggest…”.",
  "too-hedged": "Several replies were hedged so much that your point got lost. Say what you know plainly, and hedge only what is truly uncertain.",
};

// Phrases that soften, acknowledge or collaborate: what makes a reply diplomatic rather than just clear.
const DIPLOMATIC = /\b(i understand|i see your point|good (question|point)|thanks|thank you|sorry|i appreciate|i'd suggest|i would suggest|could we|would it|how about|what if we|happy to|let's|we could|fair (point|concern)|that's a fair)\b/i;

export function buildReport(scenario: Scenario, turns: readonly StoredTurn[]): RoleplayReport {
  const learner = turns.filter((t): t is Extract<StoredTurn, { speaker: "learner" }> => t.speaker === "learner");
  const replyOfMove = new Map<string, number>();
  learner.forEach((t, i) => {
    for (const move of t.moves) if (!replyOfMove.has(move)) replyOfMove.set(move, i + 1);
  });
  const goals = scenario.goals.map((goal) => {
    const moves = scenario.beats
      .flatMap((b) => b.moves)
      .filter((m) => m.goal === goal.id)
      .map((m) => ({ id: m.id, concept: m.concept, made: replyOfMove.has(m.id), ...(replyOfMove.has(m.id) ? { reply: replyOfMove.get(m.id)! } : {}) }));
    const replies = [...new Set(moves.flatMap((m) => (m.reply ? [m.reply] : [])))].sort((a, b) => a - b);
    return { id: goal.id, text: goal.text, met: goalMet(scenario, goal.id, replyOfMove), replies, moves };
  });

  const used = new Map<string, number[]>();
  const misused: RoleplayReport["vocabulary"]["misused"] = [];
  const issues: ReportIssue[] = [];
  learner.forEach((t, i) => {
    const reply = i + 1;
    for (const u of t.feedback.vocabulary.used) used.set(u.term, [...(used.get(u.term) ?? []), reply]);
    for (const m of t.feedback.vocabulary.misused) misused.push({ term: m.term, reply, message: m.message });
    for (const issue of t.feedback.issues) {
      issues.push({
        reply,
        quote: t.text.slice(issue.start, issue.end),
        category: issue.category,
        message: issue.message,
        ...(issue.replacement !== undefined ? { replacement: issue.replacement } : {}),
        severity: issue.severity,
      });
    }
  });
  const misusedTerms = new Set(misused.map((m) => m.term));
  const unusedEverywhere = learner.length
    ? learner.map((t) => new Set(t.feedback.vocabulary.unused)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))))
    : new Set<string>();

  const weakest = learner
    .map((t, i) => ({ t, reply: i + 1 }))
    .filter(({ t }) => t.feedback.rewrites.length > 0)
    .sort((a, b) => a.t.feedback.overall - b.t.feedback.overall || a.reply - b.reply);
  const rewrites = weakest.flatMap(({ t, reply }) => t.feedback.rewrites.slice(0, 1).map((r) => ({ reply, original: r.original, suggestion: r.suggestion, reason: r.reason }))).slice(0, 3);

  return {
    goals,
    goalsMet: goals.filter((g) => g.met).length,
    replies: learner.length,
    averageScore: learner.length ? Math.round(learner.reduce((sum, t) => sum + t.feedback.overall, 0) / learner.length) : null,
    vocabulary: {
      used: [...used].filter(([term]) => !misusedTerms.has(term)).map(([term, replies]) => ({ term, replies })),
      misused,
      unused: [...unusedEverywhere].filter((term) => !used.has(term)),
    },
    issues,
    tone: assessTone(learner),
    rewrites,
  };
}

/** Tone over the whole conversation, from the coach's tone and hedging findings and softening phrases. */
export function assessTone(learner: readonly { text: string; feedback: Pick<Feedback, "issues"> }[]): RoleplayReport["tone"] {
  const examples = (category: IssueCategory) =>
    learner.flatMap((t, i) => t.feedback.issues.filter((x) => x.category === category).map((x) => ({ reply: i + 1, quote: t.text.slice(x.start, x.end) })));
  const blunt = examples("tone");
  const hedged = examples("hedging");
  let label: Tone;
  let chosen: { reply: number; quote: string }[];
  if (blunt.length > 0 && blunt.length >= hedged.length) {
    label = "too-blunt";
    chosen = blunt;
  } else if (hedged.length >= 2) {
    label = "too-hedged";
    chosen = hedged;
  } else {
    const softening = learner.flatMap((t, i) => {
      const m = DIPLOMATIC.exec(t.text);
      return m ? [{ reply: i + 1, quote: m[0] }] : [];
    });
    label = softening.length > 0 ? "diplomatic" : "clear";
    chosen = softening;
  }
  return { label, explanation: TONE_TEXT[label], examples: chosen.slice(0, 3) };
}
