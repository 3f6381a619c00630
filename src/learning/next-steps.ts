/**
 * "What to do next" on the path page and the home page. In priority order:
 *   1. continue where you left off: the unfinished last set, or else the next set of its area;
 *   2. due reviews, when any are due;
 *   3. the weakest area the learner has started (lowest mastery; path order breaks ties),
 *      other than the one in step 1;
 *   4. a new area: the first in path order with no data yet.
 * Steps are distinct by area, and at most `maxSteps` (default 3) are returned.
 */

export interface AreaState {
  id: string;
  /** 0–100, or null when the learner has no data in the area yet. */
  mastery: number | null;
}

export interface SetState {
  id: string;
  areaId: string;
  completed: boolean;
}

export interface LastSet {
  setId: string;
  /** Exercises answered so far and in the set. */
  answered: number;
  total: number;
}

export interface NextStepsInput {
  /** In path order. */
  areas: readonly AreaState[];
  /** Every set of the role in path order (by area, then level). */
  sets: readonly SetState[];
  /** The set the learner last worked on, if any. */
  lastSet: LastSet | null;
  dueReviews: number;
  maxSteps?: number;
}

export type NextStep =
  | { kind: "continue-set"; setId: string; areaId: string; answered: number; total: number }
  | { kind: "next-set"; setId: string; areaId: string }
  | { kind: "reviews"; due: number }
  | { kind: "weakest-area"; areaId: string; mastery: number; setId: string | null }
  | { kind: "new-area"; areaId: string; setId: string | null };

export function nextSteps(input: NextStepsInput): NextStep[] {
  const steps: NextStep[] = [];
  const areasUsed = new Set<string>();
  const setsOf = (areaId: string) => input.sets.filter((s) => s.areaId === areaId);
  /** The first set of the area not completed yet, or its first set to practise again. */
  const suggestedSet = (areaId: string) => {
    const sets = setsOf(areaId);
    return (sets.find((s) => !s.completed) ?? sets[0])?.id ?? null;
  };

  const lastIndex = input.lastSet ? input.sets.findIndex((s) => s.id === input.lastSet!.setId) : -1;
  const last = input.sets[lastIndex];
  if (input.lastSet && last) {
    areasUsed.add(last.areaId);
    if (input.lastSet.answered < input.lastSet.total) {
      steps.push({ kind: "continue-set", setId: last.id, areaId: last.areaId, answered: input.lastSet.answered, total: input.lastSet.total });
    } else {
      const later = input.sets.slice(lastIndex + 1).find((s) => s.areaId === last.areaId && !s.completed);
      const next = later ?? setsOf(last.areaId).find((s) => !s.completed && s.id !== last.id);
      if (next) steps.push({ kind: "next-set", setId: next.id, areaId: next.areaId });
    }
  }

  if (input.dueReviews > 0) steps.push({ kind: "reviews", due: input.dueReviews });

  const started = input.areas
    .map((area, order) => ({ area, order }))
    .filter((a): a is { area: AreaState & { mastery: number }; order: number } => a.area.mastery !== null && !areasUsed.has(a.area.id))
    .sort((a, b) => a.area.mastery - b.area.mastery || a.order - b.order);
  const weakest = started[0]?.area;
  if (weakest) {
    areasUsed.add(weakest.id);
    steps.push({ kind: "weakest-area", areaId: weakest.id, mastery: weakest.mastery, setId: suggestedSet(weakest.id) });
  }

  const fresh = input.areas.find((a) => a.mastery === null && !areasUsed.has(a.id));
  if (fresh) steps.push({ kind: "new-area", areaId: fresh.id, setId: suggestedSet(fresh.id) });

  return steps.slice(0, Math.max(0, input.maxSteps ?? 3));
}
