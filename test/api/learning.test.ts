/**
 * The learning path over HTTP on real databases: a run through a mixed set (written answer graded
 * by the coach), idempotent answers, bad answers, the mistakes set, mastery and the streak in the
 * learner's time zone across a day boundary and a move, review time in today's minutes, roadmap marks, and — over every learning
 * route — no answer key or explanation before the answer is submitted.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, signUp, type Client, type TestApp } from "../helpers/app.ts";
import type { Exercise } from "../../src/content/schema.ts";
import { keyAnswer, type ExerciseAnswer } from "../../src/learning/answers.ts";
import { PublicExercise } from "../../src/learning/exercise-view.ts";
import { reviewSeconds } from "../../src/learning/streaks.ts";

const ROLE = "backend-developer";
const SET = "api-design-mid";
const BASE = `/api/learning/roles/${ROLE}`;
const MINUTE = 60_000;

/** A clock the test moves by hand. */
function manualClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => t,
    set: (iso: string) => void (t = Date.parse(iso)),
    advance: (ms: number) => void (t += ms),
  };
}

/** An answer that gets it wrong, for each objective type. */
function wrongAnswer(e: Exercise, seed: string): ExerciseAnswer {
  const key = keyAnswer(e, seed);
  switch (key.type) {
    case "multiple-choice": {
      const n = (e as Extract<Exercise, { type: "multiple-choice" }>).options.length;
      return { type: key.type, selected: [[...Array(n).keys()].find((i) => !key.selected.includes(i))!] };
    }
    case "phrasing":
      return { type: key.type, selected: (key.selected + 1) % (e as Extract<Exercise, { type: "phrasing" }>).options.length };
    case "cloze":
      return { type: key.type, blanks: key.blanks.map(() => "zzz") };
    case "matching":
      return { type: key.type, matches: key.matches.map(() => null) };
    case "ordering":
      return { type: key.type, order: [...key.order].reverse() };
    case "error-correction":
      return { type: key.type, sentence: "Something else entirely." };
    case "written":
      return { type: key.type, text: "too short" };
  }
}

