import { test } from "node:test";
import assert from "node:assert/strict";
import { exactKey, exactKeysField, foldDiacritics, markdownText, parseSearchQuery, searchWords, MAX_QUERY_WORDS } from "./search-text.ts";

test("search words: folded, lower-cased, split on anything but letters and digits", () => {
  const cases: [input: string, words: string[]][] = [
    ["Pub/Sub", ["pub", "sub"]],
    ["Node.js", ["node", "js"]],
    ["N+1 query", ["n", "1", "query"]],
    ["naïve café", ["naive", "cafe"]],
    ["IDÉMPOTENT", ["idempotent"]],
    ['"OR" * NEAR(a b)', ["or", "near", "a", "b"]],
    ["' or 1=1 --", ["or", "1", "1"]],
    ["!!! ???", []],
    ["", []],
    ["кэш 缓存", ["кэш", "缓存"]],
  ];
  for (const [input, words] of cases) assert.deepEqual(searchWords(input), words, input);
  assert.equal(foldDiacritics("Crème brûlée"), "Creme brulee");
});

test("a query keeps its first words and an exact key for term and alias hits", () => {
  assert.deepEqual(parseSearchQuery("  Pub/Sub "), { words: ["pub", "sub"], exact: "pub sub" });
  assert.equal(parseSearchQuery("w ".repeat(40)).words.length, MAX_QUERY_WORDS);
  assert.equal(exactKey("pub-sub"), exactKey("Pub / Sub"));
  assert.equal(exactKeysField(["API", "APIs", "api", "Application Programming Interface"]), "|api|apis|application programming interface|");
  assert.equal(exactKeysField(["!!!"]), "");
});

test("markdown becomes plain words: code blocks, link targets and markup go", () => {
  const markdown = [
    "## Heading",
    "Use **cache-aside** with a [TTL](term:ttl) and `SETEX`.",
    "",
    "```ts",
    "const secret = compute();",
    "```",
    "- one item",
    "1. numbered _item_",
  ].join("\n");
  assert.equal(markdownText(markdown), "Heading Use cache-aside with a TTL and SETEX. one item numbered item");
});
