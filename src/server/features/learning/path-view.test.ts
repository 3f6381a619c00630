import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { zoneClock, zoneOffsets } from "../../../learning/streaks.ts";
import { answerSeconds, areaPriority, masteryByArea, mistakesFrom, pickByArea, reviewSlots, setProgress, streakView } from "./path-view.ts";
import type { ActivitySlot, AttemptHead, ReviewTimeGroup, ScoreBucket } from "./learning.repository.ts";
import { computeMastery } from "../../../learning/mastery.ts";

const DAY = 86_400_000;
const NOW = Date.parse("2026-05-10T12:00:00Z");

const run = (o: Partial<AttemptHead>): AttemptHead => ({
  id: "r",
  kind: "set",
  setId: "s1",
  area: "a",
  total: 10,
  answered: 10,
  correct: 10,
  scoreSum: 10,
  startedAt: 0,
  updatedAt: 0,
  completedAt: 1,
  ...o,
});

const bucket = (o: Partial<ScoreBucket>): ScoreBucket => ({ area: "a", written: false, at: NOW, count: 1, sum: 1, ...o });
const slot = (o: Partial<ActivitySlot>): ActivitySlot => ({ at: NOW, seconds: 60, timeZone: "UTC", ...o });

describe("answerSeconds", () => {
  const cases: [string, number, number, number][] = [
    ["time since the last activity", NOW, NOW - 42_000, 42],
    ["capped at five minutes", NOW, NOW - 3_600_000, 300],
    ["a clock that went back counts nothing", NOW, NOW + 5_000, 0],
    ["rounded to whole seconds", NOW, NOW - 1_600, 2],
  ];
  for (const [name, now, last, expected] of cases) test(name, () => assert.equal(answerSeconds(now, last), expected));
});

describe("setProgress", () => {
  const sets = [
    { id: "s1", area: "a", level: "junior", title: "One", exerciseCount: 10 },
    { id: "s2", area: "a", level: "mid", title: "Two", exerciseCount: 10 },
  ];

  test("a set never started: not completed, no best, nothing open", () => {
    const p = setProgress(sets, []).get("s2")!;
    assert.deepEqual([p.completed, p.bestPercent, p.openAttempt], [false, null, null]);
  });

  test("the best finished run counts; the latest unfinished run is the one to continue", () => {
    const p = setProgress(sets, [
      run({ id: "late-open", completedAt: null, answered: 3, scoreSum: 3, updatedAt: 50 }),
      run({ id: "old-open", completedAt: null, answered: 1, scoreSum: 1, updatedAt: 10 }),
      run({ id: "good", scoreSum: 9 }),
      run({ id: "partial-credit", scoreSum: 7.26 }),
    ]).get("s1")!;
    assert.equal(p.completed, true);
    assert.equal(p.bestPercent, 90);
    assert.deepEqual(p.openAttempt, { id: "late-open", answered: 3, total: 10 });
  });

  test("a mistakes run does not count for any set", () => {
    const p = setProgress(sets, [run({ kind: "mistakes", setId: null })]).get("s1")!;
    assert.equal(p.completed, false);
  });
});

