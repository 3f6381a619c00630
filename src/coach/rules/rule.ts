/**
 * What a rule is: a small function from an analysed text (and its task) to issues. Each rule lives
 * in its own module with a table of cases that shows it firing and not firing. Rules prefer
 * silence to a false alarm: the coach is judged by precision first (F0.5).
 */
import type { Analysis, Token } from "../text/analyze.ts";
import type { Issue, IssueCategory, StructureKind, TaskKind } from "../types.ts";

export interface RuleContext {
  a: Analysis;
  kind: TaskKind;
  register: "formal" | "neutral";
  structure: StructureKind | undefined;
  /** Whether a lower-case word is a glossary or product word. */
  isDomainWord: (lower: string) => boolean;
}

export interface Rule {
  id: string;
  /** "language" rules find mistakes; "clarity" rules find things to improve. */
  group: "language" | "clarity";
  check(ctx: RuleContext): Issue[];
}

export function makeIssue(
  rule: string,
  span: { start: number; end: number },
  category: IssueCategory,
  message: string,
  replacement?: string,
  severity: Issue["severity"] = "error",
): Issue {
  const issue: Issue = { start: span.start, end: span.end, category, message, rule, source: "coach", severity };
  if (replacement !== undefined) issue.replacement = replacement;
  return issue;
}

/** The span from the start of token a to the end of token b. */
export const spanOf = (a: Token, b: Token = a) => ({ start: a.start, end: b.end });

/** The text between two tokens, inclusive, as written. */
export const textOf = (ctx: RuleContext, a: Token, b: Token = a) => ctx.a.text.slice(a.start, b.end);

/** Context that makes a default-English ("neutral") check a minimal unit test. */
export function contextFor(a: Analysis, overrides: Partial<Omit<RuleContext, "a">> = {}): RuleContext {
  return { a, kind: "free-writing", register: "neutral", structure: undefined, isDomainWord: () => false, ...overrides };
}
