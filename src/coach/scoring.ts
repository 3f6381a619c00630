/**
 * From findings to numbers. Sub-scores are 0–100; the overall score and the band weigh them by
 * the kind of task. When the task gives content to compare with, the band is mostly content
 * (what was said) and partly form (how it was said), so that a correct answer in imperfect
 * English still earns a 4, and fluent English that misses the point does not.
 */
import type { Band, Issue, SubScores, TaskKind, TextStats } from "./types.ts";

/** Language accuracy: 100 with no mistakes, about 75 at 3 mistakes per 100 words, 50 at 7. */
export function languageScore(issues: readonly Issue[], words: number): number {
  if (words === 0) return 0;
  const errors = issues.filter((i) => i.severity === "error").length;
  const per100 = (100 * errors) / Math.max(words, 20);
  return Math.round(100 * Math.exp(-per100 / 10));
}

/** Clarity and tone: suggestions per 100 words, very long sentences and hard reading lower it. */
export function clarityScore(issues: readonly Issue[], stats: TextStats): number {
  if (stats.words === 0) return 0;
  const suggestions = issues.filter((i) => i.severity === "suggestion").length;
  const per100 = (100 * suggestions) / Math.max(stats.words, 20);
  let score = 100 * Math.exp(-per100 / 12);
  if (stats.averageSentenceLength > 28) score *= 0.85;
  if (stats.readingEase < 25 && stats.words >= 30) score *= 0.9;
  return Math.round(score);
}

const WEIGHTS: Record<TaskKind, Record<keyof SubScores, number>> = {
  "interview-answer": { content: 0.5, language: 0.2, vocabulary: 0.1, structure: 0.1, clarity: 0.1 },
  "written-exercise": { content: 0.4, language: 0.25, vocabulary: 0.1, structure: 0.15, clarity: 0.1 },
  "roleplay-turn": { content: 0.45, language: 0.25, vocabulary: 0.1, structure: 0.05, clarity: 0.15 },
  "free-writing": { content: 0.2, language: 0.4, vocabulary: 0.15, structure: 0.1, clarity: 0.15 },
};

export interface Overall {
  overall: number;
  band: Band;
}

/**
 * contentScale is the content grade on the 0–5 scale (null without content). Form (language,
 * vocabulary, structure, clarity) moves the band by at most about one step.
 */
export function overallScore(kind: TaskKind, scores: SubScores, contentScale: number | null, words: number, offTopic: boolean): Overall {
  if (words === 0) return { overall: 0, band: 0 };
  const w = WEIGHTS[kind];
  let formSum = 0;
  let formWeight = 0;
  for (const key of ["language", "vocabulary", "structure", "clarity"] as const) {
    const v = scores[key];
    if (v === null) continue;
    formSum += v * w[key];
    formWeight += w[key];
  }
  const form = formWeight ? formSum / formWeight : 0;
  let scale: number;
  if (contentScale === null) {
    scale = (form / 100) * 5;
  } else {
    const share = w.content / (w.content + formWeight * 0.5);
    scale = share * contentScale + (1 - share) * (form / 100) * 5;
    // form cannot lift an answer far above its content
    scale = Math.min(scale, contentScale + 1);
  }
  if (offTopic) scale = Math.min(scale, 0.4);
  if (words < 8) scale = Math.min(scale, 1.4);
  scale = Math.max(0, Math.min(5, scale));
  const band = Math.max(offTopic ? 0 : 1, Math.min(5, Math.round(scale))) as Band;
  return { overall: Math.round(scale * 20), band };
}
