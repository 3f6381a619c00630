/**
 * Helpers for the coach's table-driven tests: one wink-nlp instance per test file and a runner
 * that checks what a rule flags (the quoted text and, when given, the replacement). Used by tests only.
 */
import assert from "node:assert/strict";
import { analyze, createNlp, type Nlp } from "./text/analyze.ts";
import { contextFor, type Rule, type RuleContext } from "./rules/rule.ts";

let shared: Nlp | undefined;
export const testNlp = (): Nlp => (shared ??= createNlp());

/** What a case expects: the flagged text, optionally "text => replacement". */
export type Expected = string;

export interface RuleCase {
  text: string;
  /** Flagged quotes, in order; "quote => replacement" also checks the replacement. Empty: must not fire. */
  expect: Expected[];
  context?: Partial<Omit<RuleContext, "a">>;
}

export function checkRule(rule: Rule, c: RuleCase): void {
  const ctx = contextFor(analyze(testNlp(), c.text), c.context);
  const issues = rule.check(ctx).sort((x, y) => x.start - y.start);
  const got = issues.map((i) => {
    const quote = c.text.slice(i.start, i.end);
    const wantsReplacement = c.expect.some((e) => e.startsWith(`${quote} =>`));
    return wantsReplacement ? `${quote} => ${i.replacement ?? "(none)"}` : quote;
  });
  assert.deepEqual(got, c.expect, `${rule.id} on: ${c.text}\n${issues.map((i) => i.message).join("\n")}`);
}
