import { test } from "node:test";
import assert from "node:assert/strict";
import { testNlp } from "../test-support.ts";
import { analyze } from "./analyze.ts";

test("token offsets are string indices into the text, whatever comes before", () => {
  const cases = ["😀😀 Teh cache is “fast”, isn’t it?", "naïve résumé — 𝒳 depends of the load.\nNext line: done.", "  leading spaces\tand tabs"];
  for (const text of cases) {
    const a = analyze(testNlp(), text);
    for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.text, `${t.text} in ${text}`);
    for (const s of a.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  }
});

test("sentences split at line breaks as well as full stops", () => {
  const a = analyze(testNlp(), "Impact: 5% of users\nRoot cause: a bad config. We rolled back.");
  assert.deepEqual(a.sentences.map((s) => s.text), ["Impact: 5% of users", "Root cause: a bad config.", "We rolled back."]);
});

const polarity: [string, string, boolean][] = [
  ["PUT is not idempotent.", "idempotent", true],
  ["PUT is idempotent.", "idempotent", false],
  ["PUT is idempotent, but POST is not.", "PUT", false],
  ["PUT is idempotent, but POST is not.", "POST", true],
  ["GET, PUT and DELETE are not idempotent.", "GET", true],
  ["We verify the token without a lookup.", "token", false],
  ["We verify the token without a lookup.", "lookup", true],
  ["Use PUT instead of POST.", "POST", true],
  ["Use PUT instead of POST.", "PUT", false],
  ["It is not only fast but also cheap.", "fast", false],
  ["The server keeps no session.", "session", true],
];

for (const [text, word, negated] of polarity) {
  test(`polarity: "${word}" in "${text}" is ${negated ? "negated" : "affirmed"}`, () => {
    const t = analyze(testNlp(), text).tokens.find((x) => x.text === word)!;
    assert.equal(t.negated, negated);
  });
}
