import { test } from "node:test";
import assert from "node:assert/strict";
import { fsrs, generatorParameters, createEmptyCard, Rating } from "ts-fsrs";
import { formatInterval, previewIntervals, schedule, undoReview, GRADES, type Grade } from "./schedule.ts";
import { fromFsrsCard, newCardState, stateVersion, toFsrsCard } from "./state.ts";
import { at } from "./test-support.ts";

const MIN = 60_000;
const DAY = 86_400_000;
const now = at("2026-01-05T09:00:00Z");

test("a new card's first grade: learning steps for Again/Hard/Good, review for Easy", () => {
  const cases: [grade: Grade, phase: string, minutes: number | null][] = [
    ["again", "learning", 1],
    ["hard", "learning", 6],
    ["good", "learning", 10],
    ["easy", "review", null],
  ];
  for (const [grade, phase, minutes] of cases) {
    const { state, log } = schedule({ cardId: "api:recall", state: newCardState(now), grade, now, durationMs: 4200 });
    assert.equal(state.phase, phase, grade);
    if (minutes !== null) assert.equal(state.due - now, minutes * MIN, grade);
    else assert.ok(state.due - now >= DAY, grade);
    assert.equal(state.reps, 1);
    assert.equal(state.lastReview, now);
    assert.deepEqual(log, { cardId: "api:recall", grade, reviewedAt: now, durationMs: 4200, before: newCardState(now), after: state });
  }
});

test("the state is plain data that survives JSON and agrees with ts-fsrs", () => {
  let state = newCardState(now);
  let t = now;
  const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true }));
  let card = createEmptyCard(new Date(now));
  for (const [grade, rating] of [["good", Rating.Good], ["good", Rating.Good], ["again", Rating.Again], ["good", Rating.Good], ["easy", Rating.Easy]] as const) {
    state = JSON.parse(JSON.stringify(schedule({ cardId: "x:recall", state, grade, now: t, durationMs: 1000 }).state));
    card = f.next(card, new Date(t), rating).card;
    assert.deepEqual(state, fromFsrsCard(card));
    t = state.due;
  }
  assert.deepEqual(fromFsrsCard(toFsrsCard(state)), state);
});

test("desired retention changes the intervals: higher retention, shorter intervals", () => {
  const graduated = schedule({ cardId: "x:recall", state: newCardState(now), grade: "easy", now, durationMs: 0 }).state;
  const t = graduated.due;
  const interval = (desiredRetention: number) =>
    schedule({ cardId: "x:recall", state: graduated, grade: "good", now: t, durationMs: 0, settings: { desiredRetention, enableFuzz: false } }).state.due - t;
  assert.ok(interval(0.8) > interval(0.9));
  assert.ok(interval(0.9) > interval(0.97));
  assert.throws(() => interval(0.5), RangeError);
  assert.throws(() => interval(1), RangeError);
});

test("the maximum interval caps the next interval", () => {
  const state = fromFsrsCard({ ...createEmptyCard(new Date(now - 400 * DAY)), state: 2, stability: 900, difficulty: 3, scheduled_days: 300, reps: 8, last_review: new Date(now - 300 * DAY), due: new Date(now) });
  const interval = (grade: Grade, maximumInterval?: number) =>
    (schedule({ cardId: "x:recall", state, grade, now, durationMs: 0, settings: maximumInterval ? { maximumInterval } : {} }).state.due - now) / DAY;
  assert.ok(interval("easy") > 500);
  assert.ok(interval("hard", 60) <= 60);
  // ts-fsrs keeps Hard < Good < Easy by at least a day each, so those may pass the cap by a day or two.
  assert.ok(interval("easy", 60) <= 62);
});

