/**
 * Content grading, case by case: what counts as saying a key point (other words, other order,
 * synonyms, acronyms) and what does not (negation, contrast, the wrong subject, a general-English
 * synonym of a technical word).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoach } from "../coach.ts";
import { createLexicon } from "../lexicon.ts";
import { readWordNet } from "../resources.ts";
import { testNlp } from "../test-support.ts";
import { createThesaurus } from "./wordnet.ts";

const nlp = testNlp();
const lexicon = createLexicon(
  [
    { id: "pull-request", term: "pull request", aliases: ["pull requests", "PR", "PRs"] },
    { id: "server", term: "server", aliases: ["servers"] },
    { id: "process", term: "process", aliases: ["processes"] },
    { id: "thread", term: "thread", aliases: ["threads"] },
  ],
  nlp,
);
const coach = createCoach({ nlp, lexicon, thesaurus: createThesaurus(await readWordNet()) });

const cases: { name: string; keyPoints: string[]; answer: string; covered: string[] }[] = [
  { name: "the same statement", keyPoints: ["PUT is idempotent"], answer: "PUT is idempotent.", covered: ["PUT is idempotent"] },
  { name: "negation", keyPoints: ["PUT is idempotent"], answer: "PUT is not idempotent.", covered: [] },
  { name: "negative key point said negatively", keyPoints: ["POST is not idempotent"], answer: "POST isn't idempotent, because each call creates a resource.", covered: ["POST is not idempotent"] },
  { name: "negative key point said positively", keyPoints: ["POST is not idempotent"], answer: "POST is idempotent.", covered: [] },
  { name: "other word order", keyPoints: ["The cache stores a copy of the data"], answer: "A copy of the data is stored in the cache.", covered: ["The cache stores a copy of the data"] },
  { name: "a synonym", keyPoints: ["Begin with a small canary release"], answer: "I would start with a small canary release.", covered: ["Begin with a small canary release"] },
  { name: "an acronym from the glossary", keyPoints: ["Open a pull request for every change"], answer: "We open a PR for every change.", covered: ["Open a pull request for every change"] },
  { name: "contrast", keyPoints: ["Use PUT for updates"], answer: "Use POST instead of PUT for updates.", covered: [] },
  {
    name: "the wrong subject",
    keyPoints: ["A process has its own memory", "Threads share memory"],
    answer: "A thread has its own memory, and processes share memory.",
    covered: [],
  },
  { name: "a general-English synonym of a domain word", keyPoints: ["The server handles the request"], answer: "The waiter handles the request.", covered: [] },
];

for (const c of cases) {
  test(`key points: ${c.name}`, () => {
    const g = coach.grade({ question: "", keyPoints: c.keyPoints, answer: c.answer });
    assert.deepEqual(g.covered, c.covered, JSON.stringify(g.details));
  });
}

test("a contradicted key point is reported as such", () => {
  const g = coach.grade({ question: "Is PUT idempotent?", keyPoints: ["PUT is idempotent"], answer: "No, PUT is not idempotent at all." });
  assert.equal(g.details.missed[0]?.reason, "contradicted");
});

test("scores: empty and off-topic answers are 0, a fragment is low, a full answer is high", () => {
  const question = "What is the difference between authentication and authorization?";
  const reference = "Authentication verifies who the user is. Authorization decides what an authenticated user is allowed to do, for example by checking roles.";
  const grade = (answer: string) => coach.grade({ question, reference, answer }).score;
  assert.equal(grade(""), 0);
  assert.ok(grade("I like to cook pasta on Sundays with my family.") < 0.5);
  const fragment = grade("Authentication.");
  const full = grade("Authentication checks who the user is, and authorization decides what that user is allowed to do, based on roles.");
  assert.ok(fragment < 1.5, `fragment ${fragment}`);
  assert.ok(full >= 4, `full ${full}`);
  // repeating the question is not an answer
  assert.ok(grade("The difference between authentication and authorization is a difference.") < 2);
});

test("grading is deterministic and within 0–5", () => {
  const input = { question: "Why use a queue?", reference: "A queue decouples producers from consumers and absorbs spikes.", answer: "Queues decouple services and absorb traffic spikes." };
  const a = coach.grade(input);
  const b = coach.grade(input);
  assert.deepEqual(a, b);
  assert.ok(a.score >= 0 && a.score <= 5);
});

test("reference only: a short right answer to a short reference is not a fragment", () => {
  const question = "What is garbage collection in a programming language runtime?";
  const reference = "Garbage collection is automatic memory management: the runtime finds objects the program can no longer reach and frees their memory.";
  const grade = (answer: string) => coach.grade({ question, reference, answer }).score;
  const short = grade("It frees the memory of objects that the program can no longer reach, automatically.");
  assert.ok(short >= 3, `short ${short}`);
  assert.ok(grade("I prefer languages with static types.") < 1, "off-topic");
});

test("reference only: a negation said another way still counts", () => {
  const question = "Why do services read configuration from environment variables?";
  const reference = "Environment variables keep configuration out of the code, and they keep secrets such as passwords out of the repository.";
  const g = coach.grade({ question, reference, answer: "So the configuration and the passwords are not in the code or in the repository." });
  assert.ok(g.score >= 2.5, JSON.stringify(g));
});

test("reference only: statements given to the other thing the question names score lower", () => {
  const question = "What is the difference between a process and a thread?";
  const reference = "A process has its own memory. Threads share the memory of their process.";
  const right = coach.grade({ question, reference, answer: "A process has its own memory, and threads share memory." }).score;
  const swapped = coach.grade({ question, reference, answer: "A thread has its own memory, and processes share memory." }).score;
  assert.ok(swapped < right - 1, `right ${right}, swapped ${swapped}`);
});

test("reference only: one thing's qualities given to the other score lower, said in a few words", () => {
  const question = "What is the difference between TCP and UDP?";
  const reference = "TCP is connection-oriented and reliable: it resends lost packets and keeps them in order. UDP is connectionless and has no delivery guarantees, which makes it lighter and faster.";
  const grade = (answer: string) => coach.grade({ question, reference, answer }).score;
  const right = grade("TCP is reliable because it resends lost packets, and UDP is faster because it has no guarantees.");
  const swapped = grade("UDP is reliable because it resends lost packets, and TCP is faster because it has no guarantees.");
  assert.ok(swapped < right - 1, `right ${right}, swapped ${swapped}`);
  // a clause that names both things says nothing either way
  const contrast = grade("Unlike TCP, UDP is faster. TCP resends lost packets, so it is reliable.");
  assert.ok(contrast >= right - 0.5, `right ${right}, contrast ${contrast}`);
});

test("key points as plain strings: a full answer in other words scores high, an off-topic one low", () => {
  const question = "What are primary keys and foreign keys?";
  const keyPoints = ["A primary key uniquely identifies each row in a table.", "A foreign key references the primary key of another table."];
  const grade = (answer: string) => coach.grade({ question, keyPoints, answer }).score;
  const full = grade("Every row has a unique primary key, and a foreign key is a column that points to the primary key of a different table.");
  assert.ok(full >= 3.5, `full ${full}`);
  assert.ok(grade("I like to cook pasta on Sundays with my family.") < 0.5);
});

test("a grade does not depend on what was graded before", () => {
  const input = { question: "Why use a queue?", reference: "A queue generally decouples producers from consumers and absorbs spikes.", answer: "In general, queues decouple services and absorb traffic spikes." };
  const first = coach.grade(input);
  for (const answer of ["Generally the producer is fast.", "The general idea is to buffer work.", "Spikes are absorbed by a buffer."]) coach.grade({ ...input, answer });
  assert.deepEqual(coach.grade(input), first);
});

test("reference only: an answer that shares only the topic's name with the reference is about something else", () => {
  const question = "What is virtual memory?";
  const reference = "Virtual memory gives each process its own address space; the operating system maps those addresses to physical pages and moves pages to disk when RAM runs short.";
  const grade = (answer: string) => coach.grade({ question, reference, answer }).score;
  const elsewhere = grade("Virtual memory is the memory of a virtual machine, for example the gigabytes you give to a VirtualBox guest.");
  const right = grade("Each process gets its own virtual addresses, and the operating system maps them to physical memory or to disk.");
  assert.ok(elsewhere < 2, `elsewhere ${elsewhere}`);
  assert.ok(right >= 3, `right ${right}`);
});
