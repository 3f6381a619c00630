/**
 * Number after quantifiers: "two server" → "two servers", "many request" → "many requests",
 * "several bug" → "several bugs". Only nouns on the countable list, so "many data" (an
 * uncountables issue) and "two factor authentication" (a compound) are left alone.
 */
import { nextWord, prevWord } from "../text/analyze.ts";
import { COUNTABLE } from "./articles.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const QUANTIFIERS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several", "few", "multiple", "various", "both", "these", "those", "numerous", "hundreds", "thousands", "millions"]);

export function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export const number: Rule = {
  id: "number",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      const numeric = /^\d+$/.test(t.text) && Number(t.text) > 1;
      if (!t.isWord || !(QUANTIFIERS.has(t.lower) || numeric)) continue;
      // "a few" is plural too; "the few" and "few of" behave the same
      if (t.lower === "few" && prevWord(a, t.i)?.lower === "very") continue;
      let noun = nextWord(a, t.i);
      while (noun && noun.pos === "ADJ") noun = nextWord(a, noun.i);
      if (!noun || noun.pos !== "NOUN" || noun.lower !== noun.lemma || !COUNTABLE.has(noun.lower)) continue;
      const after = nextWord(a, noun.i);
      // a compound: "two server racks", "many bug reports"; a numbered item: "step 2"
      if (after && (after.pos === "NOUN" || after.pos === "PROPN") && after.start === noun.end + 1) continue;
      if (numeric && (prevWord(a, t.i)?.pos === "NOUN" || /^(?:version|step|page|line|port|item|number|option)$/.test(noun.lower))) continue;
      issues.push(makeIssue("number.plural-after-quantifier", { start: noun.start, end: noun.end }, "grammar", `After "${t.lower}", the noun is plural: "${pluralOf(noun.lower)}".`, pluralOf(noun.text)));
    }
    return issues;
  },
};
