/**
 * The daily goal and the streak, in the learner's time zone. A day is a calendar date where the
 * learner is (23 or 25 hours long on a daylight-saving switch), and it changes at their midnight.
 *
 * Time-zone changes: each activity event may carry the IANA zone that was in force when it
 * happened (the learner's setting at the time, stored with the event). It is dated in that zone,
 * so moving never re-dates history: a day once met stays met and a streak once earned is not
 * broken or merged by a later move. Events without a zone are dated in the current zone, and
 * "today" is always the current zone's date. Flying west across the date line can make today
 * earlier than a day already recorded; the streak then counts back from that latest day.
 *
 * Each event's seconds count on the local date of its `at` (events are short: an answer, a review).
 * The goal is the current one: changing it re-judges past days.
 *
 * Practice is exercise answers and vocabulary reviews. A review counts the time the learner took
 * over its card, as the review log records it, up to MAX_SECONDS_PER_REVIEW (`reviewSeconds`).
 * The review log stores no zone, so review time is dated in the current zone, as the review
 * stats date it.
 */

/**
 * A review counts at most this long toward the daily goal, so a card left on screen while the
 * learner walks away adds a minute, not an hour. Anki caps a review's time at the same 60 s by
 * default; a card usually takes 5–20 s.
 */
export const MAX_SECONDS_PER_REVIEW = 60;

/** Seconds of practice one review adds, from the time the learner took over it (ms, as logged). */
export function reviewSeconds(durationMs: number): number {
  if (!Number.isFinite(durationMs) || durationMs <= 0) return 0;
  return Math.min(MAX_SECONDS_PER_REVIEW, durationMs / 1000);
}

export interface ActivityEvent {
  /** Epoch milliseconds. */
  at: number;
  /** Seconds of practice. */
  seconds: number;
  /** IANA zone in force when it happened; the current zone when absent. */
  timeZone?: string;
}

export interface StreakInput {
  events: readonly ActivityEvent[];
  /** Epoch milliseconds. */
  now: number;
  /** The learner's current IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Minutes of practice a day that meets the goal; > 0. */
  goalMinutes: number;
  /** How many days, ending today, `recent` lists (for a week strip). Default 7. */
  recentDays?: number;
}

/** A local calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

export interface DayTotal {
  date: LocalDate;
  seconds: number;
  met: boolean;
}

export interface StreakSummary {
  today: LocalDate;
  goalSeconds: number;
  todaySeconds: number;
  /** 0–1, capped. */
  todayProgress: number;
  todayMet: boolean;
  /** Days in a row that met the goal, ending today if today is met, else yesterday. */
  currentStreak: number;
  longestStreak: number;
  /** Every day with activity, in date order. */
  days: DayTotal[];
  /** The last `recentDays` dates ending today, with zero days filled in. */
  recent: DayTotal[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, calendar: "gregory", numberingSystem: "latn", year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date at instant `at` in `timeZone`. */
export function localDate(at: number, timeZone: string): LocalDate {
  const parts = formatter(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
}

const DAY_MS = 86_400_000;
const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at instant `at`, in ms (whole seconds). */
export function offsetAt(at: number, timeZone: string): number {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    clockFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, Number(x.value)])) as Record<string, number>;
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** A zone's clock for many instants: see `zoneClock`. */
export interface ZoneClock {
  /** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
  offset(at: number): number;
  /** `localDate(at, zone)`. */
  date(at: number): LocalDate;
}

const zoneClocks = new Map<string, ZoneClock>();

/**
 * Offsets and dates of many instants in one zone, fast: years of practice are thousands of
 * 15-minute slots, and asking Intl about each costs more than the rest of the path page. The
 * zone's offset is looked up at both ends of each UTC day; when they agree it held all day (zones
 * switch at most once a day) and the day's instants are worked out by arithmetic; on a day with a
 * switch, Intl is asked about each instant. What it learns is a fact of the time-zone database, the
 * same for every learner, so it is kept (up to a bound) for the next request.
 */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = zoneClocks.get(timeZone);
  if (!clock) {
    if (zoneClocks.size >= 1000) zoneClocks.clear();
    zoneClocks.set(timeZone, (clock = newZoneClock(timeZone)));
  }
  return clock;
}