for (const dialect of DIALECTS) {
  describe(`learning path (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    const clock = manualClock("2026-03-02T09:00:00Z");
    /** The pack's exercises with their keys, by id. */
    const exercises = new Map<string, Exercise>();

    before(async () => {
      t = await buildTestApp(dialect, { COACH_WORKERS: "1" }, { clock });
      const rows = await t.database.handle.db.selectFrom("exercises").select(["id", "data"]).execute();
      for (const r of rows) exercises.set(r.id, JSON.parse(r.data) as Exercise);
    });
    after(async () => t?.close());

    async function start(c: Client, set = SET) {
      const res = await c.post(`${BASE}/exercise-sets/${set}/attempts`);
      assert.equal(res.status, 201, res.text);
      return res.body.attempt as { id: string; total: number; exercises: { id: string; type: string }[] };
    }

    async function answer(c: Client, attemptId: string, exerciseId: string, a: ExerciseAnswer) {
      return c.post(`/api/learning/attempts/${attemptId}/answers`, { exerciseId, answer: a });
    }

    test("a mixed set: instant feedback with the explanation, a written answer graded by the coach, the summary, mastery and streak", async () => {
      clock.set("2026-03-02T09:00:00Z");
      const { client: c } = await signUp(t.app);
      const before = (await c.get(`${BASE}/path`)).body.path;
      const apiArea = before.areas.find((a: { id: string }) => a.id === "api-design");
      assert.equal(apiArea.mastery.status, "no-data");
      assert.equal(before.streak.currentStreak, 0);
      assert.equal(before.areas.length, 12);
      assert.ok(before.nextSteps.some((s: { kind: string }) => s.kind === "new-area"));
      assert.ok(before.recommended.writing.length > 0 && before.recommended.speaking.length > 0);

      const attempt = await start(c);
      assert.equal(attempt.total, attempt.exercises.length);
      const types = new Set(attempt.exercises.map((e) => e.type));
      assert.ok(types.has("written") && types.size >= 5, [...types].join());

      let wrongId = null as string | null;
      for (const shown of attempt.exercises) {
        clock.advance(2 * MINUTE);
        const e = exercises.get(shown.id)!;
        const giveWrong: boolean = wrongId === null && e.type === "cloze";
        const given = giveWrong ? wrongAnswer(e, attempt.id) : keyAnswer(e, attempt.id);
        if (giveWrong) wrongId = e.id;
        const res = await answer(c, attempt.id, e.id, given);
        assert.equal(res.status, 200, `${e.id}: ${res.text}`);
        const r = res.body.result;
        assert.equal(r.exerciseId, e.id);
        assert.equal(r.explanation, e.explanation.trim());
        assert.equal(r.correctAnswer.type, e.type);
        assert.equal(res.body.replayed, false);
        if (e.type === "written") {
          assert.ok(r.written, "the coach's grade");
          assert.ok(r.written.coach.overall >= 0 && r.written.coach.overall <= 100);
          assert.equal(typeof r.written.coach.summary, "string");
          assert.ok(r.written.score >= 0.6, `the model answer passes: ${r.written.score}`);
        } else {
          assert.equal(r.correct, !giveWrong, `${e.id} ${JSON.stringify(r)}`);
        }
      }
      assert.ok(wrongId);

      const summary = (await c.get(`/api/learning/attempts/${attempt.id}/summary`)).body.summary;
      assert.equal(summary.complete, true);
      assert.equal(summary.answered, attempt.total);
      assert.equal(summary.correct, attempt.total - 1);
      assert.ok(summary.percent >= 80 && summary.percent < 100, String(summary.percent));
      assert.equal(summary.seconds, attempt.total * 120);
      const missedTerms = exercises.get(wrongId!)!.terms;
      assert.deepEqual(summary.termsMissed.map((x: { id: string }) => x.id), missedTerms);
      assert.ok(summary.termsMissed.every((x: { title: string }) => x.title.length > 0));
      assert.equal(summary.mistakes, 1);
      assert.equal(summary.mastery.area, "api-design");
      assert.ok(summary.mastery.value > 50, JSON.stringify(summary.mastery));
      assert.equal(summary.streak.todayMinutes, attempt.total * 2);
      assert.equal(summary.streak.currentStreak, 1, "20 minutes meet the default 15-minute goal");
      assert.equal(summary.nextSetId, "api-design-senior");

      const path = (await c.get(`${BASE}/path`)).body.path;
      const area = path.areas.find((a: { id: string }) => a.id === "api-design");
      assert.equal(area.mastery.status, "ok");
      assert.equal(area.mastery.value, summary.mastery.value);
      assert.equal(area.setsCompleted, 1);
      const set = area.levels.find((l: { level: string }) => l.level === "mid").sets[0];
      assert.equal(set.completed, true);
      assert.equal(set.bestPercent, summary.percent);
      assert.equal(path.streak.todayMet, true);
      assert.equal(path.mistakes, 1);
      assert.deepEqual(path.nextSteps[0], {
        kind: "next-set",
        areaId: "api-design",
        areaTitle: area.title,
        setId: "api-design-senior",
        setTitle: area.levels.find((l: { level: string }) => l.level === "senior").sets[0].title,
        attemptId: null,
        answered: null,
        total: null,
        due: null,
        mastery: null,
      });
      // The written exercise answered well is no longer recommended.
      const writtenId = attempt.exercises.find((e) => e.type === "written")!.id;
      assert.ok(!path.recommended.writing.some((w: { exerciseId: string }) => w.exerciseId === writtenId));

      const today = (await c.get(`${BASE}/today`)).body.today;
      assert.equal(today.next.setId, "api-design-senior");
      assert.equal(today.streak.currentStreak, 1);

      const areaPage = (await c.get(`${BASE}/areas/api-design`)).body.area;
      assert.equal(areaPage.mastery.value, summary.mastery.value);
      assert.ok(areaPage.mastery.components.exercises.value > 0);
      assert.ok(areaPage.mastery.components.written.value > 0);
      assert.equal(areaPage.mastery.components.vocabulary, null);
      assert.equal(areaPage.answered, attempt.total);
      assert.ok(areaPage.terms.length > 5 && areaPage.topics.length > 0 && areaPage.questions.length > 0);
      assert.deepEqual(areaPage.levels.map((l: { level: string }) => l.level), ["junior", "mid", "senior"]);
    });

    test("the same answer twice is recorded once; a different one is refused; a run can be resumed", async () => {
      const { client: c } = await signUp(t.app);
      const attempt = await start(c);
      const first = exercises.get(attempt.exercises[0]!.id)!;
      const key = keyAnswer(first, attempt.id);
      const [a, b] = await Promise.all([answer(c, attempt.id, first.id, key), answer(c, attempt.id, first.id, key)]);
      assert.equal(a.status, 200, a.text);
      assert.equal(b.status, 200, b.text);
      assert.deepEqual([a.body.replayed, b.body.replayed].sort(), [false, true]);
      assert.deepEqual(a.body.result, b.body.result);
      const again = await answer(c, attempt.id, first.id, key);
      assert.equal(again.body.replayed, true);
      assert.equal(again.body.progress.answered, 1);

      const rows = await t.database.handle.db.selectFrom("exercise_answers").select("id").where("attempt_id", "=", attempt.id).execute();
      assert.equal(rows.length, 1);
      const run = await t.database.handle.db.selectFrom("set_attempts").selectAll().where("id", "=", attempt.id).executeTakeFirstOrThrow();
      assert.equal(Number(run.answered), 1);

      const different = await answer(c, attempt.id, first.id, wrongAnswer(first, attempt.id));
      assert.equal(different.status, 409);
      assert.equal(different.body.error.code, "conflict");

      // Resuming shows the same order and the answer given.
      const resumed = (await c.get(`/api/learning/attempts/${attempt.id}`)).body.attempt;
      assert.deepEqual(resumed.exercises, attempt.exercises);
      assert.equal(resumed.answered, 1);
      assert.equal(resumed.results.length, 1);
      assert.equal(resumed.results[0].exerciseId, first.id);
      const path = (await c.get(`${BASE}/path`)).body.path;
      assert.equal(path.nextSteps[0].kind, "continue-set");
      assert.equal(path.nextSteps[0].attemptId, attempt.id);
      assert.equal(path.nextSteps[0].answered, 1);
    });

    test("answers that do not fit are 400, unknown runs and exercises 404, another learner's run 404", async () => {
      const { client: c } = await signUp(t.app);
      const attempt = await start(c);
      const mc = attempt.exercises.find((e) => e.type === "multiple-choice")!;
      const wrongType = await answer(c, attempt.id, mc.id, { type: "cloze", blanks: ["x"] });
      assert.equal(wrongType.status, 400);
      assert.equal(wrongType.body.error.details[0].path, "answer");
      const outOfRange = await answer(c, attempt.id, mc.id, { type: "multiple-choice", selected: [9] });
      assert.equal(outOfRange.status, 400);
      const written = attempt.exercises.find((e) => e.type === "written")!;
      const short = await answer(c, attempt.id, written.id, { type: "written", text: "Too short." });
      assert.equal(short.status, 400);
      assert.equal(short.body.error.details[0].path, "answer.text");
      assert.match(short.body.error.message, /at least/);
      assert.equal((await answer(c, attempt.id, "not-in-this-set", { type: "cloze", blanks: ["x"] })).status, 404);
      assert.equal((await answer(c, "00000000-0000-4000-8000-000000000000", mc.id, { type: "multiple-choice", selected: [0] })).status, 404);
      assert.equal((await c.post(`${BASE}/exercise-sets/no-such-set/attempts`)).status, 404);
      assert.equal((await c.post(`/api/learning/roles/no-such-role/exercise-sets/${SET}/attempts`)).status, 404);
      assert.equal((await c.get(`/api/learning/roles/no-such-role/path`)).status, 404);
      assert.equal((await c.get(`${BASE}/areas/no-such-area`)).status, 404);

      const other = await signUp(t.app);
      assert.equal((await other.client.get(`/api/learning/attempts/${attempt.id}`)).status, 404);
      assert.equal((await other.client.get(`/api/learning/attempts/${attempt.id}/summary`)).status, 404);
      const theirs = await answer(other.client, attempt.id, mc.id, keyAnswer(exercises.get(mc.id)!, attempt.id));
      assert.equal(theirs.status, 404);
      const rows = await t.database.handle.db.selectFrom("exercise_answers").select("id").where("attempt_id", "=", attempt.id).execute();
      assert.equal(rows.length, 0, "nothing recorded by refused answers");
    });

    test("review my mistakes: wrong answers make the set, right answers empty it", async () => {
      const { client: c } = await signUp(t.app);
      assert.equal((await c.post(`${BASE}/mistakes/attempts`)).status, 409);
      const attempt = await start(c, "databases-junior");
      const objective = attempt.exercises.filter((e) => e.type !== "written").slice(0, 3);
      for (const shown of objective) {
        clock.advance(MINUTE);
        const res = await answer(c, attempt.id, shown.id, wrongAnswer(exercises.get(shown.id)!, attempt.id));
        assert.equal(res.status, 200, res.text);
        assert.equal(res.body.result.correct, false);
      }
      assert.equal((await c.get(`${BASE}/path`)).body.path.mistakes, 3);

      const res = await c.post(`${BASE}/mistakes/attempts`);
      assert.equal(res.status, 201, res.text);
      const mistakes = res.body.attempt;
      assert.equal(mistakes.kind, "mistakes");
      assert.equal(mistakes.title, "Review my mistakes");
      assert.deepEqual(new Set(mistakes.exercises.map((e: { id: string }) => e.id)), new Set(objective.map((e) => e.id)));
      for (const shown of mistakes.exercises) {
        clock.advance(MINUTE);
        const ok = await answer(c, mistakes.id, shown.id, keyAnswer(exercises.get(shown.id)!, mistakes.id));
        assert.equal(ok.body.result.correct, true);
      }
      const summary = (await c.get(`/api/learning/attempts/${mistakes.id}/summary`)).body.summary;
      assert.equal(summary.complete, true);
      assert.equal(summary.mistakes, 0);
      assert.equal((await c.post(`${BASE}/mistakes/attempts`)).status, 409);
    });

    test("the streak counts days in the learner's zone: Tokyo's midnight, a missed day, then a move to New York", async () => {
      const { client: c } = await signUp(t.app);
      const profile = await c.patch("/api/account/profile", { timeZone: "Asia/Tokyo", dailyGoalMinutes: 5 });
      assert.equal(profile.status, 200, profile.text);

      // 23:40 in Tokyo on 1 March (14:40 UTC): five minutes of answers before Tokyo's midnight.
      clock.set("2026-03-01T14:40:00Z");
      const first = await start(c, "caching-junior");
      for (const shown of first.exercises.filter((e) => e.type !== "written").slice(0, 5)) {
        clock.advance(MINUTE);
        assert.equal((await answer(c, first.id, shown.id, keyAnswer(exercises.get(shown.id)!, first.id))).status, 200);
      }
      let streak = (await c.get(`${BASE}/today`)).body.today.streak;
      assert.equal(streak.today, "2026-03-01");
      assert.equal(streak.timeZone, "Asia/Tokyo");
      assert.equal(streak.todayMinutes, 5);
      assert.equal(streak.todayMet, true);
      assert.equal(streak.currentStreak, 1);

      // 00:05 in Tokyo on 2 March — still 1 March in UTC: a new day that has not broken the streak.
      clock.set("2026-03-01T15:05:00Z");
      streak = (await c.get(`${BASE}/today`)).body.today.streak;
      assert.equal(streak.today, "2026-03-02");
      assert.equal(streak.todayMinutes, 0);
      assert.equal(streak.currentStreak, 1);
      assert.deepEqual(
        streak.recent.slice(-2).map((d: { date: string; met: boolean }) => [d.date, d.met]),
        [
          ["2026-03-01", true],
          ["2026-03-02", false],
        ],
      );

      const second = await start(c, "caching-mid");
      for (const shown of second.exercises.filter((e) => e.type !== "written").slice(0, 5)) {
        clock.advance(MINUTE);
        await answer(c, second.id, shown.id, keyAnswer(exercises.get(shown.id)!, second.id));
      }
      streak = (await c.get(`${BASE}/today`)).body.today.streak;
      assert.equal(streak.currentStreak, 2);
      assert.equal(streak.longestStreak, 2);

      // 3 March passes without practice: on the 4th the streak is 0, the longest still 2.
      clock.set("2026-03-04T01:00:00Z");
      streak = (await c.get(`${BASE}/today`)).body.today.streak;
      assert.equal(streak.today, "2026-03-04");
      assert.equal(streak.currentStreak, 0);
      assert.equal(streak.longestStreak, 2);

      // Moving to New York re-dates nothing: the days earned in Tokyo stay as they were.
      await c.patch("/api/account/profile", { timeZone: "America/New_York" });
      streak = (await c.get(`${BASE}/today`)).body.today.streak;
      assert.equal(streak.today, "2026-03-03", "20:00 on 3 March in New York");
      assert.equal(streak.timeZone, "America/New_York");
      assert.equal(streak.longestStreak, 2);
      assert.equal(streak.currentStreak, 2, "in New York it is 3 March: the streak ending 2 March is still alive");
    });

    test("time in vocabulary review counts toward today's minutes: capped per card, once per grade, gone when undone", async () => {
      clock.set("2026-05-04T07:00:00Z"); // 09:00 in Berlin
      const { client: c } = await signUp(t.app);
      await c.patch("/api/account/profile", { timeZone: "Europe/Berlin", dailyGoalMinutes: 5 });
      const added = await c.post(`/api/review/deck/${ROLE}/areas/caching`);
      assert.ok([200, 201].includes(added.status), added.text);
      const queue = (await c.get("/api/review/queue?limit=20")).body.queue;
      const cards: { id: string; stateVersion: string; front: { type: string } }[] = queue.cards;
      assert.ok(cards.length >= 8, `enough cards to review (${cards.length})`);
      const grade = (card: (typeof cards)[number], durationMs: number, idempotencyKey?: string) => {
        const body = card.front.type === "recognition" ? { grade: "good" } : card.front.type === "usage" ? { choice: 0 } : { answer: "zzz" };
        return c.post(`/api/review/cards/${card.id}/grade`, { stateVersion: card.stateVersion, durationMs, ...body, ...(idempotencyKey && { idempotencyKey }) });
      };
      const todayStreak = async () => (await c.get(`${BASE}/today`)).body.today.streak;
      assert.equal((await todayStreak()).todayMinutes, 0);

      // 45 s, a card left open for ten minutes (a minute counts), 30 s, an untimed review: 2.25 minutes.
      const durations = [45_000, 600_000, 30_000, 0];
      for (const [i, ms] of durations.entries()) {
        clock.advance(Math.min(ms, MINUTE));
        assert.equal((await grade(cards[i]!, ms)).status, 200);
      }
      const expected = durations.reduce((sum, ms) => sum + reviewSeconds(ms), 0) / 60;
      assert.equal(expected, 2.25);
      let streak = await todayStreak();
      assert.deepEqual([streak.today, streak.todayMinutes, streak.todayMet, streak.currentStreak], ["2026-05-04", 2.3, false, 0]);

      // A grade sent twice (a retry with the same key) is one review, counted once.
      const key = "4b5b3c0e-6a55-4a52-9d1e-7a1f3a9c2e10";
      assert.equal((await grade(cards[4]!, 45_000, key)).body.replayed, false);
      assert.equal((await grade(cards[4]!, 45_000, key)).body.replayed, true);
      assert.equal((await todayStreak()).todayMinutes, 3);

      // Undo takes the review, and its time, back.
      clock.advance(MINUTE);
      const last = await grade(cards[5]!, 60_000);
      assert.equal((await todayStreak()).todayMinutes, 4);
      assert.equal((await c.post("/api/review/undo", { reviewId: last.body.reviewId })).status, 200);
      assert.equal((await todayStreak()).todayMinutes, 3);

      // Two more minutes of review meet the 5-minute goal, on the path page and the home page alike.
      for (const card of cards.slice(6, 8)) {
        clock.advance(MINUTE);
        assert.equal((await grade(card, 60_000)).status, 200);
      }
      streak = await todayStreak();
      assert.deepEqual([streak.todayMinutes, streak.todayMet, streak.currentStreak], [5, true, 1]);
      assert.deepEqual((await c.get(`${BASE}/path`)).body.path.streak, streak);
    });

    test("the review deck: cards due on the path, terms in the deck, known terms in mastery, and not offered again", async () => {
      clock.set("2026-04-01T09:00:00Z");
      const { client: c, user } = await signUp(t.app);
      let path = (await c.get(`${BASE}/path`)).body.path;
      assert.equal(path.dueReviews, 0);

      const added = await c.post(`/api/review/deck/${ROLE}/areas/caching`);
      assert.ok([200, 201].includes(added.status), added.text);
      path = (await c.get(`${BASE}/path`)).body.path;
      assert.ok(path.dueReviews > 0, "new cards wait in today's queue");
      assert.ok(path.nextSteps.some((s: { kind: string }) => s.kind === "reviews"));
      let area = (await c.get(`${BASE}/areas/caching`)).body.area;
      assert.ok(area.terms.every((x: { inDeck: boolean }) => x.inDeck === true));
      assert.equal(area.mastery.components.vocabulary, null, "added but not reviewed yet: no evidence");

      // Two of the area's terms known for a month (stability 30 days), as if reviewed long ago.
      const known = area.terms.slice(0, 2).map((x: { id: string }) => x.id);
      await t.database.handle.db
        .updateTable("review_cards")
        .set({ phase: "review", stability: 30, difficulty: 5, scheduled_days: 30, reps: 4, last_review: clock.now() - 86_400_000, due: clock.now() + 20 * 86_400_000 })
        .where("user_id", "=", user.id)
        .where("term_id", "in", known)
        .execute();
      area = (await c.get(`${BASE}/areas/caching`)).body.area;
      const vocabulary = area.mastery.components.vocabulary;
      assert.ok(vocabulary, "the vocabulary component");
      assert.equal(Math.round(vocabulary.value), Math.round((100 * 2) / area.terms.length));
      assert.equal(area.mastery.status, "not-enough-data", "words alone are not enough evidence");

      // A wrong answer in the area: its terms are in the deck, so none is offered again.
      const attempt = await start(c, "caching-junior");
      const first = attempt.exercises.find((e) => e.type === "multiple-choice")!;
      await answer(c, attempt.id, first.id, wrongAnswer(exercises.get(first.id)!, attempt.id));
      const summary = (await c.get(`/api/learning/attempts/${attempt.id}/summary`)).body.summary;
      const cachingTerms = new Set(area.terms.map((x: { id: string }) => x.id));
      assert.ok(exercises.get(first.id)!.terms.some((id) => cachingTerms.has(id)));
      assert.ok(summary.termsMissed.every((x: { id: string }) => !cachingTerms.has(x.id)), JSON.stringify(summary.termsMissed));
    });

    test("roadmap: topics by area with prerequisites and next; marks done, learning, skipped and cleared", async () => {
      const { client: c } = await signUp(t.app);
      let roadmap = (await c.get(`${BASE}/roadmap`)).body.roadmap;
      assert.ok(roadmap.counts.total >= 70, String(roadmap.counts.total));
      const http = roadmap.areas.flatMap((a: { topics: unknown[] }) => a.topics).find((x: { id: string }) => x.id === "http");
      assert.ok(http.prerequisites.length > 0 && http.next.length > 0);
      assert.equal(http.status, null);

      const mark = (id: string, status: string | null) => c.raw("PUT", `${BASE}/topics/${id}/progress`, { status });
      assert.deepEqual((await mark("http", "done")).body, { progress: { topicId: "http", status: "done" } });
      assert.equal((await mark("rest", "learning")).status, 200);
      assert.equal((await mark("xml", "skipped")).status, 200);
      assert.equal((await mark("xml", "done")).status, 200);
      assert.equal((await mark("no-such-topic", "done")).status, 404);
      assert.equal((await mark("http", "finished")).status, 400);
      roadmap = (await c.get(`${BASE}/roadmap`)).body.roadmap;
      assert.deepEqual({ ...roadmap.counts, total: 0 }, { total: 0, done: 2, learning: 1, skipped: 0 });
      assert.equal((await mark("rest", null)).status, 200);
      roadmap = (await c.get(`${BASE}/roadmap`)).body.roadmap;
      assert.equal(roadmap.counts.learning, 0);
      const areaPage = (await c.get(`${BASE}/areas/foundations`)).body.area;
      assert.equal(areaPage.topics.find((x: { id: string }) => x.id === "http").status, "done");
    });

    test("the area page shows the learner's practice of its interview questions and roleplays", async () => {
      const c = (await signUp(t.app)).client;
      let area = (await c.get(`${BASE}/areas/observability`)).body.area;
      assert.ok(area.questions.every((q: { practice: unknown }) => q.practice === null));
      assert.ok(area.scenarios.every((s: { progress: unknown }) => s.progress === null));

      const answer = await c.post(`/api/interview/roles/${ROLE}/questions/logs-metrics-traces/answers`, {
        text: "Logs record single events, metrics are numbers aggregated over time, and traces follow one request across services.",
      });
      assert.equal(answer.status, 201, answer.text);
      const roleplay = (await c.post("/api/roleplays", { scenario: "explain-outage" })).body.roleplay;
      await c.post(`/api/roleplays/${roleplay.id}/end`, {});
      await c.post("/api/roleplays", { scenario: "explain-outage" });

      area = (await c.get(`${BASE}/areas/observability`)).body.area;
      const q = area.questions.find((x: { id: string }) => x.id === "logs-metrics-traces");
      assert.equal(q.practice.attempts, 1);
      assert.equal(q.practice.best, answer.body.answer.overall);
      const s = area.scenarios.find((x: { id: string }) => x.id === "explain-outage");
      assert.deepEqual(s.progress, { completed: 1, inProgress: true, bestGoalsMet: 0, goalsTotal: 4 });
    });

    test("no answer key or explanation leaves before the answer: every learning route", async () => {
      const { client: c } = await signUp(t.app);
      const attempt = await start(c, "security-mid");
      await start(c, "testing-senior");
      // Something wrong in the history, so that the mistakes set exists too.
      const wrong = attempt.exercises.find((e) => e.type === "multiple-choice")!;
      const answered = await answer(c, attempt.id, wrong.id, wrongAnswer(exercises.get(wrong.id)!, attempt.id));
      assert.equal(answered.status, 200);
      assert.equal(answered.body.result.explanation, exercises.get(wrong.id)!.explanation.trim(), "revealed once answered");
      const mistakes = (await c.post(`${BASE}/mistakes/attempts`)).body.attempt;

      /** What must not show for exercises not answered yet. */
      const secrets = (e: Exercise): string[] => {
        const s = [e.explanation.trim()];
        if (e.type === "written") s.push(e.modelAnswer.trim(), ...e.keyPoints.map((k) => k.text));
        if (e.type === "error-correction") s.push(...e.accept);
        return s;
      };
      const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
      const paths = Object.entries<any>(doc.paths).filter(([p]) => p.startsWith("/api/learning/"));
      assert.ok(paths.length >= 8, "the learning routes are documented");
      const fill = (p: string, attemptId: string) =>
        p.replace("{role}", ROLE).replace("{attempt}", attemptId).replace("{id}", p.includes("/areas/") ? "security" : p.includes("/topics/") ? "http" : "security-mid");

      const answeredIds = new Set([wrong.id]);
      const check = (where: string, body: unknown) => {
        const text = JSON.stringify(body);
        for (const [id, e] of exercises) {
          if (answeredIds.has(id)) continue;
          for (const s of secrets(e)) assert.ok(!text.includes(JSON.stringify(s).slice(1, -1)), `${where} shows a secret of ${id}: ${s.slice(0, 60)}`);
        }
        // Every exercise in a response is the public shape, strictly.
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) return v.forEach(walk);
          if (!v || typeof v !== "object") return;
          const o = v as Record<string, unknown>;
          if (Array.isArray(o.exercises)) for (const e of o.exercises) assert.ok(PublicExercise.safeParse(e).success, `${where}: ${JSON.stringify(e).slice(0, 120)}`);
          Object.values(o).forEach(walk);
        };
        walk(body);
      };

      let checked = 0;
      for (const [p, item] of paths) {
        for (const attemptId of p.includes("{attempt}") ? [attempt.id, mistakes.id] : [attempt.id]) {
          const url = fill(p, attemptId);
          if (item.get) {
            const res = await c.get(url);
            assert.equal(res.status, 200, `GET ${url}: ${res.text.slice(0, 200)}`);
            check(`GET ${url}`, res.body);
            checked++;
          }
          if (item.post && !p.endsWith("/answers")) {
            const res = await c.post(url);
            assert.equal(res.status, 201, `POST ${url}: ${res.text.slice(0, 200)}`);
            check(`POST ${url}`, res.body);
            checked++;
          }
        }
      }
      assert.ok(checked >= 9, String(checked));

      // An answer reveals its own exercise's key, and no other's.
      const next = attempt.exercises.find((e) => e.type === "ordering" || e.type === "cloze")!;
      const res = await answer(c, attempt.id, next.id, keyAnswer(exercises.get(next.id)!, attempt.id));
      answeredIds.add(next.id);
      check("POST answers", res.body);
    });
  });
}
