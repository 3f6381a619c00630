import assert from "node:assert/strict";
import { test } from "node:test";
import type { Feedback } from "../../../coach/types.ts";
import { buildReport, mockMix, pickFollowUp, planMock, slug, type Candidate } from "./interview-core.ts";

const seeded = (seed: number) => () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

test("the mix: one system-design question, the rest about 60/40 technical/behavioral", () => {
  for (const [count, mix] of [
    [6, { "system-design": 1, behavioral: 2, technical: 3 }],
    [3, { "system-design": 1, behavioral: 1, technical: 1 }],
    [10, { "system-design": 1, behavioral: 4, technical: 5 }],
  ] as const) {
    assert.deepEqual(mockMix(count), mix);
  }
});

test("planMock prefers the focus and level, orders technical → design → behavioral, never repeats", () => {
  const bank: Candidate[] = [];
  for (const area of ["db", "api", "cache"]) for (const level of ["junior", "mid", "senior"] as const) for (const kind of ["technical", "behavioral", "system-design"] as const) for (let i = 0; i < 2; i++) bank.push({ id: `${area}-${level}-${kind}-${i}`, area, level, kind });
  const ids = planMock(bank, { level: "mid", focus: "db", count: 6, random: seeded(1) });
  assert.equal(new Set(ids).size, 6);
  const picked = ids.map((id) => bank.find((c) => c.id === id)!);
  assert.ok(picked.every((c) => c.area === "db"));
  assert.deepEqual(
    picked.map((c) => c.kind),
    ["technical", "technical", "technical", "system-design", "behavioral", "behavioral"],
  );
  const mixed = planMock(bank, { level: "junior", focus: null, count: 6, random: seeded(2) }).map((id) => bank.find((c) => c.id === id)!);
  assert.ok(mixed.every((c) => c.level === "junior"));
  assert.ok(new Set(mixed.map((c) => c.area)).size >= 2, "mixed interviews spread over areas");
  assert.equal(planMock(bank.slice(0, 2), { level: "mid", focus: null, count: 6, random: seeded(3) }).length, 2);
});

test("pickFollowUp asks the follow-up closest to the missed key point", () => {
  const q = {
    keyPoints: [
      { text: "Communication is stateless.", accept: ["no session on the server"] },
      { text: "Alternatives such as GraphQL exist.", accept: ["GraphQL"] },
    ],
    followUps: ["What does stateless mean for authentication?", "When would you choose GraphQL over REST?"],
  };
  assert.equal(pickFollowUp(q, [{ text: "Alternatives such as GraphQL exist." }]), q.followUps[1]);
  assert.equal(pickFollowUp(q, [{ text: "Communication is stateless." }]), q.followUps[0]);
  assert.equal(pickFollowUp(q, []), q.followUps[0]);
});

const feedback = (overall: number, scores: Partial<Feedback["scores"]>, extra: Partial<Feedback> = {}): Feedback =>
  ({
    overall,
    band: 3,
    bandLabel: "correct but thin",
    scores: { content: 50, language: 90, vocabulary: 60, structure: null, clarity: 80, ...scores },
    issues: [],
    keyPoints: { covered: [], missed: [{ text: "Indexes speed up reads.", reason: "absent", source: "coach" }] },
    vocabulary: { used: [{ term: "index", span: { start: 0, end: 5 } }], misused: [], unused: [], domainTerms: [] },
    structure: null,
    rewrites: [],
    summary: "",
    stats: { words: 40, sentences: 3, averageSentenceLength: 13, readingEase: 60 },
    sources: ["coach"],
    ...extra,
  }) as Feedback;

test("the report: strengths from high scores, exactly three things to work on, unused terms to review", () => {
  const head = { id: "m", role: "r", level: "mid" as const, focusTitle: "Mixed topics", startedAt: 0, completedAt: 1 };
  const report = buildReport(
    head,
    [
      { step: 0, question: { id: "q1", prompt: "What is an index?", kind: "technical", area: "db", terms: ["index", "b-tree"] }, main: { text: "…", feedback: feedback(60, {}), overtime: true }, followUp: null },
      { step: 1, question: { id: "q2", prompt: "Tell me about a bug.", kind: "behavioral", area: "db", terms: [] }, main: null, followUp: null },
    ],
    new Map([
      ["index", "index"],
      ["b-tree", "B-tree"],
    ]),
  );
  assert.equal(report.items.length, 1);
  assert.equal(report.overall, 60);
  assert.ok(report.strengths.some((s) => s.includes("accurate")));
  assert.equal(report.workOn.length, 3);
  assert.ok(report.workOn[0]!.startsWith("Cover more of the key points"));
  assert.deepEqual(report.vocabulary, [{ id: "b-tree", title: "B-tree" }]);
});

test("slug", () => {
  assert.equal(slug("Backend mid — round 1"), "backend-mid-round-1");
  assert.equal(slug("!!!"), "interview");
});
