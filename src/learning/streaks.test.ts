import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addDays,
  isValidTimeZone,
  localDate,
  MAX_SECONDS_PER_REVIEW,
  offsetAt,
  reviewSeconds,
  summarizeStreak,
  zoneClock,
  zoneOffsets,
  type ActivityEvent,
  type StreakInput,
} from "./streaks.ts";

const Z = (iso: string) => Date.parse(iso);
const MIN = 60;
const streak = (o: Partial<StreakInput> & Pick<StreakInput, "events" | "now">) => summarizeStreak({ timeZone: "UTC", goalMinutes: 10, ...o });
/** One event of `minutes` at noon UTC on each date. */
const daily = (dates: string[], minutes = 10): ActivityEvent[] => dates.map((d) => ({ at: Z(`${d}T12:00:00Z`), seconds: minutes * MIN }));

test("localDate: the day changes at the learner's midnight", () => {
  const cases: [instant: string, zone: string, date: string][] = [
    // UTC+5:30
    ["2026-01-10T18:29:00Z", "Asia/Kolkata", "2026-01-10"],
    ["2026-01-10T18:30:00Z", "Asia/Kolkata", "2026-01-11"],
    // UTC−8
    ["2026-01-11T07:59:00Z", "America/Los_Angeles", "2026-01-10"],
    ["2026-01-11T08:00:00Z", "America/Los_Angeles", "2026-01-11"],
    ["2026-01-11T07:59:00Z", "Etc/GMT+8", "2026-01-10"],
    // New York, spring forward on 2026-03-08: a 23-hour day (05:00Z to 04:00Z next day)
    ["2026-03-08T04:59:00Z", "America/New_York", "2026-03-07"],
    ["2026-03-08T05:30:00Z", "America/New_York", "2026-03-08"], // 00:30 EST
    ["2026-03-09T03:30:00Z", "America/New_York", "2026-03-08"], // 23:30 EDT
    ["2026-03-09T04:30:00Z", "America/New_York", "2026-03-09"], // 00:30 EDT, 23:30 by the winter offset
    // New York, fall back on 2026-11-01: a 25-hour day (04:00Z to 05:00Z next day)
    ["2026-11-01T05:30:00Z", "America/New_York", "2026-11-01"], // 01:30 EDT
    ["2026-11-01T06:30:00Z", "America/New_York", "2026-11-01"], // 01:30 EST, the same wall time again
    ["2026-11-02T04:30:00Z", "America/New_York", "2026-11-01"], // 23:30 EST, 00:30 by the summer offset
    ["2026-11-02T05:00:00Z", "America/New_York", "2026-11-02"],
    // Berlin, spring forward on 2026-03-29 (23 hours) and fall back on 2026-10-25 (25 hours)
    ["2026-03-28T23:30:00Z", "Europe/Berlin", "2026-03-29"], // 00:30 CET
    ["2026-03-29T21:30:00Z", "Europe/Berlin", "2026-03-29"], // 23:30 CEST
    ["2026-03-29T22:30:00Z", "Europe/Berlin", "2026-03-30"], // 00:30 CEST, 23:30 by the winter offset
    ["2026-10-25T00:30:00Z", "Europe/Berlin", "2026-10-25"], // 02:30 CEST
    ["2026-10-25T01:30:00Z", "Europe/Berlin", "2026-10-25"], // 02:30 CET
    ["2026-10-25T22:30:00Z", "Europe/Berlin", "2026-10-25"], // 23:30 CET, 00:30 by the summer offset
    ["2026-10-25T23:00:00Z", "Europe/Berlin", "2026-10-26"],
  ];
  for (const [instant, zone, date] of cases) assert.equal(localDate(Z(instant), zone), date, `${instant} in ${zone}`);
});

