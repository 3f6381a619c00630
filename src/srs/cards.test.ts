import { test } from "node:test";
import assert from "node:assert/strict";
import type { Term } from "../content/schema.ts";
import { BLANK, CARD_TYPES, cardId, checkChoice, deriveCard, deriveCards, parseCardId, type ClozeCard, type UsageCard } from "./cards.ts";
import { checkAnswer } from "./answer.ts";
import { makeTerm } from "./test-support.ts";

const api = makeTerm({
  id: "api",
  term: "API",
  aliases: ["APIs", "Application Programming Interface"],
  expansion: "Application Programming Interface",
  definition: "A defined set of operations that one program offers so other programs can use it.",
  pronunciation: { respelling: "ay-pee-EYE", ipa: "/ˌeɪ.piˈaɪ/" },
  examples: [
    { situation: "design-review", text: "The mobile team only needs three fields, so let's keep the public API small." },
    { situation: "interview", text: "In my last role I owned the payments API that partner banks called." },
  ],
  related: ["endpoint", "idempotent", "missing-term"],
  mistake: { wrong: "We need to build a API for reporting.", right: "We need to build an API for reporting.", why: "API starts with a vowel sound." },
});
const endpoint = makeTerm({ related: ["api"] });
const idempotent = makeTerm({
  id: "idempotent",
  term: "idempotent",
  aliases: [],
  partOfSpeech: "adjective",
  definition: "Safe to repeat: doing it twice has the same effect as once.",
  examples: [
    { situation: "code-review", text: "Make the handler idempotent so a retried message doesn't charge twice." },
    { situation: "interview", text: "PUT is idempotent and POST is not." },
  ],
});
const sharding = makeTerm({
  id: "sharding",
  term: "sharding",
  aliases: ["shard", "shards"],
  examples: [
    { situation: "design-review", text: "We sharded the ledger by customer ID last spring." },
    { situation: "interview", text: "Sharding was our last option." },
  ],
});
const terms = new Map<string, Term>([api, endpoint, idempotent, sharding].map((t) => [t.id, t]));
const lookup = (id: string) => terms.get(id);

test("card ids are `${termId}:${type}` and parse back", () => {
  for (const type of CARD_TYPES) assert.deepEqual(parseCardId(cardId("rate-limiting", type)), { termId: "rate-limiting", type });
  for (const bad of ["api", ":recall", "api:unknown", "api:"]) assert.equal(parseCardId(bad), null, bad);
});

test("a term with examples, a mistake and neighbours makes all five cards", () => {
  const cards = deriveCards(api, { lookup });
  assert.deepEqual(cards.map((c) => c.id), CARD_TYPES.map((t) => `api:${t}`));
  const [recognition, recall, , listening] = cards;
  assert.deepEqual(recognition, {
    id: "api:recognition",
    termId: "api",
    type: "recognition",
    term: "API",
    partOfSpeech: "noun",
    pronunciation: { respelling: "ay-pee-EYE", ipa: "/ˌeɪ.piˈaɪ/" },
    definition: api.definition,
    expansion: "Application Programming Interface",
    example: recognition?.type === "recognition" ? recognition.example : undefined,
  });
  assert.ok(api.examples.some((e) => e.text === (recognition as { example: string }).example));
  assert.deepEqual(recall, {
    id: "api:recall",
    termId: "api",
    type: "recall",
    definition: api.definition,
    partOfSpeech: "noun",
    answer: { expected: "API", accepted: ["APIs", "Application Programming Interface"] },
  });
  assert.deepEqual(listening, { id: "api:listening", termId: "api", type: "listening", speak: "API", answer: { expected: "API", accepted: ["APIs"] } });
});

test("the cloze blanks the form the example uses, and that form is the answer", () => {
  const cases: [term: Term, seed: string, expectedAnswer: string][] = [
    [sharding, "a", "sharded"],
    [sharding, "b", "Sharding"],
    [api, "a", "API"],
  ];
  const seen = new Set<string>();
  for (const [term, seed, answer] of cases) {
    // Find a seed choosing the wanted example, to test both forms; the choice is deterministic.
    let card: ClozeCard | null = null;
    for (let i = 0; i < 50 && card?.answer.expected !== answer; i++) card = deriveCard(term, "cloze", { seed: `${seed}${i}` }) as ClozeCard;
    assert.equal(card?.answer.expected, answer);
    const original = term.examples.find((e) => e.text.replace(answer, BLANK) === card!.sentence);
    assert.ok(original, card!.sentence);
    assert.deepEqual(card!.segments.join(BLANK), card!.sentence);
    assert.equal(card!.hint, term.definition);
    assert.ok(checkAnswer(answer.toLowerCase(), card!.answer).correct);
    seen.add(`${term.id}:${answer}`);
  }
  assert.equal(seen.size, 3);
});

