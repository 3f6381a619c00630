/**
 * What the `data` column of each content table holds: the whole item as authored (answer keys
 * included — later features grade against them), plus what the loader derived once at load time
 * so that reads need one row (generated pronunciation, titles of referenced items, counts). Never
 * sent as is: `learner-views.ts` turns these into what a learner may see. Types only.
 */
import type { HighlightedCode } from "../../../content/code-tokens.ts";
import type { ContentFile, Located, PackExerciseSet, Topic, TopicSection } from "../../../content/model.ts";
import type { Area, Exercise, ExerciseType, Level, Pronunciation, Question, Role, Scenario, Term } from "../../../content/schema.ts";
import type {
  AreasTable,
  ExerciseSetsTable,
  ExercisesTable,
  QuestionsTable,
  RolesTable,
  ScenariosTable,
  SearchEntriesTable,
  TermsTable,
  TopicsTable,
} from "../../../db/tables.ts";

/** Another item, named: what a page needs to link to it. */
export interface Ref {
  id: string;
  title: string;
}

export type LevelCounts = Record<Level, number> & { total: number };

/** How much of each kind an area holds, by level. */
export interface AreaCounts {
  terms: LevelCounts;
  topics: LevelCounts;
  questions: LevelCounts;
  scenarios: LevelCounts;
  exerciseSets: LevelCounts;
  exercises: LevelCounts;
}

export type StoredRole = Located<Role>;
export type StoredArea = Located<Area> & { counts: AreaCounts };

export type StoredTerm = Omit<Located<Term>, "pronunciation"> & {
  /** The term's own pronunciation, else the one generated from the CMU dictionary at load time. */
  pronunciation: Pronunciation | null;
  relatedTerms: Ref[];
  /** Topics whose vocabulary lists the term, and questions that practise it. */
  usedByTopics: Ref[];
  usedByQuestions: Ref[];
};

/**
 * A section with its code blocks highlighted at load time, in the order they appear; a block in
 * no language the highlighter knows is not listed. Rows written before highlighting existed
 * (a retired topic keeps its last rows) have no `code`.
 */
export type StoredTopicSection = TopicSection & { code?: HighlightedCode[] };
export type StoredTopic = Omit<Topic, "sections"> & { sections: StoredTopicSection[]; termRefs: Ref[]; prerequisiteRefs: Ref[]; nextRefs: Ref[] };
export type StoredQuestion = Located<Question> & { termRefs: Ref[] };
export type StoredScenario = Located<Scenario> & { vocabularyRefs: Ref[] };
export type StoredExerciseSet = Omit<PackExerciseSet, "exercises"> & { exerciseCount: number; types: ExerciseType[] };
export type StoredExercise = Exercise & { setId: string; source: { file: string; field: string } };

type Row<T> = Omit<T, "retired_at">;

/** Everything one role puts in the database, ready to write. Plain data: it can be cached as JSON. */
export interface RoleRows {
  roleId: string;
  /** What app_meta's `content_hash:<role>` holds once these rows are loaded. */
  hash: string;
  role: Row<RolesTable>;
  areas: Row<AreasTable>[];
  terms: Row<TermsTable>[];
  topics: Row<TopicsTable>[];
  questions: Row<QuestionsTable>[];
  scenarios: Row<ScenariosTable>[];
  exercise_sets: Row<ExerciseSetsTable>[];
  exercises: Row<ExercisesTable>[];
  search: SearchEntriesTable[];
}

/** The item tables a role's rows fill, in the order they are written. */
export const ITEM_TABLES = ["areas", "terms", "topics", "questions", "scenarios", "exercise_sets", "exercises"] as const;
export type ItemTable = (typeof ITEM_TABLES)[number];

/** A role folder's files, as read from disk. */
export interface RoleSource {
  roleId: string;
  files: ContentFile[];
}
