import { test } from "node:test";
import assert from "node:assert/strict";
import { browseSeed, exerciseSetView, questionView, scenarioView } from "./learner-views.ts";
import type { StoredExercise, StoredExerciseSet, StoredQuestion, StoredScenario } from "./stored-content.ts";

const source = { file: "r/x.yaml", field: "" };
const FORBIDDEN = ["correct", "accept", "keyPoints", "modelAnswer", "explanation", "modelDialogue", "pitfalls", "followUps", "moves", "beats", "source"];

function assertPrivate(view: unknown, secrets: string[]) {
  const text = JSON.stringify(view);
  for (const key of FORBIDDEN) assert.ok(!text.includes(`"${key}"`), `has ${key}: ${text}`);
  for (const secret of secrets) assert.ok(!text.includes(secret), `shows ${secret}`);
}

test("a question shows prompt, tips and phrases, never the answer", () => {
  const question: StoredQuestion = {
    id: "q",
    prompt: "What is a cache?",
    kind: "technical",
    level: "junior",
    area: "caching",
    tips: ["Define it.", "Give an example."],
    modelAnswer: "SECRET model answer.",
    keyPoints: [{ text: "SECRET point", accept: ["SECRET wording"] }],
    pitfalls: ["SECRET pitfall"],
    followUps: ["SECRET follow-up one", "SECRET follow-up two"],
    phrases: ["In short, …", "For example, …"],
    terms: ["cache"],
    termRefs: [{ id: "cache", title: "cache" }],
    source,
  };
  const view = questionView(question, false);
  assertPrivate(view, ["SECRET"]);
  assert.deepEqual(view.tips, question.tips);
  assert.deepEqual(view.terms, [{ id: "cache", title: "cache" }]);
});

test("a scenario shows its brief, never the beats or the model dialogue", () => {
  const scenario: StoredScenario = {
    id: "s",
    title: "Explain an outage",
    level: "mid",
    setting: "incident",
    area: "observability",
    situation: "The API was down.",
    learnerRole: "On-call engineer",
    counterpart: { name: "Dana", role: "Manager", manner: "Calm", caresAbout: ["customers"] },
    goals: [{ id: "g1", text: "Say what happened." }, { id: "g2", text: "Say what is next." }],
    targetVocabulary: ["outage", "rollback", "root-cause"],
    beats: [
      {
        id: "b1",
        line: "SECRET line",
        moves: [{ id: "m1", concept: "SECRET concept", accept: ["SECRET accepted"] }],
        followUp: "SECRET follow-up",
        pushback: "SECRET pushback",
        hint: "SECRET hint",
      },
    ],
    closingLine: "SECRET closing",
    usefulPhrases: ["one", "two", "three", "four"],
    modelDialogue: [{ speaker: "learner", text: "SECRET dialogue" }],
    vocabularyRefs: [{ id: "outage", title: "outage" }],
    source,
  };
  const view = scenarioView(scenario, true);
  assertPrivate(view, ["SECRET"]);
  assert.equal(view.retired, true);
  assert.equal(view.counterpart.name, "Dana");
});

test("an exercise set shows its exercises without keys, in the same seeded order every time", () => {
  const set: StoredExerciseSet = { id: "set", title: "Set", level: "junior", area: "a", exerciseCount: 1, types: ["ordering"], source };
  const exercises: StoredExercise[] = [
    { id: "o", type: "ordering", prompt: "Order", items: ["first", "second", "third", "fourth"], terms: ["x"], explanation: "SECRET why", setId: "set", source },
  ];
  const view = exerciseSetView(set, exercises, "r", false);
  assertPrivate(view, ["SECRET"]);
  assert.ok(!JSON.stringify(view).includes('"terms"'), "practised terms can name the answer");
  const ordering = view.exercises[0]!;
  assert.ok(ordering.type === "ordering" && ordering.items.join() !== "first,second,third,fourth");
  assert.deepEqual(exerciseSetView(set, exercises, "r", false), view);
  assert.equal(browseSeed("r", "set"), "r/set");
});
