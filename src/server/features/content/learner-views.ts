/**
 * Stored items → what a learner may see before answering. Each view is built field by field (never
 * by copying the item and deleting keys), so a field added to the content schema stays private
 * until someone decides to show it. Exercises are shown by the learning core's `toPublicExercise`
 * (no answer keys; options and items in a seeded order the grader can rebuild). Pure.
 */
import type { Level } from "../../../content/schema.ts";
import { toPublicExercise } from "../../../learning/exercise-view.ts";
import type {
  AreaView,
  ExerciseSetSummary,
  ExerciseSetView,
  QuestionSummary,
  QuestionView,
  RoleOverview,
  ScenarioSummary,
  ScenarioView,
  TermSummary,
  TermView,
  TopicSummary,
  TopicView,
} from "./content.schemas.ts";
import type {
  AreaCounts,
  StoredArea,
  StoredExercise,
  StoredExerciseSet,
  StoredQuestion,
  StoredRole,
  StoredScenario,
  StoredTerm,
  StoredTopic,
} from "./stored-content.ts";

// ---------------------------------------------------------------------------------------------
// Exercises: the learning core decides what of an exercise a learner sees (src/learning)

/**
 * The seed of the order a set's exercises are shown in when read here, outside an attempt: the
 * same every time. A practice attempt shuffles with its own seed and grades with it.
 */
export const browseSeed = (roleId: string, setId: string) => `${roleId}/${setId}`;

export const exerciseSetSummary = (set: StoredExerciseSet): ExerciseSetSummary => ({
  id: set.id,
  title: set.title,
  area: set.area,
  level: set.level,
  exerciseCount: set.exerciseCount,
  types: [...set.types],
});

export const exerciseSetView = (
  set: StoredExerciseSet,
  exercises: readonly StoredExercise[],
  roleId: string,
  retired: boolean,
): ExerciseSetView => ({
  ...exerciseSetSummary(set),
  exerciseCount: exercises.length,
  types: [...new Set(exercises.map((e) => e.type))],
  exercises: exercises.map((e) => toPublicExercise(e, browseSeed(roleId, set.id))),
  retired,
});

// ---------------------------------------------------------------------------------------------
// Roles and areas

const LEVELS: readonly Level[] = ["junior", "mid", "senior"];

export function sumCounts(all: readonly AreaCounts[]): AreaCounts {
  const zero = () => ({ junior: 0, mid: 0, senior: 0, total: 0 });
  const sum: AreaCounts = { terms: zero(), topics: zero(), questions: zero(), scenarios: zero(), exerciseSets: zero(), exercises: zero() };
  for (const counts of all) {
    for (const kind of Object.keys(sum) as (keyof AreaCounts)[]) {
      for (const level of LEVELS) sum[kind][level] += counts[kind][level];
      sum[kind].total += counts[kind].total;
    }
  }
  return sum;
}

export const areaView = (area: StoredArea, retired: boolean): AreaView => ({
  id: area.id,
  title: area.title,
  summary: area.summary,
  outcomes: [...area.outcomes],
  counts: area.counts,
  retired,
});

export const roleOverview = (role: StoredRole, areas: readonly AreaView[], retired: boolean): RoleOverview => ({
  id: role.id,
  title: role.title,
  summary: role.summary,
  counts: sumCounts(areas.map((a) => a.counts)),
  areas: [...areas],
  retired,
});

// ---------------------------------------------------------------------------------------------
// Glossary, roadmap, interview bank, roleplays

export const termSummary = (term: StoredTerm): TermSummary => ({
  id: term.id,
  term: term.term,
  partOfSpeech: term.partOfSpeech,
  definition: term.definition,
  area: term.area,
  level: term.level,
  pronunciation: term.pronunciation && { respelling: term.pronunciation.respelling, ipa: term.pronunciation.ipa },
});

export const termView = (term: StoredTerm, retired: boolean): TermView => ({
  ...termSummary(term),
  aliases: [...term.aliases],
  expansion: term.expansion ?? null,
  examples: term.examples.map((e) => ({ situation: e.situation, text: e.text })),
  collocations: [...term.collocations],
  related: term.relatedTerms,
  mistake: term.mistake ? { wrong: term.mistake.wrong, right: term.mistake.right, why: term.mistake.why } : null,
  topics: term.usedByTopics,
  questions: term.usedByQuestions,
  retired,
});

export const topicSummary = (topic: StoredTopic): TopicSummary => ({
  id: topic.id,
  title: topic.title,
  area: topic.area,
  level: topic.level,
  summary: topic.summary,
});

export const topicView = (topic: StoredTopic, retired: boolean): TopicView => ({
  ...topicSummary(topic),
  terms: topic.termRefs,
  prerequisites: topic.prerequisiteRefs,
  next: topic.nextRefs,
  sections: topic.sections.map((s) => ({
    title: s.title,
    markdown: s.markdown,
    code: (s.code ?? []).map((c) => ({ language: c.language, tokens: c.tokens.map((t) => ({ text: t.text, kind: t.kind })) })),
  })),
  retired,
});

export const questionSummary = (question: StoredQuestion): QuestionSummary => ({
  id: question.id,
  prompt: question.prompt,
  kind: question.kind,
  level: question.level,
  area: question.area,
});

/** Never the model answer, key points, pitfalls or follow-ups: those come after an attempt. */
export const questionView = (question: StoredQuestion, retired: boolean): QuestionView => ({
  ...questionSummary(question),
  tips: [...question.tips],
  phrases: [...question.phrases],
  terms: question.termRefs,
  retired,
});

export const scenarioSummary = (scenario: StoredScenario): ScenarioSummary => ({
  id: scenario.id,
  title: scenario.title,
  level: scenario.level,
  setting: scenario.setting,
  area: scenario.area,
  situation: scenario.situation,
});

/** The brief only: never the beats (their moves hold the accepted wordings) or the model dialogue. */
export const scenarioView = (scenario: StoredScenario, retired: boolean): ScenarioView => ({
  ...scenarioSummary(scenario),
  learnerRole: scenario.learnerRole,
  counterpart: {
    name: scenario.counterpart.name,
    role: scenario.counterpart.role,
    manner: scenario.counterpart.manner,
    caresAbout: [...scenario.counterpart.caresAbout],
  },
  goals: scenario.goals.map((g) => ({ id: g.id, text: g.text })),
  targetVocabulary: scenario.vocabularyRefs,
  usefulPhrases: [...scenario.usefulPhrases],
  retired,
});
