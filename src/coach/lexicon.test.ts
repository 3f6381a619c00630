import { test } from "node:test";
import assert from "node:assert/strict";
import { testNlp } from "./test-support.ts";
import { analyze } from "./text/analyze.ts";
import { createLexicon } from "./lexicon.ts";

const lexicon = createLexicon(
  [
    { id: "pull-request", term: "pull request", aliases: ["pull requests", "PR", "PRs"] },
    { id: "cache", term: "caching", aliases: ["cache", "caches"] },
    { id: "at-least-once-delivery", term: "at-least-once delivery", aliases: ["at least once"] },
  ],
  testNlp(),
);

test("finds glossary terms by any spelling, inflected, longest first", () => {
  const cases: [string, string[]][] = [
    ["I opened two PRs and a pull request for the cache.", ["pull-request", "pull-request", "cache"]],
    ["We cached it; at-least-once delivery means duplicates.", ["cache", "at-least-once-delivery"]],
    ["Nothing to see here.", []],
  ];
  for (const [text, ids] of cases) assert.deepEqual(lexicon.findTerms(analyze(testNlp(), text)).map((m) => m.termId), ids, text);
});

test("domain words: glossary spellings and product names, any case", () => {
  for (const w of ["kubernetes", "postgresql", "grpc", "jwt", "nginx", "pr", "idempotency"]) assert.ok(lexicon.isDomainWord(w), w);
  assert.ok(!lexicon.isDomainWord("recieve"));
  assert.ok(lexicon.dictionaryWords.includes("gRPC"));
});
