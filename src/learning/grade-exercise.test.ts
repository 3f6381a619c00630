import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { readPack } from "../content/read-pack.ts";
import type { Exercise } from "../content/schema.ts";
import { keyAnswer, parseAnswer, type ExerciseAnswer } from "./answers.ts";
import { toPublicExercise } from "./exercise-view.ts";
import {
  AnswerMismatchError,
  checkWordCount,
  gradeAnswer,
  gradeExercise,
  gradeWritten,
  matchBlank,
  type ObjectiveExercise,
  type WrittenGrader,
} from "./grade-exercise.ts";
import type { Seed } from "./seeded.ts";
import { cloze, errorCorrection, matching, multipleChoice, multiSelect, ordering, phrasing, written } from "./test-support.ts";

const SEED = "learner-1:set-1";

/** Positions in the public view of the texts given, as the web app would send them. */
function positions(exercise: Exercise, texts: string[], seed: Seed = SEED): number[] {
  const view = toPublicExercise(exercise, seed);
  const list = view.type === "matching" ? view.right : view.type === "ordering" ? view.items : "options" in view ? view.options : [];
  return texts.map((t) => {
    const i = list.indexOf(t);
    assert.ok(i >= 0, `no ${t} in the view`);
    return i;
  });
}

test("multiple choice: one right option; multi-select earns partial credit and loses it for wrong picks", () => {
  const cases: [exercise: ObjectiveExercise, chosen: string[], correct: boolean, score: number][] = [
    [multipleChoice(), ["A URL a client calls"], true, 1],
    [multipleChoice(), ["A table"], false, 0],
    [multiSelect(), ["A", "B"], true, 1],
    [multiSelect(), ["B", "A"], true, 1],
    [multiSelect(), ["A"], false, 0.5],
    [multiSelect(), ["A", "C"], false, 0],
    [multiSelect(), ["A", "B", "C"], false, 0.5],
    [multiSelect(), ["C", "D"], false, 0],
    [multiSelect(), ["A", "B", "C", "D"], false, 0],
  ];
  for (const [exercise, chosen, correct, score] of cases) {
    const r = gradeAnswer(exercise, { type: "multiple-choice", selected: positions(exercise, chosen) }, SEED);
    assert.equal(r.correct, correct, chosen.join());
    assert.equal(r.score, score, chosen.join());
    assert.equal(r.explanation, "Because.");
    assert.deepEqual(r.terms, ["endpoint", "payload"]);
  }
});

test("multiple choice feedback marks each option and gives the key in public positions", () => {
  const e = multiSelect();
  const [a, b, c] = positions(e, ["A", "B", "C"]);
  const r = gradeAnswer(e, { type: "multiple-choice", selected: [a!, c!] }, SEED);
  const byText = Object.fromEntries(r.parts.map((p) => [p.given ?? p.expected ?? toPublicOption(e, p.index), p]));
  assert.equal(byText.A!.correct, true);
  assert.equal(byText.B!.correct, false);
  assert.equal(byText.B!.message, "This one is right too.");
  assert.equal(byText.C!.correct, false);
  assert.equal(byText.C!.message, "Not right.");
  assert.deepEqual(r.correctAnswer, { type: "multiple-choice", selected: [a!, b!].sort((x, y) => x - y), texts: [a!, b!].sort((x, y) => x - y).map((i) => toPublicOption(e, i)) });
  assert.equal(r.message, "You found 1 of the 2 right options and chose 1 wrong one.");
});

function toPublicOption(e: Exercise, i: number): string {
  const v = toPublicExercise(e, SEED);
  return "options" in v ? v.options[i]! : "";
}

test("phrasing: the one professional option is right", () => {
  const e = phrasing();
  const cases: [string, boolean][] = [["Could we add a test here?", true], ["No tests?!", false]];
  for (const [text, correct] of cases) {
    const r = gradeAnswer(e, { type: "phrasing", selected: positions(e, [text])[0]! }, SEED);
    assert.equal(r.correct, correct);
    assert.equal(r.score, correct ? 1 : 0);
    assert.deepEqual(r.correctAnswer, { type: "phrasing", selected: positions(e, ["Could we add a test here?"])[0], text: "Could we add a test here?" });
  }
});

