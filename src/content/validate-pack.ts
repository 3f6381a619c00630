/**
 * The checks a schema cannot make on one file alone: references between files, duplicates,
 * cycles, and the rules of each kind of content (one correct option, blanks that match the text,
 * the fixed sections of a topic, pronunciations). Pure: takes a pack, returns its problems.
 */
import { TOPIC_SECTIONS, type Exercise } from "./schema.ts";
import { fieldPath, lineOf, type ContentPack, type ContentProblem, type Source } from "./model.ts";
import { termPronunciation, termWords, wordPhones, type PronouncingDictionary } from "./pronunciation.ts";
import { mentionsTerm, spellingKey } from "./term-match.ts";
import { bulletItems, codeBlocks, termLinks } from "./topic-markdown.ts";

export interface ValidateOptions {
  /** The CMU Pronouncing Dictionary (or a small one in tests), to check every term can be said. */
  dictionary: PronouncingDictionary;
}

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function validatePack(pack: ContentPack, options: ValidateOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (source: Source, field: string | number | (string | number)[], message: string, line?: number) => {
    const path = fieldPath(source.field, ...(Array.isArray(field) ? field : [field]));
    problems.push({ file: source.file, line: line ?? lineOf(pack.lines, source.file, path), field: path, message });
  };
  const where = (source: Source, field: string | number) => {
    const line = lineOf(pack.lines, source.file, fieldPath(source.field, field));
    return line === null ? source.file : `${source.file}:${line}`;
  };

  // An id whose item failed its schema still exists as far as references go: its own problem
  // is already reported, and a cascade of "unknown id" problems would hide it.
  const areaIds = new Set([...pack.areas.map((a) => a.id), ...pack.failedIds.areas]);
  const termIds = new Set([...pack.terms.map((t) => t.id), ...pack.failedIds.terms]);
  const topicIds = new Set([...pack.topics.map((t) => t.id), ...pack.failedIds.topics]);
  const exercises = pack.exerciseSets.flatMap((set) =>
    set.exercises.map((exercise, i) => ({ exercise, set, source: { file: set.source.file, field: fieldPath(set.source.field, "exercises", i) } })),
  );

  /** Report each listed id that is not in `known`. */
  const references = (source: Source, field: string, ids: readonly string[], known: Set<string>, kind: string) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) report(source, [field, i], `unknown ${kind} id "${id}"`);
    });
  };
  const areaReference = (source: Source, field: string, id: string) => {
    if (!areaIds.has(id)) report(source, field, `unknown area id "${id}"`);
  };

  // --- duplicate ids -------------------------------------------------------------------------
  const duplicates = (kind: string, items: readonly { id: string; source: Source }[]) => {
    const first = new Map<string, Source>();
    for (const item of items) {
      const earlier = first.get(item.id);
      if (earlier) report(item.source, "id", `duplicate ${kind} id "${item.id}"; it is also used at ${where(earlier, "id")}`);
      else first.set(item.id, item.source);
    }
  };
  duplicates("area", pack.areas);
  duplicates("term", pack.terms);
  duplicates("topic", pack.topics);
  duplicates("question", pack.questions);
  duplicates("scenario", pack.scenarios);
  duplicates("exercise set", pack.exerciseSets);
  duplicates("exercise", exercises.map(({ exercise, source }) => ({ id: exercise.id, source })));

  // --- role and areas ------------------------------------------------------------------------
  const role = pack.role;
  if (role) {
    if (role.id !== pack.id) report(role.source, "id", `must be "${pack.id}", the name of the role's folder`);
    references(role.source, "areas", role.areas, areaIds, "area");
    role.areas.forEach((id, i) => {
      if (role.areas.indexOf(id) !== i) report(role.source, ["areas", i], `area "${id}" is listed twice`);
    });
    for (const area of pack.areas) {
      if (!role.areas.includes(area.id)) report(area.source, "id", `area "${area.id}" is not listed in role.yaml's areas, so the learning path never shows it`);
    }
  }

  // --- files are named after what they hold -------------------------------------------------
  const named = (source: Source, folder: string, id: string, ext: string, field: string) => {
    const expected = `${pack.id}/${folder}/${id}.${ext}`;
    if (source.file !== expected) report(source, field, `"${id}" belongs in ${expected}`);
  };
  for (const a of pack.areas) named(a.source, "areas", a.id, "yaml", "id");
  for (const t of pack.topics) named(t.source, "topics", t.id, "md", "id");
  for (const s of pack.scenarios) named(s.source, "scenarios", s.id, "yaml", "id");

  // --- glossary ------------------------------------------------------------------------------
  const spellings = new Map<string, { id: string; source: Source; field: string }>();
  for (const term of pack.terms) {
    areaReference(term.source, "area", term.area);
    references(term.source, "related", term.related, termIds, "term");
    if (term.related.includes(term.id)) report(term.source, "related", "a term cannot be related to itself");

    // A spelling may belong to one term only, or a learner's lookup is ambiguous.
    const own = [{ text: term.term, field: "term" }, ...term.aliases.map((text, i) => ({ text, field: `aliases.${i}` }))];
    const seen = new Set<string>();
    for (const { text, field } of own) {
      const key = spellingKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      const other = spellings.get(key);
      if (other && other.id !== term.id) {
        report(term.source, field, `"${text}" is also a spelling of term "${other.id}" (${where(other.source, other.field)})`);
      } else if (!other) spellings.set(key, { id: term.id, source: term.source, field });
    }

    const forms = [term.term, ...term.aliases, ...(term.expansion ? [term.expansion] : [])];
    term.examples.forEach((example, i) => {
      if (!mentionsTerm(example.text, forms)) {
        report(term.source, ["examples", i, "text"], `the example does not use "${term.term}" (or an inflection or alias of it)`);
      }
    });

    if (!termPronunciation(term, options.dictionary)) {
      const missing = termWords(term.term).filter((w) => !wordPhones(w.replace(/['’]s$/, ""), options.dictionary));
      report(
        term.source,
        "term",
        `no pronunciation: ${missing.map((w) => `"${w}"`).join(", ") || `"${term.term}"`} is not in the CMU Pronouncing Dictionary; add pronunciation with respelling and ipa`,
      );
    }
  }

  // --- topics --------------------------------------------------------------------------------
  for (const topic of pack.topics) {
    areaReference(topic.source, "area", topic.area);
    references(topic.source, "terms", topic.terms, termIds, "term");
    references(topic.source, "prerequisites", topic.prerequisites, topicIds, "topic");
    references(topic.source, "next", topic.next, topicIds, "topic");
    checkTopicBody(topic, termIds, (field, message, line) => report(topic.source, field, message, line));
  }
  for (const cycle of prerequisiteCycles(pack.topics)) {
    const start = pack.topics.find((t) => t.id === cycle[0])!;
    report(start.source, "prerequisites", `prerequisites form a cycle: ${cycle.join(" → ")}`);
  }

  // --- questions and scenarios ---------------------------------------------------------------
  for (const question of pack.questions) {
    areaReference(question.source, "area", question.area);
    references(question.source, "terms", question.terms, termIds, "term");
  }
  for (const scenario of pack.scenarios) {
    areaReference(scenario.source, "area", scenario.area);
    references(scenario.source, "targetVocabulary", scenario.targetVocabulary, termIds, "term");
    duplicates("goal", scenario.goals.map((g, i) => ({ id: g.id, source: { ...scenario.source, field: fieldPath(scenario.source.field, "goals", i) } })));
    duplicates("beat", scenario.beats.map((b, i) => ({ id: b.id, source: { ...scenario.source, field: fieldPath(scenario.source.field, "beats", i) } })));
    const goals = new Set(scenario.goals.map((g) => g.id));
    scenario.beats.forEach((beat, b) => {
      duplicates("move", beat.moves.map((m, i) => ({ id: m.id, source: { ...scenario.source, field: fieldPath(scenario.source.field, "beats", b, "moves", i) } })));
      beat.moves.forEach((move, m) => {
        if (move.goal !== undefined && !goals.has(move.goal)) {
          report(scenario.source, ["beats", b, "moves", m, "goal"], `unknown goal id "${move.goal}"; this scenario's goals are ${[...goals].join(", ")}`);
        }
      });
    });
  }

  // --- exercises -----------------------------------------------------------------------------
  const fileAreas = new Map(pack.exerciseSets.map((set) => [set.source.file, set.area]));
  for (const [file, area] of fileAreas) {
    const source = { file, field: "" };
    areaReference(source, "area", area);
    named(source, "exercises", area, "yaml", "area");
  }
  for (const { exercise, source } of exercises) {
    references(source, "terms", exercise.terms, termIds, "term");
    for (const [field, message] of exerciseProblems(exercise)) report(source, field, message);
  }

  return problems;
}

/** Problems with one exercise's own rules, as [field inside the exercise, message]. */
export function exerciseProblems(exercise: Exercise): [string, string][] {
  const out: [string, string][] = [];
  const distinct = (field: string, texts: string[], what: string) => {
    const keys = texts.map((t) => t.trim().toLowerCase());
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i) out.push([`${field}.${i}`, `repeats an earlier ${what}`]);
    });
  };
  switch (exercise.type) {
    case "multiple-choice":
    case "phrasing": {
      const correct = exercise.options.filter((o) => o.correct).length;
      const multi = exercise.type === "multiple-choice" && exercise.multiSelect;
      if (multi && correct < 2) out.push(["options", `a multi-select question needs at least two correct options; it has ${correct}`]);
      if (!multi && correct !== 1) out.push(["options", `needs exactly one option with correct: true; it has ${correct}`]);
      distinct("options", exercise.options.map((o) => o.text), "option");
      break;
    }
    case "cloze": {
      const gaps = exercise.text.match(/_{3,}/g)?.length ?? 0;
      if (gaps !== exercise.blanks.length) {
        out.push(["blanks", `the text has ${gaps} blank${gaps === 1 ? "" : "s"} (___) but ${exercise.blanks.length} ${exercise.blanks.length === 1 ? "entry is" : "entries are"} listed under blanks`]);
      }
      break;
    }
    case "matching":
      distinct("pairs", exercise.pairs.map((p) => p.left), "left-hand item");
      distinct("pairs", exercise.pairs.map((p) => p.right), "right-hand item");
      break;
    case "ordering":
      distinct("items", exercise.items, "item");
      break;
    case "written":
      if (exercise.minWords >= exercise.maxWords) out.push(["minWords", `must be less than maxWords (${exercise.maxWords})`]);
      break;
    case "error-correction":
      break;
  }
  return out;
}

