/**
 * The rules of interview prep that need no I/O: which questions a mock interview asks, which
 * follow-up an interviewer asks after a missed key point, the mock report (strengths, three things
 * to work on, vocabulary), and kits and scorecards as Markdown. Randomness comes in as an argument.
 */
import type { Level, Question } from "../../../content/schema.ts";
import type { Feedback, IssueCategory, MissedKeyPoint } from "../../../coach/types.ts";
import type { KitView, MockReport, ScorecardView } from "./interview.schemas.ts";

export type QuestionKind = Question["kind"];
export interface Candidate {
  id: string;
  kind: QuestionKind;
  level: Level;
  area: string;
}

const LEVELS: readonly Level[] = ["junior", "mid", "senior"];

/** How many questions of each kind: one system-design question, the rest about 60/40 technical/behavioral. */
export function mockMix(count: number): Record<QuestionKind, number> {
  const design = 1;
  const behavioral = Math.max(1, Math.round((count - design) * 0.4));
  return { "system-design": design, behavioral, technical: count - design - behavioral };
}

/**
 * The questions of a mock interview, in the order asked (technical, then system design, then
 * behavioral, as many interviews go). Prefers the focus area, then the level, then the nearest
 * level; mixed interviews spread over areas. Returns fewer only when the bank is smaller.
 */
