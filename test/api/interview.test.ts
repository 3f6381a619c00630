/**
 * Interview prep over HTTP on real databases: the bank's filters and counts, the model answer kept
 * back until an answer or a reveal, coached practice answers (recorded once, 400/413/404), a mock
 * interview with a follow-up, resumed and finished, its report and share link, and kits with
 * scorecards exported as Markdown.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, signUp, type Client, type TestApp } from "../helpers/app.ts";

const ROLE = "backend-developer";
const Q = "web-api-architectural-style";
const QB = `/api/interview/roles/${ROLE}/questions/${Q}`;
const GOOD =
  "Most teams build web APIs with REST. Resources are identified by URLs and you act on them with standard HTTP methods like GET and POST. " +
  "Communication is stateless, so each request carries everything the server needs. Data is usually JSON, and status codes describe the outcome. " +
  "Alternatives such as GraphQL and gRPC exist too.";

for (const dialect of DIALECTS) {
  describe(`interview prep (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let learner: Client;
    before(async () => {
      t = await buildTestApp(dialect, { COACH_WORKERS: "1" });
      learner = (await signUp(t.app)).client;
    });
    after(async () => t?.close());

    test("the bank filters, searches and counts per filter value", async () => {
      const all = (await learner.get(`/api/interview/roles/${ROLE}/bank`)).body.bank;
      assert.ok(all.total >= 100);
      const sum = (f: { count: number }[]) => f.reduce((s, x) => s + x.count, 0);
      assert.equal(sum(all.facets.level), all.total);
      assert.equal(sum(all.facets.kind), all.total);
      const senior = (await learner.get(`/api/interview/roles/${ROLE}/bank?level=senior&kind=system-design`)).body.bank;
      assert.ok(senior.total > 0);
      assert.ok(senior.items.every((q: { level: string; kind: string }) => q.level === "senior" && q.kind === "system-design"));
      // A facet counts what its value would give with the other filters applied.
      assert.equal(senior.facets.level.find((f: { value: string }) => f.value === "senior").count, senior.total);
      const search = (await learner.get(`/api/interview/roles/${ROLE}/bank?q=REST`)).body.bank;
      assert.ok(search.items.some((q: { id: string }) => q.id === Q));
      assert.equal((await learner.get(`/api/interview/roles/nope/bank`)).status, 404);
      assert.ok(!JSON.stringify(all).includes("modelAnswer"));
    });

    test("practice: hidden reference, coached answer recorded once, attempts kept, reveal marks later answers", async () => {
      const before = (await learner.get(QB)).body.practice;
      assert.equal(before.reference, null);
      assert.deepEqual(before.attempts, []);
      assert.ok(!JSON.stringify(before).includes("Roy Fielding"));

      assert.equal((await learner.post(`${QB}/answers`, { text: "   " })).status, 400);
      const long = await learner.post(`${QB}/answers`, { text: "word ".repeat(2001) });
      assert.equal(long.status, 413);
      assert.equal(long.body.error.code, "payload_too_large");
      assert.equal((await learner.post(`/api/interview/roles/${ROLE}/questions/no-such-question/answers`, { text: GOOD })).status, 404);

      const first = await learner.post(`${QB}/answers`, { text: GOOD, seconds: 95 });
      assert.equal(first.status, 201, first.text);
      const answer = first.body.answer;
      assert.ok(answer.overall >= 50, `a good answer scores well: ${answer.overall}`);
      assert.ok(answer.feedback.keyPoints.covered.length >= 3);
      const kp = answer.feedback.keyPoints.covered[0];
      assert.equal(GOOD.slice(kp.evidence.start, kp.evidence.end), kp.quote);
      assert.match(answer.reference.modelAnswer, /REST/);
      assert.equal(typeof answer.followUp, "string");
      assert.equal(answer.revealed, false);

      const again = await learner.post(`${QB}/answers`, { text: GOOD, seconds: 95 });
      assert.equal(again.status, 200);
      assert.equal(again.body.replayed, true);
      assert.equal(again.body.answer.id, answer.id);

      const after = (await learner.get(QB)).body.practice;
      assert.equal(after.attempts.length, 1);
      assert.ok(after.reference.keyPoints.length >= 3);
      assert.equal((await learner.get(`/api/interview/answers/${answer.id}`)).body.answer.text, GOOD);

      // Reveal on another question before answering: the reference comes, the answer is marked.
      const other = `/api/interview/roles/${ROLE}/questions/rest-and-restful-apis`;
      assert.equal((await learner.get(other)).body.practice.reference, null);
      const revealed = await learner.post(`${other}/reveal`);
      assert.equal(revealed.status, 200);
      assert.ok(revealed.body.reference.modelAnswer.length > 100);
      assert.ok((await learner.get(other)).body.practice.revealedAt);
      const marked = await learner.post(`${other}/answers`, { text: "REST means representational state transfer." });
      assert.equal(marked.body.answer.revealed, true);
      const bank = (await learner.get(`/api/interview/roles/${ROLE}/bank?area=api-design`)).body.bank;
      assert.equal(bank.items.find((q: { id: string }) => q.id === Q).attempts, 1);
    });

    test("a mock interview: follow-up after a missed key point, resumable, a report, a revocable share link", async () => {
      const start = await learner.post("/api/interview/mocks", { level: "junior", count: 3, secondsPerQuestion: 120 });
      assert.equal(start.status, 201, start.text);
      let mock = start.body.mock;
      assert.equal(mock.steps.length, 3);
      assert.deepEqual(
        mock.steps.map((s: { question: { kind: string } }) => s.question.kind).sort(),
        ["behavioral", "system-design", "technical"],
      );
      assert.equal(mock.current.step, 0);
      assert.ok(mock.current.deadline > mock.current.startedAt);

      const thin = "I am not sure, it depends.";
      const r1 = await learner.post(`/api/interview/mocks/${mock.id}/answers`, { step: 0, text: thin });
      assert.equal(r1.status, 200, r1.text);
      mock = r1.body.mock;
      assert.equal(mock.current.step, 0);
      assert.equal(mock.current.followUp, true, "a thin answer gets a follow-up question");
      assert.ok(mock.steps[0].followUp.prompt.length > 5);
      // The same text again (double click) changes nothing; an answer to a later step is 409.
      assert.equal((await learner.post(`/api/interview/mocks/${mock.id}/answers`, { step: 0, text: thin })).body.replayed, true);
      assert.equal((await learner.post(`/api/interview/mocks/${mock.id}/answers`, { step: 2, text: "Later." })).status, 409);

      // Resume: a fresh read shows the same place.
      const resumed = (await learner.get(`/api/interview/mocks/${mock.id}`)).body.mock;
      assert.deepEqual(resumed.current, mock.current);

      const fu = await learner.post(`/api/interview/mocks/${mock.id}/answers`, { step: 0, followUp: true, text: "I would add an index and cache the results." });
      assert.equal(fu.status, 200, fu.text);
      mock = fu.body.mock;
      assert.ok(mock.steps[0].followUp.answer);
      for (const step of [1, 2]) {
        const q = mock.steps[step].question;
        const res = await learner.post(`/api/interview/mocks/${mock.id}/answers`, { step, text: `For "${q.prompt}" I would explain the trade-offs clearly, with an example from my last project.` });
        mock = res.body.mock;
        if (mock.current?.followUp) mock = (await learner.post(`/api/interview/mocks/${mock.id}/answers`, { step, followUp: true, text: "I would measure it first." })).body.mock;
      }
      assert.equal(mock.current, null);
      assert.ok(mock.completedAt);
      assert.equal((await learner.post(`/api/interview/mocks/${mock.id}/answers`, { step: 2, text: "Another one." })).status, 409);

      const report = (await learner.get(`/api/interview/mocks/${mock.id}/report`)).body.report;
      assert.equal(report.items.length, 3);
      assert.equal(report.workOn.length, 3);
      assert.ok(report.items[0].followUp);
      assert.ok(Array.isArray(report.vocabulary));
      const list = (await learner.get("/api/interview/mocks")).body.mocks;
      assert.ok(list.some((m: { id: string; answered: number }) => m.id === mock.id && m.answered === 3));

      const share = (await learner.post(`/api/interview/mocks/${mock.id}/share`)).body.share;
      assert.ok(share.token.length >= 32);
      const anonymous = await t.app.inject({ url: `/api/interview/shared/${share.token}` });
      assert.equal(anonymous.statusCode, 200);
      assert.equal(anonymous.json().report.id, mock.id);
      assert.ok(!anonymous.body.includes("modelAnswer"));
      assert.equal((await learner.delete(`/api/interview/mocks/${mock.id}/share`)).status, 204);
      assert.equal((await t.app.inject({ url: `/api/interview/shared/${share.token}` })).statusCode, 404);
    });

    test("kits: build from the bank and own questions, score, export as Markdown", async () => {
      const res = await learner.post("/api/interview/kits", {
        title: "Backend mid — round 1",
        items: [
          { source: "bank", questionId: Q, minutes: 8 },
          { source: "own", prompt: "Tell us about our stack.", minutes: 5, keyPoints: ["Knows Node"], greenFlags: ["Curious"], redFlags: ["Blames others"] },
        ],
      });
      assert.equal(res.status, 201, res.text);
      const kit = res.body.kit;
      assert.equal(kit.totalMinutes, 13);
      assert.ok(kit.items[0].rubric.length >= 3);
      assert.ok(kit.items[0].redFlags.length >= 1);
      assert.match(kit.items[0].modelAnswer, /REST/);
      assert.equal((await learner.post("/api/interview/kits", { title: "x", items: [{ source: "bank", questionId: "no-such-question" }] })).status, 404);

      const card = (await learner.post(`/api/interview/kits/${kit.id}/scorecards`, { candidate: "Ada" })).body.scorecard;
      const saved = await t.app.inject({
        method: "PUT",
        url: `/api/interview/scorecards/${card.id}`,
        headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", cookie: `parlance_session=${learner.cookies.get("parlance_session")}` },
        payload: JSON.stringify({
          candidate: "Ada",
          answers: [{ key: kit.items[0].key, heard: [0, 2], notes: "Clear on statelessness.", rating: 3 }],
          recommendation: "yes",
          summary: "Solid.",
        }),
      });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().scorecard.average, 3);
      const md = (await learner.get(`/api/interview/scorecards/${card.id}/export`)).body;
      assert.match(md.markdown, /# Scorecard: Ada/);
      assert.match(md.markdown, /- \[x\]/);
      assert.match(md.markdown, /Recommendation:\*\* Yes/);
      const kitMd = (await learner.get(`/api/interview/kits/${kit.id}/export`)).body;
      assert.equal(kitMd.filename, "backend-mid-round-1.md");
      assert.match(kitMd.markdown, /### Red flags/);
      assert.equal((await learner.get(`/api/interview/kits/${kit.id}/scorecards`)).body.scorecards.length, 1);
      assert.equal((await learner.delete(`/api/interview/kits/${kit.id}`)).status, 204);
      assert.equal((await learner.get(`/api/interview/scorecards/${card.id}`)).status, 404);
    });
  });
}
