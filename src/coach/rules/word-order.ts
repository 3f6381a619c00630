/**
 * Word order: a time adverb between subject and verb ("I yesterday deployed" → "I deployed …
 * yesterday"), and question order inside an indirect question ("tell me what is the problem" →
 * "what the problem is").
 */
import { nextWord, prevWord } from "../text/analyze.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const TIME_ADVERBS = new Set(["yesterday", "today", "tomorrow", "tonight"]);
const SUBJECTS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
const REPORTING = new Set(["know", "tell", "ask", "wonder", "explain", "understand", "sure", "show", "remember", "check", "see", "find"]);
const WH = new Set(["what", "where", "why", "how", "when", "which", "who"]);

export const wordOrder: Rule = {
  id: "word-order",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      // "I yesterday deployed the fix"
      if (TIME_ADVERBS.has(t.lower)) {
        const subject = prevWord(a, t.i);
        const verb = nextWord(a, t.i);
        if (subject && verb && SUBJECTS.has(subject.lower) && verb.pos === "VERB" && subject.end + 1 === t.start) {
          issues.push(makeIssue("word-order.time-adverb", { start: t.start, end: verb.end }, "grammar", `Put "${t.lower}" at the end or the start of the sentence: "${subject.text} ${verb.text} … ${t.lower}".`, verb.text));
        }
        continue;
      }
      // "Can you tell me what is the problem?"
      if (WH.has(t.lower)) {
        const before = prevWord(a, t.i);
        const reporter = before && (before.pos === "PRON" || before.lower === "me") ? prevWord(a, before.i) : before;
        if (!reporter || !REPORTING.has(reporter.lemma)) continue;
        const be = nextWord(a, t.i);
        const det = be ? nextWord(a, be.i) : undefined;
        if (!be || !/^(?:is|are|was|were)$/.test(be.lower) || !det || !(det.pos === "DET" || det.pos === "PRON")) continue;
        let noun = nextWord(a, det.i);
        while (noun && (noun.pos === "ADJ" || (noun.pos === "NOUN" && nextWord(a, noun.i)?.pos === "NOUN"))) noun = nextWord(a, noun.i);
        if (!noun || noun.pos !== "NOUN") continue;
        const end = nextWord(a, noun.i);
        if (end && end.sentence === t.sentence && !/^(?:for|of|in|on|with)$/.test(end.lower)) continue;
        const subject = a.text.slice(det.start, noun.end);
        issues.push(makeIssue("word-order.indirect-question", { start: be.start, end: noun.end }, "grammar", `In an indirect question, the verb comes after the subject: "${t.lower} ${subject} ${be.lower}".`, `${subject} ${be.text}`));
      }
    }
    return issues;
  },
};
