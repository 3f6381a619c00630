/**
 * User B can neither read nor change anything of user A's through any route: B walks every
 * operation of the OpenAPI document, and nothing of A's shows up in B's answers or changes in A's
 * data.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, signUp, type TestApp } from "../helpers/app.ts";

for (const dialect of DIALECTS) {
  describe(`users cannot see or change each other's data (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t?.close());

    test("every route answers B about B only, and A's data is unchanged", async () => {
      const a = await signUp(t.app, { displayName: "Alice Secretname" });
      await a.client.patch("/api/account/profile", { nativeLanguage: "Portuguese", level: "senior", timeZone: "America/Sao_Paulo" });
      const aBefore = (await a.client.get("/api/account")).body.user;

      const b = await signUp(t.app, { displayName: "Bob" });
      const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
      const secrets = [a.user.id, a.email, "Alice Secretname", "Portuguese"];

      for (const [path, item] of Object.entries<any>(doc.paths)) {
        for (const method of Object.keys(item)) {
          // Path parameters are filled with A's id: B must not reach A's resources by guessing.
          const url = path.replace(/\{[^}]+\}/g, a.user.id);
          if (method === "get") {
            const res = await b.client.get(url);
            for (const s of secrets) assert.ok(!res.text.includes(s), `GET ${url} shows B something of A's (${s})`);
          } else if (method !== "delete" && method !== "post") {
            const res = await b.client.raw(method.toUpperCase() as any, url, { displayName: "Hijacked" });
            assert.ok(res.status < 500, `${method} ${url}`);
          }
        }
      }
      const aAfter = (await a.client.get("/api/account")).body.user;
      assert.deepEqual(aAfter, aBefore);
      const bNow = (await b.client.get("/api/account")).body.user;
      assert.equal(bNow.id, b.user.id);
    });

    test("B's account deletion leaves A's account and sessions intact", async () => {
      const a = await signUp(t.app);
      const b = await signUp(t.app);
      assert.equal((await b.client.delete("/api/account", { password: b.password })).status, 204);
      assert.equal((await a.client.get("/api/account")).status, 200);
    });

    test("learning: B never sees or changes A's runs, answers, marks or progress; deleting B removes only B's", async () => {
      const role = "/api/learning/roles/backend-developer";
      const a = await signUp(t.app);
      const run = (await a.client.post(`${role}/exercise-sets/databases-junior/attempts`)).body.attempt;
      const first = run.exercises.find((e: { type: string }) => e.type === "multiple-choice");
      const given = { type: "multiple-choice", selected: [0] };
      assert.equal((await a.client.post(`/api/learning/attempts/${run.id}/answers`, { exerciseId: first.id, answer: given })).status, 200);
      assert.equal((await a.client.raw("PUT", `${role}/topics/http/progress`, { status: "done" })).status, 200);
      const aPath = (await a.client.get(`${role}/path`)).body.path;
      const aRun = (await a.client.get(`/api/learning/attempts/${run.id}`)).body.attempt;

      const b = await signUp(t.app);
      assert.equal((await b.client.get(`/api/learning/attempts/${run.id}`)).status, 404);
      assert.equal((await b.client.get(`/api/learning/attempts/${run.id}/summary`)).status, 404);
      const second = run.exercises.find((e: { id: string; type: string }) => e.type === "multiple-choice" && e.id !== first.id);
      assert.equal((await b.client.post(`/api/learning/attempts/${run.id}/answers`, { exerciseId: second.id, answer: given })).status, 404);
      const bPath = (await b.client.get(`${role}/path`)).body.path;
      assert.equal(bPath.mistakes, 0);
      assert.equal(bPath.streak.todayMinutes, 0);
      assert.ok(bPath.areas.every((x: { mastery: { status: string }; setsCompleted: number }) => x.mastery.status === "no-data"));
      assert.ok(!JSON.stringify(bPath).includes(run.id));
      assert.equal((await b.client.get(`${role}/roadmap`)).body.roadmap.counts.done, 0);
      assert.equal((await b.client.post(`${role}/mistakes/attempts`)).status, 409);
      // B's own marks and runs leave A's alone.
      assert.equal((await b.client.raw("PUT", `${role}/topics/http/progress`, { status: null })).status, 200);
      await b.client.post(`${role}/exercise-sets/databases-junior/attempts`);

      assert.deepEqual((await a.client.get(`/api/learning/attempts/${run.id}`)).body.attempt, aRun);
      assert.deepEqual((await a.client.get(`${role}/path`)).body.path, aPath);
      assert.equal((await a.client.get(`${role}/roadmap`)).body.roadmap.counts.done, 1);

      assert.equal((await b.client.delete("/api/account", { password: b.password })).status, 204);
      const db = t.database.handle.db;
      for (const table of ["set_attempts", "exercise_answers", "topic_progress"] as const) {
        assert.equal((await db.selectFrom(table).select("user_id").where("user_id", "=", b.user.id).execute()).length, 0, table);
        assert.ok((await db.selectFrom(table).select("user_id").where("user_id", "=", a.user.id).execute()).length > 0, table);
      }
    });
  });
}

// Vocabulary review: B cannot reach A's cards, reviews or deck, even knowing their ids.
for (const dialect of DIALECTS) {
  describe(`review data stays with its learner (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t?.close());

    test("B gets 404 for A's cards and reviews and never sees A's deck", async () => {
      const role = "backend-developer";
      const a = await signUp(t.app);
      await a.client.post(`/api/review/deck/${role}/idempotent`);
      await a.client.patch("/api/review/settings", { newPerDay: 42, desiredRetention: 0.8 });
      const entry = (await a.client.get(`/api/review/deck/${role}/idempotent`)).body.entry;
      const card = (await a.client.get(`/api/review/cards/${entry.cards[0].id}`)).body.card;
      const graded = await a.client.post(`/api/review/cards/${card.id}/grade`, { stateVersion: card.stateVersion, durationMs: 1000, grade: "good" });
      assert.equal(graded.status, 200);
      const reviewId = graded.body.reviewId;
      const aExport = await a.client.get("/api/review/export?format=csv");

      const b = await signUp(t.app);
      const secrets = [card.id, reviewId, ...entry.cards.map((c: { id: string }) => c.id)];
      assert.equal((await b.client.get(`/api/review/cards/${card.id}`)).status, 404);
      assert.equal((await b.client.post(`/api/review/cards/${card.id}/grade`, { stateVersion: graded.body.card.stateVersion, durationMs: 1, grade: "easy" })).status, 404);
      assert.equal((await b.client.get(`/api/review/reviews/${reviewId}`)).status, 404);
      assert.equal((await b.client.post("/api/review/undo", { reviewId })).status, 404);
      assert.equal((await b.client.delete(`/api/review/deck/${role}/idempotent`, {})).status, 404);
      for (const url of ["/api/review/queue?limit=20", "/api/review/deck", `/api/review/deck/${role}/idempotent`, "/api/review/stats", "/api/review/settings", "/api/review/export?format=csv"]) {
        const res = await b.client.get(url);
        assert.equal(res.status, 200, url);
        for (const s of secrets) assert.ok(!res.text.includes(s), `${url} shows B something of A's`);
      }
      assert.equal((await b.client.get(`/api/review/deck/${role}/idempotent`)).body.entry, null);
      assert.deepEqual((await b.client.get("/api/review/settings")).body.settings, { desiredRetention: 0.9, newPerDay: 15 });
      assert.equal((await b.client.get("/api/review/stats")).body.stats.totalReviews, 0);
      assert.equal((await a.client.get("/api/review/export?format=csv")).text, aExport.text, "A's deck is unchanged");
    });
  });
}


for (const dialect of DIALECTS) {
  describe(`interview prep: users cannot see or change each other's answers, mock interviews, kits or scorecards (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect, { COACH_WORKERS: "1" });
    });
    after(async () => t?.close());

    test("B gets 404 for A's things; a share link works only by its token and stops after revocation", async () => {
      const q = "/api/interview/roles/backend-developer/questions/web-api-architectural-style";
      const a = await signUp(t.app);
      const answer = (await a.client.post(`${q}/answers`, { text: "REST uses resources, HTTP methods and stateless requests." })).body.answer;
      const mock = (await a.client.post("/api/interview/mocks", { level: "mid", count: 3 })).body.mock;
      await a.client.post(`/api/interview/mocks/${mock.id}/answers`, { step: 0, text: "Secret answer of Alice about the first question." });
      const kit = (await a.client.post("/api/interview/kits", { title: "Alice's kit", items: [{ source: "own", prompt: "Alice's own question", keyPoints: ["one"] }] })).body.kit;
      const card = (await a.client.post(`/api/interview/kits/${kit.id}/scorecards`, { candidate: "Alice's candidate" })).body.scorecard;
      const share = (await a.client.post(`/api/interview/mocks/${mock.id}/share`)).body.share;

      const b = await signUp(t.app);
      for (const url of [
        `/api/interview/answers/${answer.id}`,
        `/api/interview/mocks/${mock.id}`,
        `/api/interview/mocks/${mock.id}/report`,
        `/api/interview/kits/${kit.id}`,
        `/api/interview/kits/${kit.id}/export`,
        `/api/interview/kits/${kit.id}/scorecards`,
        `/api/interview/scorecards/${card.id}`,
        `/api/interview/scorecards/${card.id}/export`,
      ]) {
        assert.equal((await b.client.get(url)).status, 404, url);
      }
      assert.equal((await b.client.post(`/api/interview/mocks/${mock.id}/answers`, { step: 0, followUp: true, text: "Hijack" })).status, 404);
      assert.equal((await b.client.post(`/api/interview/mocks/${mock.id}/share`)).status, 404);
      assert.equal((await b.client.delete(`/api/interview/mocks/${mock.id}/share`)).status, 404);
      assert.equal((await b.client.raw("PUT", `/api/interview/kits/${kit.id}`, { title: "Hijacked", items: [] })).status, 404);
      assert.equal((await b.client.delete(`/api/interview/kits/${kit.id}`)).status, 404);
      assert.equal((await b.client.post(`/api/interview/kits/${kit.id}/scorecards`, { candidate: "x" })).status, 404);
      assert.equal((await b.client.raw("PUT", `/api/interview/scorecards/${card.id}`, { candidate: "x", answers: [], recommendation: null, summary: "" })).status, 404);
      assert.equal((await b.client.delete(`/api/interview/scorecards/${card.id}`)).status, 404);
      const bLists = [await b.client.get("/api/interview/mocks"), await b.client.get("/api/interview/kits"), await b.client.get(q)];
      for (const res of bLists) {
        for (const secret of [mock.id, kit.id, answer.id, "Alice"]) assert.ok(!res.text.includes(secret), `B sees ${secret}`);
      }
      assert.equal((await b.client.get(q)).body.practice.reference, null, "A's answer does not reveal the model answer to B");

      // The share link: by token only, read-only, and gone once revoked.
      assert.equal((await b.client.get(`/api/interview/shared/${share.token}`)).status, 200);
      assert.equal((await b.client.get(`/api/interview/shared/${share.token.slice(0, -2)}xx`)).status, 404);
      assert.equal((await a.client.delete(`/api/interview/mocks/${mock.id}/share`)).status, 204);
      assert.equal((await b.client.get(`/api/interview/shared/${share.token}`)).status, 404);

      // A's things are unchanged.
      assert.equal((await a.client.get(`/api/interview/kits/${kit.id}`)).body.kit.title, "Alice's kit");
      assert.equal((await a.client.get(`/api/interview/scorecards/${card.id}`)).body.scorecard.candidate, "Alice's candidate");
      assert.equal((await a.client.get(`/api/interview/mocks/${mock.id}`)).body.mock.steps[0].answer.text, "Secret answer of Alice about the first question.");
    });
  });
}
