import { test } from "node:test";
import assert from "node:assert/strict";
import { computeMastery, HALF_LIFE_DAYS, recencyWeight, type MasteryInput, type ScoredAnswer } from "./mastery.ts";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);
/** `n` answers scoring `score`, `daysAgo` days before NOW. */
const answers = (n: number, score: number, daysAgo: number): ScoredAnswer[] => Array.from({ length: n }, () => ({ at: NOW - daysAgo * DAY, score }));
const input = (o: Partial<MasteryInput>): MasteryInput => ({ now: NOW, exercises: [], written: [], vocabulary: null, ...o });

test("recency weight halves every half-life", () => {
  const cases: [days: number, weight: number][] = [
    [0, 1],
    [HALF_LIFE_DAYS, 0.5],
    [2 * HALF_LIFE_DAYS, 0.25],
    [-3, 1],
  ];
  for (const [days, weight] of cases) assert.ok(Math.abs(recencyWeight(days) - weight) < 1e-12, `${days} days`);
});

test("mastery: tables of cases", () => {
  const cases: [name: string, input: MasteryInput, value: number, status: string][] = [
    ["no data at all", input({}), 0, "no-data"],
    ["an area with no terms started and no answers", input({ vocabulary: { total: 12, started: 0, mature: 0 } }), 0, "no-data"],
    ["ten right answers today", input({ exercises: answers(10, 1, 0) }), 91, "ok"],
    ["ten right answers a half-life ago", input({ exercises: answers(10, 1, 14) }), 83, "ok"],
    ["ten right answers sixty days ago: faded", input({ exercises: answers(10, 1, 60) }), 34, "not-enough-data"],
    ["one right answer today is not mastery", input({ exercises: answers(1, 1, 0) }), 50, "not-enough-data"],
    ["wrong long ago, right today: recent answers weigh more", input({ exercises: [...answers(10, 0, 60), ...answers(10, 1, 0)] }), 87, "ok"],
    ["right long ago, wrong today", input({ exercises: [...answers(10, 1, 60), ...answers(10, 0, 0)] }), 4, "ok"],
    ["half credit answers", input({ exercises: answers(4, 0.5, 0) }), 40, "not-enough-data"],
    ["all wrong today", input({ exercises: answers(10, 0, 0) }), 0, "ok"],
    ["answers dated in the future count as now", input({ exercises: answers(10, 1, -2) }), 91, "ok"],
    ["written only: five answers of 90 today", input({ written: answers(5, 90, 0) }), 75, "ok"],
    ["vocabulary only: all terms mature, but no answers yet", input({ vocabulary: { total: 10, started: 10, mature: 10 } }), 100, "not-enough-data"],
    [
      "all three components",
      input({ exercises: answers(10, 1, 0), written: answers(1, 80, 0), vocabulary: { total: 10, started: 6, mature: 4 } }),
      // 0.6 × 90.9 + 0.2 × 40 + 0.2 × 50
      73,
      "ok",
    ],
    [
      "no written answers: the weights re-normalize over exercises and vocabulary",
      input({ exercises: answers(10, 1, 0), vocabulary: { total: 10, started: 6, mature: 4 } }),
      // 0.75 × 90.9 + 0.25 × 50
      81,
      "ok",
    ],
    [
      "a summary with more started than total terms is clamped",
      input({ vocabulary: { total: 4, started: 9, mature: 9 } }),
      100,
      "not-enough-data",
    ],
  ];
  for (const [name, i, value, status] of cases) {
    const m = computeMastery(i);
    assert.equal(m.value, value, name);
    assert.equal(m.status, status, name);
  }
});

test("mastery reports its components with re-normalized weights and a confidence", () => {
  const m = computeMastery(input({ exercises: answers(2, 1, 0), vocabulary: { total: 10, started: 6, mature: 4 } }));
  assert.equal(m.components.written, null);
  assert.ok(Math.abs(m.components.exercises!.weight - 0.75) < 1e-12);
  assert.ok(Math.abs(m.components.vocabulary!.weight - 0.25) < 1e-12);
  assert.equal(m.components.vocabulary!.value, 50);
  assert.ok(Math.abs(m.components.exercises!.value - 200 / 3) < 1e-9);
  assert.equal(m.confidence, 0.4);
  assert.equal(computeMastery(input({})).confidence, 0);
  assert.equal(computeMastery(input({ exercises: answers(20, 1, 0) })).confidence, 1);
});

test("the same history is worth less as time passes", () => {
  const history = input({ exercises: answers(10, 1, 0) });
  const values = [0, 7, 14, 30, 90].map((days) => computeMastery({ ...history, now: NOW + days * DAY }).value);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  assert.ok(values[0]! > values.at(-1)!);
});