test("zoneClock agrees with Intl on every instant, across switches, odd offsets and a skipped day", () => {
  const H = 3_600_000;
  const cases: [zone: string, from: string, hours: number][] = [
    ["America/New_York", "2026-03-07T00:00:00Z", 72], // spring forward
    ["America/New_York", "2026-10-31T00:00:00Z", 72], // fall back
    ["Europe/Berlin", "2026-10-24T00:00:00Z", 72],
    ["Australia/Lord_Howe", "2026-04-04T00:00:00Z", 72], // a half-hour switch at 15:00 UTC
    ["Asia/Kathmandu", "2026-05-09T00:00:00Z", 48], // +05:45
    ["Pacific/Chatham", "2026-04-04T00:00:00Z", 72], // +13:45 / +12:45
    ["America/Santiago", "2026-04-04T00:00:00Z", 72], // switches at midnight
    ["Pacific/Apia", "2011-12-29T00:00:00Z", 72], // Samoa skipped 30 December 2011
    ["UTC", "2026-01-01T00:00:00Z", 24],
  ];
  for (const [zone, from, hours] of cases) {
    const clock = zoneClock(zone);
    for (let at = Z(from); at < Z(from) + hours * H; at += 7 * 60_000 + 13_000) {
      assert.equal(clock.date(at), localDate(at, zone), `${zone} ${new Date(at).toISOString()}`);
      assert.equal(clock.offset(at), offsetAt(at, zone), `${zone} ${new Date(at).toISOString()}`);
    }
  }
});

test("zoneOffsets: the current offset, then the other one of the past year", () => {
  const H = 3_600_000;
  const cases: [zone: string, now: string, offsets: [number, number]][] = [
    ["Europe/Berlin", "2026-07-01T12:00:00Z", [2 * H, 1 * H]],
    ["Europe/Berlin", "2026-01-15T12:00:00Z", [1 * H, 2 * H]],
    ["America/New_York", "2026-07-01T12:00:00Z", [-4 * H, -5 * H]],
    ["Asia/Kathmandu", "2026-07-01T12:00:00Z", [5.75 * H, 5.75 * H]],
    ["UTC", "2026-07-01T12:00:00Z", [0, 0]],
    ["Australia/Lord_Howe", "2026-07-01T12:00:00Z", [10.5 * H, 11 * H]],
  ];
  for (const [zone, now, offsets] of cases) assert.deepEqual(zoneOffsets(zone, Z(now)), offsets, `${zone} ${now}`);
});

