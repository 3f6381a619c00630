/**
 * The daily review queue. Rules, in order:
 * 1. learning and relearning cards whose step is due (minutes apart: late, they lose their point);
 * 2. review cards due before the end of the learner's day, most overdue first;
 * 3. new cards, oldest added first, up to the daily limit minus the new cards already introduced
 *    today (counted from today's log);
 * 4. learning cards due within the learn-ahead window, so a session doesn't stall on a 1-minute step.
 * Then the list is interleaved so that two cards of the same term never follow each other when
 * another order allows it, keeping the order above as far as possible.
 *
 * The queue is a pure function of the stored states, today's log, the time and a seed: after a
 * reload it rebuilds identically, and after a grade it rebuilds as the rest of the previous queue
 * (the last reviewed term, from the log, seeds the interleaving). Ties are broken by a hash of the
 * seed and the card (the term, for new cards), stable when other cards leave the queue.
 */
import type { CardType } from "./cards.ts";
import { CARD_TYPES, parseCardId } from "./cards.ts";
import { hashString } from "./random.ts";
import type { ReviewLogEntry } from "./schedule.ts";
import type { CardState } from "./state.ts";

export const DEFAULT_NEW_PER_DAY = 15;
export const DEFAULT_LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueCard {
  id: string;
  termId: string;
  type: CardType;
  state: CardState;
  /** When the card entered the deck, epoch ms: new cards are introduced oldest first. */
  addedAt: number;
}

export type QueueKind = "learning" | "review" | "new" | "ahead";

export interface QueueEntry {
  id: string;
  termId: string;
  type: CardType;
  kind: QueueKind;
}

export interface QueueInput {
  cards: readonly QueueCard[];
  /** Reviews since the start of the learner's day (older entries are ignored). */
  todayLog: readonly Pick<ReviewLogEntry, "cardId" | "reviewedAt" | "before">[];
  now: number;
  /** Start of the learner's local day, epoch ms (see localDay / startOfLocalDay). */
  startOfToday: number;
  /** End of the learner's local day; default 24 hours after the start. */
  endOfToday?: number;
  newPerDay?: number;
  learnAheadMs?: number;
  /** Breaks ties; e.g. `${userId}:${localDate}`. */
  seed: string;
}

export interface Queue {
  entries: QueueEntry[];
  counts: { learning: number; review: number; new: number; ahead: number };
  newIntroducedToday: number;
  /** How many new cards today's limit still allows (the queue holds as many of them as the deck has). */
  newRemainingToday: number;
  /** The next time a card not in the queue comes due, epoch ms; null when none is scheduled. */
  nextDueAt: number | null;
}

const TYPE_RANK = new Map(CARD_TYPES.map((t, i) => [t, i]));

export function buildQueue(input: QueueInput): Queue {
  const { now, startOfToday, seed } = input;
  const endOfToday = input.endOfToday ?? startOfToday + 24 * 3_600_000;
  const newPerDay = Math.max(0, Math.floor(input.newPerDay ?? DEFAULT_NEW_PER_DAY));
  const learnAhead = input.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS;

  const today = input.todayLog.filter((l) => l.reviewedAt >= startOfToday && l.reviewedAt <= now);
  const introduced = new Set(today.filter((l) => l.before.phase === "new").map((l) => l.cardId)).size;
  const newRemaining = Math.max(0, newPerDay - introduced);

  // Sort keys computed once per card (hashing inside a comparator would redo it n log n times).
  interface Keyed {
    card: QueueCard;
    tie: number;
  }
  const keyed = (card: QueueCard, key: string): Keyed => ({ card, tie: hashString(`${seed}:${key}`) });
  const learning: Keyed[] = [];
  const review: Keyed[] = [];
  const fresh: Keyed[] = [];
  const ahead: Keyed[] = [];
  let nextDueAt: number | null = null;
  for (const card of input.cards) {
    const { phase, due } = card.state;
    let list: Keyed[] | null;
    if (phase === "new") list = fresh;
    else if (phase === "review") list = due < endOfToday ? review : null;
    else list = due <= now ? learning : due <= now + learnAhead ? ahead : null;
    if (list) list.push(keyed(card, phase === "new" ? card.termId : card.id));
    else if (nextDueAt === null || due < nextDueAt) nextDueAt = due;
  }
  const byDue = (a: Keyed, b: Keyed) => a.card.state.due - b.card.state.due || a.tie - b.tie || (a.card.id < b.card.id ? -1 : 1);
  learning.sort(byDue);
  review.sort(byDue);
  ahead.sort(byDue);
  // New cards: oldest added first; a term's cards together in CARD_TYPES order (recognition first);
  // terms added at the same moment in a seeded order.
  fresh.sort(
    (a, b) =>
      a.card.addedAt - b.card.addedAt ||
      a.tie - b.tie ||
      (a.card.termId < b.card.termId ? -1 : a.card.termId > b.card.termId ? 1 : 0) ||
      (TYPE_RANK.get(a.card.type) ?? 0) - (TYPE_RANK.get(b.card.type) ?? 0),
  );
  const introducedNow = fresh.slice(0, newRemaining);

  const ordered: { card: QueueCard; kind: QueueKind }[] = [
    ...learning.map(({ card }) => ({ card, kind: "learning" as const })),
    ...review.map(({ card }) => ({ card, kind: "review" as const })),
    ...introducedNow.map(({ card }) => ({ card, kind: "new" as const })),
    ...ahead.map(({ card }) => ({ card, kind: "ahead" as const })),
  ];
  const last = lastReviewedTerm(today);
  const entries = interleave(ordered, (o) => o.card.termId, last).map(({ card, kind }) => ({
    id: card.id,
    termId: card.termId,
    type: card.type,
    kind,
  }));
  return {
    entries,
    counts: { learning: learning.length, review: review.length, new: introducedNow.length, ahead: ahead.length },
    newIntroducedToday: introduced,
    newRemainingToday: newRemaining,
    nextDueAt,
  };
}

