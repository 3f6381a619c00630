import { test } from "node:test";
import assert from "node:assert/strict";
import { contentHash } from "./content-hash.ts";
import { parsePack } from "./parse-pack.ts";
import { packStats } from "./stats.ts";

const role = { path: "r/role.yaml", text: "id: r\ntitle: R\nsummary: S.\nareas: [a, b]\n" };
const terms = (area: string, level: string, ids: string[]) =>
  `terms:\n${ids
    .map(
      (id) =>
        `  - {id: ${id}, term: ${id}, partOfSpeech: noun, definition: D., collocations: [x, y], area: ${area}, level: ${level}, ` +
        `examples: [{situation: chat, text: ${id}}, {situation: chat, text: ${id}}]}\n`,
    )
    .join("")}`;

test("counts per kind, area, level, exercise type and question kind", () => {
  const { pack, problems } = parsePack("r", [
    role,
    { path: "r/terms/a.yaml", text: terms("a", "junior", ["x", "y"]) },
    { path: "r/terms/b.yaml", text: terms("b", "senior", ["z"]) },
  ]);
  assert.deepEqual(problems, []);
  const stats = packStats(pack);
  assert.equal(stats.total.terms, 3);
  assert.deepEqual(Object.keys(stats.byArea), ["a", "b"]);
  assert.equal(stats.byArea.a!.terms, 2);
  assert.equal(stats.byArea.b!.terms, 1);
  assert.equal(stats.byLevel.junior!.terms, 2);
  assert.equal(stats.byLevel.mid!.terms, 0);
  assert.equal(stats.byLevel.senior!.terms, 1);
  assert.deepEqual(stats.exerciseTypes, {});
  assert.deepEqual(stats.questionKinds, {});
});

test("the content hash depends on paths and contents, not on reading order", () => {
  const a = { path: "r/a.yaml", text: "one" };
  const b = { path: "r/b.yaml", text: "two" };
  const cases: [left: (typeof a)[], right: (typeof a)[], same: boolean][] = [
    [[a, b], [b, a], true],
    [[a, b], [a, { ...b, text: "two " }], false],
    [[a, b], [a, { ...b, path: "r/c.yaml" }], false],
    [[a, b], [{ ...a, text: "onetwo" }, { ...b, text: "" }], false],
    [[a], [a, b], false],
  ];
  for (const [left, right, same] of cases) assert.equal(contentHash(left) === contentHash(right), same);
  assert.match(contentHash([a]), /^[0-9a-f]{64}$/);
});
