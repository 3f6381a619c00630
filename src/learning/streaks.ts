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
 */

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
    const date = localDate(e.at, e.timeZone ?? input.timeZone);
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