function newZoneClock(timeZone: string): ZoneClock {
  const daily = new Map<number, number | null>();
  const dates = new Map<number, LocalDate>();
  const steady = (at: number): number | null => {
    const day = Math.floor(at / DAY_MS);
    let offset = daily.get(day);
    if (offset === undefined) {
      if (daily.size >= 100_000) daily.clear();
      const start = offsetAt(day * DAY_MS, timeZone);
      offset = start === offsetAt((day + 1) * DAY_MS - 1000, timeZone) ? start : null;
      daily.set(day, offset);
    }
    return offset;
  };
  return {
    offset: (at) => steady(at) ?? offsetAt(at, timeZone),
    date(at) {
      const offset = steady(at);
      if (offset === null) return localDate(at, timeZone);
      const local = Math.floor((at + offset) / DAY_MS);
      let date = dates.get(local);
      if (date === undefined) {
        if (dates.size >= 100_000) dates.clear();
        dates.set(local, (date = new Date(local * DAY_MS).toISOString().slice(0, 10)));
      }
      return date;
    },
  };
}

/**
 * The two offsets a zone has used over the year up to `now` (its standard and its daylight-saving
 * time), the current one first; the same one twice for a zone without a switch.
 */
export function zoneOffsets(timeZone: string, now: number): [number, number] {
  const current = offsetAt(now, timeZone);
  for (let month = 1; month <= 12; month++) {
    const other = offsetAt(now - month * 30 * DAY_MS, timeZone);
    if (other !== current) return [current, other];
  }
  return [current, current];
}

/** The date `n` calendar days after `date` (negative: before), independent of any zone. */
export function addDays(date: LocalDate, n: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function summarizeStreak(input: StreakInput): StreakSummary {
  if (!(input.goalMinutes > 0) || !Number.isFinite(input.goalMinutes)) throw new RangeError(`goalMinutes must be a positive number, got ${input.goalMinutes}`);
  const goalSeconds = input.goalMinutes * 60;
  const totals = new Map<LocalDate, number>();
  for (const e of input.events) {
    if (!Number.isFinite(e.at) || !(e.seconds > 0)) continue;
    const date = zoneClock(e.timeZone ?? input.timeZone).date(e.at);
    totals.set(date, (totals.get(date) ?? 0) + e.seconds);
  }
  const secondsOn = (date: LocalDate) => totals.get(date) ?? 0;
  const met = (date: LocalDate) => secondsOn(date) >= goalSeconds;
  const days = [...totals.keys()].sort().map((date) => ({ date, seconds: secondsOn(date), met: met(date) }));

  let longestStreak = 0;
  let run = 0;
  let previous: LocalDate | null = null;
  for (const day of days) {
    if (!day.met) {
      run = 0;
      previous = null;
      continue;
    }
    run = previous !== null && addDays(previous, 1) === day.date ? run + 1 : 1;
    previous = day.date;
    longestStreak = Math.max(longestStreak, run);
  }

  const today = localDate(input.now, input.timeZone);
  const latest = days.at(-1)?.date;
  const anchor = latest !== undefined && latest > today ? latest : today;
  // The anchor day is still running: not meeting the goal yet does not break the streak.
  let day = met(anchor) ? anchor : addDays(anchor, -1);
  let currentStreak = 0;
  while (met(day)) {
    currentStreak++;
    day = addDays(day, -1);
  }

  const todaySeconds = secondsOn(today);
  const n = Math.max(0, Math.floor(input.recentDays ?? 7));
  const recent = Array.from({ length: n }, (_, i) => {
    const date = addDays(today, i - n + 1);
    return { date, seconds: secondsOn(date), met: met(date) };
  });
  return {
    today,
    goalSeconds,
    todaySeconds,
    todayProgress: Math.min(1, todaySeconds / goalSeconds),
    todayMet: todaySeconds >= goalSeconds,
    currentStreak,
    longestStreak,
    days,
    recent,
  };
}
