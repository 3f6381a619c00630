/**
 * The loaded content model: what `read-pack.ts` builds from a role folder and what the validator,
 * the statistics and the database loader consume. Types only.
 */
import type { Area, ExerciseSet, Question, Role, Scenario, Term, TopicFrontMatter } from "./schema.ts";

/** One thing wrong with the content, precise enough to find and fix. */
export interface ContentProblem {
  /** Path relative to the content directory, with forward slashes: "backend-developer/terms/caching.yaml". */
  file: string;
  /** 1-based line in that file, or null when the problem concerns the file as a whole. */
  line: number | null;
  /** Dotted path of the value inside the file ("terms.3.examples.0.text"); "" for the whole file. */
  field: string;
  /** Plain English, saying what to change. */
  message: string;
}

/** A file of the pack, as read from disk. */
export interface ContentFile {
  /** Path relative to the content directory, with forward slashes. */
  path: string;
  text: string;
}

/** Where an item was defined: its file and its dotted path inside it ("" for a one-item file). */
export interface Source {
  file: string;
  field: string;
}

export type Located<T> = T & { source: Source };

/** A level-2 section of a topic's Markdown body. */
export interface TopicSection {
  title: string;
  /** Line of the heading in the file. */
  line: number;
  /** The Markdown between this heading and the next, trimmed. */
  markdown: string;
}

export interface Topic extends TopicFrontMatter {
  /** The Markdown after the front matter. */
  body: string;
  /** The body's level-2 sections in file order; TOPIC_SECTIONS says which there should be. */
  sections: TopicSection[];
  source: Source;
}

/** An exercise set together with the topic area of the file it came from. */
export interface PackExerciseSet extends ExerciseSet {
  area: string;
  source: Source;
}

/** For each file, the line of every value in it, keyed by dotted path ("terms.3.examples.0"). */
export type LineIndex = Record<string, Record<string, number>>;

/** One role's curriculum. Only items that passed their schema are in it; the rest are problems. */
export interface ContentPack {
  /** The role folder's name, which is also the role's id. */
  id: string;
  role: Located<Role> | null;
  areas: Located<Area>[];
  terms: Located<Term>[];
  topics: Topic[];
  questions: Located<Question>[];
  scenarios: Located<Scenario>[];
  exerciseSets: PackExerciseSet[];
  /** Every file of the role folder, sorted by path: what the content hash is computed over. */
  files: ContentFile[];
  lines: LineIndex;
  /**
   * Ids of areas, terms and topics whose item failed its schema. The failure is reported once;
   * references to these ids are not reported again as unknown.
   */
  failedIds: { areas: string[]; terms: string[]; topics: string[] };
}

export interface PackResult {
  pack: ContentPack;
  /** Problems found while reading: unreadable YAML, schema violations, misplaced files. */
  problems: ContentProblem[];
}

/** The line of a dotted path in a file, or of its nearest parent that has one. */
export function lineOf(lines: LineIndex, file: string, field: string): number | null {
  const index = lines[file];
  if (!index) return null;
  let path = field;
  for (;;) {
    const line = index[path];
    if (line !== undefined) return line;
    if (path === "") return null;
    const dot = path.lastIndexOf(".");
    path = dot === -1 ? "" : path.slice(0, dot);
  }
}

/** Join dotted path segments, skipping empty ones. */
export const fieldPath = (...parts: (string | number)[]): string =>
  parts.filter((p) => p !== "").join(".");

/** Problems in a stable order: by file, then line, then field. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}
