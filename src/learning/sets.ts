/**
 * Exercise sets built from the learner's history: the "review my mistakes" set, and the summary
 * shown when a set ends.
 */

/** How many exercises the "review my mistakes" set holds at most. */
export const MISTAKES_SET_SIZE = 10;
/** Time on one exercise is counted up to this, so a learner who walks away does not log an hour. */
export const MAX_SECONDS_PER_EXERCISE = 300;

export interface AttemptRecord {
  exerciseId: string;
  /** Epoch milliseconds. */
  at: number;
  correct: boolean;
}

export interface MistakesOptions {
  limit?: number;
  /** Exercises that still exist in the content; others are skipped. Default: all. */
  available?: (exerciseId: string) => boolean;
}

/**
 * Exercises whose latest answer was wrong, most recent first, each once, up to `limit`. An
 * exercise answered correctly since its mistake has been fixed and leaves the set, so the set
 * empties as the learner works through it.
 */
export function buildMistakesSet(attempts: readonly AttemptRecord[], options: MistakesOptions = {}): string[] {
  const latest = new Map<string, AttemptRecord>();
  for (const a of attempts) {
    const seen = latest.get(a.exerciseId);
    // On equal times a wrong answer wins: the mistake is not hidden by a tie.
    if (!seen || a.at > seen.at || (a.at === seen.at && !a.correct)) latest.set(a.exerciseId, a);
  }
  const available = options.available ?? (() => true);
  return [...latest.values()]
    .filter((a) => !a.correct && available(a.exerciseId))
    .sort((a, b) => b.at - a.at || a.exerciseId.localeCompare(b.exerciseId))
    .slice(0, Math.max(0, options.limit ?? MISTAKES_SET_SIZE))
    .map((a) => a.exerciseId);
}

export interface SetAttempt extends AttemptRecord {
  /** 0–1. */
  score: number;
}

export interface SetSummaryInput {
  /** The set's exercises in order, with the terms each practises. */
  exercises: readonly { id: string; terms: readonly string[] }[];
  /** The learner's answers in this run of the set; only the first per exercise counts. */
  attempts: readonly SetAttempt[];
  /** Epoch milliseconds when the set was opened. */
  startedAt: number;
  /** Terms already in the learner's review deck: not offered again. */
  inDeck?: ReadonlySet<string>;
}

export interface ExerciseOutcome {
  exerciseId: string;
  answered: boolean;
  correct: boolean;
  score: number;
  /** Time since the previous answer (or the start), capped at MAX_SECONDS_PER_EXERCISE. */
  seconds: number;
}

export interface SetSummary {
  total: number;
  answered: number;
  correct: number;
  /** Mean score of the answered exercises, 0–1 (0 when none). */
  score: number;
  /** The same as a whole percentage. */
  percent: number;
  /** Time spent: per-answer times added up. */
  seconds: number;
  complete: boolean;
  results: ExerciseOutcome[];
  /** Terms of the exercises answered wrongly, in set order, once each, minus those in the deck. */
  termsMissed: string[];
}

export function summarizeSet(input: SetSummaryInput): SetSummary {
  const inSet = new Set(input.exercises.map((e) => e.id));
  const first = new Map<string, SetAttempt>();
  for (const a of [...input.attempts].sort((x, y) => x.at - y.at)) {
    if (inSet.has(a.exerciseId) && !first.has(a.exerciseId)) first.set(a.exerciseId, a);
  }
  // Time on an exercise: from the previous answer (or the start) to this one.
  const seconds = new Map<string, number>();
  let previous = input.startedAt;
  for (const a of first.values()) {
    seconds.set(a.exerciseId, Math.min(MAX_SECONDS_PER_EXERCISE, Math.max(0, (a.at - previous) / 1000)));
    previous = Math.max(previous, a.at);
  }
  const results = input.exercises.map((e): ExerciseOutcome => {
    const a = first.get(e.id);
    return a
      ? { exerciseId: e.id, answered: true, correct: a.correct, score: Math.min(1, Math.max(0, a.score)), seconds: seconds.get(e.id) ?? 0 }
      : { exerciseId: e.id, answered: false, correct: false, score: 0, seconds: 0 };
  });
  const answered = results.filter((r) => r.answered);
  const score = answered.length ? answered.reduce((s, r) => s + r.score, 0) / answered.length : 0;
  const termsMissed: string[] = [];
  input.exercises.forEach((e, i) => {
    const r = results[i]!;
    if (!r.answered || r.correct) return;
    for (const t of e.terms) if (!termsMissed.includes(t) && !input.inDeck?.has(t)) termsMissed.push(t);
  });
  return {
    total: results.length,
    answered: answered.length,
    correct: answered.filter((r) => r.correct).length,
    score,
    percent: Math.round(score * 100),
    seconds: Math.round(results.reduce((s, r) => s + r.seconds, 0)),
    complete: answered.length === results.length,
    results,
    termsMissed,
  };
}