function lastReviewedTerm(log: readonly Pick<ReviewLogEntry, "cardId" | "reviewedAt">[]): string | null {
  let latest: Pick<ReviewLogEntry, "cardId" | "reviewedAt"> | null = null;
  for (const l of log) if (!latest || l.reviewedAt >= latest.reviewedAt) latest = l;
  return latest ? (parseCardId(latest.cardId)?.termId ?? null) : null;
}

/**
 * Reorders items so that no two neighbours share a group (a term) when any order allows it, staying
 * as close to the given priority order as it can: at each step it takes the earliest item of another
 * group than the previous one whose removal leaves the rest still arrangeable. When no arrangement
 * avoids neighbours (one group holds more than half), it spends the dominant group's items first
 * between the others, which leaves the fewest unavoidable neighbours. O(n) steps, each O(1) amortised
 * in practice.
 */
export function interleave<T>(items: readonly T[], group: (item: T) => string, previous: string | null = null): T[] {
  const n = items.length;
  const groups = items.map(group);
  const count = new Map<string, number>();
  for (const g of groups) count.set(g, (count.get(g) ?? 0) + 1);
  // How many groups have each remaining count, to know the largest count in O(1).
  const groupsWithCount: number[] = new Array<number>(n + 2).fill(0);
  let maxCount = 0;
  for (const c of count.values()) {
    groupsWithCount[c]!++;
    maxCount = Math.max(maxCount, c);
  }
  const used = new Array<boolean>(n).fill(false);
  // The items of each group still to place, in order (for spending the dominant group).
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, i) => {
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push(i);
  });
  const nextOfGroup = new Map<string, number>();

  const out: T[] = [];
  let head = 0;
  let last = previous;
  let remaining = n;

  const take = (i: number) => {
    const g = groups[i]!;
    const c = count.get(g)!;
    groupsWithCount[c]!--;
    groupsWithCount[c - 1]!++;
    count.set(g, c - 1);
    while (maxCount > 0 && groupsWithCount[maxCount] === 0) maxCount--;
    used[i] = true;
    remaining--;
    out.push(items[i]!);
    last = g;
    while (head < n && used[head]) head++;
  };

  /** After taking one item of group g, can the rest be arranged with no equal neighbours? */
  const feasibleAfter = (g: string) => {
    const c = count.get(g)!;
    const r = remaining - 1;
    const newMax = c === maxCount && groupsWithCount[maxCount] === 1 ? maxCount - 1 : maxCount;
    return newMax <= Math.ceil(r / 2) && c - 1 <= Math.floor(r / 2);
  };

  while (remaining > 0) {
    let chosen = -1;
    let firstOther = -1;
    for (let i = head; i < n; i++) {
      if (used[i] || groups[i] === last) continue;
      if (firstOther < 0) firstOther = i;
      if (feasibleAfter(groups[i]!)) {
        chosen = i;
        break;
      }
    }
    if (chosen < 0) {
      // No order avoids neighbours: place the dominant group now if the previous item allows it.
      let dominant: string | null = null;
      for (const [g, c] of count) if (c === maxCount && g !== last) dominant = dominant ?? g;
      if (dominant !== null) {
        const list = byGroup.get(dominant)!;
        let k = nextOfGroup.get(dominant) ?? 0;
        while (used[list[k]!]) k++;
        nextOfGroup.set(dominant, k);
        chosen = list[k]!;
      } else chosen = firstOther >= 0 ? firstOther : head;
    }
    take(chosen);
  }
  return out;
}
