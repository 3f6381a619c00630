/**
 * The vocabulary review deck as the learning path sees it (ReviewDeckPort), through the review
 * feature's own service and repository: the cards due today (the same count the review page
 * shows), which terms are in the deck, per area how many of its terms are started and known —
 * the vocabulary component of mastery — and the time spent reviewing, for the daily goal. The term
 * states and the review time are aggregate queries (learning.repository.ts), not the cards or the
 * log themselves.
 */
import type { Kysely } from "kysely";
import type { Tables } from "../../../db/tables.ts";
import { MATURE_STABILITY_DAYS, type TermReviewSummary } from "../../../learning/mastery.ts";
import { zoneClock, zoneOffsets } from "../../../learning/streaks.ts";
import type { User } from "../accounts/user.ts";
import { createReviewRepository } from "../review/review.repository.ts";
import { createReviewService } from "../review/review.service.ts";
import type { LearningRepository, RoleContent } from "./learning.repository.ts";
import type { Clock, ReviewDeckPort } from "./learning.service.ts";
import { reviewSlots } from "./path-view.ts";

/** A term's cards in the deck, summarised: reviewed at all, stable in review, relearning. */
export interface DeckTermState {
  termId: string;
  started: boolean;
  /** A card in review with a stability of at least MATURE_STABILITY_DAYS. */
  stable: boolean;
  relearning: boolean;
}

/**
 * Per area: its terms, those started (any card reviewed) and those known (a card stable in review
 * and none relearning).
 */
export function summarizeTerms(states: readonly DeckTermState[], areaOf: ReadonlyMap<string, string>, totals: ReadonlyMap<string, number>): Map<string, TermReviewSummary> {
  const out = new Map<string, TermReviewSummary>([...totals].map(([area, total]) => [area, { total, started: 0, mature: 0 }]));
  for (const t of states) {
    const s = out.get(areaOf.get(t.termId) ?? "");
    if (!s || !t.started) continue;
    s.started++;
    if (t.stable && !t.relearning) s.mature++;
  }
  return out;
}

export function createReviewDeckPort(db: Kysely<Tables>, clock: Clock, learning: LearningRepository): ReviewDeckPort {
  const repo = createReviewRepository(db);
  const service = createReviewService({ repo, clock });
  return {
    async dueCount(user: User) {
      return (await service.queue(user, 0)).remaining;
    },
    async termSummaries(user: User, content: Pick<RoleContent, "role" | "termAreas">) {
      const states = await learning.deckTermStates(user.id, content.role.id, MATURE_STABILITY_DAYS);
      const areaOf = content.termAreas;
      const totals = new Map<string, number>();
      for (const area of areaOf.values()) totals.set(area, (totals.get(area) ?? 0) + 1);
      return summarizeTerms(states, areaOf, totals);
    },
    async termsInDeck(user: User, roleId: string) {
      return new Set((await learning.deckTermStates(user.id, roleId, MATURE_STABILITY_DAYS)).map((t) => t.termId));
    },
    async activity(user: User) {
      const offsets = zoneOffsets(user.timeZone, clock.now());
      const groups = await learning.reviewTimeByDay(user.id, offsets);
      const clockOfZone = zoneClock(user.timeZone);
      return reviewSlots(groups, offsets, (at) => clockOfZone.offset(at)) ?? learning.reviewTimeBySlot(user.id);
    },
  };
}
