/**
 * One role folder's files → the content model, checking every file against its schema. Pure: the
 * files come in as text (`read-pack.ts` reads them), so tests can build a pack in memory.
 *
 * Every problem is reported, not only the first. An item that fails its schema is left out of the
 * model and the rest of its file is kept, so one typo does not hide the file's other items from
 * the cross-reference checks.
 */
import type { z } from "zod";
import {
  Area,
  ExerciseFile,
  ExerciseSet,
  Id,
  Question,
  QuestionFile,
  Role,
  Scenario,
  Term,
  TermFile,
  TopicFrontMatter,
} from "./schema.ts";
import { lineOf, type ContentFile, type ContentPack, type ContentProblem, type PackResult, type Source } from "./model.ts";
import { describeIssue, schemaProblems } from "./schema-problems.ts";
import { parseSections, splitFrontMatter } from "./topic-markdown.ts";
import { parseYaml } from "./yaml-source.ts";

/** Where each kind of file lives inside a role folder. */
export const LAYOUT = {
  role: "role.yaml",
  areas: "areas/<area>.yaml",
  terms: "terms/<area>.yaml",
  topics: "topics/<topic>.md",
  questions: "questions/<area>.yaml",
  scenarios: "scenarios/<scenario>.yaml",
  exercises: "exercises/<area>.yaml",
} as const;
type Kind = keyof typeof LAYOUT;

function kindOf(relativePath: string): Kind | null {
  if (relativePath === "role.yaml") return "role";
  const match = /^([a-z]+)\/[^/]+\.(yaml|md)$/.exec(relativePath);
  if (!match) return null;
  const [, folder, ext] = match;
  const kind = Object.keys(LAYOUT).find((k) => k === folder) as Kind | undefined;
  if (!kind || kind === "role") return null;
  return (kind === "topics") === (ext === "md") ? kind : null;
}

const layoutHelp = Object.values(LAYOUT).join(", ");

export function parsePack(id: string, files: readonly ContentFile[]): PackResult {
  const pack: ContentPack = {
    id,
    role: null,
    areas: [],
    terms: [],
    topics: [],
    questions: [],
    scenarios: [],
    exerciseSets: [],
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    lines: {},
    failedIds: { areas: [], terms: [], topics: [] },
  };
  /** Remember the id of an item that failed its schema, if it has one. */
  const failed = (kind: keyof ContentPack["failedIds"], item: unknown) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === "string") pack.failedIds[kind].push(id);
  };
  const problems: ContentProblem[] = [];

  for (const file of pack.files) {
    const relative = file.path.startsWith(`${id}/`) ? file.path.slice(id.length + 1) : file.path;
    const kind = kindOf(relative);
    if (!kind) {
      problems.push({ file: file.path, line: null, field: "", message: `not a content file; a role folder holds ${layoutHelp}` });
      continue;
    }
    const at = (field: string) => lineOf(pack.lines, file.path, field);
    const source = (field = ""): Source => ({ file: file.path, field });
    /** Parse against a schema, reporting every issue; returns the parsed value or null. */
    const check = <S extends z.ZodType>(schema: S, data: unknown): z.output<S> | null => {
      const result = schema.safeParse(data, { error: describeIssue });
      if (result.success) return result.data;
      problems.push(...schemaProblems(file.path, result.error, at));
      return null;
    };
    /** The items of a list field that pass their own schema, each with its source. */
    const validItems = <S extends z.ZodType>(data: unknown, key: string, schema: S, onFailure?: (item: unknown) => void) => {
      const list = (data as Record<string, unknown> | null)?.[key];
      if (!Array.isArray(list)) return [];
      return list.flatMap((item, i) => {
        const result = schema.safeParse(item);
        if (result.success) return [{ ...(result.data as z.output<S> & object), source: source(`${key}.${i}`) }];
        onFailure?.(item);
        return [];
      });
    };

    if (kind === "topics") {
      const parts = splitFrontMatter(file.text);
      if (!parts) {
        problems.push({ file: file.path, line: 1, field: "", message: "must start with YAML front matter between two --- lines" });
        continue;
      }
      const parsed = parseYaml(parts.frontMatter, parts.frontMatterLine);
      pack.lines[file.path] = parsed.lines;
      if (parsed.errors.length > 0) {
        problems.push(...parsed.errors.map((e) => ({ file: file.path, line: e.line, field: "", message: e.message })));
        continue;
      }
      const frontMatter = check(TopicFrontMatter, parsed.data);
      if (!frontMatter) failed("topics", parsed.data);
      else {
        pack.topics.push({
          ...frontMatter,
          body: parts.body,
          sections: parseSections(parts.body, parts.bodyLine),
          source: source(),
        });
      }
      continue;
    }

    const parsed = parseYaml(file.text);
    pack.lines[file.path] = parsed.lines;
    if (parsed.errors.length > 0) {
      problems.push(...parsed.errors.map((e) => ({ file: file.path, line: e.line, field: "", message: e.message })));
      continue;
    }
    const data = parsed.data;
    switch (kind) {
      case "role": {
        const role = check(Role, data);
        if (role) pack.role = { ...role, source: source() };
        break;
      }
      case "areas": {
        const area = check(Area, data);
        if (area) pack.areas.push({ ...area, source: source() });
        else failed("areas", data);
        break;
      }
      case "scenarios": {
        const scenario = check(Scenario, data);
        if (scenario) pack.scenarios.push({ ...scenario, source: source() });
        break;
      }
      case "terms":
        check(TermFile, data);
        pack.terms.push(...validItems(data, "terms", Term, (item) => failed("terms", item)));
        break;
      case "questions":
        check(QuestionFile, data);
        pack.questions.push(...validItems(data, "questions", Question));
        break;
      case "exercises": {
        check(ExerciseFile, data);
        const area = Id.safeParse((data as { area?: unknown } | null)?.area);
        if (area.success) {
          pack.exerciseSets.push(...validItems(data, "sets", ExerciseSet).map((set) => ({ ...set, area: area.data })));
        }
        break;
      }
    }
  }

  if (!pack.files.some((f) => f.path === `${id}/role.yaml`)) {
    problems.push({ file: `${id}/role.yaml`, line: null, field: "", message: "missing: every role folder needs a role.yaml" });
  }
  return { pack, problems };
}
