/**
 * The two-line summary a learner can act on: "Good: <one strength>. Next time: <one or two
 * concrete steps>." Strengths and steps are picked in a fixed order of importance, so the same
 * feedback always gives the same summary.
 */
import type { CoveredKeyPoint, Issue, IssueCategory, MissedKeyPoint, StructureReport, VocabularyReport } from "./types.ts";

export interface SummaryInput {
  words: number;
  offTopic: boolean;
  prompt?: string;
  covered: readonly CoveredKeyPoint[];
  missed: readonly MissedKeyPoint[];
  structure: StructureReport | null;
  issues: readonly Issue[];
  vocabulary: VocabularyReport;
  contentKnown: boolean;
}

const ADVICE: Partial<Record<IssueCategory, string>> = {
  article: `put an article before singular countable nouns ("a service", "the server")`,
  agreement: `check that each verb agrees with its subject ("it has", "each request is")`,
  tense: `tell finished events in the past tense ("we deployed", "the job failed")`,
  uncountable: `keep uncountable nouns singular ("information", "feedback", "data")`,
  preposition: `check the preposition after verbs like "depend on" and "discuss" (no "about")`,
  "word-choice": `use the usual word pairs ("make a mistake", "tell me")`,
  spelling: "check the spelling of the words underlined",
  grammar: "fix the grammar points underlined",
  punctuation: "check the punctuation",
  capitalization: "start each sentence with a capital letter",
  filler: `drop fillers such as "basically" and "you know"`,
  hedging: "use one hedge at most, then say what you think",
  vague: `replace vague words ("stuff", "things") with the real names`,
  register: `keep a formal register ("going to", not "gonna")`,
  tone: `phrase review comments as suggestions ("Consider …", "Could we …?")`,
  "long-sentence": "split long sentences: one idea per sentence",
  passive: `say who did what ("we restarted the database")`,
};

const trimPoint = (text: string) => text.replace(/[.!?]+$/, "").replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function summarize(input: SummaryInput): string {
  if (input.words === 0) return "Good: you opened the exercise. Next time: write a few sentences that answer the question.";

  const errors = input.issues.filter((i) => i.severity === "error");
  let good: string;
  if (input.covered.length >= 2) good = `you covered ${plural(input.covered.length, "key point")}, including "${trimPoint(input.covered[0]!.text)}"`;
  else if (input.covered.length === 1) good = `you made the point that ${trimPoint(input.covered[0]!.text)}`;
  else if (input.structure && input.structure.parts.every((p) => p.present)) good = `your text has every part of the ${input.structure.kind.replace(/-/g, " ")} structure`;
  else if (input.vocabulary.domainTerms.length >= 2) good = `you used domain terms such as "${input.vocabulary.domainTerms[0]}" and "${input.vocabulary.domainTerms[1]}"`;
  else if (errors.length === 0 && input.words >= 15) good = "your English is accurate";
  else if (input.vocabulary.domainTerms.length === 1) good = `you used the term "${input.vocabulary.domainTerms[0]}"`;
  else good = "you gave a direct answer";

  const next: string[] = [];
  if (input.offTopic) next.push(input.prompt ? `answer the question that was asked ("${input.prompt.replace(/\s+/g, " ").slice(0, 90)}")` : "answer the question that was asked");
  const contradicted = input.missed.find((m) => m.reason === "contradicted");
  if (contradicted) next.push(`check your claim: the answer says the opposite of "${trimPoint(contradicted.text)}"`);
  const absent = input.missed.find((m) => m.reason !== "contradicted");
  if (absent && next.length < 2 && !input.offTopic) next.push(`${absent.reason === "partial" ? "explain more fully" : "mention"} that ${trimPoint(absent.text)}`);
  const missingPart = input.structure?.parts.find((p) => !p.present);
  if (missingPart && next.length < 2) next.push(`add the ${missingPart.label.toLowerCase()}`);
  if (next.length < 2) {
    const counts = new Map<IssueCategory, number>();
    for (const i of input.issues) counts.set(i.category, (counts.get(i.category) ?? 0) + (i.severity === "error" ? 2 : 1));
    const top = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
    if (top && ADVICE[top[0]]) next.push(ADVICE[top[0]]!);
  }
  if (next.length === 0) next.push(input.words < 40 ? "add a concrete example from your own work" : "keep this level and try a harder question");
  return `Good: ${good}. Next time: ${next.slice(0, 2).join("; ")}.`;
}
