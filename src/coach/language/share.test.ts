import { test } from "node:test";
import assert from "node:assert/strict";
import { grammarCut, HEAD_SHARE, MIN_SHARED_LENGTH } from "./share.ts";

const sentence = (n: number) => `Sentence number ${n} says something about the cache and the queue. `;
const long = Array.from({ length: 12 }, (_, i) => sentence(i)).join("").trim();

test("grammarCut: a short text is not cut", () => {
  assert.equal(grammarCut("We deployed the new service. It worked."), undefined);
  assert.equal(grammarCut("x".repeat(MIN_SHARED_LENGTH + 10)), undefined, "no sentence end, no cut");
});

test("grammarCut: at the sentence start closest to the head's share", () => {
  const cut = grammarCut(long)!;
  assert.ok(cut > 0 && cut < long.length);
  assert.match(long.slice(cut), /^Sentence number \d+/);
  assert.equal(long[cut - 2], ".");
  // no other sentence start is closer to the target
  const target = long.length * HEAD_SHARE;
  for (const m of long.matchAll(/\. (?=S)/g)) assert.ok(Math.abs(m.index + 2 - target) >= Math.abs(cut - target));
});

test("grammarCut: never where the next sentence starts in lower case or inside a sentence", () => {
  const text = `${"We measured it again, e.g. the p95 of the checkout service after the deploy, and the numbers held. ".repeat(2)}${long}`;
  const cut = grammarCut(text, 0.1)!;
  assert.notEqual(text.slice(cut - 5, cut), "e.g. ");
  assert.match(text.slice(cut), /^(We|Sentence)/);
  const questions = `${"Did the retry work? ".repeat(3)}"Yes," she said. (It did.) ${long}`;
  for (const share of [0.05, 0.1, 0.2]) assert.match(questions.slice(grammarCut(questions, share)!), /^["(]?\p{Lu}/u);
});