describe("masteryByArea", () => {
  test("exercise and written answers go to their components; areas without answers have no data", () => {
    const m = masteryByArea(["a", "b"], [bucket({ count: 2, sum: 2 }), bucket({ written: true, sum: 80 })], NOW);
    const a = m.get("a")!;
    assert.ok(a.components.exercises && a.components.written);
    assert.equal(a.components.vocabulary, null);
    assert.equal(Math.round(a.components.written.value), 40, "one written answer of 80, shrunk by the prior: 80 · 1/2");
    assert.equal(m.get("b")!.status, "no-data");
  });

  test("a bucket of n answers weighs exactly like the n answers", () => {
    const scores = [1, 0, 1, 0.5, 1];
    const at = NOW - 3 * DAY;
    const one = computeMastery({ now: NOW, exercises: scores.map((score) => ({ at, score })), written: [], vocabulary: null });
    const bucketed = masteryByArea(["a"], [bucket({ at, count: 5, sum: 3.5 })], NOW).get("a")!;
    assert.equal(bucketed.value, one.value);
    assert.equal(bucketed.status, one.status);
    assert.ok(Math.abs(bucketed.components.exercises!.value - one.components.exercises!.value) < 1e-9);
    assert.ok(Math.abs(bucketed.confidence - one.confidence) < 1e-9);
  });

  test("recent answers weigh more than old ones", () => {
    const oldWrongNewRight = [bucket({ at: NOW - 60 * DAY, count: 10, sum: 0 }), bucket({ count: 10, sum: 10 })];
    const oldRightNewWrong = [bucket({ at: NOW - 60 * DAY, count: 10, sum: 10 }), bucket({ count: 10, sum: 0 })];
    const a = masteryByArea(["a"], oldWrongNewRight, NOW).get("a")!.value;
    const b = masteryByArea(["a"], oldRightNewWrong, NOW).get("a")!.value;
    assert.deepEqual([a, b], [87, 4], "the README's worked example");
  });

  test("the review deck's summary adds the vocabulary component", () => {
    const m = masteryByArea(["a"], [bucket({})], NOW, new Map([["a", { total: 10, started: 4, mature: 2 }]])).get("a")!;
    assert.equal(m.components.vocabulary!.value, 30);
  });
});

describe("mistakesFrom", () => {
  const outcome = (exerciseId: string, lastRight: number | null, lastWrong: number | null) => ({ exerciseId, setId: "s", area: "a", written: false, lastRight, lastWrong });
  const cases: [string, ReturnType<typeof outcome>[], string[]][] = [
    ["never wrong", [outcome("e1", 5, null)], []],
    ["wrong, never fixed", [outcome("e1", null, 5)], ["e1"]],
    ["wrong, then right", [outcome("e1", 9, 5)], []],
    ["right, then wrong", [outcome("e1", 5, 9)], ["e1"]],
    ["a tie counts as wrong", [outcome("e1", 5, 5)], ["e1"]],
    ["most recent mistake first", [outcome("e1", null, 5), outcome("e2", null, 9), outcome("e3", 1, 7)], ["e2", "e3", "e1"]],
  ];
  for (const [name, outcomes, expected] of cases) test(name, () => assert.deepEqual(mistakesFrom(outcomes, () => true), expected));
  test("exercises that left the curriculum are skipped", () => assert.deepEqual(mistakesFrom([outcome("e1", null, 5), outcome("e2", null, 6)], (id) => id !== "e2"), ["e1"]));
});

