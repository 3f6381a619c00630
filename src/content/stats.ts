/**
 * How much content a pack holds: counts per kind, per topic area, per level, per exercise type and
 * per question kind. Shown by `parlance content check` and useful to authors filling gaps. Pure.
 */
import type { ContentPack } from "./model.ts";

export interface KindCounts {
  terms: number;
  topics: number;
  questions: number;
  scenarios: number;
  exerciseSets: number;
  exercises: number;
}

export interface PackStats {
  role: string;
  areas: number;
  total: KindCounts;
  /** By topic area id, in the role's path order, then any area not on the path. */
  byArea: Record<string, KindCounts>;
  /** By level; an exercise counts at its set's level. */
  byLevel: Record<string, KindCounts>;
  exerciseTypes: Record<string, number>;
  questionKinds: Record<string, number>;
}

const empty = (): KindCounts => ({ terms: 0, topics: 0, questions: 0, scenarios: 0, exerciseSets: 0, exercises: 0 });

export function packStats(pack: ContentPack): PackStats {
  const total = empty();
  const byArea: Record<string, KindCounts> = {};
  const byLevel: Record<string, KindCounts> = { junior: empty(), mid: empty(), senior: empty() };
  for (const id of pack.role?.areas ?? []) byArea[id] = empty();
  for (const area of pack.areas) byArea[area.id] ??= empty();

  const count = (kind: keyof KindCounts, area: string, level: string, n = 1) => {
    total[kind] += n;
    (byArea[area] ??= empty())[kind] += n;
    (byLevel[level] ??= empty())[kind] += n;
  };
  for (const t of pack.terms) count("terms", t.area, t.level);
  for (const t of pack.topics) count("topics", t.area, t.level);
  for (const q of pack.questions) count("questions", q.area, q.level);
  for (const s of pack.scenarios) count("scenarios", s.area, s.level);
  for (const set of pack.exerciseSets) {
    count("exerciseSets", set.area, set.level);
    count("exercises", set.area, set.level, set.exercises.length);
  }

  const tally = (values: string[]) => {
    const out: Record<string, number> = {};
    for (const v of values) out[v] = (out[v] ?? 0) + 1;
    return out;
  };
  return {
    role: pack.id,
    areas: pack.areas.length,
    total,
    byArea,
    byLevel,
    exerciseTypes: tally(pack.exerciseSets.flatMap((s) => s.exercises.map((e) => e.type))),
    questionKinds: tally(pack.questions.map((q) => q.kind)),
  };
}
