/**
 * Mastery of a topic area, 0–100, from three kinds of evidence. The formula is documented in
 * README.md ("Mastery"); the constants below are its knobs.
 */

const DAY_MS = 86_400_000;

/** An answer's weight halves every this many days: recent answers weigh more. */
export const HALF_LIFE_DAYS = 14;
/**
 * Each evidence mean is shrunk towards 0 by this many virtual wrong answers given now, so that one
 * right answer is not mastery and old evidence fades: Σ w·s / (Σ w + PRIOR_WEIGHT).
 */
export const PRIOR_WEIGHT = 1;
/** A term in FSRS review state whose stability is at least this many days counts as known. */
export const MATURE_STABILITY_DAYS = 21;
/** Weights of the components; re-normalized over the components that have data. */
export const MASTERY_WEIGHTS = { exercises: 0.6, written: 0.2, vocabulary: 0.2 } as const;
/** Below this much recency-weighted evidence (answers, exercise and written), mastery is "not enough data". */
export const MIN_EVIDENCE = 5;

/** An answer to an objective exercise of the area: its score 0–1 (partial credit counts). */
export interface ScoredAnswer {
  /** Epoch milliseconds. */
  at: number;
  score: number;
}

/** A written answer of the area graded by the coach: its score 0–100. */
export interface CoachScore {
  at: number;
  score: number;
}

/**
 * The review state of the area's terms, summarised by the review-deck module (not ts-fsrs types).
 * `mature` ⊆ `started` ⊆ `total`.
 */
export interface TermReviewSummary {
  /** Terms of the area in the content. */
  total: number;
  /** Of those, terms in the learner's deck that have been reviewed at least once (any state but new). */
  started: number;
  /** Of those, terms in review state with stability ≥ MATURE_STABILITY_DAYS. */
  mature: number;
}

export interface MasteryInput {
  /** Epoch milliseconds: the moment mastery is computed for. */
  now: number;
  exercises: readonly ScoredAnswer[];
  written: readonly CoachScore[];
  vocabulary: TermReviewSummary | null;
}

export type ComponentName = keyof typeof MASTERY_WEIGHTS;

export interface MasteryComponent {
  /** 0–100, unrounded. */
  value: number;
  /** The weight it had in this result, after re-normalizing (the weights in use sum to 1). */
  weight: number;
  /** Recency-weighted number of answers (exercises, written) or started terms (vocabulary). */
  evidence: number;
}

export interface Mastery {
  /** 0–100, rounded; 0 when there is no data. */
  value: number;
  /** "no-data": nothing to go on; "not-enough-data": show the number, flagged as provisional. */
  status: "no-data" | "not-enough-data" | "ok";
  /** 0–1: recency-weighted answers over MIN_EVIDENCE, capped at 1. */
  confidence: number;
  components: Record<ComponentName, MasteryComponent | null>;
}

/** The weight of evidence `ageDays` old: 2^(−age / half-life). Future timestamps count as now. */
export function recencyWeight(ageDays: number): number {
  return Math.pow(2, -Math.max(0, ageDays) / HALF_LIFE_DAYS);
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Shrunk, recency-weighted mean of scores on `scale`, as 0–100; null without answers. */
function weightedScore(now: number, answers: readonly { at: number; score: number }[], scale: number): { value: number; evidence: number } | null {
  const valid = answers.filter((a) => Number.isFinite(a.at) && Number.isFinite(a.score));
  if (!valid.length) return null;
  let weight = 0;
  let sum = 0;
  for (const a of valid) {
    const w = recencyWeight((now - a.at) / DAY_MS);
    weight += w;
    sum += w * clamp(a.score / scale, 0, 1);
  }
  return { value: (100 * sum) / (weight + PRIOR_WEIGHT), evidence: weight };
}

/** Known terms count fully, started ones half, the rest nothing; null until a term is started. */
function vocabularyScore(v: TermReviewSummary | null): { value: number; evidence: number } | null {
  if (!v || v.total <= 0) return null;
  const started = clamp(v.started, 0, v.total);
  const mature = clamp(v.mature, 0, started);
  if (started === 0) return null;
  return { value: (100 * (mature + 0.5 * (started - mature))) / v.total, evidence: started };
}

export function computeMastery(input: MasteryInput): Mastery {
  const raw: Record<ComponentName, { value: number; evidence: number } | null> = {
    exercises: weightedScore(input.now, input.exercises, 1),
    written: weightedScore(input.now, input.written, 100),
    vocabulary: vocabularyScore(input.vocabulary),
  };
  const names = Object.keys(MASTERY_WEIGHTS) as ComponentName[];
  const totalWeight = names.reduce((s, n) => s + (raw[n] ? MASTERY_WEIGHTS[n] : 0), 0);
  const components = Object.fromEntries(
    names.map((n) => {
      const c = raw[n];
      return [n, c ? { ...c, weight: MASTERY_WEIGHTS[n] / totalWeight } : null];
    }),
  ) as Record<ComponentName, MasteryComponent | null>;
  if (totalWeight === 0) return { value: 0, status: "no-data", confidence: 0, components };
  const value = names.reduce((s, n) => s + (components[n] ? components[n].value * components[n].weight : 0), 0);
  const answers = (raw.exercises?.evidence ?? 0) + (raw.written?.evidence ?? 0);
  const confidence = Math.min(1, answers / MIN_EVIDENCE);
  return {
    value: Math.round(clamp(value, 0, 100)),
    status: answers >= MIN_EVIDENCE ? "ok" : "not-enough-data",
    confidence,
    components,
  };
}
