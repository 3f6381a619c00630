import { test } from "node:test";
import assert from "node:assert/strict";
import { stringify } from "yaml";
import type { ContentFile, ContentProblem } from "./model.ts";
import { parsePack } from "./parse-pack.ts";
import type { PronouncingDictionary } from "./pronunciation.ts";
import { prerequisiteCycles, validatePack } from "./validate-pack.ts";

const dictionary: PronouncingDictionary = {
  latency: "L EY1 T AH0 N S IY0",
  throughput: "TH R UW1 P UH2 T",
  race: "R EY1 S",
  condition: "K AH0 N D IH1 SH AH0 N",
};

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 9 ? "latency." : "word")).join(" ");

const body = (overrides: Record<string, string> = {}) => {
  const sections: Record<string, string> = {
    "What it is": "Latency is the time a request waits.",
    "Why it matters": "Users notice slow pages.",
    "How it's used": "- Dashboards show p99 latency.",
    Example: "```ts\nconst started = performance.now();\n```",
    "Practice project": "Measure an endpoint.",
    "Common mistake": "Reporting only the average.",
    "Key vocabulary": "- [latency](term:latency) — time a request waits",
    "How to talk about it": '- "p99 latency doubled."\n- "We cut latency by caching."\n- "Latency is within the SLO."',
    ...overrides,
  };
  return Object.entries(sections).map(([title, text]) => `## ${title}\n${text}\n`).join("\n");
};

/** A small pack that passes every check; each test breaks one rule of a copy of it. */
function fixture() {
  const term = (id: string, text: string, extra: object = {}) => ({
    id,
    term: text,
    partOfSpeech: "noun",
    definition: `What ${text} means.`,
    examples: [
      { situation: "standup", text: `Yesterday the ${text} looked fine.` },
      { situation: "incident", text: `The ${text} is the problem.` },
    ],
    collocations: ["one", "two"],
    area: "a",
    level: "junior",
    ...extra,
  });
  const exerciseBase = (id: string) => ({ id, terms: ["latency"], explanation: "Because." });
  return {
    role: { id: "r", title: "R", summary: "A role.", areas: ["a", "b"] },
    areas: ["a", "b"].map((id) => ({ id, title: id.toUpperCase(), summary: "An area.", outcomes: ["x", "y", "z"] })),
    terms: [
      term("latency", "latency", { related: ["throughput"] }),
      term("throughput", "throughput"),
      term("race-condition", "race condition", { aliases: ["data race"], area: "b" }),
    ] as Record<string, unknown>[],
    topics: [
      { front: { id: "t1", title: "T1", area: "a", level: "junior", summary: "S.", terms: ["latency"] }, body: body() },
      { front: { id: "t2", title: "T2", area: "b", level: "mid", summary: "S.", prerequisites: ["t1"], next: [], terms: ["latency"] }, body: body() },
    ] as { front: Record<string, unknown>; body: string }[],
    questions: [
      {
        id: "q1",
        prompt: "What is latency?",
        kind: "technical",
        level: "junior",
        area: "a",
        tips: ["Define it.", "Give a number."],
        modelAnswer: words(90),
        keyPoints: [1, 2, 3].map((i) => ({ text: `point ${i}`, accept: [`point ${i}`] })),
        pitfalls: ["Confusing it with throughput."],
        followUps: ["How do you measure it?", "What is p99?"],
        phrases: ["In short,", "For example,"],
        terms: ["latency"],
      },
    ] as Record<string, unknown>[],
    scenario: {
      id: "s1",
      title: "S1",
      level: "mid",
      setting: "meeting",
      area: "a",
      situation: "A slow endpoint.",
      learnerRole: "Backend developer",
      counterpart: { name: "Ana", role: "PM", manner: "direct", caresAbout: ["users"] },
      goals: [
        { id: "explain", text: "Explain the cause." },
        { id: "plan", text: "Propose a fix." },
      ],
      targetVocabulary: ["latency", "throughput", "race-condition"],
      beats: [1, 2, 3].map((i) => ({
        id: `b${i}`,
        line: "Why is it slow?",
        moves: [{ id: "m", concept: "cause", accept: ["because"], goal: "explain" }],
        followUp: "And?",
        pushback: "That is vague.",
        hint: "The cause is…",
      })),
      closingLine: "Thanks.",
      usefulPhrases: ["a", "b", "c", "d"],
      modelDialogue: [1, 2, 3].flatMap(() => [
        { speaker: "counterpart", text: "Hi." },
        { speaker: "learner", text: "Hello." },
      ]),
    } as Record<string, unknown>,
    exercises: {
      area: "a",
      sets: [
        {
          id: "set-1",
          title: "Set 1",
          level: "junior",
          exercises: [
            { ...exerciseBase("mc"), type: "multiple-choice", prompt: "Pick one.", options: [{ text: "A", correct: true }, { text: "B" }, { text: "C" }] },
            { ...exerciseBase("multi"), type: "multiple-choice", prompt: "Pick two.", multiSelect: true, options: [{ text: "A", correct: true }, { text: "B", correct: true }, { text: "C" }] },
            { ...exerciseBase("cloze"), type: "cloze", text: "High ___ hurts ___.", blanks: [{ accept: ["latency"] }, { accept: ["users"] }] },
            { ...exerciseBase("phrasing"), type: "phrasing", context: "Standup.", prompt: "Say it.", options: [{ text: "A", correct: true }, { text: "B" }] },
            { ...exerciseBase("written"), type: "written", prompt: "Write.", keyPoints: [{ text: "k", accept: ["k"] }, { text: "l", accept: ["l"] }], minWords: 40, maxWords: 120, modelAnswer: "An answer." },
          ] as Record<string, unknown>[],
        },
      ] as { id: string; title: string; level: string; exercises: Record<string, unknown>[] }[],
    },
  };
}
type Fixture = ReturnType<typeof fixture>;

