import { test } from "node:test";
import assert from "node:assert/strict";
import { buildMistakesSet, MAX_SECONDS_PER_EXERCISE, summarizeSet, type AttemptRecord, type SetAttempt } from "./sets.ts";

const T0 = Date.UTC(2026, 0, 10, 9);
const at = (minutes: number) => T0 + minutes * 60_000;
const wrong = (exerciseId: string, minutes: number): AttemptRecord => ({ exerciseId, at: at(minutes), correct: false });
const right = (exerciseId: string, minutes: number): AttemptRecord => ({ exerciseId, at: at(minutes), correct: true });

test("review my mistakes: wrong answers, most recent first, once each, up to ten", () => {
  const many = Array.from({ length: 14 }, (_, i) => wrong(`e${String(i).padStart(2, "0")}`, i));
  const cases: [name: string, attempts: AttemptRecord[], expected: string[]][] = [
    ["no answers", [], []],
    ["only right answers", [right("a", 1), right("b", 2)], []],
    ["most recent first", [wrong("a", 1), wrong("b", 3), wrong("c", 2)], ["b", "c", "a"]],
    ["repeated mistakes appear once, at their latest time", [wrong("a", 1), wrong("b", 2), wrong("a", 5)], ["a", "b"]],
    ["a mistake fixed later leaves the set", [wrong("a", 1), right("a", 2), wrong("b", 3)], ["b"]],
    ["a mistake made again after a fix comes back", [wrong("a", 1), right("a", 2), wrong("a", 4), wrong("b", 3)], ["a", "b"]],
    ["a tie between right and wrong keeps the mistake", [right("a", 1), wrong("a", 1)], ["a"]],
    ["at most ten", many, ["e13", "e12", "e11", "e10", "e09", "e08", "e07", "e06", "e05", "e04"]],
  ];
  for (const [name, attempts, expected] of cases) assert.deepEqual(buildMistakesSet(attempts), expected, name);
  assert.deepEqual(buildMistakesSet(many, { limit: 2 }), ["e13", "e12"]);
  assert.deepEqual(buildMistakesSet([wrong("gone", 5), wrong("a", 1)], { available: (id) => id !== "gone" }), ["a"]);
});

const exercises = [
  { id: "e1", terms: ["endpoint", "payload"] },
  { id: "e2", terms: ["payload", "idempotent"] },
  { id: "e3", terms: ["status-code"] },
];
const attempt = (exerciseId: string, minutes: number, score: number): SetAttempt => ({ exerciseId, at: at(minutes), correct: score === 1, score });

test("set summary: score, time, per-exercise results and terms missed", () => {
  const s = summarizeSet({
    exercises,
    startedAt: T0,
    attempts: [attempt("e1", 1, 1), attempt("e2", 3, 0.5), attempt("e3", 4, 0)],
  });
  assert.deepEqual(
    { total: s.total, answered: s.answered, correct: s.correct, score: s.score, percent: s.percent, seconds: s.seconds, complete: s.complete },
    { total: 3, answered: 3, correct: 1, score: 0.5, percent: 50, seconds: 240, complete: true },
  );
  assert.deepEqual(s.results, [
    { exerciseId: "e1", answered: true, correct: true, score: 1, seconds: 60 },
    { exerciseId: "e2", answered: true, correct: false, score: 0.5, seconds: 120 },
    { exerciseId: "e3", answered: true, correct: false, score: 0, seconds: 60 },
  ]);
  assert.deepEqual(s.termsMissed, ["payload", "idempotent", "status-code"]);
});

test("set summary: tables of edge cases", () => {
  const cases: [name: string, attempts: SetAttempt[], inDeck: string[], expected: Partial<ReturnType<typeof summarizeSet>>][] = [
    ["nothing answered", [], [], { answered: 0, score: 0, percent: 0, seconds: 0, complete: false, termsMissed: [] }],
    ["half done", [attempt("e1", 2, 0)], [], { answered: 1, complete: false, seconds: 120, termsMissed: ["endpoint", "payload"] }],
    ["terms in the deck are not offered again", [attempt("e1", 2, 0)], ["payload"], { termsMissed: ["endpoint"] }],
    ["only the first answer to an exercise counts", [attempt("e1", 1, 0), attempt("e1", 2, 1)], [], { correct: 0, score: 0, termsMissed: ["endpoint", "payload"] }],
    ["answers to other exercises are ignored", [attempt("x", 1, 1), attempt("e3", 2, 1)], [], { answered: 1, correct: 1, seconds: 120 }],
    ["a long pause is capped", [attempt("e1", 60, 1)], [], { seconds: MAX_SECONDS_PER_EXERCISE }],
    ["attempts in any order are timed in time order", [attempt("e2", 3, 1), attempt("e1", 1, 1)], [], { seconds: 180 }],
  ];
  for (const [name, attempts, inDeck, expected] of cases) {
    const s = summarizeSet({ exercises, attempts, startedAt: T0, inDeck: new Set(inDeck) });
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, s[k as keyof typeof s]]));
    assert.deepEqual(picked, expected, name);
  }
});
