/**
 * From a content pack to what the coach needs: the glossary, a corpus for word weights, and tasks
 * for the pack's interview questions and written exercises. Pure.
 */
import type { ContentPack } from "../content/model.ts";
import type { Exercise, Question } from "../content/schema.ts";
import type { GlossaryTerm } from "./lexicon.ts";
import type { Task } from "./types.ts";

export function glossaryFromPack(pack: ContentPack): GlossaryTerm[] {
  return pack.terms.map((t) => ({ id: t.id, term: t.term, aliases: t.aliases, expansion: t.expansion, partOfSpeech: t.partOfSpeech }));
}

/** One document per question, term, topic, written exercise and scenario: the corpus for word weights. */
export function corpusFromPack(pack: ContentPack): string[] {
  const docs: string[] = [];
  for (const q of pack.questions) docs.push([q.prompt, q.modelAnswer, ...q.keyPoints.map((k) => k.text)].join("\n"));
  for (const t of pack.terms) docs.push([t.term, t.definition, ...t.examples.map((e) => e.text)].join("\n"));
  for (const t of pack.topics) docs.push(t.body);
  for (const set of pack.exerciseSets) for (const e of set.exercises) if (e.type === "written") docs.push([e.prompt, e.modelAnswer].join("\n"));
  for (const s of pack.scenarios) docs.push(s.modelDialogue.map((l) => l.text).join("\n"));
  return docs;
}

/** The task for answering an interview question: its key points, model answer and terms; STAR for behavioral ones. */
export function taskForQuestion(q: Question): Task {
  return {
    kind: "interview-answer",
    prompt: q.prompt,
    level: q.level,
    reference: q.modelAnswer,
    keyPoints: q.keyPoints,
    targetVocabulary: q.terms,
    ...(q.kind === "behavioral" ? { structure: "star" as const } : {}),
  };
}

type WrittenExercise = Extract<Exercise, { type: "written" }>;

export function taskForWrittenExercise(e: WrittenExercise): Task {
  return {
    kind: "written-exercise",
    prompt: e.prompt,
    reference: e.modelAnswer,
    keyPoints: e.keyPoints,
    targetVocabulary: e.terms,
    ...(e.structure ? { structure: e.structure } : {}),
  };
}
