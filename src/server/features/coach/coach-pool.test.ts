/**
 * The pool with two workers: a long text's harper work is shared between them (coach-pool.ts),
 * and what comes back is exactly what one coach in this thread says, alone or under parallel
 * requests.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_CONTENT_DIR } from "../../../config/paths.ts";
import { createCoach, type Coach } from "../../../coach/index.ts";
import { loadCoachResources } from "../../../coach/resources.ts";
import type { Task } from "../../../coach/types.ts";
import { createCoachPool, type CoachClient } from "./coach-pool.ts";

const quiet = { info() {}, warn() {}, error() {} };
let pool: CoachClient;
let local: Coach;

before(async () => {
  pool = createCoachPool({ size: 2, contentDir: DEFAULT_CONTENT_DIR, logger: quiet });
  const [resources] = await Promise.all([loadCoachResources({ contentDir: DEFAULT_CONTENT_DIR }), pool.warm()]);
  local = createCoach(resources);
});
after(() => pool.close());

const task: Task = {
  kind: "interview-answer",
  prompt: "How would you make a payment endpoint safe to retry?",
  reference: "Require an idempotency key, store it with the first response, and return that response again when the key repeats. Expire keys after a day.",
  keyPoints: [{ text: "The server stores the idempotency key with the first response." }, { text: "A repeated key returns the stored response." }],
};

const answers = [
  "I would ask the client to send an idempotency key with each payment. Yesterday we deploy new service and it have many informations about orders. " +
    "The server store the key together with the first response, so a repeated request get the same answer. The latency depends of the load, so we discussed about it. " +
    "Tommorow we will add the header to the docs, and everyone agree that keys should expire after a day. We are gonna test it with retries in staging.",
  "Retries are dangerous for payments because the client cannot know if the first request arrived. ".repeat(3) +
    "Thats why the server keeps the key and the response whitout changing them, and returns the same response when the key comes again.",
  "Short answer: use a key. It is stored with the response.",
];

test("a shared text gets the same feedback and issues as from one coach", async () => {
  for (const text of answers) {
    assert.deepEqual(await pool.feedback(text, task), await local.feedback(text, task));
    assert.deepEqual(await pool.check(text), await local.check(text));
  }
});

test("parallel requests, some shared and some not, each get their own feedback", async () => {
  const texts = Array.from({ length: 8 }, (_, i) => `${answers[i % answers.length]} This is answer ${i + 1}.`);
  const fromPool = await Promise.all(texts.map((t) => pool.feedback(t, task)));
  for (let i = 0; i < texts.length; i++) assert.deepEqual(fromPool[i], await local.feedback(texts[i]!, task));
});

test("staggered requests, shared while the worker still waits for another's shared part, all come back", { timeout: 60_000 }, async () => {
  const texts = Array.from({ length: 40 }, (_, i) => `${answers[i % 2]} This is answer ${i + 1}.`);
  const fromPool: Promise<unknown>[] = [];
  for (const text of texts) {
    fromPool.push(pool.feedback(text, task));
    await new Promise((resolve) => setTimeout(resolve, 4));
  }
  const results = await Promise.all(fromPool);
  for (let i = 0; i < texts.length; i++) assert.deepEqual(results[i], await local.feedback(texts[i]!, task));
});