test("previewIntervals gives each button's due time and label, matching what grading does", () => {
  const learning = schedule({ cardId: "x:recall", state: newCardState(now), grade: "good", now, durationMs: 0 }).state;
  for (const [state, t, labels] of [
    [newCardState(now), now, ["1 min", "6 min", "10 min", null]],
    [learning, learning.due, ["1 min", "6 min", null, null]],
  ] as const) {
    const preview = previewIntervals(state, t);
    assert.deepEqual(preview.map((p) => p.grade), [...GRADES]);
    preview.forEach((p, i) => {
      assert.equal(p.due, schedule({ cardId: "x:recall", state, grade: p.grade, now: t, durationMs: 0 }).state.due, p.grade);
      if (labels[i]) assert.equal(p.label, labels[i]);
      assert.equal(p.label, formatInterval(p.due - t));
    });
    // Later grades never come back sooner.
    for (let i = 1; i < preview.length; i++) assert.ok(preview[i]!.due >= preview[i - 1]!.due);
  }
});

test("formatInterval labels", () => {
  const cases: [ms: number, label: string][] = [
    [0, "1 min"],
    [20_000, "1 min"],
    [MIN, "1 min"],
    [10 * MIN, "10 min"],
    [59 * MIN, "59 min"],
    [59.7 * MIN, "1 h"],
    [90 * MIN, "1.5 h"],
    [5 * 3_600_000, "5 h"],
    [23.4 * 3_600_000, "23 h"],
    [23.6 * 3_600_000, "1 day"],
    [DAY, "1 day"],
    [3 * DAY, "3 days"],
    [29 * DAY, "29 days"],
    [30 * DAY, "1 mo"],
    [45 * DAY, "1.5 mo"],
    [61 * DAY, "2 mo"],
    [364 * DAY, "1 yr"],
    [365 * DAY, "1 yr"],
    [547 * DAY, "1.5 yr"],
    [36500 * DAY, "100 yr"],
  ];
  for (const [ms, label] of cases) assert.equal(formatInterval(ms), label, `${ms} ms`);
});

test("undo restores the exact before-state, and only while the log is the card's last", () => {
  const reviewed = schedule({ cardId: "x:recall", state: newCardState(now), grade: "easy", now, durationMs: 0 });
  const later = reviewed.state.due + 2 * DAY;
  const lapse = schedule({ cardId: "x:recall", state: reviewed.state, grade: "again", now: later, durationMs: 0 });
  assert.equal(lapse.state.phase, "relearning");
  assert.equal(lapse.state.lapses, 1);
  assert.deepEqual(undoReview(lapse.state, lapse.log), reviewed.state);
  // ts-fsrs's rollback() loses the original due date; the stored before-state does not.
  const rolledBack = fromFsrsCard(fsrs({ enable_fuzz: true }).rollback(toFsrsCard(lapse.state), {
    rating: Rating.Again, state: 2, due: new Date(reviewed.state.due), stability: reviewed.state.stability,
    difficulty: reviewed.state.difficulty, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: reviewed.state.scheduledDays,
    learning_steps: 0, review: new Date(later),
  }));
  assert.notEqual(rolledBack.due, reviewed.state.due);
  // Once graded again, the older log no longer undoes.
  const again = schedule({ cardId: "x:recall", state: lapse.state, grade: "good", now: lapse.state.due, durationMs: 0 });
  assert.equal(undoReview(again.state, lapse.log), null);
});

test("the state version changes with every grade and comes back with undo", () => {
  const s0 = newCardState(now);
  const r = schedule({ cardId: "x:recall", state: s0, grade: "good", now, durationMs: 0 });
  assert.notEqual(stateVersion(r.state), stateVersion(s0));
  assert.equal(stateVersion(undoReview(r.state, r.log)!), stateVersion(s0));
});

test("the time taken is stored as whole non-negative milliseconds", () => {
  const cases: [input: number, stored: number][] = [[1234.6, 1235], [-5, 0], [Number.NaN, 0]];
  for (const [input, stored] of cases) {
    assert.equal(schedule({ cardId: "x:recall", state: newCardState(now), grade: "good", now, durationMs: input }).log.durationMs, stored);
  }
});
