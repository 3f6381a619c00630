import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { createCoach, type Coach } from "../coach/coach.ts";
import { loadCoachResources } from "../coach/resources.ts";
import type { ContentPack } from "../content/model.ts";
import type { Scenario } from "../content/schema.ts";
import { askFor, goalMet, MAX_TURNS_PER_BEAT, opening, reply, stateOf, taskForTurn, movesMade, turnLimit, type TurnRecord } from "./dialogue.ts";
import { buildReport, type StoredTurn } from "./report.ts";

let coach: Coach;
let pack: ContentPack;

before(async () => {
  // The real coach without harper: the moves are matched by the content grader, which is what counts here.
  const resources = await loadCoachResources({ harper: false });
  pack = resources.pack!;
  coach = createCoach(resources);
});

/** Plays a conversation with the given learner replies (cycled when they run out) until it ends. */
async function play(scenario: Scenario, replies: readonly string[]) {
  const turns: StoredTurn[] = [];
  const first = opening(scenario);
  turns.push({ speaker: "counterpart", text: first.text, beat: first.beat, act: first.act });
  for (let i = 0; i < turnLimit(scenario) + 1; i++) {
    const state = stateOf(scenario, turns as TurnRecord[]);
    if (state.ended) break;
    const text = replies[i % replies.length]!;
    const feedback = await coach.feedback(text, taskForTurn(scenario, state, turns.at(-1)!.text));
    const moves = movesMade(scenario, state, feedback.keyPoints.covered);
    const beat = scenario.beats[state.beatIndex]!.id;
    turns.push({ speaker: "learner", text, beat, moves, feedback });
    const next = reply(scenario, stateOf(scenario, turns as TurnRecord[]));
    turns.push({ speaker: "counterpart", text: next.text, beat: next.beat, act: next.act });
  }
  return turns;
}

