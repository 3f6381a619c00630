/**
 * Overlong and run-on sentences: more than 40 words, or clauses chained with commas and no
 * conjunction ("we restarted it, it came back, it failed again, we paged the DBA"). Suggestions;
 * a rewrite that splits the sentence is proposed by the rewriter.
 */
import { nextWord } from "../text/analyze.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

export const LONG_SENTENCE_WORDS = 40;
const SUBJECTS = new Set(["i", "we", "it", "they", "he", "she", "this", "that", "you", "there"]);

export const sentenceLength: Rule = {
  id: "sentence-length",
  group: "clarity",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const s of a.sentences) {
      let words = 0;
      let splices = 0;
      for (let i = s.first; i < s.last; i++) {
        const t = a.tokens[i]!;
        if (t.isWord) words++;
        if (t.text === "," && i > s.first) {
          const subject = nextWord(a, i);
          const verb = subject ? nextWord(a, subject.i) : undefined;
          if (subject && verb && SUBJECTS.has(subject.lower) && (verb.pos === "VERB" || verb.pos === "AUX")) splices++;
        }
      }
      if (words > LONG_SENTENCE_WORDS) {
        issues.push(makeIssue("sentence-length.long", s, "long-sentence", `This sentence has ${words} words. Split it in two or three: one idea per sentence is easier to follow.`, undefined, "suggestion"));
      } else if (splices >= 2) {
        issues.push(makeIssue("sentence-length.run-on", s, "long-sentence", `Several sentences are joined with commas here. End each one with a full stop, or join them with "and", "so" or "because".`, undefined, "suggestion"));
      }
    }
    return issues;
  },
};