test("every use of the term is blanked", () => {
  const term = makeTerm({ examples: [{ situation: "chat", text: "Each endpoint calls two other endpoints." }, { situation: "chat", text: "No term here." }] });
  const card = deriveCard(term, "cloze") as ClozeCard;
  assert.equal(card.sentence, `Each ${BLANK} calls two other ${BLANK}.`);
  assert.deepEqual(card.segments, ["Each ", " calls two other ", "."]);
  assert.equal(card.answer.expected, "endpoint");
});

test("no cloze or usage card without an example that uses the term", () => {
  const term = makeTerm({ examples: [{ situation: "chat", text: "Nothing to see." }, { situation: "chat", text: "Still nothing." }] });
  assert.deepEqual(deriveCards(term).map((c) => c.type), ["recognition", "recall", "listening"]);
});

test("usage: one correct example among 3–4 options; distractors from the mistake and neighbours", () => {
  const card = deriveCard(api, "usage", { lookup }) as UsageCard;
  assert.ok(card.options.length >= 3 && card.options.length <= 4);
  assert.equal(new Set(card.options).size, card.options.length);
  const correct = card.options[card.answerIndex]!;
  assert.ok(api.examples.some((e) => e.text === correct));
  assert.ok(card.options.includes("We need to build a API for reporting."));
  assert.equal(card.explanation, "API starts with a vowel sound.");
  // The adjective neighbour comes first: its sentence with "API" in an adjective's place.
  assert.ok(card.options.includes("Make the handler API so a retried message doesn't charge twice."), card.options.join("\n"));
  assert.ok(card.options.includes("This API returns every order the customer has ever placed."), card.options.join("\n"));
  assert.deepEqual(checkChoice(card, card.answerIndex), { correct: true, suggestedRating: "good" });
  assert.deepEqual(checkChoice(card, (card.answerIndex + 1) % card.options.length), { correct: false, suggestedRating: "again" });
});

test("usage is deterministic for a seed, and the seed moves the answer", () => {
  const a = deriveCard(api, "usage", { lookup, seed: "s1" });
  assert.deepEqual(deriveCard(api, "usage", { lookup, seed: "s1" }), a);
  const positions = new Set(Array.from({ length: 20 }, (_, i) => (deriveCard(api, "usage", { lookup, seed: `s${i}` }) as UsageCard).answerIndex));
  assert.ok(positions.size > 1);
});

test("usage needs at least two distractors", () => {
  const cases: [overrides: Partial<Term>, withLookup: boolean, made: boolean][] = [
    [{ mistake: undefined, related: [] }, true, false],
    [{ related: [] }, true, false], // the mistake alone is one distractor
    [{ related: ["idempotent"] }, false, false], // neighbours unknown without a lookup
    [{ related: ["idempotent"] }, true, true],
  ];
  for (const [overrides, withLookup, made] of cases) {
    const term = { ...api, ...overrides };
    assert.equal(deriveCard(term, "usage", withLookup ? { lookup } : {}) !== null, made, JSON.stringify(overrides));
  }
});

test("a neighbour's plural becomes the term's plural, and a capital at the start is kept", () => {
  const neighbour = makeTerm({
    id: "shard-key",
    term: "shard key",
    aliases: [],
    partOfSpeech: "noun",
    examples: [{ situation: "chat", text: "Shard keys decide where each row lives." }, { situation: "chat", text: "x" }],
  });
  const term = makeTerm({ id: "replica", term: "replica", aliases: [], partOfSpeech: "noun", related: ["shard-key"], examples: [
    { situation: "chat", text: "The replica lags by two seconds." }, { situation: "chat", text: "Add a replica." },
  ], mistake: { wrong: "We replica the data.", right: "We replicate the data.", why: "replica is a noun" } });
  const card = deriveCard(term, "usage", { lookup: (id) => (id === "shard-key" ? neighbour : undefined) }) as UsageCard;
  assert.ok(card.options.includes("Replicas decide where each row lives."), card.options.join("\n"));
});
