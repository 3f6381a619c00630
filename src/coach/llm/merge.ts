/**
 * Merging the LLM's review into the embedded feedback. The embedded result stays as it is — its
 * scores, key points and issues are deterministic — and the model's findings are added where they
 * do not clash, each marked with source "llm". A quote or sentence the model did not copy exactly
 * from the text is dropped: every span in the feedback points at the learner's own words.
 */
import type { Feedback, Issue, Rewrite } from "../types.ts";
import type { LlmReview } from "./provider.ts";

const LANGUAGE = new Set(["spelling", "grammar", "article", "agreement", "tense", "uncountable", "preposition", "word-choice", "punctuation", "capitalization"]);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The first occurrence of quote in text that does not overlap a taken span. */
function locate(text: string, quote: string, taken: readonly { start: number; end: number }[]): { start: number; end: number } | null {
  for (let from = 0; ; ) {
    const start = text.indexOf(quote, from);
    if (start < 0) return null;
    const span = { start, end: start + quote.length };
    if (!taken.some((t) => overlaps(t, span))) return span;
    from = start + 1;
  }
}

export interface LlmInfo {
  model: string;
  latencyMs: number;
}

export function mergeReview(text: string, embedded: Feedback, review: LlmReview, info: LlmInfo): Feedback {
  const issues: Issue[] = [...embedded.issues];
  for (const i of review.issues) {
    const span = locate(text, i.quote, issues);
    if (!span) continue;
    const issue: Issue = {
      ...span,
      category: i.category,
      message: i.message,
      rule: "llm",
      source: "llm",
      severity: LANGUAGE.has(i.category) ? "error" : "suggestion",
    };
    if (i.replacement !== null && i.replacement !== i.quote) issue.replacement = i.replacement;
    issues.push(issue);
  }
  issues.sort((a, b) => a.start - b.start || a.end - b.end);

  const rewrites: Rewrite[] = [];
  for (const r of review.rewrites) {
    const span = locate(text, r.original.trim(), rewrites);
    if (!span || r.suggestion.trim() === r.original.trim()) continue;
    rewrites.push({ ...span, original: text.slice(span.start, span.end), suggestion: r.suggestion.trim(), reason: r.reason, source: "llm" });
  }
  for (const r of embedded.rewrites) if (rewrites.length < 3 && !rewrites.some((x) => overlaps(x, r))) rewrites.push(r);
  rewrites.sort((a, b) => a.start - b.start);

  return {
    ...embedded,
    issues,
    rewrites: rewrites.slice(0, 3),
    sources: ["coach", "llm"],
    llm: { model: info.model, latencyMs: info.latencyMs, ...(review.summary.trim() ? { summary: review.summary.trim() } : {}) },
  };
}
