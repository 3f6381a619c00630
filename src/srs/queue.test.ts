import { test } from "node:test";
import assert from "node:assert/strict";
import { buildQueue, interleave, type QueueCard, type QueueInput } from "./queue.ts";
import { CARD_TYPES, type CardType } from "./cards.ts";
import { schedule, type Grade, type ReviewLogEntry } from "./schedule.ts";
import { newCardState } from "./state.ts";
import { at, makeState } from "./test-support.ts";
import { seededRandom } from "./random.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const startOfToday = at("2026-03-10T00:00:00Z");
const now = startOfToday + 9 * HOUR;

const card = (termId: string, type: CardType, state = newCardState(startOfToday - DAY), addedAt = startOfToday - DAY): QueueCard => ({
  id: `${termId}:${type}`,
  termId,
  type,
  state,
  addedAt,
});
const review = (due: number) => makeState({ phase: "review", due, stability: 5, difficulty: 5, scheduledDays: 5, reps: 3, lastReview: due - 5 * DAY });
const learning = (due: number) => makeState({ phase: "learning", due, stability: 1, difficulty: 5, reps: 1, learningSteps: 1, lastReview: due - 10 * 60_000 });
const base = (cards: QueueCard[], overrides: Partial<QueueInput> = {}): QueueInput => ({ cards, todayLog: [], now, startOfToday, seed: "u1:2026-03-10", ...overrides });
const ids = (input: QueueInput) => buildQueue(input).entries.map((e) => e.id);
const adjacentSameTerm = (termIds: string[]) => termIds.filter((t, i) => i > 0 && termIds[i - 1] === t).length;

test("order: due learning steps, then reviews most overdue first, then new cards, then learning ahead", () => {
  const cards = [
    card("a", "recall", review(now - 1 * DAY)),
    card("b", "recall", review(now - 3 * DAY)),
    card("c", "recall", review(now + 2 * HOUR)), // later today: due today
    card("d", "recall", review(startOfToday + DAY + HOUR)), // tomorrow
    card("e", "recall", learning(now - 60_000)),
    card("f", "recall", learning(now + 5 * 60_000)), // within the learn-ahead window
    card("g", "recall", learning(now + 2 * HOUR)), // not yet
    card("h", "recognition"),
  ];
  const q = buildQueue(base(cards));
  assert.deepEqual(q.entries.map((e) => [e.id, e.kind]), [
    ["e:recall", "learning"],
    ["b:recall", "review"],
    ["a:recall", "review"],
    ["c:recall", "review"],
    ["h:recognition", "new"],
    ["f:recall", "ahead"],
  ]);
  assert.deepEqual(q.counts, { learning: 1, review: 3, new: 1, ahead: 1 });
  assert.equal(q.nextDueAt, now + 2 * HOUR);
  assert.deepEqual(ids(base(cards, { learnAheadMs: 0 })).at(-1), "h:recognition");
});

test("new cards: oldest added first, a term's cards in card-type order, up to the daily limit", () => {
  const cards = [
    ...CARD_TYPES.map((t) => card("late", t, undefined, startOfToday - HOUR)),
    ...CARD_TYPES.map((t) => card("early", t, undefined, startOfToday - 2 * DAY)),
  ];
  const q = buildQueue(base(cards, { newPerDay: 7 }));
  const early = q.entries.filter((e) => e.termId === "early").map((e) => e.type);
  const late = q.entries.filter((e) => e.termId === "late").map((e) => e.type);
  assert.deepEqual(early, [...CARD_TYPES]);
  assert.deepEqual(late, ["recognition", "recall"]);
  assert.equal(adjacentSameTerm(q.entries.map((e) => e.termId)), 2); // 5 of one term among 7: unavoidable, and minimal
});

test("the daily limit counts new cards already introduced today, once each, from today's log only", () => {
  const cards = Array.from({ length: 30 }, (_, i) => card(`t${String(i).padStart(2, "0")}`, "recognition"));
  const intro = (cardId: string, reviewedAt: number) => ({ cardId, reviewedAt, before: newCardState(0) });
  const cases: [log: QueueInput["todayLog"], newPerDay: number | undefined, expectedNew: number, introduced: number][] = [
    [[], undefined, 15, 0],
    [[], 5, 5, 0],
    [[], 0, 0, 0],
    [[intro("x:recall", now - HOUR), intro("y:recall", now - 2 * HOUR)], undefined, 13, 2],
    [[intro("x:recall", now - HOUR), intro("x:recall", now - 30 * 60_000)], undefined, 14, 1], // Again then again: one card
    [[intro("x:recall", startOfToday - 60_000)], undefined, 15, 0], // yesterday
    [[{ cardId: "x:recall", reviewedAt: now - HOUR, before: review(now - DAY) }], undefined, 15, 0], // a review, not an introduction
    [Array.from({ length: 20 }, (_, i) => intro(`z${i}:recall`, now - HOUR)), undefined, 0, 20],
  ];
  for (const [todayLog, newPerDay, expectedNew, introduced] of cases) {
    const q = buildQueue(base(cards, { todayLog, ...(newPerDay === undefined ? {} : { newPerDay }) }));
    assert.equal(q.counts.new, expectedNew);
    assert.equal(q.newIntroducedToday, introduced);
    assert.equal(q.newRemainingToday, expectedNew);
  }
});

