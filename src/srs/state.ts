/**
 * The scheduling state of one card as a plain, serializable object: numbers and strings only, dates
 * as epoch milliseconds, so a repository stores it as columns and a JSON response carries it as is.
 * It mirrors ts-fsrs's Card; the conversion lives here and nowhere else.
 */
import { State, type Card as FsrsCard } from "ts-fsrs";

export const PHASES = ["new", "learning", "review", "relearning"] as const;
/** Where a card is in its life: never seen, in its first short steps, in review, or relearning after a lapse. */
export type Phase = (typeof PHASES)[number];

export interface CardState {
  phase: Phase;
  /** When the card is next due, epoch ms. A new card is due when it was added. */
  due: number;
  /** FSRS memory stability, in days. 0 for a new card. */
  stability: number;
  /** FSRS difficulty, 1–10. 0 for a new card. */
  difficulty: number;
  /** The interval FSRS chose at the last review, in days (0 while in learning steps). */
  scheduledDays: number;
  /** Which (re)learning step the card is on. */
  learningSteps: number;
  reps: number;
  lapses: number;
  /** Epoch ms of the last review; null for a new card. */
  lastReview: number | null;
}

const PHASE_OF: Record<State, Phase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const STATE_OF: Record<Phase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** The state of a card just added to a deck: new, due at once. */
export function newCardState(now: number): CardState {
  return {
    phase: "new",
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

export function toFsrsCard(state: CardState): FsrsCard {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review at every review; only echoed into its logs.
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_OF[state.phase],
    ...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) }),
  };
}

export function fromFsrsCard(card: FsrsCard): CardState {
  return {
    phase: PHASE_OF[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/**
 * A version of the state for optimistic concurrency: a grade request carries the version it was
 * shown, and a second submission of the same grade (double click, retry) no longer matches.
 */
export function stateVersion(state: CardState): string {
  return `${state.reps}:${state.lastReview ?? 0}`;
}

export function sameState(a: CardState, b: CardState): boolean {
  return (
    a.phase === b.phase &&
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.lastReview === b.lastReview
  );
}