test("cloze: normalization, one typo in a long word as a near miss, credit per blank", () => {
  const cases: [blanks: string[], correct: boolean, nearMiss: boolean, score: number][] = [
    [["idempotent", "POST"], true, false, 1],
    [["  Idempotent. ", "post"], true, false, 1],
    [["idempotnt", "POST"], true, true, 1],
    [["idempotnet", "POST"], true, true, 1],
    [["idmpotnt", "POST"], false, false, 0.5],
    [["idempotent", "PST"], false, false, 0.5],
    [["idempotent", "PUT"], false, false, 0.5],
    [["", ""], false, false, 0],
  ];
  for (const [blanks, correct, nearMiss, score] of cases) {
    const r = gradeAnswer(cloze(), { type: "cloze", blanks }, SEED);
    assert.deepEqual([r.correct, r.nearMiss, r.score], [correct, nearMiss, score], blanks.join("|"));
  }
  const near = gradeAnswer(cloze(), { type: "cloze", blanks: ["idempotnt", ""] }, SEED);
  assert.deepEqual(near.parts[0], {
    index: 0,
    correct: true,
    nearMiss: true,
    given: "idempotnt",
    expected: "idempotent",
    message: "Accepted, but check the spelling: “idempotent”.",
  });
  assert.deepEqual(near.parts[1], { index: 1, correct: false, nearMiss: false, given: null, expected: "POST", message: "Left empty." });
  assert.equal(near.message, "1 of 2 blanks are right.");
});

test("matchBlank: accepted variants, quotes, hyphens and the typo rule", () => {
  const cases: [given: string, accept: string[], correct: boolean, nearMiss: boolean][] = [
    ["split into pages", ["paginated", "split into pages"], true, false],
    ["read only", ["read-only"], true, false],
    ["read\u2011only", ["read-only"], true, false],
    ["readonly", ["read-only"], true, true],
    ["doesn\u2019t", ["doesn't"], true, false],
    ["cahce", ["cache"], true, true],
    ["cach", ["cache"], true, true],
    ["tst", ["test"], false, false],
    ["commit", ["commits"], false, false],
    ["outweigh", ["outweighs"], false, false],
    ["mitigate", ["mitigated"], false, false],
    ["mitigatd", ["mitigated"], true, true],
    ["deliver again", ["delivers again"], false, false],
    ["redelivered", ["redelivers"], false, false],
    ["partitionss", ["partitions"], false, false],
    ["partitoins", ["partitions"], true, true],
    ["201", ["200"], false, false],
    ["", ["cache"], false, false],
  ];
  for (const [given, accept, correct, nearMiss] of cases) {
    const m = matchBlank(given, accept);
    assert.deepEqual([m.correct, m.nearMiss], [correct, nearMiss], `${given} vs ${accept.join("/")}`);
  }
});

test("matching: credit per pair, wrong and missing pairs reported", () => {
  const e = matching();
  const pos = (texts: (string | null)[]) => texts.map((t) => (t === null ? null : positions(e, [t])[0]!));
  const cases: [(string | null)[], score: number, wrong: number[]][] = [
    [["OK", "Created", "Not Found", "Server Error"], 1, []],
    [["Created", "OK", "Not Found", "Server Error"], 0.5, [0, 1]],
    [["OK", null, null, null], 0.25, [1, 2, 3]],
    [["OK", "OK", "OK", "OK"], 0.25, [1, 2, 3]],
  ];
  for (const [texts, score, wrong] of cases) {
    const r = gradeAnswer(e, { type: "matching", matches: pos(texts) }, SEED);
    assert.equal(r.score, score);
    assert.equal(r.correct, score === 1);
    assert.deepEqual(r.parts.filter((p) => !p.correct).map((p) => p.index), wrong);
  }
  const r = gradeAnswer(e, { type: "matching", matches: pos(["OK", null, null, null]) }, SEED);
  assert.equal(r.parts[1]!.message, "Not matched.");
  assert.deepEqual(r.correctAnswer.type === "matching" && r.correctAnswer.matches, pos(["OK", "Created", "Not Found", "Server Error"]));
});

