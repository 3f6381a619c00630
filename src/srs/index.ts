/** The spaced-repetition core: cards, scheduling (ts-fsrs), answer checking, the daily queue, stats. Pure. */
export * from "./state.ts";
export * from "./schedule.ts";
export * from "./cards.ts";
export * from "./answer.ts";
export * from "./queue.ts";
export * from "./stats.ts";
export * from "./local-time.ts";
export { findTermSpans, type Span } from "../content/term-match.ts";
