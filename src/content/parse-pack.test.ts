import { test } from "node:test";
import assert from "node:assert/strict";
import { parsePack } from "./parse-pack.ts";
import { parseSections, splitFrontMatter } from "./topic-markdown.ts";

const role = { path: "r/role.yaml", text: "id: r\ntitle: R\nsummary: A role.\nareas: [a]\n" };

const termsYaml = `terms:
  - id: latency
    term: latency
    partOfSpeech: noun
    definition: The time a request takes.
    examples:
      - situation: standup
        text: Latency went up.
      - situation: incident
        text: p99 latency is 2 seconds.
    collocations: [high latency, tail latency]
    area: a
    level: junior
  - id: Bad_Id
    term: throughput
    partOfSpeech: nown
    definition: How much work a system does in a given time.
    examples:
      - situation: standup
        text: Throughput doubled.
    collocations: [high throughput, throughput drop]
    area: a
    level: junior
    colour: blue
`;

test("every schema problem is reported at its line, and valid items are kept", () => {
  const { pack, problems } = parsePack("r", [role, { path: "r/terms/a.yaml", text: termsYaml }]);
  assert.deepEqual(
    problems.map((p) => [p.line, p.field, p.message]),
    [
      [14, "terms.1.id", "use lower-case letters, digits and single hyphens (kebab-case)"],
      [16, "terms.1.partOfSpeech", 'must be one of: noun, verb, adjective, adverb, phrase (found "nown")'],
      [18, "terms.1.examples", "give two examples from real workplace situations"],
      [24, "terms.1.colour", 'unknown field "colour": check its spelling, or remove it'],
    ],
  );
  assert.ok(problems.every((p) => p.file === "r/terms/a.yaml"));
  assert.deepEqual(pack.terms.map((t) => [t.id, t.source]), [["latency", { file: "r/terms/a.yaml", field: "terms.0" }]]);
  assert.equal(pack.role?.id, "r");
});

test("missing fields and wrong types are named in plain English", () => {
  const text = "id: a\ntitle: A\noutcomes: one outcome\n";
  const { problems } = parsePack("r", [role, { path: "r/areas/a.yaml", text }]);
  assert.deepEqual(
    problems.map((p) => [p.line, p.field, p.message]),
    [
      [1, "summary", "is required"],
      [3, "outcomes", "must be a list, not text"],
    ],
  );
});

test("YAML syntax errors point at their line", () => {
  const text = "id: a\ntitle: A\nsummary: Covers this: and that\noutcomes: [x, y, z]\n";
  const { problems } = parsePack("r", [role, { path: "r/areas/a.yaml", text }]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 3);
  assert.match(problems[0]!.message, /^not valid YAML: .*must be quoted/);
});

test("topic front matter problems map to lines of the Markdown file", () => {
  const text = "---\nid: t\ntitle: T\narea: a\nlevel: expert\nsummary: S.\nterms: []\n---\n\n## What it is\nText.\n";
  const { pack, problems } = parsePack("r", [role, { path: "r/topics/t.md", text }]);
  assert.deepEqual(
    problems.map((p) => [p.line, p.field]),
    [
      [5, "level"],
      [7, "terms"],
    ],
  );
  assert.equal(pack.topics.length, 0);
  const missing = parsePack("r", [role, { path: "r/topics/u.md", text: "# No front matter\n" }]).problems;
  assert.match(missing[0]!.message, /front matter/);
});

test("files outside the layout and a missing role.yaml are problems", () => {
  const { problems } = parsePack("r", [
    { path: "r/terms/a.yml", text: "terms: []" },
    { path: "r/notes.txt", text: "" },
    { path: "r/topics/t.yaml", text: "" },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.message.split(";")[0]]),
    [
      ["r/notes.txt", "not a content file"],
      ["r/terms/a.yml", "not a content file"],
      ["r/topics/t.yaml", "not a content file"],
      ["r/role.yaml", "missing: every role folder needs a role.yaml"],
    ],
  );
});

test("topic sections: level-2 headings outside code fences, with their file lines", () => {
  const text = [
    "---",
    "id: t",
    "---",
    "## What it is",
    "Text.",
    "```bash",
    "## not a heading: a shell comment",
    "```",
    "### A subsection stays inside",
    "## Example ##",
    "",
  ].join("\n");
  const parts = splitFrontMatter(text)!;
  assert.equal(parts.frontMatter, "id: t");
  assert.equal(parts.bodyLine, 4);
  const sections = parseSections(parts.body, parts.bodyLine);
  assert.deepEqual(
    sections.map((s) => [s.title, s.line]),
    [
      ["What it is", 4],
      ["Example", 10],
    ],
  );
  assert.match(sections[0]!.markdown, /shell comment[\s\S]*A subsection/);
});
