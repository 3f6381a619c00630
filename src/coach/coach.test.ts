/**
 * The coach end to end, with harper.js: one linter for the whole file (it takes about 1.5 s to
 * start). What the public API promises: spans are string indices, domain words are never spelling
 * mistakes, check() returns mistakes only, feedback is complete and deterministic.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoach } from "./coach.ts";
import { grammarCut } from "./language/share.ts";
import { createLexicon } from "./lexicon.ts";
import { createHarperLinter, readWordNet } from "./resources.ts";
import { learnerLintConfig } from "./language/harper.ts";
import { ENABLED_HARPER_RULES } from "./language/harper-rules.ts";
import { createThesaurus } from "./content/wordnet.ts";
import { testNlp } from "./test-support.ts";
import type { Task } from "./types.ts";

const nlp = testNlp();
const lexicon = createLexicon(
  [
    { id: "idempotency", term: "idempotency", aliases: ["idempotent"] },
    { id: "rollback", term: "rollback", aliases: ["roll back", "rolled back"] },
    { id: "runbook", term: "runbook", aliases: ["runbooks"] },
  ],
  nlp,
);
const [thesaurus, linter] = await Promise.all([readWordNet().then(createThesaurus), createHarperLinter(lexicon.dictionaryWords)]);
const coach = createCoach({ nlp, lexicon, thesaurus, linter });

test("check: learner mistakes with spans, categories and fixes", async () => {
  const text = "Yesterday we deploy new service and it have many informations. The latency depends of the load.";
  const issues = await coach.check(text);
  const found = issues.map((i) => [text.slice(i.start, i.end), i.category, i.replacement]);
  assert.deepEqual(found, [
    ["deploy", "tense", "deployed"],
    ["new service", "article", "a new service"],
    ["have", "agreement", "has"],
    ["many informations", "uncountable", "a lot of information"],
    ["depends of", "preposition", "depends on"],
  ]);
  assert.ok(issues.every((i) => i.severity === "error"));
});

test("harper runs exactly the learner rules, and this version of harper knows every one of them", async () => {
  const defaults = await linter.getDefaultLintConfig();
  const { config, unknown } = learnerLintConfig(defaults);
  assert.deepEqual(unknown, [], "renamed or removed upstream: update harper-rules.ts");
  assert.deepEqual(new Set(Object.keys(config).filter((rule) => config[rule])), ENABLED_HARPER_RULES);
  assert.ok(Object.keys(defaults).length > 10 * ENABLED_HARPER_RULES.size, "most of harper's rules stay off");
  // an idiom rule (AllIntentsAndPurposes, on by default in harper) is off; a learner rule still fires
  const idiom = await coach.check("For all intensive purposes, the cache is warm.");
  assert.deepEqual(idiom, []);
  const article = await coach.check("We need an cache in front of the database.");
  assert.deepEqual(article.map((i) => i.rule), ["harper.AnA"]);
  // British spelling is correct English; a misspelling is still one
  assert.deepEqual(await coach.check("We cancelled the release and analysed the behaviour of the centre afterwards."), []);
  assert.deepEqual(await coach.check("I was never good at maths at school."), []);
  assert.deepEqual((await coach.check("We recieved the alert.")).map((i) => i.replacement), ["received"]);
  // a sentence's first word is capitalised: a slip there is still a slip, a name is still a name
  assert.deepEqual((await coach.check("Tommorow we ship the fix.")).map((i) => i.replacement), ["Tomorrow"]);
  assert.deepEqual(await coach.check("Kenji reviewed the change. Priya merged it."), []);
  assert.deepEqual(await coach.check("I practise my English every day."), []);
  // harper's MassNouns reads "each holding" as "each piece of holding"
  assert.deepEqual(await coach.check("A linked list is a chain of nodes, each holding a value and a pointer."), []);
  // harper's PronounInflectionBe reads "us was" as a subject and its verb; "us" is the object of "served"
  assert.deepEqual(await coach.check("The waiter who served us was friendly."), []);
  // PossessiveYour reads "you tonight" as "your tonight"; ToTwoToo wants "back too normal"
  assert.deepEqual(await coach.check("I will send them to you tonight, once everything is back to normal."), []);
  // British spellings without a regular pattern, and a word with no English word near it (a dish)
  assert.deepEqual(await coach.check("The flat is small but cosy, and the cat is grey. We tried okonomiyaki."), []);
});

test("check: domain words and code are never spelling mistakes", async () => {
  const texts = [
    "We run Kubernetes and PostgreSQL behind nginx, and the gRPC service validates JWTs.",
    "The upsert is idempotent, so the runbook says to retry it.",
    "Call GET /api/v1/orders?status=open with the X-Request-Id header and check p99 latency.",
    "I use OAuth2, mTLS and Redis; the config lives in config.yaml.",
  ];
  for (const text of texts) assert.deepEqual(await coach.check(text), [], text);
});

test("check: the other dialect's words are English, names still want their capital, misspellings are still found", async () => {
  for (const text of ["There is a lot of mould on the ceiling.", "I ordered the lasagne and she had an omelette."]) assert.deepEqual(await coach.check(text), [], text);
  const name = await coach.check("We spent a week in transylvania.");
  assert.deepEqual(name.map((i) => "We spent a week in transylvania.".slice(i.start, i.end)), ["transylvania"]);
  const slip = await coach.check("I recieved the parcel.");
  assert.deepEqual(slip.map((i) => i.replacement), ["received"]);
});

test("check: offsets are JavaScript string indices after emoji and accents", async () => {
  const text = "😀 Café notes: 😀 we discuss about the informations tomorrow.";
  const issues = await coach.check(text);
  assert.deepEqual(issues.map((i) => text.slice(i.start, i.end)), ["discuss about", "informations"]);
});

const interview: Task = {
  kind: "interview-answer",
  prompt: "Which HTTP methods are idempotent, and why does that matter?",
  reference: "GET, PUT and DELETE are idempotent. POST is not. Idempotency makes retries safe after a timeout.",
  keyPoints: [
    { text: "GET, PUT and DELETE are idempotent.", accept: ["PUT is idempotent"] },
    { text: "POST is not idempotent.", accept: ["POST creates a new resource"] },
    { text: "Idempotency makes retries safe after timeouts.", accept: ["safe to retry"] },
  ],
  targetVocabulary: ["idempotency", { term: "retry", aliases: ["retries", "retried"] }],
};

test("feedback: every part is there and points into the text", async () => {
  const text = "Basically GET, PUT and DELETE are idempotent and POST is not idempotent. So when a client have a timeout it is safe to retry the request. We are gonna use retries a lot.";
  const f = await coach.feedback(text, interview);
  assert.ok(f.overall >= 0 && f.overall <= 100);
  assert.ok(f.band >= 3, `band ${f.band}`);
  assert.equal(f.keyPoints.covered.length, 3);
  for (const k of f.keyPoints.covered) assert.equal(text.slice(k.evidence.start, k.evidence.end), k.quote);
  for (const i of f.issues) assert.ok(i.start >= 0 && i.end <= text.length && i.start <= i.end);
  assert.ok(f.issues.some((i) => i.category === "filler"));
  assert.ok(f.issues.some((i) => i.category === "register" && i.replacement === "going to"));
  assert.ok(f.issues.some((i) => i.category === "agreement"));
  assert.deepEqual(f.vocabulary.used.map((u) => u.term), ["idempotency", "retry"]);
  assert.ok(f.rewrites.length >= 1 && f.rewrites.length <= 3);
  for (const r of f.rewrites) assert.equal(text.slice(r.start, r.end), r.original);
  assert.match(f.summary, /^Good: .+\. Next time: .+\.$/);
  assert.deepEqual(f.sources, ["coach"]);
});

test("feedback: deterministic for the same input", async () => {
  const text = "POST is idempotent and PUT is not, I think maybe.";
  assert.deepEqual(await coach.feedback(text, interview), await coach.feedback(text, interview));
});

test("feedback: the same when harper's work on a long text is shared with another coach, or when the other coach fails", async () => {
  const texts = [
    "Basically GET, PUT and DELETE are idempotent and POST is not idempotent. So when a client have a timeout it is safe to retry the request. " +
      "Yesterday we deploy new service and it have many informations about the orders. The latency depends of the load, so we discussed about it in the standup. " +
      "Retries with an idempotency key makes the payment safe: the server store the key and returns the first response again. Tommorow we will add `Idempotency-Key` to the API docs. " +
      "We are gonna use retries a lot, and everyone agree that POST needs the key more than PUT does.",
    "PUT replaces the resource, so sending it twice leaves the same state. POST creates a new order each time. " .repeat(4) + "Thats why the client can retry a PUT after a timeout but not a POST whitout a key.",
  ];
  for (const text of texts) {
    const from = grammarCut(text);
    assert.ok(from !== undefined && from > 0, "long enough to share");
    const alone = await coach.feedback(text, interview);
    const shared = await coach.feedback(text, interview, { from, rest: coach.grammar(text.slice(from)) });
    assert.deepEqual(shared, alone);
    assert.ok(alone.issues.some((i) => i.source === "harper" && i.start >= from), "harper found something in the shared part");
    const failed = await coach.feedback(text, interview, { from, rest: Promise.reject(new Error("the other worker stopped")) });
    assert.deepEqual(failed, alone);
    assert.deepEqual(await coach.check(text, { from, rest: coach.grammar(text.slice(from)) }), await coach.check(text));
  }
});

test("feedback: empty, off-topic and contradicting answers land in the low bands", async () => {
  const empty = await coach.feedback("   ", interview);
  assert.equal(empty.band, 0);
  const offTopic = await coach.feedback("I enjoy hiking in the mountains with my dog on weekends, and I cook a lot.", interview);
  assert.equal(offTopic.band, 0);
  const wrong = await coach.feedback("POST is idempotent, but GET, PUT and DELETE are not idempotent, so retries are never safe.", interview);
  assert.ok(wrong.band <= 2, `band ${wrong.band}`);
  assert.ok(wrong.keyPoints.missed.some((k) => k.reason === "contradicted"));
});

test("feedback: the expected structure is checked", async () => {
  const report = "Impact: 12% of checkout requests failed for 40 minutes. At 14:05 the alert fires and we roll back the release. The root cause was a config change. To prevent this, we will add a canary step.";
  const f = await coach.feedback(report, { kind: "written-exercise", structure: "incident-report" });
  assert.deepEqual(f.structure?.parts.filter((p) => !p.present).map((p) => p.id), []);
  assert.ok(f.issues.some((i) => i.category === "tense" && i.replacement === "fired"));
  assert.equal(f.scores.content, null);
});

test("feedback: informal words are fine in a roleplay turn", async () => {
  const f = await coach.feedback("Yeah, we're gonna ship it tomorrow, guys.", { kind: "roleplay-turn" });
  assert.ok(!f.issues.some((i) => i.category === "register"));
});