test("ordering: each place marked; score from the longest run in the right relative order", () => {
  const e = ordering();
  const cases: [placed: string[], score: number, rightPlaces: number][] = [
    [["Detect", "Mitigate", "Resolve", "Review"], 1, 4],
    [["Mitigate", "Detect", "Resolve", "Review"], 2 / 3, 2],
    [["Review", "Detect", "Mitigate", "Resolve"], 2 / 3, 0],
    [["Detect", "Review", "Resolve", "Mitigate"], 1 / 3, 2],
    [["Review", "Resolve", "Mitigate", "Detect"], 0, 0],
  ];
  for (const [placed, score, rightPlaces] of cases) {
    const r = gradeAnswer(e, { type: "ordering", order: positions(e, placed) }, SEED);
    assert.ok(Math.abs(r.score - score) < 1e-9, `${placed.join()} scored ${r.score}`);
    assert.equal(r.parts.filter((p) => p.correct).length, rightPlaces);
    assert.equal(r.correct, score === 1);
  }
  const r = gradeAnswer(e, { type: "ordering", order: positions(e, ["Mitigate", "Detect", "Resolve", "Review"]) }, SEED);
  assert.deepEqual(r.parts[0], { index: 0, correct: false, nearMiss: false, given: "Mitigate", expected: "Detect", message: null });
  assert.equal(r.message, "2 of 4 items are in the right place.");
});

test("ordering with repeated texts: either copy in a place counts", () => {
  const e = ordering({ items: ["check", "deploy", "check", "announce"] });
  const view = toPublicExercise(e, SEED);
  assert.equal(view.type, "ordering");
  if (view.type !== "ordering") return;
  // Build the correct order from texts, taking repeated texts in any order.
  const taken = new Set<number>();
  const order = e.items.map((t) => {
    const i = view.items.findIndex((x, j) => x === t && !taken.has(j));
    taken.add(i);
    return i;
  });
  const r = gradeAnswer(e, { type: "ordering", order }, SEED);
  assert.equal(r.correct, true);
  assert.equal(r.score, 1);
});

test("error correction: any accepted sentence, ignoring case, spacing, quotes and final punctuation; a hint when wrong", () => {
  const e = errorCorrection();
  const cases: [sentence: string, correct: boolean, message: string, hint: string | null][] = [
    ["We need to discuss the payload format.", true, "Correct.", null],
    ["we need to TALK about the payload format!", true, "Correct.", null],
    ["  We need to discuss   the payload format ", true, "Correct.", null],
    ["We need to discuss about the payload format.", false, "The sentence is unchanged: it still has the error.", "Look at word 5, “about”: a correct version has “the”."],
    ["We need to talk about payload format.", false, "Not quite.", "Look at word 6, “payload”: a correct version has “the”."],
    ["We need to discuss the", false, "Not quite.", "The sentence stops too early: a correct version goes on with “payload”."],
    ["We need to discuss the payload format now.", false, "Not quite.", "A correct version ends before “now”."],
    ["", false, "Not quite.", "Write the corrected sentence."],
  ];
  for (const [sentence, correct, message, hint] of cases) {
    const r = gradeAnswer(e, { type: "error-correction", sentence }, SEED);
    assert.equal(r.correct, correct, sentence);
    assert.equal(r.message, message, sentence);
    assert.equal(r.parts[0]!.message, hint, sentence);
  }
  const wrong = gradeAnswer(e, { type: "error-correction", sentence: "We need to talk about payload format." }, SEED);
  assert.equal(wrong.parts[0]!.expected, "We need to talk about the payload format.");
  assert.deepEqual(wrong.correctAnswer, { type: "error-correction", sentences: e.accept });
});

