/**
 * The coach over HTTP: signed-in only, empty text 400, over 20,000 characters 413, rate limited per
 * user, and real feedback from the worker pool.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sqlite } from "../helpers/databases.ts";
import { buildTestApp, client, signUp, type TestApp } from "../helpers/app.ts";

const task = {
  kind: "interview-answer",
  prompt: "What does it mean for an HTTP method to be idempotent?",
  level: "junior",
  keyPoints: [
    { text: "Repeating the request has the same effect as sending it once", accept: ["same effect", "same result if repeated"] },
    { text: "PUT and DELETE are idempotent, POST is not", accept: ["PUT is idempotent", "POST is not idempotent"] },
  ],
};

describe("POST /api/coach/feedback", () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(sqlite, { COACH_WORKERS: "1", COACH_RATE_PER_MINUTE: "4" });
  });
  after(async () => t?.close());

  test("feedback on a learner's answer, with scores, issues and key points", async () => {
    const { client: c } = await signUp(t.app);
    const text =
      "Idempotent mean that if you send the same request two times, the server state is same as after one time. " +
      "For example PUT and DELETE are idempotent, but POST is not idempotent because it create new order every time.";
    const res = await c.post("/api/coach/feedback", { text, task });
    assert.equal(res.status, 200, res.text);
    const f = res.body;
    assert.ok(f.overall >= 0 && f.overall <= 100);
    assert.ok(f.band >= 2, `band ${f.band}`);
    assert.ok(f.keyPoints.covered.length >= 1);
    assert.ok(f.issues.some((i: { category: string }) => ["agreement", "article", "grammar"].includes(i.category)), JSON.stringify(f.issues.map((i: any) => i.category)));
    for (const i of f.issues) assert.ok(i.start >= 0 && i.end <= text.length && i.start < i.end);
    assert.match(f.summary, /Good:|Next time:/);
  });

  test("signed out → 401; empty → 400; over 20,000 characters → 413; unknown task kind → 400", async () => {
    assert.equal((await client(t.app).post("/api/coach/feedback", { text: "hello", task })).status, 401);
    const { client: c } = await signUp(t.app);
    const empty = await c.post("/api/coach/feedback", { text: "   ", task });
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error.details[0].path, "text");
    const long = await c.post("/api/coach/feedback", { text: "word ".repeat(4001) + "x", task });
    assert.equal(long.status, 413);
    assert.equal(long.body.error.code, "payload_too_large");
    assert.equal((await c.post("/api/coach/feedback", { text: "hi", task: { kind: "poem" } })).status, 400);
  });

  test("a text at the size limit with the largest task the API accepts gets feedback (the worker's heap cap is enough)", async () => {
    const { client: c } = await signUp(t.app);
    const sentence = "The cache keeps hot rows close to the reader, so most reads never reach the primary database. ";
    const text = sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
    const largest = {
      kind: "interview-answer",
      prompt: "How does a cache take load off a database?",
      reference: "A cache keeps copies of frequently read data in memory in front of the database. ".repeat(60).slice(0, 5000),
      keyPoints: Array.from({ length: 12 }, (_, k) => ({
        text: `The cache answers repeated read number ${k + 1} without the database`,
        accept: Array.from({ length: 12 }, (_, j) => `reads ${k + 1}.${j + 1} are served from memory`),
      })),
    };
    for (let i = 0; i < 3; i++) {
      const res = await c.post("/api/coach/feedback", { text, task: largest });
      assert.equal(res.status, 200, res.text);
      assert.ok(res.body.stats.words > 3000);
    }
  });

  test("rate limited per user, not per address", async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await a.client.post("/api/coach/feedback", { text: "   ", task })).status);
    assert.deepEqual(statuses.slice(0, 4), [400, 400, 400, 400]);
    assert.equal(statuses[4], 429);
    assert.equal((await b.client.post("/api/coach/feedback", { text: "   ", task })).status, 400);
  });
});
