import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { readPack } from "../content/read-pack.ts";
import type { Exercise } from "../content/schema.ts";
import { PublicExercise, publicOrder, toPublicExercise } from "./exercise-view.ts";
import { cloze, errorCorrection, matching, multipleChoice, multiSelect, ordering, phrasing, written } from "./test-support.ts";

const all: Exercise[] = [multipleChoice(), multiSelect(), cloze(), matching(), phrasing(), errorCorrection(), ordering(), written()];

test("the public exercise has exactly the allowed fields per type", () => {
  const fields: Record<Exercise["type"], string[]> = {
    "multiple-choice": ["id", "multiSelect", "options", "prompt", "type"],
    cloze: ["blanks", "id", "segments", "text", "type"],
    matching: ["id", "left", "prompt", "right", "type"],
    phrasing: ["context", "id", "options", "prompt", "type"],
    "error-correction": ["id", "prompt", "sentence", "type"],
    ordering: ["id", "items", "prompt", "type"],
    written: ["id", "maxWords", "minWords", "prompt", "type"],
  };
  for (const e of all) {
    const view = toPublicExercise(e, "s");
    assert.deepEqual(Object.keys(view).sort(), fields[e.type], e.type);
    assert.doesNotThrow(() => PublicExercise.parse(view));
    const json = JSON.stringify(view);
    for (const secret of ['"correct":', '"accept":', '"explanation":', '"keyPoints":', '"modelAnswer":', '"terms":', "Because."]) {
      assert.ok(!json.includes(secret), `${e.type} leaks ${secret}`);
    }
  }
});

test("the same seed gives the same view; public arrays hold the content's texts", () => {
  for (const e of all) {
    assert.deepEqual(toPublicExercise(e, 7), toPublicExercise(e, 7));
    const order = publicOrder(e, 7);
    assert.deepEqual([...order].sort(), order.map((_, i) => i));
  }
  const view = toPublicExercise(matching(), "x");
  assert.equal(view.type, "matching");
  if (view.type === "matching") {
    assert.deepEqual(view.left, ["200", "201", "404", "500"]);
    assert.deepEqual([...view.right].sort(), ["Created", "Not Found", "OK", "Server Error"]);
  }
});

test("cloze text is split into segments around each blank", () => {
  const view = toPublicExercise(cloze(), 1);
  assert.equal(view.type, "cloze");
  if (view.type === "cloze") {
    assert.equal(view.blanks, 2);
    assert.deepEqual(view.segments, ["DELETE is ", ", so the client sends a ", " request to create."]);
  }
});

test("ordering items and matching right-hand items are never shown in the correct order", () => {
  for (let seed = 0; seed < 300; seed++) {
    const o = toPublicExercise(ordering({ items: ["a", "b", "c"] }), seed);
    assert.ok(o.type === "ordering" && o.items.join() !== "a,b,c", `ordering seed ${seed}`);
    const m = toPublicExercise(matching(), seed);
    assert.ok(m.type === "matching" && m.right.join() !== "OK,Created,Not Found,Server Error", `matching seed ${seed}`);
  }
  // Repeated texts: a different order of positions that reads the same is still "in order".
  for (let seed = 0; seed < 50; seed++) {
    const o = toPublicExercise(ordering({ items: ["x", "x", "y"] }), seed);
    assert.ok(o.type === "ordering" && o.items.join() !== "x,x,y");
  }
});

test("options are shuffled: the correct option is not always first", () => {
  const firsts = new Set<string>();
  for (let seed = 0; seed < 40; seed++) {
    const v = toPublicExercise(multipleChoice(), seed);
    if (v.type === "multiple-choice") firsts.add(v.options[0]!);
  }
  assert.equal(firsts.size, 4);
});

test("written keeps its structure hint when it has one", () => {
  const v = toPublicExercise(written({ structure: "star" }), 1);
  assert.equal(v.type === "written" && v.structure, "star");
});

test("the real pack: no view holds an answer key, and no ordering or matching shows its answer", async () => {
  const { pack } = await readPack(fileURLToPath(new URL("../../content", import.meta.url)), "backend-developer");
  const exercises = pack.exerciseSets.flatMap((s) => s.exercises);
  assert.ok(exercises.length >= 360);
  for (const e of exercises) {
    for (const seed of ["a", 1, 2]) {
      const view = PublicExercise.parse(toPublicExercise(e, seed));
      const json = JSON.stringify(view);
      for (const key of ['"correct":', '"accept":', '"explanation":', '"keyPoints":', '"modelAnswer":', '"terms":']) assert.ok(!json.includes(key), `${e.id} leaks ${key}`);
      assert.ok(!json.includes(e.explanation), `${e.id} leaks its explanation`);
      if (e.type === "written") assert.ok(!json.includes(e.modelAnswer), e.id);
      if (e.type === "error-correction") for (const a of e.accept) assert.ok(!json.includes(JSON.stringify(a)), `${e.id} leaks an accepted sentence`);
      if (view.type === "ordering" && e.type === "ordering") assert.notDeepEqual(view.items, e.items, e.id);
      if (view.type === "matching" && e.type === "matching") assert.notDeepEqual(view.right, e.pairs.map((p) => p.right), e.id);
      if (view.type === "cloze" && e.type === "cloze") assert.equal(view.blanks, e.blanks.length, e.id);
    }
  }
});