describe("streakView", () => {
  test("minutes per local day, the goal met, today running", () => {
    const activity = [slot({ at: Date.parse("2026-05-09T10:00:00Z"), seconds: 600 }), slot({ at: Date.parse("2026-05-10T08:00:00Z"), seconds: 300 })];
    const s = streakView(activity, NOW, "Europe/Berlin", 10);
    assert.equal(s.today, "2026-05-10");
    assert.equal(s.todayMinutes, 5);
    assert.equal(s.todayProgress, 0.5);
    assert.equal(s.todayMet, false);
    assert.equal(s.currentStreak, 1, "yesterday met; today is still running");
    assert.equal(s.recent.length, 7);
    assert.deepEqual(s.recent.at(-2), { date: "2026-05-09", minutes: 10, met: true });
  });

  test("each slot keeps the zone it was practised in", () => {
    // 23:30 in Tokyo on the 9th, then a move to Los Angeles.
    const activity = [slot({ at: Date.parse("2026-05-09T14:30:00Z"), seconds: 600, timeZone: "Asia/Tokyo" })];
    const s = streakView(activity, NOW, "America/Los_Angeles", 10);
    assert.deepEqual(s.recent.at(-2), { date: "2026-05-09", minutes: 10, met: true });
  });

  test("15-minute slots never straddle a local midnight, even at +05:45 or across a DST switch", () => {
    // Kathmandu (+05:45): local midnight of 10 May is 18:15 UTC on the 9th, a slot boundary.
    const before = slot({ at: Date.parse("2026-05-09T18:00:00Z"), seconds: 600, timeZone: "Asia/Kathmandu" });
    const after = slot({ at: Date.parse("2026-05-09T18:15:00Z"), seconds: 600, timeZone: "Asia/Kathmandu" });
    const s = streakView([before, after], Date.parse("2026-05-10T06:00:00Z"), "Asia/Kathmandu", 10);
    assert.deepEqual(s.recent.slice(-2).map((d) => [d.date, d.met]), [["2026-05-09", true], ["2026-05-10", true]]);
    // New York springs forward on 8 March 2026; the 23-hour day is one day.
    const ny = [slot({ at: Date.parse("2026-03-08T05:00:00Z"), seconds: 300, timeZone: "America/New_York" }), slot({ at: Date.parse("2026-03-09T03:45:00Z"), seconds: 300, timeZone: "America/New_York" })];
    const d = streakView(ny, Date.parse("2026-03-09T12:00:00Z"), "America/New_York", 10);
    assert.deepEqual(d.recent.at(-2), { date: "2026-03-08", minutes: 10, met: true });
  });

  test("review time (slots without a zone) adds to the day in the learner's current zone", () => {
    const review = (iso: string, seconds: number): ActivitySlot => ({ at: Date.parse(iso), seconds, timeZone: null });
    const cases: [name: string, activity: ActivitySlot[], zone: string, todayMinutes: number, current: number][] = [
      ["reviews alone, short of the goal", [review("2026-05-10T08:00:00Z", 450)], "Europe/Berlin", 7.5, 0],
      ["reviews and answers add up to the goal", [review("2026-05-10T08:00:00Z", 300), slot({ at: Date.parse("2026-05-10T08:15:00Z"), seconds: 300, timeZone: "Europe/Berlin" })], "Europe/Berlin", 10, 1],
      // 23:50 on the 9th in Los Angeles is the 10th in UTC: the current zone decides.
      ["dated in the current zone", [review("2026-05-10T06:45:00Z", 600)], "America/Los_Angeles", 0, 1],
      ["dated in the current zone (UTC)", [review("2026-05-10T06:45:00Z", 600)], "UTC", 10, 1],
      ["yesterday's reviews keep the streak while today runs", [review("2026-05-09T12:00:00Z", 600), review("2026-05-10T07:00:00Z", 90)], "UTC", 1.5, 1],
    ];
    for (const [name, activity, zone, todayMinutes, current] of cases) {
      const s = streakView(activity, NOW, zone, 10);
      assert.deepEqual([s.todayMinutes, s.currentStreak], [todayMinutes, current], name);
    }
  });
});

