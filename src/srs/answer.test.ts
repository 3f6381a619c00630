import { test } from "node:test";
import assert from "node:assert/strict";
import { answerKey, checkAnswer, damerauLevenshtein, diffAnswer } from "./answer.ts";

test("typed answers: case, separators, plurals, aliases, articles tolerated; one typo graded Hard", () => {
  const cases: [input: string, expected: string, accepted: string[], correct: boolean, rating: string, typo: boolean][] = [
    ["endpoint", "endpoint", [], true, "good", false],
    ["  Endpoint. ", "endpoint", [], true, "good", false],
    ["ENDPOINT", "endpoint", [], true, "good", false],
    ["endpoints", "endpoint", [], true, "good", false],
    ["endpoint", "endpoints", [], true, "good", false],
    ["queries", "query", [], true, "good", false],
    ["boxes", "box", [], true, "good", false],
    ["rate-limiting", "rate limiting", [], true, "good", false],
    ["ratelimiting", "rate limiting", [], true, "good", false],
    ["rate  limiting", "rate-limiting", [], true, "good", false],
    ["race conditions", "race condition", [], true, "good", false],
    ["the backpressure", "backpressure", [], true, "good", false],
    ["an API", "API", [], true, "good", false],
    ["apis", "API", [], true, "good", false],
    ["Application Programming Interface", "API", ["Application Programming Interface"], true, "good", false],
    ["pub sub", "pub/sub", [], true, "good", false],
    ["endpiont", "endpoint", [], true, "hard", true], // transposition
    ["endpont", "endpoint", [], true, "hard", true], // deletion
    ["endpoinnt", "endpoint", [], true, "hard", true], // insertion
    ["endpoimt", "endpoint", [], true, "hard", true], // substitution
    ["endpionts", "endpoint", [], true, "hard", true], // typo in the plural
    ["idempotensy", "idempotency", ["idempotent"], true, "hard", true],
    ["cahce", "cache", [], true, "hard", true],
    ["endpnoit", "endpoint", [], false, "again", false], // two edits
    ["APO", "API", [], false, "again", false], // short words: no typo allowed
    ["TPC", "TCP", [], false, "again", false],
    ["tcp", "TCP", [], true, "good", false],
    ["latency", "throughput", [], false, "again", false],
    ["", "endpoint", [], false, "again", false],
    ["   ", "endpoint", [], false, "again", false],
    ["x".repeat(500), "endpoint", [], false, "again", false],
  ];
  for (const [input, expected, accepted, correct, rating, typo] of cases) {
    const r = checkAnswer(input, { expected, accepted });
    assert.equal(r.correct, correct, `${input} for ${expected}`);
    assert.equal(r.suggestedRating, rating, `${input} for ${expected}`);
    assert.equal(r.typo, typo, `${input} for ${expected}`);
  }
});

test("the result names the closest accepted spelling and diffs the typed answer against it", () => {
  const r = checkAnswer("idempotensy", { expected: "idempotent", accepted: ["idempotency"] });
  assert.equal(r.normalizedExpected, "idempotency");
  assert.deepEqual(r.diff, [
    { op: "equal", text: "idempoten" },
    { op: "extra", text: "s" },
    { op: "missing", text: "c" },
    { op: "equal", text: "y" },
  ]);
  const exact = checkAnswer(" Rate  limiting ", { expected: " rate   limiting" });
  assert.equal(exact.normalizedExpected, "rate limiting");
  assert.equal(exact.diff, undefined);
  assert.ok(checkAnswer("latency", { expected: "throughput" }).diff);
});

test("answerKey", () => {
  const cases: [string, string][] = [
    ["Rate-Limiting", "ratelimiting"],
    ["“API”", "api"],
    ["the  circuit breaker.", "circuitbreaker"],
    ["a", "a"],
    ["N+1 query", "n+1query"],
    ["ﬁle", "file"], // NFKC
  ];
  for (const [input, key] of cases) assert.equal(answerKey(input), key, input);
});

test("Damerau–Levenshtein (optimal string alignment) distance", () => {
  const cases: [string, string, number][] = [
    ["", "", 0],
    ["abc", "", 3],
    ["endpoint", "endpoint", 0],
    ["endpiont", "endpoint", 1],
    ["ca", "abc", 3], // OSA, not unrestricted Damerau–Levenshtein
    ["kitten", "sitting", 3],
    ["cache", "catch", 2],
  ];
  for (const [a, b, d] of cases) {
    assert.equal(damerauLevenshtein(a, b), d, `${a} / ${b}`);
    assert.equal(damerauLevenshtein(b, a), d, `${b} / ${a}`);
  }
});

test("diffs rebuild both strings", () => {
  const cases: [actual: string, expected: string][] = [
    ["endpiont", "endpoint"],
    ["shardng", "sharding"],
    ["backpresure", "backpressure"],
    ["latency", "throughput"],
    ["", "api"],
    ["abc", ""],
  ];
  for (const [actual, expected] of cases) {
    const diff = diffAnswer(actual, expected);
    assert.equal(diff.filter((d) => d.op !== "extra").map((d) => d.text).join(""), expected);
    assert.equal(diff.filter((d) => d.op !== "missing").map((d) => d.text).join("").toLowerCase(), actual.toLowerCase());
    for (let i = 1; i < diff.length; i++) assert.ok(!(diff[i]!.op === "equal" && diff[i - 1]!.op === "equal"), "runs are merged");
  }
});