test("addDays is calendar arithmetic", () => {
  const cases: [string, number, string][] = [
    ["2026-03-08", 1, "2026-03-09"],
    ["2026-10-25", 1, "2026-10-26"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2026-01-01", -1, "2025-12-31"],
  ];
  for (const [date, n, expected] of cases) assert.equal(addDays(date, n), expected);
});

test("current and longest streak: tables of cases (UTC, goal 10 minutes, today 2026-01-10)", () => {
  const now = Z("2026-01-10T20:00:00Z");
  const cases: [name: string, events: ActivityEvent[], current: number, longest: number, todayMet: boolean][] = [
    ["no activity", [], 0, 0, false],
    ["today only", daily(["2026-01-10"]), 1, 1, true],
    ["three days ending today", daily(["2026-01-08", "2026-01-09", "2026-01-10"]), 3, 3, true],
    ["today not met yet does not break the streak", daily(["2026-01-08", "2026-01-09"]), 2, 2, false],
    ["today partly done does not break it either", [...daily(["2026-01-08", "2026-01-09"]), ...daily(["2026-01-10"], 4)], 2, 2, false],
    ["a missed yesterday breaks it", daily(["2026-01-07", "2026-01-08"]), 0, 2, false],
    ["a day below the goal breaks it", [...daily(["2026-01-06", "2026-01-07", "2026-01-09"]), ...daily(["2026-01-08"], 9)], 1, 2, false],
    ["the longest run is kept", daily(["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-09", "2026-01-10"]), 2, 4, true],
    [
      "small events add up to the goal",
      [0, 1, 2, 3, 4].map((i) => ({ at: Z(`2026-01-10T0${i}:00:00Z`), seconds: 2 * MIN })),
      1,
      1,
      true,
    ],
    ["events without time are ignored", [{ at: Z("2026-01-10T01:00:00Z"), seconds: 0 }, { at: Z("2026-01-10T01:00:00Z"), seconds: -600 }], 0, 0, false],
  ];
  for (const [name, events, current, longest, todayMet] of cases) {
    const s = streak({ events, now });
    assert.deepEqual([s.currentStreak, s.longestStreak, s.todayMet], [current, longest, todayMet], name);
  }
});

test("today's progress and the recent days", () => {
  const s = streak({ events: [...daily(["2026-01-08"]), ...daily(["2026-01-10"], 4)], now: Z("2026-01-10T20:00:00Z"), recentDays: 3 });
  assert.equal(s.today, "2026-01-10");
  assert.equal(s.goalSeconds, 600);
  assert.equal(s.todaySeconds, 240);
  assert.equal(s.todayProgress, 0.4);
  assert.deepEqual(s.recent, [
    { date: "2026-01-08", seconds: 600, met: true },
    { date: "2026-01-09", seconds: 0, met: false },
    { date: "2026-01-10", seconds: 240, met: false },
  ]);
  assert.deepEqual(s.days.map((d) => d.date), ["2026-01-08", "2026-01-10"]);
  assert.equal(streak({ events: daily(["2026-01-10"], 30), now: Z("2026-01-10T20:00:00Z") }).todayProgress, 1);
});

test("today is the learner's date, not the server's", () => {
  // 00:10 on 11 January in Kolkata is still 10 January in UTC.
  const now = Z("2026-01-10T18:40:00Z");
  const events = [{ at: Z("2026-01-10T18:35:00Z"), seconds: 600 }];
  assert.equal(streak({ events, now, timeZone: "Asia/Kolkata" }).today, "2026-01-11");
  assert.equal(streak({ events, now, timeZone: "Asia/Kolkata" }).todayMet, true);
  assert.equal(streak({ events, now, timeZone: "UTC" }).today, "2026-01-10");
  // 23:59 in Los Angeles: the evening's practice counts for that day, not the next.
  const la = streak({ events: [{ at: Z("2026-01-11T07:00:00Z"), seconds: 600 }], now: Z("2026-01-11T07:59:00Z"), timeZone: "America/Los_Angeles" });
  assert.deepEqual([la.today, la.todayMet], ["2026-01-10", true]);
});

test("a streak runs across daylight-saving switches: 23- and 25-hour days are one day each", () => {
  const cases: [zone: string, events: string[], now: string, current: number][] = [
    // New York, noon local on 6–10 March 2026 (spring forward on the 8th)
    ["America/New_York", ["2026-03-06T17:00:00Z", "2026-03-07T17:00:00Z", "2026-03-08T16:00:00Z", "2026-03-09T16:00:00Z", "2026-03-10T16:00:00Z"], "2026-03-10T23:00:00Z", 5],
    // New York: late evening on the 23-hour day, then just after midnight
    ["America/New_York", ["2026-03-07T17:00:00Z", "2026-03-09T03:30:00Z", "2026-03-09T04:30:00Z"], "2026-03-09T05:00:00Z", 3],
    // New York, fall back on 1 November: 01:30 twice and 23:30 are all the same day
    ["America/New_York", ["2026-10-31T16:00:00Z", "2026-11-02T04:30:00Z", "2026-11-02T17:00:00Z"], "2026-11-02T18:00:00Z", 3],
    // Berlin, 28–30 March (spring forward on the 29th) and 24–26 October (fall back on the 25th)
    ["Europe/Berlin", ["2026-03-28T11:00:00Z", "2026-03-29T21:30:00Z", "2026-03-29T22:30:00Z"], "2026-03-30T10:00:00Z", 3],
    ["Europe/Berlin", ["2026-10-24T10:00:00Z", "2026-10-25T22:30:00Z", "2026-10-26T11:00:00Z"], "2026-10-26T12:00:00Z", 3],
  ];
  for (const [zone, instants, now, current] of cases) {
    const s = streak({ events: instants.map((i) => ({ at: Z(i), seconds: 600 })), now: Z(now), timeZone: zone });
    assert.equal(s.currentStreak, current, `${zone} ${now}: ${s.days.map((d) => d.date).join(", ")}`);
  }
  // Both 01:30s of the New York fall-back day count on that one day.
  const twice = streak({
    events: [
      { at: Z("2026-11-01T05:30:00Z"), seconds: 300 },
      { at: Z("2026-11-01T06:30:00Z"), seconds: 300 },
    ],
    now: Z("2026-11-01T12:00:00Z"),
    timeZone: "America/New_York",
  });
  assert.deepEqual([twice.todaySeconds, twice.todayMet, twice.currentStreak], [600, true, 1]);
});

test("moving: events keep the zone they happened in, so history is not re-dated", () => {
  // 22:00 in Los Angeles on 1, 2 and 3 January (06:00 UTC the next day), then the learner moves
  // to Kolkata and practises on 4 January at 20:00 there (14:30 UTC).
  const la = ["2026-01-02T06:00:00Z", "2026-01-03T06:00:00Z", "2026-01-04T06:00:00Z"];
  const kolkata = "2026-01-04T14:30:00Z";
  const now = Z("2026-01-04T15:00:00Z");
  const tagged: ActivityEvent[] = [...la.map((i) => ({ at: Z(i), seconds: 600, timeZone: "America/Los_Angeles" })), { at: Z(kolkata), seconds: 600, timeZone: "Asia/Kolkata" }];
  const s = streak({ events: tagged, now, timeZone: "Asia/Kolkata" });
  assert.deepEqual(s.days.map((d) => d.date), ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]);
  assert.deepEqual([s.today, s.currentStreak, s.longestStreak], ["2026-01-04", 4, 4]);
  // Untagged events are dated in the current zone: the Los Angeles evenings become Kolkata
  // mornings a day later, and the third one shares 4 January with the new practice.
  const untagged = streak({ events: tagged.map(({ at, seconds }) => ({ at, seconds })), now, timeZone: "Asia/Kolkata" });
  assert.deepEqual(untagged.days.map((d) => d.date), ["2026-01-02", "2026-01-03", "2026-01-04"]);
  assert.equal(untagged.currentStreak, 3);
});

