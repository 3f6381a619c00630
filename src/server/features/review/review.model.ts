/**
 * The review feature's domain types: what the repository returns and the service works with. A
 * card is one of a term's review cards (src/srs/cards.ts) in one learner's deck; its content is
 * derived from the term when shown, only its scheduling state is stored.
 */
import { CARD_TYPES, type CardType } from "../../../srs/cards.ts";
import type { CardState } from "../../../srs/state.ts";
import type { Grade } from "../../../srs/schedule.ts";

export interface CardKey {
  roleId: string;
  termId: string;
  type: CardType;
}

export interface DeckCard extends CardKey {
  /** The card's id in the API: a random UUID, which says nothing of its term. */
  id: string;
  addedAt: number;
  state: CardState;
}

export interface ReviewLog extends CardKey {
  id: string;
  grade: Grade;
  reviewedAt: number;
  durationMs: number;
  before: CardState;
  after: CardState;
  /** What was typed, or the chosen option's index as text; null when self-graded. */
  answer: string | null;
  idempotencyKey: string | null;
}

export interface ReviewSettings {
  desiredRetention: number;
  newPerDay: number;
}

/**
 * A card's key as one string, `${roleId}:${termId}:${type}`: the card id the SRS core's queue sees,
 * with `${roleId}:${termId}` as its term (parseCardId splits at the last colon). Role and term ids
 * are kebab-case, so the colons separate unambiguously. Never sent to the browser before grading:
 * the API names cards by their random id.
 */
export const cardKeyString = (k: CardKey) => `${k.roleId}:${k.termId}:${k.type}`;

export const isCardType = (type: string): type is CardType => (CARD_TYPES as readonly string[]).includes(type);

export const sameCard = (a: CardKey, b: CardKey) => a.roleId === b.roleId && a.termId === b.termId && a.type === b.type;
