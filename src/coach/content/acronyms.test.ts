/**
 * Acronyms spelled out on the spot: which phrases an acronym stands for, and which phrases only
 * happen to have its initials.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../text/analyze.ts";
import { testNlp } from "../test-support.ts";
import { acronymUnits } from "./acronyms.ts";
import { toUnits, UNIFORM_WEIGHTS } from "./units.ts";

const nlp = testNlp();
const prepared = (text: string) => {
  const a = analyze(nlp, text);
  return { a, units: toUnits(a, undefined, UNIFORM_WEIGHTS) };
};

/** What the answer gains: "said in the answer → task unit key". */
function gained(task: string, answer: string): string[] {
  const t = prepared(task);
  const x = prepared(answer);
  return acronymUnits(x.a, x.units, [t]).map((u) => `${answer.slice(u.start, u.end)} → ${u.key}`);
}

const cases: { name: string; task: string; answer: string; expect: string[] }[] = [
  {
    name: "the answer's acronym, spelled out in the reference",
    task: "A stack is last in, first out: the newest element leaves first.",
    answer: "A stack is LIFO.",
    expect: ["LIFO → last", "LIFO → first"],
  },
  {
    name: "the reference's acronym, spelled out in the answer",
    task: "A queue is FIFO.",
    answer: "Elements leave a queue first in, first out.",
    expect: ["first in, first out → fifo"],
  },
  { name: "a plural acronym", task: "Each operating system schedules threads.", answer: "All OSs schedule threads.", expect: ["OSs → oper", "OSs → system"] },
  { name: "phrases spelled with capitals", task: "The answer expires after its TTL.", answer: "It expires when its Time To Live runs out.", expect: ["Time To Live → ttl"] },
  { name: "a task that uses the acronym itself", task: "DNS maps a domain name such as example.com to an address.", answer: "DNS maps names to addresses.", expect: [] },
  { name: "initials ending on a conjunction", task: "DNS returns the address.", answer: "It looks up the domain name, so the browser can connect.", expect: [] },
  { name: "initials starting on a function word", task: "The client keeps a list of servers.", answer: "The OS caches it.", expect: [] },
  { name: "a word in capitals", task: "Ask the infrastructure team.", answer: "Ask IT about it.", expect: [] },
  { name: "initials across sentences", task: "A queue is FIFO.", answer: "Use a queue first. It is fine. Order matters.", expect: [] },
];

for (const c of cases) {
  test(`acronyms: ${c.name}`, () => {
    assert.deepEqual(gained(c.task, c.answer), c.expect);
  });
}