test("moving west across the date line: the streak counts from the latest recorded day", () => {
  // Practice in Tokyo on 3, 4 and 5 January at 09:00 local, then a flight to Honolulu where it is
  // still 4 January.
  const events = ["2026-01-03T00:00:00Z", "2026-01-04T00:00:00Z", "2026-01-05T00:00:00Z"].map((i) => ({ at: Z(i), seconds: 600, timeZone: "Asia/Tokyo" }));
  const s = streak({ events, now: Z("2026-01-05T01:00:00Z"), timeZone: "Pacific/Honolulu" });
  assert.equal(s.today, "2026-01-04");
  assert.equal(s.currentStreak, 3);
});

test("reviewSeconds: a review counts the time taken over its card, up to a minute", () => {
  const cases: [durationMs: number, seconds: number][] = [
    [4_200, 4.2],
    [15_000, 15],
    [59_999, 59.999],
    [60_000, 60],
    [600_000, MAX_SECONDS_PER_REVIEW], // left on screen for ten minutes
    [86_400_000, MAX_SECONDS_PER_REVIEW],
    [0, 0], // a client that did not time the card adds nothing rather than a guess
    [-5, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ];
  for (const [durationMs, seconds] of cases) assert.equal(reviewSeconds(durationMs), seconds, String(durationMs));
});

test("reviews count toward the day's goal like exercise answers (UTC, goal 10 minutes)", () => {
  const now = Z("2026-01-10T20:00:00Z");
  /** `n` reviews of `ms` each at `iso`, untagged like the review log's (dated in the current zone). */
  const reviews = (iso: string, n: number, ms: number): ActivityEvent[] => Array.from({ length: n }, (_, i) => ({ at: Z(iso) + i * 20_000, seconds: reviewSeconds(ms) }));
  const answers = (iso: string, minutes: number): ActivityEvent[] => [{ at: Z(iso), seconds: minutes * MIN, timeZone: "UTC" }];
  const cases: [name: string, events: ActivityEvent[], todaySeconds: number, todayMet: boolean, current: number][] = [
    ["reviews alone meet the goal", reviews("2026-01-10T08:00:00Z", 40, 15_000), 600, true, 1],
    ["reviews and exercises add up", [...reviews("2026-01-10T08:00:00Z", 20, 15_000), ...answers("2026-01-10T09:00:00Z", 5)], 600, true, 1],
    ["not quite: a second short", [...reviews("2026-01-10T08:00:00Z", 1, 14_000), ...answers("2026-01-10T09:00:00Z", 9.75)], 599, false, 0],
    ["cards left on screen count a minute each", reviews("2026-01-10T08:00:00Z", 5, 3_600_000), 300, false, 0],
    [
      "a day of reviews keeps a streak of exercise days going",
      [...answers("2026-01-08T12:00:00Z", 10), ...reviews("2026-01-09T12:00:00Z", 30, 20_000), ...answers("2026-01-10T12:00:00Z", 10)],
      600,
      true,
      3,
    ],
  ];
  for (const [name, events, todaySeconds, todayMet, current] of cases) {
    const s = streak({ events, now });
    assert.deepEqual([Math.round(s.todaySeconds * 1000) / 1000, s.todayMet, s.currentStreak], [todaySeconds, todayMet, current], name);
  }
});

test("bad zones and goals are refused", () => {
  assert.equal(isValidTimeZone("Europe/Berlin"), true);
  assert.equal(isValidTimeZone("Mars/Olympus"), false);
  assert.throws(() => streak({ events: [], now: 0, timeZone: "Mars/Olympus" }), RangeError);
  for (const goalMinutes of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(() => streak({ events: [], now: 0, goalMinutes }), RangeError, String(goalMinutes));
  }
});
