import { test } from "node:test";
import assert from "node:assert/strict";
import { findTermSpans } from "./term-match.ts";

test("findTermSpans returns the form the sentence uses", () => {
  const cases: [text: string, spellings: string[], used: string[]][] = [
    ["This endpoint returns every order.", ["endpoint"], ["endpoint"]],
    ["All our APIs return JSON.", ["API"], ["APIs"]],
    ["The API's rate limit is 100 requests a minute.", ["API"], ["API"]],
    ["The ledger was sharded by customer.", ["sharding"], ["sharded"]],
    ["If we shard by tenant, queries never cross shards.", ["sharding"], ["shard", "shards"]],
    ["We hit a race condition; two race-conditions, in fact.", ["race condition"], ["race condition", "race-conditions"]],
    ["Store the idempotency key with the payment.", ["idempotency", "idempotency key"], ["idempotency key"]],
    ["That is an N+1 query problem.", ["N+1 query"], ["N+1 query"]],
    ["Ratelimiting happens at the gateway.", ["rate limiting"], ["Ratelimiting"]],
    ["The rapid rollout worked.", ["API"], []],
    ["The race. Conditions were fine.", ["race condition"], []],
    ["İstanbul's API is fast.", ["API"], ["API"]], // lower-casing İ changes length; spans stay on the original
  ];
  for (const [text, spellings, used] of cases) {
    assert.deepEqual(findTermSpans(text, spellings).map((s) => text.slice(s.start, s.end)), used, text);
  }
});
