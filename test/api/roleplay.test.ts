/**
 * Roleplays over HTTP on real databases: a conversation started, replied to with the model
 * dialogue until every goal is met, and its report; weak replies that get follow-ups; 400/413/404/409;
 * two replies sent at once applied in order, once each; a retried reply applied once; hints; ending
 * early; and an LLM counterpart (a local fake server) with the embedded manager taking over when it fails.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, signUp, type Client, type TestApp } from "../helpers/app.ts";
import { readPack } from "../../src/content/read-pack.ts";
import { DEFAULT_CONTENT_DIR } from "../../src/config/paths.ts";

const ROLE = "backend-developer";
const SCENARIO = "explain-outage";

const pack = (await readPack(DEFAULT_CONTENT_DIR, ROLE)).pack;
const scenario = pack.scenarios.find((s) => s.id === SCENARIO)!;
const STRONG = scenario.modelDialogue.filter((l) => l.speaker === "learner").map((l) => l.text);

interface Turn {
  speaker: "counterpart" | "learner";
  text: string;
  act?: string;
  source?: string;
}

async function start(c: Client, scenarioId = SCENARIO) {
  const res = await c.post("/api/roleplays", { scenario: scenarioId });
  assert.equal(res.status, 201, res.text);
  return res.body.roleplay;
}

for (const dialect of DIALECTS) {
  describe(`roleplays (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let learner: Client;
    let other: Client;
    before(async () => {
      t = await buildTestApp(dialect, { COACH_WORKERS: "1" });
      learner = (await signUp(t.app)).client;
      other = (await signUp(t.app)).client;
    });
    after(async () => t?.close());

    test("a strong conversation: the counterpart speaks first, every goal is met, and the report says so", async () => {
      const rp = await start(learner);
      assert.equal(rp.status, "active");
      assert.equal(rp.turns.length, 1);
      assert.equal(rp.turns[0].speaker, "counterpart");
      assert.equal(rp.turns[0].text, scenario.beats[0]!.line);
      assert.equal(rp.brief.counterpart.name, scenario.counterpart.name);
      assert.equal(rp.progress.beats, scenario.beats.length);
      assert.ok(rp.progress.goals.every((g: { met: boolean }) => !g.met));
      const sent = JSON.stringify(rp);
      assert.ok(!sent.includes('"accept"') && !sent.includes(scenario.beats[0]!.hint) && !sent.includes(scenario.beats[0]!.followUp), "the beats stay on the server");

      assert.equal((await learner.get(`/api/roleplays/${rp.id}/report`)).status, 409);

      let view = rp;
      for (const text of STRONG) {
        const res = await learner.post(`/api/roleplays/${rp.id}/turns`, { text });
        assert.equal(res.status, 200, res.text);
        view = res.body.roleplay;
        const [mine, answer] = view.turns.slice(-2);
        assert.equal(mine.speaker, "learner");
        assert.equal(mine.text, text.trim());
        assert.ok(mine.feedback && typeof mine.feedback.overall === "number");
        assert.equal(answer.speaker, "counterpart");
        assert.equal(answer.source, "embedded");
        if (view.status === "completed") break;
      }
      assert.equal(view.status, "completed");
      assert.equal(view.endedBy, "finished");
      assert.equal(view.turns.at(-1).act, "closing");
      assert.equal(view.turns.at(-1).text, scenario.closingLine);
      assert.ok(view.progress.goals.every((g: { met: boolean }) => g.met));

      const after = await learner.post(`/api/roleplays/${rp.id}/turns`, { text: "One more thing." });
      assert.equal(after.status, 409);
      assert.equal(after.body.error.code, "conflict");

      const report = (await learner.get(`/api/roleplays/${rp.id}/report`)).body.report;
      assert.equal(report.goalsMet, scenario.goals.length);
      assert.ok(report.goals.every((g: { met: boolean; replies: number[] }) => g.met && g.replies.length > 0));
      assert.equal(report.replies, STRONG.length);
      assert.ok(["diplomatic", "clear", "too-blunt", "too-hedged"].includes(report.tone.label));
      assert.equal(report.modelDialogue.length, scenario.modelDialogue.length);
      assert.equal(report.transcript.length, view.turns.length);
      assert.ok(report.vocabulary.used.length > 0, "the model dialogue uses target vocabulary");

      const list = (await learner.get(`/api/roleplays?scenario=${SCENARIO}&status=completed`)).body.roleplays;
      assert.ok(list.some((s: { id: string; goalsMet: number; replies: number }) => s.id === rp.id && s.goalsMet === scenario.goals.length && s.replies === STRONG.length));
    });

    test("weak replies get a push-back and follow-ups, never the same line twice, and miss the goals", async () => {
      const rp = await start(learner);
      let view = rp;
      const weak = ["It was a problem. We fixed it.", "I am not sure.", "Yes, ok."];
      for (let i = 0; view.status === "active" && i < 40; i++) {
        view = (await learner.post(`/api/roleplays/${rp.id}/turns`, { text: weak[i % weak.length] })).body.roleplay;
      }
      assert.equal(view.status, "completed");
      const lines = view.turns.filter((x: Turn) => x.speaker === "counterpart");
      const acts = lines.map((x: Turn) => x.act);
      assert.ok(acts.includes("pushback") && acts.includes("follow-up"), acts.join(","));
      assert.equal(new Set(lines.map((x: Turn) => x.text)).size, lines.length);
      const report = (await learner.get(`/api/roleplays/${rp.id}/report`)).body.report;
      assert.ok(report.goalsMet < scenario.goals.length);
      assert.ok(report.goals.some((g: { met: boolean }) => !g.met));
    });

    test("bad input: empty reply 400, over 4,000 characters 413, unknown or another user's conversation 404", async () => {
      const rp = await start(learner);
      const empty = await learner.post(`/api/roleplays/${rp.id}/turns`, { text: "  \n " });
      assert.equal(empty.status, 400);
      assert.equal(empty.body.error.code, "validation_failed");
      const long = await learner.post(`/api/roleplays/${rp.id}/turns`, { text: "a".repeat(4001) });
      assert.equal(long.status, 413);
      assert.equal(long.body.error.code, "payload_too_large");
      assert.equal((await learner.post("/api/roleplays", { scenario: "no-such-scenario" })).status, 404);
      assert.equal((await learner.get(`/api/roleplays/${randomUUID()}`)).status, 404);
      for (const res of [
        await other.get(`/api/roleplays/${rp.id}`),
        await other.post(`/api/roleplays/${rp.id}/turns`, { text: "Hello" }),
        await other.post(`/api/roleplays/${rp.id}/hint`, {}),
        await other.post(`/api/roleplays/${rp.id}/end`, {}),
        await other.get(`/api/roleplays/${rp.id}/report`),
      ]) {
        assert.equal(res.status, 404);
      }
      assert.ok(!(await other.get("/api/roleplays")).body.roleplays.some((s: { id: string }) => s.id === rp.id));
      // Nothing was written by the refused turns.
      assert.equal((await learner.get(`/api/roleplays/${rp.id}`)).body.roleplay.turns.length, 1);
    });

    test("two replies sent at once are applied in order, once each; a retried reply is applied once", async () => {
      const rp = await start(learner);
      const [a, b] = await Promise.all([
        learner.post(`/api/roleplays/${rp.id}/turns`, { text: "About sixty percent of checkout attempts failed." }),
        learner.post(`/api/roleplays/${rp.id}/turns`, { text: "It lasted 47 minutes, from 18:02 to 18:49." }),
      ]);
      assert.equal(a.status, 200, a.text);
      assert.equal(b.status, 200, b.text);
      const turns: Turn[] = (await learner.get(`/api/roleplays/${rp.id}`)).body.roleplay.turns;
      assert.deepEqual(
        turns.map((x) => x.speaker),
        ["counterpart", "learner", "counterpart", "learner", "counterpart"],
      );
      assert.deepEqual(
        turns.filter((x) => x.speaker === "learner").map((x) => x.text).sort(),
        ["About sixty percent of checkout attempts failed.", "It lasted 47 minutes, from 18:02 to 18:49."],
      );
      // The second reply answered the first reply's follow-up, not the opening.
      assert.equal(b.body.roleplay.turns.length + a.body.roleplay.turns.length, 3 + 5);

      const clientTurnId = randomUUID();
      const body = { text: "Nobody was charged twice and no payments were lost.", clientTurnId };
      const [r1, r2] = await Promise.all([learner.post(`/api/roleplays/${rp.id}/turns`, body), learner.post(`/api/roleplays/${rp.id}/turns`, body)]);
      assert.equal(r1.status, 200);
      assert.equal(r2.status, 200);
      const after: Turn[] = (await learner.get(`/api/roleplays/${rp.id}`)).body.roleplay.turns;
      assert.equal(after.filter((x) => x.text === body.text).length, 1);
      assert.equal(after.length, 7);
    });

    test("hints name a phrase for the open question; ending early closes the conversation and the report is ready", async () => {
      const rp = await start(learner);
      const hint = await learner.post(`/api/roleplays/${rp.id}/hint`, {});
      assert.equal(hint.status, 200);
      assert.equal(hint.body.hint, scenario.beats[0]!.hint);
      assert.equal(hint.body.hintsUsed, 1);
      assert.equal((await learner.post(`/api/roleplays/${rp.id}/hint`, {})).body.hintsUsed, 1, "the same question's hint counts once");

      // A reload resumes where the conversation stands.
      await learner.post(`/api/roleplays/${rp.id}/turns`, { text: STRONG[0] });
      const resumed = (await learner.get(`/api/roleplays/${rp.id}`)).body.roleplay;
      assert.equal(resumed.turns.length, 3);
      assert.equal(resumed.hintsUsed, 1);

      const ended = await learner.post(`/api/roleplays/${rp.id}/end`, {});
      assert.equal(ended.status, 200);
      assert.equal(ended.body.roleplay.status, "completed");
      assert.equal(ended.body.roleplay.endedBy, "learner");
      assert.equal(ended.body.roleplay.turns.at(-1).act, "closing");
      assert.equal((await learner.post(`/api/roleplays/${rp.id}/hint`, {})).status, 409);
      const report = (await learner.get(`/api/roleplays/${rp.id}/report`)).body.report;
      assert.equal(report.replies, 1);
      assert.equal(report.hintsUsed, 1);
      assert.ok(report.goals.find((g: { id: string }) => g.id === "impact").replies.includes(1));
    });
  });
}

/** A stand-in for an OpenAI-compatible server: answers with `line`, or fails once `failAfter` calls were answered. */
function fakeLlm(options: { failAfter?: number; line: (n: number) => string }) {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      calls++;
      const request = JSON.parse(body);
      assert.equal(request.response_format.json_schema.name, "counterpart_line");
      if (options.failAfter !== undefined && calls > options.failAfter) {
        res.writeHead(500).end("model crashed");
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ choices: [{ message: { content: JSON.stringify({ line: options.line(calls) }) } }] }));
    });
  });
  return {
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    },
    calls: () => calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("roleplays with an LLM counterpart", () => {
  test("the model says the lines, checked and cut to length; the embedded manager takes over when it fails mid-conversation", async () => {
    const llm = fakeLlm({
      failAfter: 2,
      line: (n) => (n === 1 ? `Thanks for that. ${"We really need this. ".repeat(40)}` : "I see. And why did the testing not catch it?"),
    });
    const url = await llm.listen();
    const t = await buildTestApp(DIALECTS[0]!, { COACH_WORKERS: "1", COACH_LLM_URL: url, COACH_LLM_MODEL: "test-model", COACH_LLM_TIMEOUT_MS: "2000" });
    try {
      const c = (await signUp(t.app)).client;
      const rp = await start(c);
      const first = (await c.post(`/api/roleplays/${rp.id}/turns`, { text: STRONG[0] })).body.roleplay.turns.at(-1);
      assert.equal(first.source, "llm");
      assert.ok(first.text.length <= 420 && first.text.startsWith("Thanks for that."), first.text);
      const second = (await c.post(`/api/roleplays/${rp.id}/turns`, { text: STRONG[1] })).body.roleplay.turns.at(-1);
      assert.equal(second.source, "llm");
      // The model now answers 500: the embedded manager's line, and the conversation goes on.
      const third = (await c.post(`/api/roleplays/${rp.id}/turns`, { text: STRONG[2] })).body.roleplay;
      assert.equal(third.turns.at(-1).source, "embedded");
      assert.equal(third.status, "active");
      assert.equal(llm.calls(), 3);
    } finally {
      await t.close();
      await llm.close();
    }
  });
});