export function planMock(all: readonly Candidate[], options: { level: Level; focus: string | null; count: number; random: () => number }): string[] {
  const { level, focus, count, random } = options;
  const distance = (l: Level) => Math.abs(LEVELS.indexOf(l) - LEVELS.indexOf(level));
  const chosen: Candidate[] = [];
  const taken = new Set<string>();
  const areasUsed = new Map<string, number>();
  const shuffled = [...all].map((c) => ({ c, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.c);
  const rank = (c: Candidate, kind: QuestionKind | null) =>
    (focus && c.area !== focus ? 100 : 0) + (kind && c.kind !== kind ? 50 : 0) + distance(c.level) * 10 + (areasUsed.get(c.area) ?? 0) * (focus ? 0 : 3);
  const pick = (kind: QuestionKind | null) => {
    let best: Candidate | undefined;
    let bestRank = Infinity;
    for (const c of shuffled) {
      if (taken.has(c.id)) continue;
      const r = rank(c, kind);
      if (r < bestRank) [best, bestRank] = [c, r];
    }
    if (!best) return;
    taken.add(best.id);
    areasUsed.set(best.area, (areasUsed.get(best.area) ?? 0) + 1);
    chosen.push(best);
  };
  const mix = mockMix(count);
  for (const kind of ["technical", "system-design", "behavioral"] as const) for (let i = 0; i < mix[kind]; i++) pick(kind);
  const order: Record<QuestionKind, number> = { technical: 0, "system-design": 1, behavioral: 2 };
  return chosen
    .map((c, i) => ({ c, i }))
    .sort((a, b) => order[a.c.kind] - order[b.c.kind] || a.i - b.i)
    .map((x) => x.c.id);
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []);

/**
 * The follow-up question an interviewer asks after an answer: the question's authored follow-up
 * closest to the first key point the answer missed (or the first one when nothing was missed).
 */
export function pickFollowUp(question: Pick<Question, "keyPoints" | "followUps">, missed: readonly Pick<MissedKeyPoint, "text">[]): string {
  const first = missed[0];
  if (!first || question.followUps.length === 0) return question.followUps[0] ?? "Can you give me a concrete example from your own work?";
  const point = question.keyPoints.find((k) => k.text === first.text);
  const target = words([first.text, ...(point?.accept ?? [])].join(" "));
  let best = question.followUps[0]!;
  let bestScore = -1;
  for (const f of question.followUps) {
    const score = [...words(f)].filter((w) => target.has(w)).length;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}

/** A missed key point is worth a follow-up when the answer said nothing (or only part) of it. */
export const needsFollowUp = (feedback: Pick<Feedback, "keyPoints">) => feedback.keyPoints.missed.length > 0;

// ---------------------------------------------------------------------------------------------
// The mock report

export interface ReportInput {
  step: number;
  question: Pick<Question, "id" | "prompt" | "kind" | "area" | "terms">;
  main: { text: string; feedback: Feedback; overtime: boolean } | null;
  followUp: { prompt: string; text: string; feedback: Feedback } | null;
}

type ScoreKey = keyof Feedback["scores"];
const STRENGTH: Record<ScoreKey, string> = {
  content: "You covered most of what interviewers listen for in your answers.",
  language: "Your English was accurate: few grammar or spelling mistakes.",
  vocabulary: "You used precise technical vocabulary.",
  structure: "Your answers were well organised (situation, task, action, result in behavioral questions).",
  clarity: "You were clear and direct, with few fillers or vague words.",
};
const ADVICE: Record<ScoreKey, string> = {
  content: "Cover more of the key points: before answering, list in your head the three or four ideas the question is about.",
  language: "Check grammar in your answers: read each answer once more before you send it, looking for the mistakes the coach marked.",
  vocabulary: "Use the precise technical terms (see the vocabulary below) instead of general words like “thing” or “stuff”.",
  structure: "Structure behavioral answers with STAR: the situation, your task, the actions you took, and a measurable result.",
  clarity: "Be more direct: cut fillers and hedges (“I think maybe”), and keep sentences short.",
};
const CATEGORY_ADVICE: Partial<Record<IssueCategory, string>> = {
  article: "Articles (a, an, the) were your most frequent mistake: review when to use each before nouns.",
  tense: "Verb tenses were your most frequent mistake: tell past projects in the past simple (“we migrated”).",
  agreement: "Subject–verb agreement was your most frequent mistake (“the service runs”, “the services run”).",
  preposition: "Prepositions were your most frequent mistake: note the ones the coach corrected (“depend on”, “responsible for”).",
  spelling: "Spelling was your most frequent mistake: note the words the coach corrected.",
  filler: "Fillers (“basically”, “like”, “you know”) came up often: pause instead.",
  hedging: "Hedging came up often: say “I would” rather than “I think maybe I would”.",
};

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function buildReport(
  head: Pick<MockReport, "id" | "role" | "level" | "focusTitle" | "startedAt" | "completedAt">,
  inputs: readonly ReportInput[],
  termTitles: ReadonlyMap<string, string>,
): MockReport {
  const answered = inputs.filter((i) => i.main);
  const items: MockReport["items"] = answered.map((i) => {
    const f = i.main!.feedback;
    return {
      step: i.step,
      questionId: i.question.id,
      prompt: i.question.prompt,
      kind: i.question.kind,
      area: i.question.area,
      text: i.main!.text,
      overall: Math.round(f.overall),
      band: f.band,
      bandLabel: f.bandLabel,
      scores: f.scores,
      covered: f.keyPoints.covered.map((k) => ({ text: k.text, quote: k.quote })),
      missed: f.keyPoints.missed.map((k) => k.text),
      overtime: i.main!.overtime,
      followUp: i.followUp
        ? { prompt: i.followUp.prompt, text: i.followUp.text, overall: Math.round(i.followUp.feedback.overall), covered: i.followUp.feedback.keyPoints.covered.map((k) => k.text) }
        : null,
    };
  });

  const averages = (Object.keys(STRENGTH) as ScoreKey[])
    .map((k) => ({ k, values: answered.map((i) => i.main!.feedback.scores[k]).filter((v): v is number => v !== null) }))
    .filter((x) => x.values.length > 0)
    .map((x) => ({ k: x.k, avg: mean(x.values) }))
    .sort((a, b) => b.avg - a.avg);

  const strengths: string[] = [];
  for (const a of averages) if (a.avg >= 70 && strengths.length < 3) strengths.push(STRENGTH[a.k]);
  const best = [...items].sort((a, b) => b.overall - a.overall)[0];
  if (best && best.overall >= 50) strengths.push(`Your strongest answer was to “${best.prompt}” (${best.overall}/100).`);
  const followed = items.filter((i) => i.followUp && i.followUp.covered.length > 0).length;
  if (followed > 0) strengths.push(`You recovered under follow-up questions: ${followed} follow-up answer${followed === 1 ? "" : "s"} added a missed point.`);
  if (strengths.length === 0 && averages[0]) strengths.push(`Your best area was ${averages[0].k} (${Math.round(averages[0].avg)}/100): build on it.`);

  const workOn: string[] = [];
  for (const a of [...averages].reverse()) if (a.avg < 75 && workOn.length < 2) workOn.push(ADVICE[a.k]);
  const categories = new Map<IssueCategory, number>();
  for (const i of answered) for (const issue of i.main!.feedback.issues) categories.set(issue.category, (categories.get(issue.category) ?? 0) + 1);
  const top = [...categories].sort((a, b) => b[1] - a[1]).find(([c]) => CATEGORY_ADVICE[c]);
  if (top && workOn.length < 3) workOn.push(CATEGORY_ADVICE[top[0]]!);
  const weakest = [...items].sort((a, b) => a.overall - b.overall)[0];
  if (weakest && weakest.missed.length > 0 && workOn.length < 3) {
    workOn.push(`Revisit “${weakest.prompt}”: you did not mention that ${lowerFirst(weakest.missed[0]!)}`);
  }
  if (items.some((i) => i.overtime) && workOn.length < 3) workOn.push("Watch the time: practice giving a complete answer within the limit, then add detail if asked.");
  const fallback = [
    "Practice out loud: answer one bank question a day with dictation, then compare with the model answer.",
    "Give a concrete example from your own work in every technical answer.",
    "Prepare two stories in STAR form you can adapt: a hard bug and a disagreement with a colleague.",
  ];
  for (const f of fallback) if (workOn.length < 3 && !workOn.includes(f)) workOn.push(f);

  const used = new Set<string>();
  for (const i of answered) {
    for (const f of [i.main!.feedback, i.followUp?.feedback]) for (const u of f?.vocabulary.used ?? []) used.add(u.term.toLowerCase());
  }
  const vocabulary: MockReport["vocabulary"] = [];
  const seen = new Set<string>();
  for (const i of inputs) {
    for (const id of i.question.terms) {
      const title = termTitles.get(id);
      if (!title || seen.has(id) || used.has(id) || used.has(title.toLowerCase())) continue;
      seen.add(id);
      vocabulary.push({ id, title });
    }
  }

  return {
    ...head,
    overall: Math.round(mean(items.map((i) => i.overall))),
    items,
    strengths: strengths.slice(0, 4),
    workOn: workOn.slice(0, 3),
    vocabulary: vocabulary.slice(0, 12),
  };
}

function lowerFirst(s: string): string {
  const t = s.replace(/\.$/, "");
  return /^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) + "." : t + ".";
}

// ---------------------------------------------------------------------------------------------
// Markdown

const RECOMMENDATION_LABEL = { "strong-no": "Strong no", no: "No", yes: "Yes", "strong-yes": "Strong yes" } as const;
export const RATING_LABEL = ["", "1 — poor", "2 — mixed", "3 — good", "4 — excellent"] as const;

/** Text inside a Markdown line: no line breaks, no accidental headings or HTML. */
const inline = (s: string) => s.replace(/\s*\n\s*/g, " ").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
const block = (s: string) => s.replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).trim();

export function kitMarkdown(kit: KitView): string {
  const out = [`# ${inline(kit.title)}`, "", `${kit.items.length} questions · about ${kit.totalMinutes} minutes`, ""];
  if (kit.notes.trim()) out.push(block(kit.notes), "");
  kit.items.forEach((item, i) => {
    const meta = [item.kind, item.level, `${item.minutes} min`].filter(Boolean).join(" · ");
    out.push(`## ${i + 1}. ${inline(item.prompt)}`, "", `*${meta}*`, "");
    if (item.modelAnswer) out.push("### Model answer", "", block(item.modelAnswer), "");
    if (item.rubric.length) out.push("### Key points (rubric)", "", ...item.rubric.map((k) => `- [ ] ${inline(k)}`), "");
    if (item.greenFlags.length) out.push("### Green flags", "", ...item.greenFlags.map((k) => `- ${inline(k)}`), "");
    if (item.redFlags.length) out.push("### Red flags", "", ...item.redFlags.map((k) => `- ${inline(k)}`), "");
    if (item.followUps.length) out.push("### Follow-up questions", "", ...item.followUps.map((k) => `- ${inline(k)}`), "");
  });
  out.push("Ratings: 1 poor · 2 mixed · 3 good · 4 excellent", "");
  return out.join("\n");
}

export function scorecardMarkdown(card: ScorecardView): string {
  const out = [`# Scorecard: ${inline(card.candidate)}`, "", `Kit: ${inline(card.kit.title)}`, ""];
  out.push(`**Recommendation:** ${card.recommendation ? RECOMMENDATION_LABEL[card.recommendation] : "not given"}`);
  out.push(`**Average rating:** ${card.average === null ? "—" : `${card.average.toFixed(1)} / 4`}`, "");
  if (card.summary.trim()) out.push("## Summary", "", block(card.summary), "");
  const byKey = new Map(card.answers.map((a) => [a.key, a]));
  card.kit.items.forEach((item, i) => {
    const a = byKey.get(item.key);
    out.push(`## ${i + 1}. ${inline(item.prompt)}`, "", `**Rating:** ${a?.rating ? RATING_LABEL[a.rating] : "not rated"}`, "");
    if (item.rubric.length) out.push(...item.rubric.map((k, n) => `- [${a?.heard.includes(n) ? "x" : " "}] ${inline(k)}`), "");
    if (a?.notes.trim()) out.push("**Notes:**", "", block(a.notes), "");
  });
  return out.join("\n");
}

/** A file name from a title: lower-case words joined by hyphens. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "interview";