describe("the dialogue manager", () => {
  test("asks for a move in the second person", () => {
    const cases: [string, string][] = [
      ["Explains the rollback path - until the drop, the old column is still written", "explain the rollback path"],
      ["Gives the exact error and where to see it, such as a link to the failing job", "give the exact error and where to see it"],
      ["Acknowledges the concern and confirms that old app versions won't break", "acknowledge the concern and confirm that old app versions won't break"],
      ["Lists what has been tried", "list what has been tried"],
      ["Takes ownership as a team", "take ownership as a team"],
      ["Says what their team applies first", "say what your team applies first"],
      ["Proposes pagination with a limit and a cursor or page parameter", "propose pagination with a limit and a cursor or page parameter"],
    ];
    for (const [concept, expected] of cases) assert.equal(askFor({ concept }), expected);
  });

  test("every scenario's model dialogue meets every goal, one reply per beat", async () => {
    for (const scenario of pack.scenarios) {
      const learnerLines = scenario.modelDialogue.filter((l) => l.speaker === "learner").map((l) => l.text);
      const turns = await play(scenario, learnerLines);
      const report = buildReport(scenario, turns);
      const missed = report.goals.filter((g) => !g.met).map((g) => `${g.id} (moves: ${g.moves.filter((m) => !m.made).map((m) => m.id).join(", ")})`);
      assert.deepEqual(missed, [], `${scenario.id}: goals missed with the model dialogue`);
      const asked = turns.filter((t) => t.speaker === "counterpart" && (t.act === "follow-up" || t.act === "pushback"));
      assert.ok(asked.length <= 2, `${scenario.id}: ${asked.length} follow-ups for the model dialogue: ${asked.map((t) => t.text).join(" | ")}`);
      const last = turns.at(-1)!;
      assert.equal(last.speaker === "counterpart" ? last.act : "learner", "closing");
      assert.equal(turns.at(-1)!.text, scenario.closingLine);
    }
  });

  test("weak replies get a push-back and follow-ups, end at the turn limit and miss the goals", async () => {
    const scenario = pack.scenarios.find((s) => s.id === "explain-outage")!;
    const turns = await play(scenario, ["It was a problem. We fixed it.", "I am not sure.", "Yes, ok."]);
    const counterpart = turns.filter((t) => t.speaker === "counterpart");
    const acts = counterpart.map((t) => t.act);
    assert.ok(acts.includes("pushback"));
    assert.ok(acts.includes("follow-up"));
    assert.equal(acts.at(-1), "closing");
    assert.notEqual(counterpart.at(-1)!.text, scenario.closingLine, "an unfinished conversation does not close as if it went well");
    assert.equal(turns.filter((t) => t.speaker === "learner").length, turnLimit(scenario));
    const report = buildReport(scenario, turns);
    assert.equal(report.goalsMet, 0);
  });

  test("the counterpart never says the same line twice", async () => {
    for (const scenario of pack.scenarios) {
      const turns = await play(scenario, ["Okay.", "Sure, I can do that.", "Maybe."]);
      const lines = turns.filter((t) => t.speaker === "counterpart").map((t) => t.text.toLowerCase());
      assert.equal(new Set(lines).size, lines.length, `${scenario.id} repeated: ${lines.join(" | ")}`);
    }
  });

  test("a follow-up asks about the move still missing, and a complete answer advances", async () => {
    const scenario = pack.scenarios.find((s) => s.id === "explain-outage")!;
    const beat = scenario.beats[0]!;
    const turns: TurnRecord[] = [{ speaker: "counterpart", text: beat.line, beat: beat.id, act: "opening" }];
    turns.push({ speaker: "learner", text: "…", beat: beat.id, moves: [beat.moves[0]!.id] });
    const r1 = reply(scenario, stateOf(scenario, turns));
    assert.equal(r1.act, "follow-up");
    assert.equal(r1.text, beat.followUp);
    turns.push({ speaker: "counterpart", text: r1.text, beat: r1.beat, act: r1.act });
    turns.push({ speaker: "learner", text: "…", beat: beat.id, moves: [beat.moves[1]!.id] });
    const r2 = reply(scenario, stateOf(scenario, turns));
    assert.equal(r2.act, "follow-up");
    assert.match(r2.text, new RegExp(askFor(beat.moves[2]!).slice(0, 20)));
    turns.push({ speaker: "counterpart", text: r2.text, beat: r2.beat, act: r2.act });
    turns.push({ speaker: "learner", text: "…", beat: beat.id, moves: [beat.moves[2]!.id] });
    const r3 = reply(scenario, stateOf(scenario, turns));
    assert.equal(r3.act, "advance");
    assert.ok(r3.text.endsWith(scenario.beats[1]!.line));
    assert.equal(r3.beat, scenario.beats[1]!.id);
  });

  test(`moves on after ${MAX_TURNS_PER_BEAT} replies in one beat`, () => {
    const scenario = pack.scenarios[0]!;
    const beat = scenario.beats[0]!;
    const turns: TurnRecord[] = [{ speaker: "counterpart", text: beat.line, beat: beat.id, act: "opening" }];
    for (let i = 0; i < MAX_TURNS_PER_BEAT; i++) {
      turns.push({ speaker: "learner", text: "no idea", beat: beat.id, moves: [] });
      const r = reply(scenario, stateOf(scenario, turns));
      if (i < MAX_TURNS_PER_BEAT - 1) assert.notEqual(r.act, "advance");
      else assert.equal(r.act, "advance");
      turns.push({ speaker: "counterpart", text: r.text, beat: r.beat, act: r.act });
    }
  });

  test("one stray word is not a move unless an accepted wording has it", () => {
    const scenario = pack.scenarios.find((s) => s.id === "explain-outage")!;
    const state = stateOf(scenario, [{ speaker: "counterpart", text: scenario.beats[0]!.line, beat: scenario.beats[0]!.id, act: "opening" }]);
    const [scope, duration] = scenario.beats[0]!.moves;
    const made = (quote: string, move = scope!) => movesMade(scenario, state, [{ text: move.concept, quote }]);
    assert.deepEqual(made("problem"), []);
    assert.deepEqual(made("customers"), [scope!.id]);
    assert.deepEqual(made("sixty percent of checkouts"), [scope!.id]);
    assert.deepEqual(made("minutes", duration), [duration!.id], "a word of an accepted wording (“47 minutes”)");
    assert.deepEqual(made(""), []);
  });

  test("a goal is met by two thirds of its moves", () => {
    const scenario = pack.scenarios.find((s) => s.id === "explain-outage")!;
    const impactMoves = scenario.beats.flatMap((b) => b.moves).filter((m) => m.goal === "impact");
    assert.equal(impactMoves.length, 4);
    const made = (n: number) => new Map(impactMoves.slice(0, n).map((m, i) => [m.id, i] as const));
    assert.equal(goalMet(scenario, "impact", made(2)), false);
    assert.equal(goalMet(scenario, "impact", made(3)), true);
  });
});
