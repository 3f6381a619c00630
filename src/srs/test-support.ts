/** Test factories for the SRS core: a term and card states with overrides. Used by *.test.ts only. */
import type { Term } from "../content/schema.ts";
import { newCardState, type CardState } from "./state.ts";

export function makeTerm(overrides: Partial<Term> = {}): Term {
  return {
    id: "endpoint",
    term: "endpoint",
    aliases: ["endpoints"],
    partOfSpeech: "noun",
    definition: "A specific address where a client sends requests to reach one operation of an API.",
    examples: [
      { situation: "code-review", text: "This endpoint returns every order the customer has ever placed." },
      { situation: "standup", text: "Yesterday I finished the POST /invoices endpoint." },
    ],
    collocations: ["hit an endpoint", "expose an endpoint"],
    related: [],
    area: "api-design",
    level: "junior",
    ...overrides,
  };
}

export function makeState(overrides: Partial<CardState> = {}): CardState {
  return { ...newCardState(0), ...overrides };
}

export const at = (iso: string) => Date.parse(iso);
