import { test } from "node:test";
import assert from "node:assert/strict";
import { learnerChoice } from "./harper.ts";

// harper.js 2.10's own suggestions, in its order, for learners' misspellings
const cases: [string, string[], string][] = [
  ["comming", ["cumming", "combing", "coming"], "coming"],
  ["writting", ["writhing", "witting", "writing"], "writing"],
  ["studing", ["studding", "studying", "sting"], "studying"],
  ["wich", ["wish", "which", "wick"], "which"],
  ["begining", ["beginning", "begging", "beaning"], "beginning"],
  ["recieve", ["receive"], "receive"],
  ["freind", ["friend", "fiend"], "friend"],
  ["Comming", ["Cumming", "Coming"], "Coming"],
  ["tryed", ["toyed", "treed", "tried"], "tried"],
];

test("learnerChoice: among harper's suggestions, the one that undoes a learner's slip", () => {
  for (const [word, suggestions, expected] of cases) assert.equal(learnerChoice(word, suggestions), expected, word);
});

test("learnerChoice: harper's first when no suggestion undoes a doubling or a dropped letter", () => {
  assert.equal(learnerChoice("definately", ["definitely", "defiantly"]), "definitely");
  assert.equal(learnerChoice("xyz", []), undefined);
});
