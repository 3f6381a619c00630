import { test } from "node:test";
import assert from "node:assert/strict";
import { isDialectVariant } from "./dialect.ts";

test("British spellings are variants of the American ones harper suggests", () => {
  for (const [british, american] of [
    ["colour", "color"], ["behaviour", "behavior"], ["favourite", "favorite"], ["centre", "center"], ["metres", "meters"],
    ["organisation", "organization"], ["optimise", "optimize"], ["optimised", "optimized"], ["analysed", "analyzed"],
    ["cancelled", "canceled"], ["travelling", "traveling"], ["modeller", "modeler"], ["licence", "license"],
    ["defence", "defense"], ["catalogue", "catalog"], ["Colour", "color"], ["practise", "practice"], ["practised", "practiced"],
  ]) assert.equal(isDialectVariant(british!, american!), true, `${british} / ${american}`);
});

test("misspellings are not variants", () => {
  for (const [wrong, right] of [
    ["untill", "until"], ["recieve", "receive"], ["wich", "which"], ["teh", "the"], ["adress", "address"],
    ["occured", "occurred"], ["color", "color"], ["sentance", "sentence"], ["wether", "whether"], ["realy", "really"],
    ["advise", "advice"], ["advice", "advise"],
  ]) assert.equal(isDialectVariant(wrong!, right!), false, `${wrong} / ${right}`);
});
test("dialect: British spellings no regular change explains", () => {
  assert.equal(isDialectVariant("grey", "gray"), true);
  assert.equal(isDialectVariant("cosy", "cozy"), true);
  assert.equal(isDialectVariant("tyre", "tire"), true);
  assert.equal(isDialectVariant("grey", "grew"), false);
  assert.equal(isDialectVariant("cosy", "copy"), false);
});
