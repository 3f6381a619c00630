import { test } from "node:test";
import assert from "node:assert/strict";
import { avoidOriginalOrder, seededPermutation } from "./seeded.ts";
import { countWords, editDistance, normalizeAnswer } from "./text.ts";

test("normalizeAnswer ignores case, spacing, final punctuation, quote styles and hyphen/space variants", () => {
  const cases: [input: string, normalized: string][] = [
    ["  POST  ", "post"],
    ["Idempotent.", "idempotent"],
    ["idempotent?!", "idempotent"],
    ["idempotent …", "idempotent"],
    ["The API doesn\u2019t return", "the api doesn't return"],
    ["\u201Cquoted\u201D", '"quoted"'],
    ["read-only", "read only"],
    ["read\u2013only", "read only"],
    ["read \u2014 only", "read only"],
    ["a   b\t\nc", "a b c"],
    ["3.5", "3.5"],
    ["e.g. this", "e.g. this"],
    ["", ""],
    ["...", ""],
  ];
  for (const [input, normalized] of cases) assert.equal(normalizeAnswer(input), normalized, JSON.stringify(input));
});

test("editDistance counts insertions, deletions, substitutions and neighbour swaps as one", () => {
  const cases: [a: string, b: string, d: number][] = [
    ["idempotent", "idempotent", 0],
    ["idempotnt", "idempotent", 1],
    ["idempotemt", "idempotent", 1],
    ["idempotetn", "idempotent", 1],
    ["idempotents", "idempotent", 1],
    ["idmepotent", "idempotent", 1],
    ["idempo", "idempotent", 4],
    ["", "abc", 3],
    ["ca", "abc", 3],
  ];
  for (const [a, b, d] of cases) assert.equal(editDistance(a, b), d, `${a} / ${b}`);
});

test("countWords counts runs of non-space characters", () => {
  const cases: [string, number][] = [["", 0], ["  ", 0], ["one", 1], [" two  words ", 2], ["a-b c\nd", 3]];
  for (const [text, n] of cases) assert.equal(countWords(text), n);
});

test("seededPermutation is a deterministic permutation that depends on seed and salt", () => {
  const a = seededPermutation(8, "seed", "x");
  assert.deepEqual(a, seededPermutation(8, "seed", "x"));
  assert.deepEqual([...a].sort(), [0, 1, 2, 3, 4, 5, 6, 7]);
  const others = [seededPermutation(8, "seed2", "x"), seededPermutation(8, "seed", "y"), seededPermutation(8, 42, "x")];
  assert.ok(others.some((p) => p.join() !== a.join()));
  assert.deepEqual(seededPermutation(0, 1, ""), []);
  assert.deepEqual(seededPermutation(1, 1, ""), [0]);
});

test("seededPermutation spreads: every item reaches every place over many seeds", () => {
  const seen = Array.from({ length: 4 }, () => new Set<number>());
  for (let s = 0; s < 200; s++) seededPermutation(4, s, "spread").forEach((original, i) => seen[i]!.add(original));
  for (const places of seen) assert.equal(places.size, 4);
});

test("avoidOriginalOrder rotates only an unchanged order, comparing by key", () => {
  const key = (items: string[]) => (i: number) => items[i]!;
  const cases: [p: number[], items: string[], expected: number[]][] = [
    [[0, 1, 2], ["a", "b", "c"], [1, 2, 0]],
    [[2, 0, 1], ["a", "b", "c"], [2, 0, 1]],
    [[1, 0, 2], ["a", "a", "c"], [0, 2, 1]],
    [[0, 1], ["x", "x"], [0, 1]],
    [[0], ["x"], [0]],
  ];
  for (const [p, items, expected] of cases) assert.deepEqual(avoidOriginalOrder(p, key(items)), expected);
});
