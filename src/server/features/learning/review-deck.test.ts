import { test } from "node:test";
import assert from "node:assert/strict";
import { summarizeTerms } from "./review-deck.ts";

type State = { termId: string; started: boolean; stable: boolean; relearning: boolean };
const term = (termId: string, o: Partial<State> = {}): State => ({ termId, started: true, stable: false, relearning: false, ...o });

test("summarizeTerms: per area, terms started, and known when stable in review and not relearning", () => {
  const areaOf = new Map([
    ["a1", "a"],
    ["a2", "a"],
    ["a3", "a"],
    ["a4", "a"],
    ["b1", "b"],
  ]);
  const totals = new Map([
    ["a", 4],
    ["b", 1],
    ["c", 3],
  ]);
  const cases: [string, State[], { total: number; started: number; mature: number }][] = [
    ["nothing in the deck", [], { total: 4, started: 0, mature: 0 }],
    ["only new cards", [term("a1", { started: false })], { total: 4, started: 0, mature: 0 }],
    ["learning", [term("a1")], { total: 4, started: 1, mature: 0 }],
    ["known", [term("a1", { stable: true })], { total: 4, started: 1, mature: 1 }],
    ["known but lapsed on another card", [term("a1", { stable: true, relearning: true })], { total: 4, started: 1, mature: 0 }],
    ["several terms, one of another role", [term("a1", { stable: true }), term("a2"), term("a3", { started: false }), term("zz", { stable: true })], { total: 4, started: 2, mature: 1 }],
  ];
  for (const [name, states, expected] of cases) assert.deepEqual(summarizeTerms(states, areaOf, totals).get("a"), expected, name);
  assert.deepEqual(summarizeTerms([term("a1", { stable: true })], areaOf, totals).get("c"), { total: 3, started: 0, mature: 0 });
});
