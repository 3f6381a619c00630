/**
 * Fillers: words that carry no meaning in a written or spoken answer ("basically", "literally",
 * "you know", "um", "like" between commas, "kind of" before a verb or adjective). Suggestions,
 * each with the deletion that removes it cleanly.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { matchesWords, nextWord, prevWord } from "../text/analyze.ts";
import { deleteWords } from "./edit.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const ALWAYS = new Set(["basically", "literally", "um", "uh", "umm", "uhm", "erm", "hmm"]);
const PHRASES: readonly (readonly string[])[] = [["you", "know"], ["i", "mean"], ["so", "yeah"], ["yeah", "so"]];
const KIND_OF_DETERMINERS = new Set(["a", "an", "the", "this", "that", "what", "which", "any", "some", "each", "every", "same", "one", "another", "no", "of"]);

/** Between commas, at the start of a sentence followed by a comma, or before one. */
function isParenthetical(a: Analysis, first: Token, last: Token): boolean {
  const before = a.text.slice(Math.max(0, first.start - 2), first.start);
  const after = a.text.slice(last.end, last.end + 1);
  const sentenceStart = a.sentences[first.sentence]!.first === first.i;
  return (/,\s?$/.test(before) && (after === "," || after === ".")) || (sentenceStart && after === ",");
}

export const fillers: Rule = {
  id: "fillers",
  group: "clarity",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    const flag = (first: Token, last: Token, what: string) => {
      const edit = deleteWords(a, first, last);
      issues.push(makeIssue("fillers.filler", { start: first.start, end: last.end }, "filler", `"${what}" is a filler: it adds nothing, so leave it out.`, undefined, "suggestion"));
      const issue = issues[issues.length - 1]!;
      issue.start = edit.start;
      issue.end = edit.end;
      issue.replacement = edit.replacement;
    };
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      if (!t.isWord) continue;
      if (ALWAYS.has(t.lower)) {
        flag(t, t, t.lower);
        continue;
      }
      const phrase = PHRASES.find((p) => matchesWords(a.tokens, i, p));
      if (phrase) {
        const last = a.tokens[i + phrase.length - 1]!;
        if (isParenthetical(a, t, last) || (phrase[0] === "so" || phrase[0] === "yeah")) {
          flag(t, last, phrase.join(" "));
          i += phrase.length - 1;
        }
        continue;
      }
      if ((t.lower === "actually" || t.lower === "like") && isParenthetical(a, t, t)) {
        flag(t, t, t.lower);
        continue;
      }
      if ((t.lower === "kind" || t.lower === "sort") && a.tokens[i + 1]?.lower === "of") {
        const prev = prevWord(a, i);
        const next = nextWord(a, i + 1);
        if ((prev && KIND_OF_DETERMINERS.has(prev.lower)) || !next) continue;
        if (next.pos === "ADJ" || next.pos === "VERB" || next.pos === "ADV") flag(t, a.tokens[i + 1]!, `${t.lower} of`);
      }
    }
    return issues;
  },
};
