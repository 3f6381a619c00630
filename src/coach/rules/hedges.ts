/**
 * Stacked hedges: two or more softeners close together ("I think maybe probably we should …")
 * make an answer sound unsure. One hedge is fine and often polite; the rule fires on the second
 * within a few words and proposes keeping the first.
 */
import type { Token } from "../text/analyze.ts";
import { matchesWords } from "../text/analyze.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

/** Hedges and whether they can be dropped without breaking the grammar. */
const HEDGES: readonly { words: readonly string[]; removable: boolean }[] = [
  { words: ["i", "think"], removable: false },
  { words: ["i", "guess"], removable: false },
  { words: ["i", "believe"], removable: false },
  { words: ["i", "feel", "like"], removable: false },
  { words: ["i'm", "not", "sure"], removable: false },
  { words: ["it", "seems"], removable: false },
  { words: ["kind", "of"], removable: true },
  { words: ["sort", "of"], removable: true },
  { words: ["maybe"], removable: true },
  { words: ["perhaps"], removable: true },
  { words: ["probably"], removable: true },
  { words: ["possibly"], removable: true },
  { words: ["somewhat"], removable: true },
  { words: ["apparently"], removable: true },
  { words: ["presumably"], removable: true },
  { words: ["might"], removable: false },
  { words: ["may"], removable: false },
  { words: ["could"], removable: false },
];

const WINDOW = 6;

export const hedges: Rule = {
  id: "hedges",
  group: "clarity",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const s of a.sentences) {
      const found: { first: Token; last: Token; removable: boolean; word: number }[] = [];
      let word = 0;
      for (let i = s.first; i < s.last; i++) {
        const t = a.tokens[i]!;
        if (!t.isWord) continue;
        word++;
        const h = HEDGES.find((h) => matchesWords(a.tokens, i, h.words));
        if (!h) continue;
        // "may" and "could" only count next to another hedge word, not as plain modals.
        found.push({ first: t, last: a.tokens[i + h.words.length - 1]!, removable: h.removable, word });
        i += h.words.length - 1;
      }
      for (let k = 0; k + 1 < found.length; k++) {
        const group = [found[k]!];
        while (k + 1 < found.length && found[k + 1]!.word - group[group.length - 1]!.word <= WINDOW) group.push(found[++k]!);
        const strong = group.filter((g) => !/^(?:might|may|could)$/.test(g.first.lower));
        if (group.length < 2 || strong.length < 1 || (group.length === 2 && strong.length < 2 && !group.some((g) => g.removable))) continue;
        const first = group[0]!;
        const last = group[group.length - 1]!;
        // Keep the first hedge; drop the removable ones after it.
        let replacement = "";
        let cursor = first.first.start;
        for (const g of group.slice(1)) {
          if (!g.removable) continue;
          replacement += a.text.slice(cursor, g.first.start);
          cursor = g.last.end;
          if (a.text[cursor] === " ") cursor++;
        }
        replacement += a.text.slice(cursor, last.last.end);
        const issue = makeIssue(
          "hedges.stacked",
          { start: first.first.start, end: last.last.end },
          "hedging",
          `Several hedges in a row ("${group.map((g) => a.text.slice(g.first.start, g.last.end)).join('", "')}") make you sound unsure. Keep one, or say it plainly.`,
          undefined,
          "suggestion",
        );
        const cleaned = replacement.replace(/\s+$/, "");
        if (cleaned !== a.text.slice(first.first.start, last.last.end)) issue.replacement = cleaned;
        issues.push(issue);
      }
    }
    return issues;
  },
};