function files(f: Fixture): ContentFile[] {
  return [
    { path: "r/role.yaml", text: stringify(f.role) },
    ...f.areas.map((a) => ({ path: `r/areas/${a.id}.yaml`, text: stringify(a) })),
    { path: "r/terms/all.yaml", text: stringify({ terms: f.terms }) },
    ...f.topics.map((t) => ({ path: `r/topics/${String(t.front.id)}.md`, text: `---\n${stringify(t.front)}---\n\n${t.body}` })),
    { path: "r/questions/a.yaml", text: stringify({ questions: f.questions }) },
    { path: "r/scenarios/s1.yaml", text: stringify(f.scenario) },
    { path: `r/exercises/${f.exercises.area}.yaml`, text: stringify(f.exercises) },
  ];
}

function check(f: Fixture): ContentProblem[] {
  const { pack, problems } = parsePack("r", files(f));
  return [...problems, ...validatePack(pack, { dictionary })];
}

test("the fixture pack has no problems", () => {
  assert.deepEqual(check(fixture()), []);
});

test("each rule reports its problem, at the field that breaks it", () => {
  const cases: [rule: string, breakIt: (f: Fixture) => void, expected: [file: string, field: string, message: RegExp][]][] = [
    // references
    ["term.related", (f) => (f.terms[0]!.related = ["nope"]), [["terms/all.yaml", "terms.0.related.0", /unknown term id "nope"/]]],
    ["topic.terms", (f) => (f.topics[0]!.front.terms = ["latency", "nope"]), [["topics/t1.md", "terms.1", /unknown term id "nope"/]]],
    ["question.terms", (f) => (f.questions[0]!.terms = ["nope"]), [["questions/a.yaml", "questions.0.terms.0", /unknown term id/]]],
    ["scenario.targetVocabulary", (f) => ((f.scenario.targetVocabulary as string[])[2] = "nope"), [["scenarios/s1.yaml", "targetVocabulary.2", /unknown term id/]]],
    ["exercise.terms", (f) => (f.exercises.sets[0]!.exercises[0]!.terms = ["nope"]), [["exercises/a.yaml", "sets.0.exercises.0.terms.0", /unknown term id/]]],
    ["Key vocabulary link to an unknown term", (f) => (f.topics[0]!.body = body({ "Key vocabulary": "- [x](term:nope)" })), [["topics/t1.md", "body.key-vocabulary", /unknown term id "nope"/]]],
    ["Key vocabulary link outside the topic's terms", (f) => (f.topics[0]!.body = body({ "Key vocabulary": "- [t](term:throughput)" })), [["topics/t1.md", "body.key-vocabulary", /not in this topic's terms/]]],
    ["topic.prerequisites", (f) => (f.topics[1]!.front.prerequisites = ["nope"]), [["topics/t2.md", "prerequisites.0", /unknown topic id "nope"/]]],
    ["topic.next", (f) => (f.topics[1]!.front.next = ["nope"]), [["topics/t2.md", "next.0", /unknown topic id/]]],
    ["term.area", (f) => (f.terms[1]!.area = "zz"), [["terms/all.yaml", "terms.1.area", /unknown area id "zz"/]]],
    ["topic.area", (f) => (f.topics[0]!.front.area = "zz"), [["topics/t1.md", "area", /unknown area id/]]],
    ["question.area", (f) => (f.questions[0]!.area = "zz"), [["questions/a.yaml", "questions.0.area", /unknown area id/]]],
    ["scenario.area", (f) => (f.scenario.area = "zz"), [["scenarios/s1.yaml", "area", /unknown area id/]]],
    ["exercise file area", (f) => (f.exercises.area = "zz"), [["exercises/zz.yaml", "area", /unknown area id "zz"/]]],
    ["role.areas", (f) => f.role.areas.push("zz"), [["role.yaml", "areas.2", /unknown area id "zz"/]]],
    ["move.goal", (f) => ((f.scenario.beats as { moves: { goal: string }[] }[])[1]!.moves[0]!.goal = "nope"), [["scenarios/s1.yaml", "beats.1.moves.0.goal", /unknown goal id "nope"/]]],
    // duplicates and collisions
    ["duplicate term id", (f) => f.terms.push({ ...f.terms[1]! }), [["terms/all.yaml", "terms.3.id", /duplicate term id "throughput"; it is also used at r\/terms\/all.yaml:\d+/]]],
    ["duplicate question id", (f) => f.questions.push({ ...f.questions[0]! }), [["questions/a.yaml", "questions.1.id", /duplicate question id/]]],
    ["duplicate exercise id across sets", (f) => f.exercises.sets.push({ ...f.exercises.sets[0]!, id: "set-2" }), [
      ["exercises/a.yaml", "sets.1.exercises.0.id", /duplicate exercise id "mc"/],
      ["exercises/a.yaml", "sets.1.exercises.1.id", /duplicate exercise id/],
      ["exercises/a.yaml", "sets.1.exercises.2.id", /duplicate exercise id/],
      ["exercises/a.yaml", "sets.1.exercises.3.id", /duplicate exercise id/],
      ["exercises/a.yaml", "sets.1.exercises.4.id", /duplicate exercise id/],
    ]],
    ["an invalid term is reported once, not again at each reference", (f) => (f.terms[1]!.partOfSpeech = "nown"), [["terms/all.yaml", "terms.1.partOfSpeech", /must be one of: noun/]]],
    ["spelling shared by two terms", (f) => (f.terms[2]!.aliases = ["Through-put"]), [["terms/all.yaml", "terms.2.aliases.0", /"Through-put" is also a spelling of term "throughput"/]]],
    ["prerequisite cycle", (f) => (f.topics[0]!.front.prerequisites = ["t2"]), [["topics/t1.md", "prerequisites", /cycle: t1 → t2 → t1/]]],
    // glossary
    ["example without its term", (f) => ((f.terms[0]!.examples as { text: string }[])[1]!.text = "It was slow."), [["terms/all.yaml", "terms.0.examples.1.text", /does not use "latency"/]]],
    ["no pronunciation", (f) => f.terms.push({ ...f.terms[1]!, id: "idempotent", term: "idempotent", examples: [{ situation: "chat", text: "Is it idempotent?" }, { situation: "chat", text: "Idempotent, yes." }] }), [["terms/all.yaml", "terms.3.term", /no pronunciation: "idempotent"/]]],
    ["an override is enough", (f) => f.terms.push({ ...f.terms[1]!, id: "idempotent", term: "idempotent", pronunciation: { respelling: "eye-dem-POH-tunt", ipa: "/ˌaɪdəmˈpoʊtənt/" }, examples: [{ situation: "chat", text: "Is it idempotent?" }, { situation: "chat", text: "Idempotent, yes." }] }), []],
    // exercises
    ["single answer with two correct", (f) => ((f.exercises.sets[0]!.exercises[0]!.options as { correct?: boolean }[])[1]!.correct = true), [["exercises/a.yaml", "sets.0.exercises.0.options", /exactly one option with correct: true; it has 2/]]],
    ["single answer with none correct", (f) => ((f.exercises.sets[0]!.exercises[0]!.options as { correct?: boolean }[])[0]!.correct = false), [["exercises/a.yaml", "sets.0.exercises.0.options", /it has 0/]]],
    ["multi-select with one correct", (f) => ((f.exercises.sets[0]!.exercises[1]!.options as { correct?: boolean }[])[1]!.correct = false), [["exercises/a.yaml", "sets.0.exercises.1.options", /at least two correct options; it has 1/]]],
    ["phrasing with two correct", (f) => ((f.exercises.sets[0]!.exercises[3]!.options as { correct?: boolean }[])[1]!.correct = true), [["exercises/a.yaml", "sets.0.exercises.3.options", /exactly one/]]],
    ["cloze with a blank too few", (f) => (f.exercises.sets[0]!.exercises[2]!.text = "High ___ hurts users."), [["exercises/a.yaml", "sets.0.exercises.2.blanks", /1 blank \(___\) but 2 entries/]]],
    ["cloze blank with no accepted answer", (f) => (f.exercises.sets[0]!.exercises[2]!.blanks = [{ accept: ["latency"] }, { accept: [] }]), [["exercises/a.yaml", "sets.0.exercises.2.blanks.1.accept", /needs at least 1 item/]]],
    ["written with minWords ≥ maxWords", (f) => (f.exercises.sets[0]!.exercises[4]!.minWords = 120), [["exercises/a.yaml", "sets.0.exercises.4.minWords", /less than maxWords \(120\)/]]],
    // questions (the schema's rule, reported through the same check)
    ["question without key points", (f) => (f.questions[0]!.keyPoints = []), [["questions/a.yaml", "questions.0.keyPoints", /at least 3 items/]]],
    // topic bodies
    ["sections out of order", (f) => (f.topics[0]!.body = body().replace("## What it is", "## Why it matters").replace("## Why it matters\nUsers", "## What it is\nUsers")), [["topics/t1.md", "body", /in this order.*out of order/]]],
    ["a section missing", (f) => (f.topics[0]!.body = body().replace("## Practice project", "## Project")), [["topics/t1.md", "body", /missing: Practice project; not expected: Project/]]],
    ["example without a language", (f) => (f.topics[0]!.body = body({ Example: "```\ncode\n```" })), [["topics/t1.md", "body.example", /names its language/]]],
    ["two ways to talk about it", (f) => (f.topics[0]!.body = body({ "How to talk about it": "- one\n- two" })), [["topics/t1.md", "body.how-to-talk-about-it", /exactly three bullet items; it has 2/]]],
    // role, areas, file names
    ["role id differs from its folder", (f) => (f.role.id = "other"), [["role.yaml", "id", /must be "r"/]]],
    ["area left off the path", (f) => (f.role.areas = ["a"]), [["areas/b.yaml", "id", /not listed in role.yaml/]]],
  ];
  for (const [rule, breakIt, expected] of cases) {
    const f = fixture();
    breakIt(f);
    const got = check(f);
    assert.equal(got.length, expected.length, `${rule}: ${JSON.stringify(got, null, 1)}`);
    expected.forEach(([file, field, message], i) => {
      const problem = got[i]!;
      assert.equal(problem.file, `r/${file}`, rule);
      assert.equal(problem.field, field, rule);
      assert.match(problem.message, message, rule);
      assert.ok(problem.line === null || problem.line >= 1, rule);
    });
  }
});

test("reference problems point at the line holding the unknown id", () => {
  const f = fixture();
  f.questions[0]!.terms = ["latency", "nope"];
  const text = files(f).find((x) => x.path === "r/questions/a.yaml")!.text;
  const [problem] = check(f);
  assert.match(text.split("\n")[problem!.line! - 1]!, /- nope/);
});

test("a file is named after the item it holds", () => {
  const f = fixture();
  const content = files(f).map((file) => (file.path === "r/scenarios/s1.yaml" ? { ...file, path: "r/scenarios/other.yaml" } : file));
  const { pack } = parsePack("r", content);
  const problems = validatePack(pack, { dictionary });
  assert.deepEqual(problems.map((p) => [p.file, p.field, p.message]), [["r/scenarios/other.yaml", "id", '"s1" belongs in r/scenarios/s1.yaml']]);
});

test("prerequisite cycles are reported once each, from their smallest id", () => {
  const topics = [
    { id: "c", prerequisites: ["a"] },
    { id: "a", prerequisites: ["b"] },
    { id: "b", prerequisites: ["c", "missing"] },
    { id: "d", prerequisites: ["d"] },
    { id: "e", prerequisites: ["a"] },
  ];
  assert.deepEqual(prerequisiteCycles(topics), [
    ["a", "b", "c", "a"],
    ["d", "d"],
  ]);
});
