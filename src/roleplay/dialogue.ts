/**
 * The embedded dialogue manager: from a scenario's beats and the conversation so far, it decides
 * what the counterpart says next. Pure and deterministic — the state is a fold over the recorded
 * turns, so a resumed session, a replayed one and a test all reach the same reply.
 *
 * Each beat opens with the counterpart's line and expects a few moves from the learner. After a
 * learner turn, the coach says which of the beat's moves it made; the manager then
 *   - advances (a short acknowledgement, then the next beat's line) when every move is made,
 *   - pushes back in the persona's manner when the turn made no new move,
 *   - otherwise asks a follow-up about the first move still missing,
 *   - and moves on anyway after MAX_TURNS_PER_BEAT learner turns in one beat, so every
 *     conversation ends: after the last beat, with the scenario's closing line when its goals
 *     are met and a wrap-up line when they are not.
 * The counterpart never says the same line twice in one conversation.
 */
import type { Scenario } from "../content/schema.ts";
import type { Task } from "../coach/types.ts";
import { stemOf } from "../coach/text/analyze.ts";

/** Learner turns the counterpart spends on one beat before moving on. */
export const MAX_TURNS_PER_BEAT = 3;

/** A goal counts as met when at least this share of its moves (rounded up) has been made. */
export const GOAL_SHARE = 2 / 3;

/** What a counterpart line does in the conversation. */
export type CounterpartAct = "opening" | "follow-up" | "pushback" | "advance" | "closing";

export type TurnRecord =
  | { speaker: "counterpart"; text: string; beat: string; act: CounterpartAct }
  /** `moves`: ids of the beat's moves this turn made (as the coach found them). */
  | { speaker: "learner"; text: string; beat: string; moves: readonly string[] };

export interface ConversationState {
  /** Index of the beat the learner is answering; equals beats.length once the conversation ended. */
  beatIndex: number;
  /** Learner turns so far in the current beat. */
  turnsInBeat: number;
  /** Whether the counterpart already pushed back in the current beat. */
  pushedBack: boolean;
  /** Every move made so far, with the index (in the turn list) of the learner turn that made it first. */
  made: Map<string, number>;
  /** Every counterpart line said so far, normalised, so none is said twice. */
  said: Set<string>;
  /** The moves the latest learner turn made that had not been made before. */
  lastTurnNewMoves: string[];
  learnerTurns: number;
  counterpartTurns: number;
  ended: boolean;
}

export interface Reply {
  act: CounterpartAct;
  text: string;
  /** The beat the learner answers next (the last beat's id once the conversation has ended). */
  beat: string;
  ended: boolean;
  /** What the line is for, in words an LLM can be steered with. */
  intent: string;
}

type Beat = Scenario["beats"][number];
type Move = Beat["moves"][number];

/** A line as compared for "never the same line twice": case and punctuation do not make it new. */
export const normaliseLine = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** The most learner turns a conversation can take: every beat at its limit. */
export const turnLimit = (scenario: Pick<Scenario, "beats">) => scenario.beats.length * MAX_TURNS_PER_BEAT;

export function opening(scenario: Scenario): Reply {
  const beat = scenario.beats[0]!;
  return { act: "opening", text: beat.line, beat: beat.id, ended: false, intent: `Open the conversation: ${beat.line}` };
}

export function stateOf(scenario: Scenario, turns: readonly TurnRecord[]): ConversationState {
  const state: ConversationState = {
    beatIndex: 0,
    turnsInBeat: 0,
    pushedBack: false,
    made: new Map(),
    said: new Set(),
    lastTurnNewMoves: [],
    learnerTurns: 0,
    counterpartTurns: 0,
    ended: false,
  };
  const indexOf = new Map(scenario.beats.map((b, i) => [b.id, i]));
  turns.forEach((turn, i) => {
    if (turn.speaker === "learner") {
      state.learnerTurns++;
      state.turnsInBeat++;
      state.lastTurnNewMoves = turn.moves.filter((move) => !state.made.has(move));
      for (const move of state.lastTurnNewMoves) state.made.set(move, i);
      return;
    }
    state.counterpartTurns++;
    state.said.add(normaliseLine(turn.text));
    if (turn.act === "closing") {
      state.ended = true;
      state.beatIndex = scenario.beats.length;
    } else if (turn.act === "opening" || turn.act === "advance") {
      state.beatIndex = indexOf.get(turn.beat) ?? state.beatIndex;
      state.turnsInBeat = 0;
      state.pushedBack = false;
    } else if (turn.act === "pushback") {
      state.pushedBack = true;
    }
  });
  return state;
}

