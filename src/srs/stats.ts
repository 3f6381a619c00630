/**
 * Review statistics for the stats page: cards by phase, reviews per local day, true retention and
 * a due forecast. Days are the learner's calendar days (Intl, see local-time.ts), so a review at
 * 23:30 in Berlin counts on the Berlin date, across DST changes too. Pure.
 */
import { addDays, dateKeyer } from "./local-time.ts";
import type { Grade, ReviewLogEntry } from "./schedule.ts";
import type { CardState, Phase } from "./state.ts";

export function cardsByPhase(states: Iterable<Pick<CardState, "phase">>): Record<Phase, number> {
  const out: Record<Phase, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const s of states) out[s.phase]++;
  return out;
}

export interface DayCount {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  count: number;
}

export interface ReviewDay extends DayCount {
  byGrade: Record<Grade, number>;
}

export interface DaysOptions {
  now: number;
  timeZone: string;
  /** How many days, ending today (reviews) or starting today (forecast). */
  days?: number;
}

/** Reviews on each of the last `days` (default 30) local days, oldest first, today last; empty days included. */
export function reviewsPerDay(
  logs: Iterable<Pick<ReviewLogEntry, "reviewedAt" | "grade">>,
  { now, timeZone, days = 30 }: DaysOptions,
): ReviewDay[] {
  const keyOf = dateKeyer(timeZone);
  const today = keyOf(now);
  const out: ReviewDay[] = [];
  const index = new Map<string, ReviewDay>();
  for (let i = days - 1; i >= 0; i--) {
    const day: ReviewDay = { date: addDays(today, -i), count: 0, byGrade: { again: 0, hard: 0, good: 0, easy: 0 } };
    out.push(day);
    index.set(day.date, day);
  }
  // Anything older than a day and a half before the first date cannot fall inside the window.
  const earliest = now - (days + 1.5) * 86_400_000;
  for (const log of logs) {
    if (log.reviewedAt < earliest || log.reviewedAt > now) continue;
    const day = index.get(keyOf(log.reviewedAt));
    if (day) {
      day.count++;
      day.byGrade[log.grade]++;
    }
  }
  return out;
}

export interface Retention {
  /** Reviews of cards that were in review phase (learning steps don't measure memory). */
  reviews: number;
  /** Of those, the ones not graded Again. */
  passed: number;
  /** passed / reviews, or null without reviews. */
  rate: number | null;
}

/**
 * True retention measured from the logs: the share of reviews of cards in review phase that were
 * recalled (not Again). Comparable with the desired retention the scheduler aims for.
 */
export function trueRetention(
  logs: Iterable<Pick<ReviewLogEntry, "reviewedAt" | "grade" | "before">>,
  range: { since?: number; until?: number } = {},
): Retention {
  let reviews = 0;
  let passed = 0;
  for (const log of logs) {
    if (log.before.phase !== "review") continue;
    if (range.since !== undefined && log.reviewedAt < range.since) continue;
    if (range.until !== undefined && log.reviewedAt > range.until) continue;
    reviews++;
    if (log.grade !== "again") passed++;
  }
  return { reviews, passed, rate: reviews ? passed / reviews : null };
}

/**
 * Cards coming due on each of the next `days` (default 14) local days, today first. Overdue cards
 * count on today; new cards are not scheduled, so they are not counted.
 */
export function dueForecast(states: Iterable<Pick<CardState, "phase" | "due">>, { now, timeZone, days = 14 }: DaysOptions): DayCount[] {
  const keyOf = dateKeyer(timeZone);
  const today = keyOf(now);
  const out: DayCount[] = [];
  const index = new Map<string, DayCount>();
  for (let i = 0; i < days; i++) {
    const day = { date: addDays(today, i), count: 0 };
    out.push(day);
    index.set(day.date, day);
  }
  const horizon = now + (days + 1.5) * 86_400_000;
  for (const s of states) {
    if (s.phase === "new" || s.due > horizon) continue;
    const day = s.due <= now ? out[0] : index.get(keyOf(s.due));
    if (day) day.count++;
  }
  return out;
}