/** The fixed shape of a topic's body. */
function checkTopicBody(
  topic: ContentPack["topics"][number],
  termIds: Set<string>,
  report: (field: string, message: string, line?: number) => void,
) {
  const titles = topic.sections.map((s) => s.title);
  if (titles.join("\n") !== TOPIC_SECTIONS.join("\n")) {
    const missing = TOPIC_SECTIONS.filter((t) => !titles.includes(t));
    const extra = titles.filter((t) => !(TOPIC_SECTIONS as readonly string[]).includes(t));
    const details = [
      missing.length ? `missing: ${missing.join(", ")}` : "",
      extra.length ? `not expected: ${extra.join(", ")}` : "",
      !missing.length && !extra.length ? "they are out of order" : "",
    ].filter(Boolean);
    // Point at the first section that is not the one expected there.
    const first = topic.sections.find((s, i) => s.title !== TOPIC_SECTIONS[i]) ?? topic.sections.at(-1);
    report("body", `the body needs these ## sections in this order: ${TOPIC_SECTIONS.join(" · ")} (${details.join("; ")})`, first?.line);
  }
  const section = (title: (typeof TOPIC_SECTIONS)[number]) => topic.sections.find((s) => s.title === title);
  const field = (title: string) => `body.${slug(title)}`;

  const example = section("Example");
  if (example && !codeBlocks(example.markdown).some((b) => b.language !== "")) {
    report(field(example.title), "needs a fenced code block that names its language, e.g. ```python", example.line);
  }
  const talk = section("How to talk about it");
  if (talk) {
    const n = bulletItems(talk.markdown).length;
    if (n !== 3) report(field(talk.title), `needs exactly three bullet items; it has ${n}`, talk.line);
  }
  const vocabulary = section("Key vocabulary");
  for (const s of topic.sections) {
    for (const link of termLinks(s.markdown)) {
      if (!termIds.has(link.id)) report(field(s.title), `links to unknown term id "${link.id}"`, s.line);
      else if (s === vocabulary && !topic.terms.includes(link.id)) {
        report(field(s.title), `links to term "${link.id}", which is not in this topic's terms`, s.line);
      }
    }
  }
}

/** Each cycle in the topics' prerequisites once, as a path that returns to its start. */
export function prerequisiteCycles(topics: readonly { id: string; prerequisites: readonly string[] }[]): string[][] {
  const edges = new Map(topics.map((t) => [t.id, t.prerequisites]));
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const found = new Map<string, string[]>();
  const visit = (id: string) => {
    state.set(id, "active");
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (!edges.has(next)) continue;
      if (state.get(next) === "active") {
        const cycle = stack.slice(stack.indexOf(next));
        // Rotate so the smallest id leads: the same cycle found from another start is one cycle.
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        found.set(rotated.join(" "), [...rotated, rotated[0]!]);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const t of topics) if (!state.has(t.id)) visit(t.id);
  return [...found.values()];
}