test("written: word limits checked before the grader; the grader's 0–1 score decides", async () => {
  const e = written();
  const calls: string[] = [];
  const grader =
    (score: number): WrittenGrader =>
    async (text, task) => {
      calls.push(`${task.id}:${text}`);
      return { score, covered: ["stores copies"], missed: ["faster reads"], feedback: "Good start." };
    };
  const cases: [text: string, score: number, correct: boolean, message: string, graded: boolean][] = [
    ["Too short.", 0.9, false, "Write at least 5 words; you have 2.", false],
    ["one two three four five six seven eight nine ten eleven twelve thirteen", 0.9, false, "Keep it to 12 words; you have 13.", false],
    ["A cache keeps a copy of data.", 0.9, true, "Good start.", true],
    ["A cache keeps a copy of data.", 0.6, true, "Good start.", true],
    ["A cache keeps a copy of data.", 0.59, false, "Good start.", true],
  ];
  for (const [text, score, correct, message, graded] of cases) {
    calls.length = 0;
    const r = await gradeWritten(e, { type: "written", text }, grader(score));
    assert.deepEqual([r.correct, r.message, calls.length === 1], [correct, message, graded], text);
    assert.equal(r.score, graded ? score : 0);
    assert.deepEqual(r.correctAnswer, { type: "written", modelAnswer: e.modelAnswer, keyPoints: ["stores copies", "faster reads"] });
    if (graded) assert.deepEqual(r.written, { score, covered: ["stores copies"], missed: ["faster reads"], feedback: "Good start.", words: 7 });
  }
  await assert.rejects(gradeWritten(e, { type: "written", text: "A cache keeps a copy of data." }, () => ({ score: 4, covered: [], missed: [], feedback: "" })), RangeError);
  await assert.rejects(gradeExercise(e, { type: "written", text: "A cache keeps a copy of data." }, { seed: 1 }), /writtenGrader/);
});

test("checkWordCount", () => {
  const cases: [text: string, words: number, problem: string | null][] = [
    ["", 0, "too-short"],
    ["one two three four five", 5, null],
    ["a b c d e f g h i j k l", 12, null],
    ["a b c d e f g h i j k l m", 13, "too-long"],
  ];
  for (const [text, words, problem] of cases) assert.deepEqual([checkWordCount(written(), text).words, checkWordCount(written(), text).problem], [words, problem]);
});

test("parseAnswer validates the schema and the fit to the exercise", () => {
  const cases: [exercise: Exercise, input: unknown, ok: boolean][] = [
    [multipleChoice(), { type: "multiple-choice", selected: [0] }, true],
    [multipleChoice(), { type: "multiple-choice", selected: [0, 1] }, false],
    [multipleChoice(), { type: "multiple-choice", selected: [] }, false],
    [multipleChoice(), { type: "multiple-choice", selected: [4] }, false],
    [multiSelect(), { type: "multiple-choice", selected: [0, 1, 2] }, true],
    [multiSelect(), { type: "multiple-choice", selected: [1, 1] }, false],
    [multiSelect(), { type: "multiple-choice", selected: [] }, false],
    [multipleChoice(), { type: "phrasing", selected: 0 }, false],
    [multipleChoice(), { type: "multiple-choice", selected: [0], correct: true }, false],
    [multipleChoice(), { type: "multiple-choice", selected: ["0"] }, false],
    [multipleChoice(), { type: "multiple-choice", selected: [-1] }, false],
    [phrasing(), { type: "phrasing", selected: 2 }, true],
    [phrasing(), { type: "phrasing", selected: 3 }, false],
    [cloze(), { type: "cloze", blanks: ["a", "b"] }, true],
    [cloze(), { type: "cloze", blanks: ["a"] }, false],
    [cloze(), { type: "cloze", blanks: ["a", "x".repeat(501)] }, false],
    [matching(), { type: "matching", matches: [0, 1, null, 3] }, true],
    [matching(), { type: "matching", matches: [0, 1, 2] }, false],
    [matching(), { type: "matching", matches: [0, 1, 2, 4] }, false],
    [ordering(), { type: "ordering", order: [3, 2, 1, 0] }, true],
    [ordering(), { type: "ordering", order: [0, 0, 1, 2] }, false],
    [ordering(), { type: "ordering", order: [0, 1, 2] }, false],
    [errorCorrection(), { type: "error-correction", sentence: "x" }, true],
    [written(), { type: "written", text: "hello" }, true],
    [written(), { type: "written" }, false],
    [written(), null, false],
  ];
  for (const [exercise, input, ok] of cases) {
    const parsed = parseAnswer(exercise, input);
    assert.equal(parsed.ok, ok, JSON.stringify(input));
    if (!parsed.ok) assert.ok(parsed.problems.length > 0);
  }
});

