import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsTerm, spellingKey } from "./term-match.ts";

test("an example may use the term, an inflection of it or an alias", () => {
  const cases: [text: string, spellings: string[], expected: boolean][] = [
    ["We hit a race condition in the scheduler.", ["race condition"], true],
    ["Two race conditions showed up under load.", ["race condition"], true],
    ["The ledger was sharded by customer id.", ["sharding"], true],
    ["Sharding the ledger took a quarter.", ["sharding"], true],
    ["The endpoint is idempotent.", ["idempotent"], true],
    ["Idempotency keys live for a day.", ["idempotent"], false], // another word of the family
    ["Idempotency keys live for a day.", ["idempotent", "idempotency"], true], // unless an alias
    ["All our APIs return JSON.", ["API"], true],
    ["The API's rate limit is 100 requests a minute.", ["API"], true],
    ["Our partners' APIs' limits differ.", ["API"], true],
    ["I say 'test double' for all of them.", ["test double"], true],
    ["We run Node.js 22.", ["Node.js"], true],
    ["That is an N+1 query problem.", ["N+1 query"], true],
    ["The race. Conditions were fine.", ["race condition"], false],
    ["We rate-limit each client.", ["rate limiting", "rate-limit"], true],
    ["Rate-limiting happens at the gateway.", ["rate limiting"], true],
    ["Ratelimiting happens at the gateway.", ["rate limiting"], true],
    ["The query hit two replicas; the queries were slow.", ["query"], true],
    ["Three queries timed out.", ["query"], true],
    ["We cached the response.", ["caching"], true],
    ["The team uses pub-sub for events.", ["pub/sub"], true],
    ["Please capitalize the header.", ["api"], false], // no match inside a word
    ["The rapid rollout worked.", ["API"], false],
    ["Retries are sent with backoff.", ["retry"], true],
    ["It retried three times.", ["retry"], true],
    ["The deploy shipped at noon.", ["ship"], true],
    ["The consumer group rebalanced.", ["consumer group"], true],
    ["Each consumer in the group reads one partition.", ["consumer group"], false],
  ];
  for (const [text, spellings, expected] of cases) {
    assert.equal(mentionsTerm(text, spellings), expected, `${spellings.join(", ")} in "${text}"`);
  }
});

test("spellings compare without case, hyphens or extra spaces", () => {
  assert.equal(spellingKey("Rate-Limiting"), spellingKey("rate  limiting"));
  assert.equal(spellingKey("ratelimiting"), spellingKey("rate limiting"));
  assert.notEqual(spellingKey("rate limit"), spellingKey("rate limiting"));
});
