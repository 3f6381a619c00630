import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays, dateKeyer, isValidTimeZone, localDateKey, localDay, startOfLocalDay } from "./local-time.ts";
import { at } from "./test-support.ts";

test("the learner's local date of an instant", () => {
  const cases: [iso: string, timeZone: string, date: string][] = [
    ["2026-03-08T04:59:59Z", "America/New_York", "2026-03-07"],
    ["2026-03-08T05:00:00Z", "America/New_York", "2026-03-08"],
    ["2026-03-09T03:59:59Z", "America/New_York", "2026-03-08"], // 23:59:59 EDT
    ["2026-03-09T04:00:00Z", "America/New_York", "2026-03-09"],
    ["2026-01-01T18:29:59Z", "Asia/Kolkata", "2026-01-01"],
    ["2026-01-01T18:30:00Z", "Asia/Kolkata", "2026-01-02"],
    ["2025-12-31T10:00:00Z", "Pacific/Kiritimati", "2026-01-01"], // UTC+14
    ["2026-01-01T11:59:59Z", "Etc/GMT+12", "2025-12-31"], // UTC−12
    ["2026-06-15T12:00:00Z", "UTC", "2026-06-15"],
  ];
  const keyer = new Map<string, (ms: number) => string>();
  for (const [iso, timeZone, date] of cases) {
    assert.equal(localDateKey(at(iso), timeZone), date, `${iso} ${timeZone}`);
    if (!keyer.has(timeZone)) keyer.set(timeZone, dateKeyer(timeZone));
    assert.equal(keyer.get(timeZone)!(at(iso)), date, `keyer ${iso} ${timeZone}`);
  }
});

test("start and end of the learner's day, across DST changes and skipped midnights", () => {
  const cases: [nowIso: string, timeZone: string, date: string, startIso: string, hours: number][] = [
    ["2026-03-10T09:00:00Z", "UTC", "2026-03-10", "2026-03-10T00:00:00Z", 24],
    ["2026-03-08T12:00:00Z", "America/New_York", "2026-03-08", "2026-03-08T05:00:00Z", 23], // spring forward
    ["2026-11-01T12:00:00Z", "America/New_York", "2026-11-01", "2026-11-01T04:00:00Z", 25], // fall back
    ["2026-03-29T12:00:00Z", "Europe/Berlin", "2026-03-29", "2026-03-28T23:00:00Z", 23],
    ["2026-09-06T12:00:00Z", "America/Santiago", "2026-09-06", "2026-09-06T04:00:00Z", 23], // midnight skipped: starts 01:00
    ["2026-01-01T20:00:00Z", "Asia/Kolkata", "2026-01-02", "2026-01-01T18:30:00Z", 24],
    ["2026-01-01T00:00:00Z", "Pacific/Kiritimati", "2026-01-01", "2025-12-31T10:00:00Z", 24],
    ["2026-01-01T23:00:00Z", "Etc/GMT+12", "2026-01-01", "2026-01-01T12:00:00Z", 24],
  ];
  for (const [nowIso, timeZone, date, startIso, hours] of cases) {
    const day = localDay(at(nowIso), timeZone);
    assert.equal(day.date, date, `${nowIso} ${timeZone}`);
    assert.equal(new Date(day.start).toISOString(), new Date(at(startIso)).toISOString(), `${nowIso} ${timeZone}`);
    assert.equal((day.end - day.start) / 3_600_000, hours, `${nowIso} ${timeZone}`);
    assert.equal(startOfLocalDay(day.start, timeZone), day.start);
    assert.equal(localDateKey(day.start - 1, timeZone), addDays(date, -1));
  }
});

test("calendar arithmetic on date keys", () => {
  const cases: [string, number, string][] = [
    ["2026-03-08", 1, "2026-03-09"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-01-15", -29, "2025-12-17"],
  ];
  for (const [date, days, expected] of cases) assert.equal(addDays(date, days), expected);
});

test("time zones are checked", () => {
  assert.equal(isValidTimeZone("Europe/Berlin"), true);
  assert.equal(isValidTimeZone("Mars/Olympus_Mons"), false);
  assert.throws(() => localDateKey(0, "Mars/Olympus_Mons"), RangeError);
});
