/**
 * A validated pack → the rows the content tables and the search index hold. Everything a read
 * would otherwise compute is derived here, once per load: pronunciations, titles of referenced
 * items, reverse links (the topics and questions that use a term), counts, list order. Pure.
 */
import type { CodeHighlighter } from "../../../content/code-tokens.ts";
import type { ContentPack } from "../../../content/model.ts";
import { termPronunciation, type PronouncingDictionary } from "../../../content/pronunciation.ts";
import type { Level } from "../../../content/schema.ts";
import { exactKeysField, foldDiacritics, markdownText } from "../../../content/search-text.ts";
import { codeBlocks } from "../../../content/topic-markdown.ts";
import type { SearchEntriesTable } from "../../../db/tables.ts";
import type {
  AreaCounts,
  LevelCounts,
  Ref,
  RoleRows,
  StoredArea,
  StoredExercise,
  StoredExerciseSet,
  StoredQuestion,
  StoredScenario,
  StoredTerm,
  StoredTopic,
} from "./stored-content.ts";

/**
 * Bump when what the rows hold changes shape: it is part of the stored content hash, so every
 * server reloads its content once after an upgrade even though the files did not change.
 */
export const ROWS_FORMAT = 2;

const LEVELS: readonly Level[] = ["junior", "mid", "senior"];
const levelRank = (level: string) => LEVELS.indexOf(level as Level);
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** "a"–"z" for the glossary's letter index, "#" for anything else ("2FA", ".env"). */
export const termLetter = (term: string): string => {
  const first = foldDiacritics(term).trim().charAt(0).toLowerCase();
  return /^[a-z]$/.test(first) ? first : "#";
};

const emptyLevels = (): LevelCounts => ({ junior: 0, mid: 0, senior: 0, total: 0 });
const emptyCounts = (): AreaCounts => ({
  terms: emptyLevels(),
  topics: emptyLevels(),
  questions: emptyLevels(),
  scenarios: emptyLevels(),
  exerciseSets: emptyLevels(),
  exercises: emptyLevels(),
});

