/**
 * The learning path's page data from plain inputs: progress per set, mastery per area, the streak
 * as the API shows it, the time an answer adds to the day, and the recommended writing and
 * speaking exercises. Pure (time comes in as `now`); the service feeds it from the repositories.
 */
import type { Level } from "../../../content/schema.ts";
import { computeMastery, type Mastery, type TermReviewSummary } from "../../../learning/mastery.ts";
import { MAX_SECONDS_PER_EXERCISE } from "../../../learning/sets.ts";
import { summarizeStreak } from "../../../learning/streaks.ts";
import { buildMistakesSet } from "../../../learning/sets.ts";
import type { ActivitySlot, AttemptHead, ExerciseOutcome, ReviewTimeGroup, ScoreBucket } from "./learning.repository.ts";
import type { SetProgress, StreakView } from "./learning.schemas.ts";

const LEVELS: readonly Level[] = ["junior", "mid", "senior"];
const levelDistance = (a: string, b: string) => Math.abs(LEVELS.indexOf(a as Level) - LEVELS.indexOf(b as Level));

/** Seconds of practice an answer adds: time since the run's last activity, capped like the set summary. */
export function answerSeconds(now: number, lastActivity: number): number {
  return Math.round(Math.min(MAX_SECONDS_PER_EXERCISE, Math.max(0, (now - lastActivity) / 1000)));
}

export interface SetInfo {
  id: string;
  area: string;
  level: string;
  title: string;
  exerciseCount: number;
}

/** Each set's progress from the learner's runs of it (runs of kind "set" only). */
export function setProgress(sets: readonly SetInfo[], attempts: readonly AttemptHead[]): Map<string, SetProgress> {
  const runs = new Map<string, AttemptHead[]>();
  for (const a of attempts) if (a.kind === "set" && a.setId) (runs.get(a.setId) ?? runs.set(a.setId, []).get(a.setId)!).push(a);
  return new Map(
    sets.map((s) => {
      const mine = runs.get(s.id) ?? [];
      const finished = mine.filter((a) => a.completedAt !== null);
      const best = finished.length ? Math.max(...finished.map((a) => Math.round((100 * a.scoreSum) / Math.max(1, a.total)))) : null;
      // The open run is the latest unfinished one (attempts arrive latest first, but sort anyway).
      const open = mine.filter((a) => a.completedAt === null).sort((x, y) => y.updatedAt - x.updatedAt)[0];
      return [
        s.id,
        {
          id: s.id,
          title: s.title,
          area: s.area,
          level: s.level as Level,
          exerciseCount: s.exerciseCount,
          completed: finished.length > 0,
          bestPercent: best,
          openAttempt: open ? { id: open.id, answered: open.answered, total: open.total } : null,
        },
      ];
    }),
  );
}

/**
 * Mastery of every area from the learner's scores in one role (answers bucketed by the hour: the
 * same sums as answer by answer, at the hour's middle); vocabulary summaries when the review deck
 * has them.
 */
export function masteryByArea(
  areaIds: readonly string[],
  buckets: readonly ScoreBucket[],
  now: number,
  vocabulary: ReadonlyMap<string, TermReviewSummary> = new Map(),
): Map<string, Mastery> {
  const exercises = new Map<string, { at: number; score: number }[]>();
  const written = new Map<string, { at: number; score: number }[]>();
  for (const b of buckets) {
    const into = b.written ? written : exercises;
    const list = into.get(b.area) ?? into.set(b.area, []).get(b.area)!;
    // n answers at the same time with mean score m weigh exactly like the n answers themselves.
    const mean = b.sum / b.count;
    for (let i = 0; i < b.count; i++) list.push({ at: b.at, score: mean });
  }
  return new Map(
    areaIds.map((id) => [
      id,
      computeMastery({ now, exercises: exercises.get(id) ?? [], written: written.get(id) ?? [], vocabulary: vocabulary.get(id) ?? null }),
    ]),
  );
}