export function currentBeat(scenario: Scenario, state: ConversationState): Beat | null {
  return state.ended ? null : (scenario.beats[state.beatIndex] ?? null);
}

/** What the coach checks a learner turn against: the current beat's moves as key points. */
export function taskForTurn(scenario: Scenario, state: ConversationState, prompt: string): Task {
  const beat = currentBeat(scenario, state);
  return {
    kind: "roleplay-turn",
    prompt,
    level: scenario.level,
    keyPoints: beat ? beat.moves.map((m) => ({ text: m.concept, accept: m.accept, kind: "move" as const })) : [],
    targetVocabulary: scenario.targetVocabulary,
  };
}

/**
 * The ids of the current beat's moves the coach found covered in a turn. A move needs evidence of
 * two words or more, or one word found literally in an accepted wording ("dashboards", "the
 * system"): one word of a short, vague reply matched only as a synonym or a word of the concept
 * ("It was a problem." for "two blocking issues") is not a move.
 */
export function movesMade(scenario: Scenario, state: ConversationState, covered: readonly { text: string; quote: string }[]): string[] {
  const beat = currentBeat(scenario, state);
  if (!beat) return [];
  return beat.moves
    .filter((m) => covered.some((c) => c.text === m.concept && enoughEvidence(c.quote, m.accept)))
    .map((m) => m.id);
}

function enoughEvidence(quote: string, accept: readonly string[]): boolean {
  const words = quote.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length >= 2) return true;
  if (words.length === 0) return false;
  const stem = stemOf(words[0]!);
  return accept.some((a) => (a.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).some((w) => stemOf(w) === stem));
}

const ACKNOWLEDGEMENTS = ["Thanks, that's clear.", "Okay, that helps.", "Right, that makes sense.", "Good, thank you.", "Understood.", "Okay, got it."];
const MOVING_ON = ["Okay, let's leave that there for now.", "Let's park that and move on.", "Fine, we can come back to that later.", "Alright, let's keep going."];
const FOLLOW_UP_FRAMES = [
  (ask: string) => `Can you ${ask}?`,
  (ask: string) => `Before we move on, could you ${ask}?`,
  (ask: string) => `One more thing: could you ${ask}?`,
  (ask: string) => `I'd still like you to ${ask}.`,
];
const WRAP_UP = [
  "We're out of time, so let's stop here. Some of what I needed is still open, so please follow up in writing.",
  "Let's stop here for today. I still have open questions, so send me a short written follow-up.",
];

/** "Explains the rollback path - until the drop…" → "explain the rollback path": a move's concept as a request. */
export function askFor(move: Pick<Move, "concept">): string {
  let phrase = move.concept.split(/\s+[-–—]\s+|;|,? such as |,? for example |,? e\.g\. /)[0]!.trim();
  phrase = phrase.replace(/[.:]+$/, "");
  const words = phrase.split(" ");
  // The concept describes the learner in the third person; the request speaks to them.
  const toSecondPerson: Record<string, string> = { their: "your", they: "you", them: "you", themselves: "yourself" };
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      const startsClause = i === 0 || ["and", "or", "then"].includes(words[i - 1]!.toLowerCase());
      if (startsClause && /^[a-z]+s$/i.test(word) && !["is", "has", "was", "this", "its", "does"].includes(lower)) return baseVerb(lower);
      if (i === 0 && lower === "is") return "be";
      return toSecondPerson[lower] ?? word;
    })
    .join(" ");
}