/** Positions: sort a copy by `compare` and number the items in that order. */
function positions<T extends { id: string }>(items: readonly T[], compare: (a: T, b: T) => number): Map<string, number> {
  const sorted = [...items].sort((a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((item, i) => [item.id, i]));
}

const json = (value: unknown) => JSON.stringify(value);
const fold = (parts: readonly (string | undefined)[]) => foldDiacritics(parts.filter(Boolean).join(" "));

export interface RowsOptions {
  dictionary: PronouncingDictionary;
  /** Highlights the topics' code blocks (`loadCodeHighlighter`). */
  highlight: CodeHighlighter;
  /** What app_meta will hold for the role once loaded. */
  hash: string;
  /** The role's place among all roles. */
  position: number;
}

export function buildRoleRows(pack: ContentPack, { dictionary, highlight, hash, position }: RowsOptions): RoleRows {
  if (!pack.role) throw new Error(`role ${pack.id} has no role.yaml`);
  const roleId = pack.id;
  const areaOrder = new Map(pack.role.areas.map((id, i) => [id, i]));
  const areaRank = (area: string) => areaOrder.get(area) ?? areaOrder.size;
  /** Path order: the role's area order, then level, then the order of the files. */
  const byPath = <T extends { area: string; level: string }>(items: readonly T[]) => {
    const fileOrder = new Map(items.map((item, i) => [item, i]));
    return (a: T, b: T) =>
      areaRank(a.area) - areaRank(b.area) || levelRank(a.level) - levelRank(b.level) || fileOrder.get(a)! - fileOrder.get(b)!;
  };

  // --- references by id ------------------------------------------------------------------------
  const termTitles = new Map(pack.terms.map((t) => [t.id, t.term]));
  const topicTitles = new Map(pack.topics.map((t) => [t.id, t.title]));
  const refs = (ids: readonly string[], titles: Map<string, string>): Ref[] =>
    ids.flatMap((id) => {
      const title = titles.get(id);
      return title === undefined ? [] : [{ id, title }];
    });
  const usedByTopics = new Map<string, Ref[]>();
  const usedByQuestions = new Map<string, Ref[]>();
  for (const topic of pack.topics) {
    for (const id of new Set(topic.terms)) (usedByTopics.get(id) ?? usedByTopics.set(id, []).get(id)!).push({ id: topic.id, title: topic.title });
  }
  for (const question of pack.questions) {
    for (const id of new Set(question.terms)) {
      (usedByQuestions.get(id) ?? usedByQuestions.set(id, []).get(id)!).push({ id: question.id, title: question.prompt });
    }
  }

  // --- counts per area and level ---------------------------------------------------------------
  const counts = new Map(pack.areas.map((a) => [a.id, emptyCounts()]));
  const count = (kind: keyof AreaCounts, area: string, level: Level, n = 1) => {
    const c = counts.get(area);
    if (!c) return;
    c[kind][level] += n;
    c[kind].total += n;
  };
  for (const t of pack.terms) count("terms", t.area, t.level);
  for (const t of pack.topics) count("topics", t.area, t.level);
  for (const q of pack.questions) count("questions", q.area, q.level);
  for (const s of pack.scenarios) count("scenarios", s.area, s.level);
  for (const set of pack.exerciseSets) {
    count("exerciseSets", set.area, set.level);
    count("exercises", set.area, set.level, set.exercises.length);
  }

  const search: SearchEntriesTable[] = [];
  const index = (kind: string, itemId: string, title: string, aliases: readonly (string | undefined)[], body: readonly (string | undefined)[], exact = "") =>
    search.push({ role_id: roleId, kind, item_id: itemId, exact, title: fold([title]), aliases: fold(aliases), body: fold(body) });

  // --- areas -------------------------------------------------------------------------------------
  const areaPos = positions(pack.areas, (a, b) => areaRank(a.id) - areaRank(b.id));
  const areas = pack.areas.map((area) => {
    const data: StoredArea = { ...area, counts: counts.get(area.id)! };
    return { role_id: roleId, id: area.id, position: areaPos.get(area.id)!, title: area.title, data: json(data) };
  });

  // --- terms -------------------------------------------------------------------------------------
  const termById = new Map(pack.terms.map((t) => [t.id, t]));
  const termPos = positions(pack.terms, (a, b) => collator.compare(termById.get(a.id)!.term, termById.get(b.id)!.term));
  const terms = pack.terms.map((term) => {
    const data: StoredTerm = {
      ...term,
      pronunciation: termPronunciation(term, dictionary),
      relatedTerms: refs(term.related, termTitles),
      usedByTopics: usedByTopics.get(term.id) ?? [],
      usedByQuestions: usedByQuestions.get(term.id) ?? [],
    };
    index(
      "term",
      term.id,
      term.term,
      // Collocations weigh like aliases; the body is prose, so that snippets read as sentences.
      [...term.aliases, term.expansion, ...term.collocations],
      [term.definition, ...term.examples.map((e) => e.text)],
      exactKeysField([term.term, ...term.aliases, ...(term.expansion ? [term.expansion] : [])]),
    );
    return {
      role_id: roleId,
      id: term.id,
      area: term.area,
      level: term.level,
      letter: termLetter(term.term),
      position: termPos.get(term.id)!,
      title: term.term,
      data: json(data),
    };
  });

  // --- topics ------------------------------------------------------------------------------------
  const topicPos = positions(pack.topics, byPath(pack.topics));
  const topics = pack.topics.map((topic) => {
    const data: StoredTopic = {
      ...topic,
      sections: topic.sections.map((section) => ({
        ...section,
        code: codeBlocks(section.markdown).flatMap((block) => highlight(block.code, block.language) ?? []),
      })),
      termRefs: refs(topic.terms, termTitles),
      prerequisiteRefs: refs(topic.prerequisites, topicTitles),
      nextRefs: refs(topic.next, topicTitles),
    };
    index("topic", topic.id, topic.title, [], [topic.summary, ...topic.sections.map((s) => markdownText(s.markdown))]);
    return { role_id: roleId, id: topic.id, area: topic.area, level: topic.level, position: topicPos.get(topic.id)!, title: topic.title, data: json(data) };
  });

  // --- questions: the index holds what a learner sees before answering, never the model answer --
  const questionPos = positions(pack.questions, byPath(pack.questions));
  const questions = pack.questions.map((question) => {
    const data: StoredQuestion = { ...question, termRefs: refs(question.terms, termTitles) };
    index("question", question.id, question.prompt, [], [...question.tips, ...question.phrases]);
    return {
      role_id: roleId,
      id: question.id,
      area: question.area,
      level: question.level,
      kind: question.kind,
      position: questionPos.get(question.id)!,
      title: question.prompt,
      data: json(data),
    };
  });

  // --- scenarios: the brief only, never the beats' moves or the model dialogue ----------------
  const scenarioPos = positions(pack.scenarios, byPath(pack.scenarios));
  const scenarios = pack.scenarios.map((scenario) => {
    const data: StoredScenario = { ...scenario, vocabularyRefs: refs(scenario.targetVocabulary, termTitles) };
    index("scenario", scenario.id, scenario.title, [], [
      scenario.situation,
      scenario.learnerRole,
      ...scenario.goals.map((g) => g.text),
      ...scenario.usefulPhrases,
    ]);
    return {
      role_id: roleId,
      id: scenario.id,
      area: scenario.area,
      level: scenario.level,
      setting: scenario.setting,
      position: scenarioPos.get(scenario.id)!,
      title: scenario.title,
      data: json(data),
    };
  });

  // --- exercise sets and their exercises ---------------------------------------------------------
  const setPos = positions(pack.exerciseSets, byPath(pack.exerciseSets));
  const exercises: RoleRows["exercises"] = [];
  const exerciseSets = pack.exerciseSets.map((set) => {
    const { exercises: items, ...rest } = set;
    const data: StoredExerciseSet = { ...rest, exerciseCount: items.length, types: [...new Set(items.map((e) => e.type))] };
    items.forEach((exercise, i) => {
      const stored: StoredExercise = { ...exercise, setId: set.id, source: { file: set.source.file, field: `${set.source.field}.exercises.${i}` } };
      exercises.push({
        role_id: roleId,
        id: exercise.id,
        set_id: set.id,
        type: exercise.type,
        position: i,
        title: "prompt" in exercise ? exercise.prompt : exercise.text,
        data: json(stored),
      });
    });
    return { role_id: roleId, id: set.id, area: set.area, level: set.level, position: setPos.get(set.id)!, title: set.title, data: json(data) };
  });

  return {
    roleId,
    hash,
    role: { id: roleId, position, title: pack.role.title, data: json(pack.role) },
    areas,
    terms,
    topics,
    questions,
    scenarios,
    exercise_sets: exerciseSets,
    exercises,
    search,
  };
}