describe("reviewSlots", () => {
  const H = 3_600_000;
  const DAY = 24 * H;
  /** What learning.repository's reviewTimeByDay sums, done here over a list of reviews. */
  const groupLikeSql = (reviews: { at: number; seconds: number }[], [a, b]: [number, number]): ReviewTimeGroup[] => {
    const groups = new Map<string, ReviewTimeGroup>();
    for (const r of reviews) {
      const dayA = Math.floor((r.at + a) / DAY);
      const key = `${dayA}:${dayA === Math.floor((r.at + b) / DAY) ? -1 : Math.floor(r.at / 900_000)}`;
      const g = groups.get(key);
      if (g) Object.assign(g, { first: Math.min(g.first, r.at), last: Math.max(g.last, r.at), seconds: g.seconds + r.seconds });
      else groups.set(key, { first: r.at, last: r.at, seconds: r.seconds });
    }
    return [...groups.values()];
  };

  test("day sums date review time exactly as per-review events would, across switches", () => {
    const cases: [zone: string, from: string, now: string][] = [
      ["Europe/Berlin", "2026-03-20T00:00:00Z", "2026-03-31T12:00:00Z"], // spring forward on 29 March
      ["America/New_York", "2026-10-25T00:00:00Z", "2026-11-03T12:00:00Z"], // fall back on 1 November
      ["Australia/Lord_Howe", "2026-03-28T00:00:00Z", "2026-04-07T12:00:00Z"], // half-hour switch
      ["America/Santiago", "2026-03-28T00:00:00Z", "2026-04-07T12:00:00Z"], // switch at midnight
      ["Asia/Kathmandu", "2026-05-01T00:00:00Z", "2026-05-10T12:00:00Z"], // no switch
    ];
    for (const [zone, from, now] of cases) {
      // A review every 13 minutes around the clock, 4 to 40 seconds each; the week shown holds the switch.
      const reviews = Array.from({ length: Math.floor((Date.parse(now) - Date.parse(from)) / 780_000) }, (_, i) => ({ at: Date.parse(from) + i * 780_000, seconds: 4 + (i % 37) }));
      const offsets = zoneOffsets(zone, Date.parse(now));
      const clock = zoneClock(zone);
      const slots = reviewSlots(groupLikeSql(reviews, offsets), offsets, (at) => clock.offset(at));
      assert.ok(slots, zone);
      const perReview = reviews.map((r) => ({ ...r, timeZone: null }));
      assert.deepEqual(streakView(slots, Date.parse(now), zone, 1), streakView(perReview, Date.parse(now), zone, 1), zone);
      assert.ok(slots.length < reviews.length / 5, `${zone}: ${slots.length} sums for ${reviews.length} reviews`);
    }
  });

  const T = Date.parse("2026-05-10T10:00:00Z");
  const cases: [name: string, groups: ReviewTimeGroup[], offsets: [number, number], offsetAt: (at: number) => number, expected: ActivitySlot[] | null][] = [
    ["no reviews", [], [2 * H, H], () => 2 * H, []],
    ["a day's sum, at its first review", [{ first: T, last: T + 5 * H, seconds: 300 }], [2 * H, H], () => 2 * H, [{ at: T, seconds: 300, timeZone: null }]],
    // 22:30 UTC is 00:30 under +2 h and 23:30 under +1 h: a slot of its own, dated later by the real offset.
    ["a slot the two offsets put on different days", [{ first: Date.parse("2026-05-09T22:30:00Z"), last: Date.parse("2026-05-09T22:40:00Z"), seconds: 60 }], [2 * H, H], () => 3 * H, [{ at: Date.parse("2026-05-09T22:30:00Z"), seconds: 60, timeZone: null }]],
    ["a day under a third offset (the zone changed its standard time): only slots can date it", [{ first: T, last: T + H, seconds: 60 }], [2 * H, H], (at) => (at > T ? 3 * H : 2 * H), null],
  ];
  for (const [name, groups, offsets, offsetAt, expected] of cases) test(name, () => assert.deepEqual(reviewSlots(groups, offsets, offsetAt), expected));
});

describe("recommendations", () => {
  type Status = "no-data" | "not-enough-data" | "ok";
  const ok = (value: number): { value: number; status: Status } => ({ value, status: "ok" });
  test("areaPriority: started areas weakest first, ties in path order, then new areas in path order", () => {
    const mastery = new Map<string, { value: number; status: Status }>([
      ["a", ok(70)],
      ["b", { value: 0, status: "no-data" }],
      ["c", ok(30)],
      ["d", ok(30)],
    ]);
    assert.deepEqual(areaPriority(["a", "b", "c", "d", "e"], mastery), ["c", "d", "a", "b", "e"]);
  });

  test("pickByArea: one per area, nearest the learner's level, skipping what is done", () => {
    const candidates = [
      { id: "a-junior", area: "a", level: "junior" },
      { id: "a-senior", area: "a", level: "senior" },
      { id: "b-mid", area: "b", level: "mid" },
      { id: "c-senior", area: "c", level: "senior" },
    ];
    assert.deepEqual(
      pickByArea(candidates, ["a", "b", "c"], "senior", 2).map((c) => c.id),
      ["a-senior", "b-mid"],
    );
    assert.deepEqual(
      pickByArea(candidates, ["c", "a", "b"], "junior", 3, (c) => c.id === "a-junior").map((c) => c.id),
      ["c-senior", "a-senior", "b-mid"],
    );
    assert.deepEqual(pickByArea(candidates, ["x"], "junior", 3), []);
  });
});