test("two cards of the same term never follow each other when avoidable", () => {
  const cards = ["a", "b", "c"].flatMap((t, i) => CARD_TYPES.map((type, k) => card(t, type, review(now - (i * 5 + k) * HOUR))));
  const q = buildQueue(base(cards));
  assert.equal(q.entries.length, 15);
  assert.equal(adjacentSameTerm(q.entries.map((e) => e.termId)), 0);
});

test("interleave keeps priority order when it can, avoids neighbours, and minimises them when it can't", () => {
  const random = seededRandom("interleave");
  for (let run = 0; run < 300; run++) {
    const n = 1 + Math.floor(random() * 25);
    const groupCount = 1 + Math.floor(random() * 6);
    const items = Array.from({ length: n }, (_, i) => ({ i, g: `g${Math.floor(random() * groupCount)}` }));
    const previous = random() < 0.5 ? null : `g${Math.floor(random() * groupCount)}`;
    const out = interleave(items, (x) => x.g, previous);
    assert.deepEqual([...out].sort((a, b) => a.i - b.i), items, "a permutation");
    const counts = new Map<string, number>();
    for (const x of items) counts.set(x.g, (counts.get(x.g) ?? 0) + 1);
    const m = Math.max(...counts.values());
    const sequence = [previous ?? "-", ...out.map((x) => x.g)];
    const feasible = m <= Math.ceil(n / 2) && (previous === null || (counts.get(previous) ?? 0) <= Math.floor(n / 2));
    if (feasible) assert.equal(adjacentSameTerm(sequence), 0, JSON.stringify({ items, previous, out }));
    else if (previous === null) assert.equal(adjacentSameTerm(sequence), 2 * m - n - 1, JSON.stringify({ items, out }));
    // Within a group, the priority order is kept.
    for (const g of counts.keys()) {
      const order = out.filter((x) => x.g === g).map((x) => x.i);
      assert.deepEqual(order, [...order].sort((a, b) => a - b));
    }
  }
  // Already fine: unchanged.
  assert.deepEqual(interleave(["a1", "b1", "a2", "c1"], (s) => s[0]!), ["a1", "b1", "a2", "c1"]);
  assert.deepEqual(interleave(["a1", "a2", "b1", "b2"], (s) => s[0]!), ["a1", "b1", "a2", "b2"]);
  assert.deepEqual(interleave(["a1", "b1"], (s) => s[0]!, "a"), ["b1", "a1"]);
});

test("deterministic for a seed; the seed orders terms added at the same moment", () => {
  const cards = Array.from({ length: 12 }, (_, i) => card(`term-${i}`, "recognition"));
  const a = ids(base(cards, { seed: "u1:2026-03-10" }));
  assert.deepEqual(ids(base([...cards].reverse(), { seed: "u1:2026-03-10" })), a, "input order doesn't matter");
  assert.deepEqual(ids(base(cards, { seed: "u1:2026-03-10" })), a);
  const orders = new Set(Array.from({ length: 5 }, (_, i) => ids(base(cards, { seed: `u1:day-${i}` })).join()));
  assert.ok(orders.size > 1);
});

test("resumable: after each grade, the rebuilt queue is the rest of the previous one", () => {
  // 4 terms × 5 new cards, 6 reviews of 3 other terms: grade through the whole queue.
  let cards: QueueCard[] = [
    ...["alpha", "beta", "gamma", "delta"].flatMap((t) => CARD_TYPES.map((type) => card(t, type))),
    ...["x", "y", "z"].flatMap((t, i) => [card(t, "recall", review(now - i * HOUR)), card(t, "cloze", review(now - (i + 3) * HOUR))]),
  ];
  const log: ReviewLogEntry[] = [];
  let t = now;
  let queue = ids(base(cards));
  assert.equal(queue.length, 21); // 6 reviews + the 15-card daily limit
  while (queue.length > 0) {
    const [head, ...rest] = queue;
    const current = cards.find((c) => c.id === head)!;
    // Grades that take the card out of today's queue, so the rest should stay as it was.
    const grade: Grade = current.state.phase === "new" ? "easy" : "good";
    const { state, log: entry } = schedule({ cardId: current.id, state: current.state, grade, now: t, durationMs: 3000 });
    cards = cards.map((c) => (c.id === head ? { ...c, state } : c));
    log.push(entry);
    t += 15_000;
    queue = ids(base(cards, { now: t, todayLog: log }));
    assert.deepEqual(queue, rest, `after ${head}`);
  }
  assert.equal(buildQueue(base(cards, { now: t, todayLog: log })).newRemainingToday, 0);
});
