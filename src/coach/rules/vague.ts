/**
 * Vague words: "stuff", "things like that", "some things", "etc." at the end of a list. They hide
 * the detail an interviewer or reviewer wants; the message asks for the concrete word.
 */
import { matchesWords, nextWord, prevWord } from "../text/analyze.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const VAGUE_QUANTIFIED = new Set(["some", "many", "several", "few", "various", "other", "different", "lot", "these", "those", "all", "the"]);

export const vague: Rule = {
  id: "vague",
  group: "clarity",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    const flag = (start: number, end: number, message: string, replacement?: string) =>
      issues.push(makeIssue("vague.word", { start, end }, "vague", message, replacement, "suggestion"));
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      if (!t.isWord) continue;
      if ((t.lower === "stuff" || t.lower === "stuffs") && t.pos !== "VERB") {
        const prev = prevWord(a, i);
        const start = prev && prev.lower === "and" ? prev.start : t.start;
        flag(start, t.end, `"${a.text.slice(start, t.end)}" is vague: name the things you mean.`);
        continue;
      }
      if (matchesWords(a.tokens, i, ["things", "like", "that"]) || matchesWords(a.tokens, i, ["something", "like", "that"])) {
        const last = a.tokens[i + 2]!;
        const prev = prevWord(a, i);
        const start = prev && (prev.lower === "and" || prev.lower === "or") ? prev.start : t.start;
        flag(start, last.end, `"${a.text.slice(start, last.end)}" is vague: give one more concrete example instead.`);
        i += 2;
        continue;
      }
      if (t.lower === "things" || t.lower === "thing") {
        const prev = prevWord(a, i);
        const next = nextWord(a, i);
        if (prev && VAGUE_QUANTIFIED.has(prev.lower) && !(next && (next.lower === "like" || next.lower === "that" || next.lower === "which" || next.lower === "such"))) {
          const start = prev.lower === "lot" ? (prevWord(a, prev.i)?.start ?? prev.start) : prev.start;
          flag(start, t.end, `"${a.text.slice(start, t.end)}" is vague: say which ${t.lower}.`);
        }
        continue;
      }
      if (t.lower === "etc" || t.lower === "etc.") {
        flag(t.start, t.end, `"etc." hides the rest of the list: finish it, or say "for example" before it.`);
      }
    }
    return issues;
  },
};