test("gradeAnswer refuses an answer that does not fit", () => {
  assert.throws(() => gradeAnswer(cloze(), { type: "cloze", blanks: ["one"] }, SEED), AnswerMismatchError);
  assert.throws(() => gradeAnswer(cloze(), { type: "phrasing", selected: 0 }, SEED), AnswerMismatchError);
});

test("a different seed maps the same positions to different options", () => {
  const e = multipleChoice();
  const seeds = Array.from({ length: 20 }, (_, i) => i);
  const results = seeds.map((seed) => gradeAnswer(e, { type: "multiple-choice", selected: [0] }, seed).correct);
  assert.ok(results.includes(true) && results.includes(false));
});

/** A wrong answer of the same shape as the key. */
function wrongAnswer(exercise: Exercise, key: ExerciseAnswer): ExerciseAnswer {
  switch (key.type) {
    case "multiple-choice": {
      const n = (exercise as Extract<Exercise, { type: "multiple-choice" }>).options.length;
      const wrong = Array.from({ length: n }, (_, i) => i).find((i) => !key.selected.includes(i))!;
      return { ...key, selected: [wrong] };
    }
    case "phrasing":
      return { ...key, selected: key.selected === 0 ? 1 : 0 };
    case "cloze":
      return { ...key, blanks: key.blanks.map(() => "zzz") };
    case "matching":
      return { ...key, matches: [...key.matches.slice(1), key.matches[0]!] };
    case "ordering":
      return { ...key, order: [...key.order].reverse() };
    case "error-correction":
      return { ...key, sentence: (exercise as Extract<Exercise, { type: "error-correction" }>).sentence };
    case "written":
      return { ...key, text: "Too short." };
  }
}

test("the real pack: every exercise's own key is graded right and a wrong answer wrong", async () => {
  const contentDir = fileURLToPath(new URL("../../content", import.meta.url));
  const { pack, problems } = await readPack(contentDir, "backend-developer");
  assert.deepEqual(problems, []);
  const exercises = pack.exerciseSets.flatMap((s) => s.exercises);
  assert.ok(exercises.length >= 360, `${exercises.length} exercises`);
  const grader: WrittenGrader = () => ({ score: 1, covered: [], missed: [], feedback: "Model answer." });
  for (const exercise of exercises) {
    for (const seed of [SEED, 0, 12345]) {
      const key = keyAnswer(exercise, seed);
      assert.ok(parseAnswer(exercise, key).ok, `${exercise.id}: key does not parse`);
      const right = await gradeExercise(exercise, key, { seed, writtenGrader: grader });
      assert.equal(right.correct, true, `${exercise.id}: key graded wrong (${right.message})`);
      assert.equal(right.score, 1, exercise.id);
      const wrong = await gradeExercise(exercise, wrongAnswer(exercise, key), { seed, writtenGrader: grader });
      assert.equal(wrong.correct, false, `${exercise.id}: wrong answer graded right`);
      assert.ok(wrong.score < 1, exercise.id);
      assert.equal(wrong.explanation, exercise.explanation);
    }
  }
});