/** The review-my-mistakes set from each exercise's latest right and wrong answers (the latest wins; a tie counts as wrong). */
export function mistakesFrom(outcomes: readonly ExerciseOutcome[], available: (exerciseId: string) => boolean): string[] {
  const records = outcomes.flatMap((o) => [
    ...(o.lastRight !== null ? [{ exerciseId: o.exerciseId, at: o.lastRight, correct: true }] : []),
    ...(o.lastWrong !== null ? [{ exerciseId: o.exerciseId, at: o.lastWrong, correct: false }] : []),
  ]);
  return buildMistakesSet(records, { available });
}

const DAY_MS = 86_400_000;

/**
 * Review time summed by the database per day under each of the zone's two offsets (and per
 * 15-minute slot where they disagree) → activity slots dated in that zone, each at its group's
 * first review. A group the two offsets put on one day lies on that day whichever of them was in
 * force; null when some group's reviews happened under a third offset (the zone changed its
 * standard time within the history), and only per-slot sums can date them.
 */
export function reviewSlots(groups: readonly ReviewTimeGroup[], offsets: readonly [number, number], offsetAt: (at: number) => number): ActivitySlot[] | null {
  const [a, b] = offsets;
  const slots: ActivitySlot[] = [];
  for (const g of groups) {
    const oneDay = Math.floor((g.first + a) / DAY_MS) === Math.floor((g.first + b) / DAY_MS);
    if (oneDay && ![g.first, g.last].every((at) => [a, b].includes(offsetAt(at)))) return null;
    slots.push({ at: g.first, seconds: g.seconds, timeZone: null });
  }
  return slots;
}

const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

/**
 * The daily goal and streak from the learner's practice time: exercise slots dated in the zone
 * they were practised in, review slots (no zone) in the current one.
 */
export function streakView(activity: readonly ActivitySlot[], now: number, timeZone: string, goalMinutes: number): StreakView {
  const s = summarizeStreak({
    events: activity.map((f) => (f.timeZone === null ? { at: f.at, seconds: f.seconds } : { at: f.at, seconds: f.seconds, timeZone: f.timeZone })),
    now,
    timeZone,
    goalMinutes,
  });
  return {
    today: s.today,
    timeZone,
    goalMinutes,
    todayMinutes: minutes(s.todaySeconds),
    todayProgress: Math.round(s.todayProgress * 1000) / 1000,
    todayMet: s.todayMet,
    currentStreak: s.currentStreak,
    longestStreak: s.longestStreak,
    recent: s.recent.map((d) => ({ date: d.date, minutes: minutes(d.seconds), met: d.met })),
  };
}

/**
 * Areas in the order to recommend practice from: started areas weakest first (path order breaks
 * ties), then the areas not started, in path order.
 */
export function areaPriority(areaIds: readonly string[], mastery: ReadonlyMap<string, Pick<Mastery, "value" | "status">>): string[] {
  const started = areaIds.filter((id) => (mastery.get(id)?.status ?? "no-data") !== "no-data");
  const fresh = areaIds.filter((id) => !started.includes(id));
  const order = new Map(areaIds.map((id, i) => [id, i]));
  started.sort((a, b) => mastery.get(a)!.value - mastery.get(b)!.value || order.get(a)! - order.get(b)!);
  return [...started, ...fresh];
}

export interface Candidate {
  id: string;
  area: string;
  level: string;
}

/**
 * Up to `count` candidates, at most one per area: areas in priority order, and within an area the
 * candidate nearest the learner's level (content order breaks ties). `skip` drops candidates
 * already done well.
 */
export function pickByArea<T extends Candidate>(candidates: readonly T[], areaOrder: readonly string[], level: string, count: number, skip: (c: T) => boolean = () => false): T[] {
  const picked: T[] = [];
  for (const area of areaOrder) {
    if (picked.length >= count) break;
    const inArea = candidates.filter((c) => c.area === area && !skip(c));
    if (!inArea.length) continue;
    const best = inArea.reduce((a, b) => (levelDistance(b.level, level) < levelDistance(a.level, level) ? b : a));
    picked.push(best);
  }
  return picked;
}