/** Third-person singular verb → base form: "explains" → "explain", "applies" → "apply", "does" → "do". */
function baseVerb(verb: string): string {
  if (/[^aeiou]ies$/.test(verb)) return verb.slice(0, -3) + "y";
  if (/(ss|sh|ch|x|z|o)es$/.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

function pick(options: readonly string[], seed: number, said: ReadonlySet<string>): string | null {
  for (let k = 0; k < options.length; k++) {
    const option = options[(seed + k) % options.length]!;
    if (!said.has(normaliseLine(option))) return option;
  }
  return null;
}

/** Whether a goal is met: enough of the moves that serve it have been made. */
export function goalMet(scenario: Scenario, goalId: string, made: ReadonlyMap<string, number>): boolean {
  const moves = scenario.beats.flatMap((b) => b.moves).filter((m) => m.goal === goalId);
  if (moves.length === 0) return false;
  const needed = Math.ceil(moves.length * GOAL_SHARE - 1e-9);
  return moves.filter((m) => made.has(m.id)).length >= needed;
}

/**
 * The counterpart's reply to the learner turn just recorded. `state` must already include that turn
 * (stateOf over the turns up to and including it).
 */
export function reply(scenario: Scenario, state: ConversationState): Reply {
  const beat = currentBeat(scenario, state);
  if (!beat) throw new Error("the conversation has ended");
  const missing = beat.moves.filter((m) => !state.made.has(m.id));
  const seed = state.learnerTurns + state.counterpartTurns;

  if (missing.length === 0 || state.turnsInBeat >= MAX_TURNS_PER_BEAT) return advance(scenario, state, missing.length > 0, seed);

  // A turn that made no move of this beat dodged it, or was too weak to count.
  if (state.lastTurnNewMoves.length === 0 && !state.pushedBack && !state.said.has(normaliseLine(beat.pushback))) {
    return {
      act: "pushback",
      text: beat.pushback,
      beat: beat.id,
      ended: false,
      intent: `Push back in your manner: the reply did not address the question. Still missing: ${missing.map((m) => m.concept).join("; ")}`,
    };
  }
  const target = missing[0]!;
  const candidates = [
    beat.followUp,
    ...missing.flatMap((m, mi) => FOLLOW_UP_FRAMES.map((_, fi) => FOLLOW_UP_FRAMES[(seed + mi + fi) % FOLLOW_UP_FRAMES.length]!(askFor(m)))),
  ];
  const text = candidates.find((c) => !state.said.has(normaliseLine(c))) ?? `${pick(MOVING_ON, seed, state.said) ?? ""} ${beat.followUp}`.trim();
  return { act: "follow-up", text, beat: beat.id, ended: false, intent: `Ask a follow-up question about what is missing: ${target.concept}` };
}

function advance(scenario: Scenario, state: ConversationState, leftOpen: boolean, seed: number): Reply {
  const next = scenario.beats[state.beatIndex + 1];
  const ack = (leftOpen ? pick(MOVING_ON, seed, state.said) : pick(ACKNOWLEDGEMENTS, seed, state.said)) ?? "";
  if (!next) {
    const allMet = scenario.goals.every((g) => goalMet(scenario, g.id, state.made));
    const text = allMet ? scenario.closingLine : (pick(WRAP_UP, seed, state.said) ?? scenario.closingLine);
    return {
      act: "closing",
      text,
      beat: scenario.beats[scenario.beats.length - 1]!.id,
      ended: true,
      intent: allMet ? `Close the conversation warmly: ${scenario.closingLine}` : "Close the conversation: time is up and some goals are still open; ask for a written follow-up.",
    };
  }
  return {
    act: "advance",
    text: `${ack} ${next.line}`.trim(),
    beat: next.id,
    ended: false,
    intent: `${leftOpen ? "Move on even though the last question was not fully answered" : "Acknowledge the answer briefly"}, then ask: ${next.line}`,
  };
}
