import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsByPhase, dueForecast, reviewsPerDay, trueRetention } from "./stats.ts";
import type { Grade } from "./schedule.ts";
import type { Phase } from "./state.ts";
import { at, makeState } from "./test-support.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

test("cards by phase", () => {
  const phases: Phase[] = ["new", "new", "learning", "review", "review", "review", "relearning"];
  assert.deepEqual(cardsByPhase(phases.map((phase) => ({ phase }))), { new: 2, learning: 1, review: 3, relearning: 1 });
  assert.deepEqual(cardsByPhase([]), { new: 0, learning: 0, review: 0, relearning: 0 });
});

test("reviews per local day for the last 30 days, across the DST change", () => {
  const timeZone = "America/New_York";
  const now = at("2026-03-10T15:00:00Z"); // 11:00 EDT on March 10
  const log = (iso: string, grade: Grade = "good") => ({ reviewedAt: at(iso), grade });
  const logs = [
    log("2026-03-08T04:30:00Z"), // 23:30 EST, March 7
    log("2026-03-08T05:30:00Z", "again"), // 00:30 EST, March 8
    log("2026-03-09T03:30:00Z", "hard"), // 23:30 EDT, March 8 (a 23-hour day)
    log("2026-03-09T04:30:00Z"), // 00:30 EDT, March 9
    log("2026-03-10T03:59:00Z", "easy"), // 23:59 EDT, March 9
    log("2026-03-10T14:00:00Z"), // today
    log("2026-02-09T05:00:00Z"), // 00:00 EST, February 9: the first day of the window
    log("2026-02-09T04:59:00Z"), // 23:59 EST, February 8: outside
    log("2026-03-10T16:00:00Z"), // in the future: ignored
  ];
  const days = reviewsPerDay(logs, { now, timeZone });
  assert.equal(days.length, 30);
  assert.equal(days[0]!.date, "2026-02-09");
  assert.equal(days.at(-1)!.date, "2026-03-10");
  // Consecutive calendar dates, none doubled or skipped by the DST change.
  days.forEach((d, i) => i > 0 && assert.equal(Date.parse(`${d.date}T00:00:00Z`) - Date.parse(`${days[i - 1]!.date}T00:00:00Z`), DAY));
  const byDate = Object.fromEntries(days.filter((d) => d.count > 0).map((d) => [d.date, [d.count, d.byGrade]]));
  assert.deepEqual(byDate, {
    "2026-02-09": [1, { again: 0, hard: 0, good: 1, easy: 0 }],
    "2026-03-07": [1, { again: 0, hard: 0, good: 1, easy: 0 }],
    "2026-03-08": [2, { again: 1, hard: 1, good: 0, easy: 0 }],
    "2026-03-09": [2, { again: 0, hard: 0, good: 1, easy: 1 }],
    "2026-03-10": [1, { again: 0, hard: 0, good: 1, easy: 0 }],
  });
  // The same logs seen from UTC land on other days.
  const utc = reviewsPerDay(logs, { now, timeZone: "UTC", days: 3 });
  assert.deepEqual(utc.map((d) => [d.date, d.count]), [["2026-03-08", 2], ["2026-03-09", 2], ["2026-03-10", 2]]);
});

test("true retention: reviews of cards in review phase that were not Again", () => {
  const entry = (phase: Phase, grade: Grade, reviewedAt = 0) => ({ reviewedAt, grade, before: makeState({ phase }) });
  const cases: [logs: ReturnType<typeof entry>[], range: { since?: number; until?: number }, expected: ReturnType<typeof trueRetention>][] = [
    [[], {}, { reviews: 0, passed: 0, rate: null }],
    [[entry("review", "good"), entry("review", "hard"), entry("review", "easy"), entry("review", "again")], {}, { reviews: 4, passed: 3, rate: 0.75 }],
    [[entry("new", "again"), entry("learning", "again"), entry("relearning", "good"), entry("review", "good")], {}, { reviews: 1, passed: 1, rate: 1 }],
    [[entry("review", "again", 10), entry("review", "good", 20), entry("review", "good", 30)], { since: 15, until: 25 }, { reviews: 1, passed: 1, rate: 1 }],
  ];
  for (const [logs, range, expected] of cases) assert.deepEqual(trueRetention(logs, range), expected);
});

test("due forecast for the next 14 local days: overdue on today, new cards not counted", () => {
  const timeZone = "Europe/Berlin";
  const now = at("2026-03-28T10:00:00Z"); // Saturday; clocks change on Sunday the 29th
  const states = [
    makeState({ phase: "review", due: now - 3 * DAY }), // overdue → today
    makeState({ phase: "learning", due: now + 10 * 60_000 }), // today
    makeState({ phase: "review", due: at("2026-03-28T22:59:00Z") }), // 23:59 CET → today
    makeState({ phase: "review", due: at("2026-03-28T23:00:00Z") }), // 00:00 CET on the 29th
    makeState({ phase: "review", due: at("2026-03-29T21:59:00Z") }), // 23:59 CEST on the 29th
    makeState({ phase: "review", due: at("2026-03-29T22:00:00Z") }), // 00:00 CEST on the 30th
    makeState({ phase: "relearning", due: at("2026-04-10T12:00:00Z") }), // the 14th day
    makeState({ phase: "review", due: at("2026-04-11T12:00:00Z") }), // beyond
    makeState({ phase: "new", due: now - DAY }),
  ];
  const days = dueForecast(states, { now, timeZone });
  assert.equal(days.length, 14);
  assert.deepEqual([days[0]!.date, days.at(-1)!.date], ["2026-03-28", "2026-04-10"]);
  assert.deepEqual(days.filter((d) => d.count).map((d) => [d.date, d.count]), [
    ["2026-03-28", 3],
    ["2026-03-29", 2],
    ["2026-03-30", 1],
    ["2026-04-10", 1],
  ]);
});
