import { test } from "node:test";
import assert from "node:assert/strict";
import { spotlightIds } from "./spotlight.ts";

const ids = Array.from({ length: 50 }, (_, i) => `term-${i}`);

test("four terms, the same for the same date, whatever the order of the input", () => {
  const a = spotlightIds(ids, "backend-developer", "2026-03-10");
  assert.equal(a.length, 4);
  assert.deepEqual(spotlightIds([...ids].reverse(), "backend-developer", "2026-03-10"), a);
});

test("consecutive days show different terms, and a cycle shows every term once", () => {
  const seen = new Set<string>();
  // 50 terms → 12 days per cycle; find a cycle start by day number.
  const start = Date.UTC(2026, 0, 1);
  const first = Math.ceil(start / 86_400_000 / 12) * 12;
  for (let d = first; d < first + 12; d++) {
    const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
    for (const id of spotlightIds(ids, "backend-developer", date)) {
      assert.ok(!seen.has(id), `${id} repeats within a cycle`);
      seen.add(id);
    }
  }
  assert.equal(seen.size, 48);
});

test("fewer terms than the spotlight holds: all of them", () => {
  assert.deepEqual(spotlightIds(["b", "a"], "r", "2026-03-10"), ["a", "b"]);
});
