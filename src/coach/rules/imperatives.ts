/**
 * Blunt imperatives in review feedback: "You must change this." / "Change this." / "Don't use
 * globals." read as orders in a code review. The rule proposes a suggestion instead: "Consider
 * changing this", "I'd avoid using globals". Only in code-review tasks; elsewhere (API docs,
 * announcements, instructions) imperatives are the right form. In a conversation (a roleplay
 * turn) "you must …" is flagged too: said to a colleague's face it is an order in any setting,
 * while "you need to …" and bare commands are often just instructions there.
 */
import { nextWord } from "../text/analyze.ts";
import { ingForm } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

/** Sentence openers that are already polite or are not commands. */
const SOFT_STARTS = new Set(["please", "let", "consider", "maybe", "perhaps", "thanks", "thank", "nice", "good", "great", "love", "could", "would", "can", "what", "how", "why", "should", "do", "does", "is", "are", "have", "has", "i", "we", "it", "this", "that", "the", "a", "an", "if", "when", "looks", "lgtm", "nit", "suggestion", "question", "note", "minor", "optional"]);
const MUST = /^(?:must|need|have|should)$/;
/** Verbs that open review commands; the tagger often reads a capitalised first word as a name. */
const REVIEW_VERBS = new Set("change rename move remove add use fix delete replace extract split update avoid make put drop revert wrap handle check return log throw catch inline refactor simplify rewrite test document run call pass set keep introduce validate sanitize escape close cache merge squash rebase bump pin write clean".split(" "));

export const imperatives: Rule = {
  id: "imperatives",
  group: "clarity",
  check(ctx) {
    const review = ctx.structure === "code-review";
    if (!review && ctx.kind !== "roleplay-turn") return [];
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const s of a.sentences) {
      let first = a.tokens[s.first]!;
      if (!first.isWord) {
        const n = nextWord(a, first.i);
        if (!n) continue;
        first = n;
      }
      const second = nextWord(a, first.i);
      // "You must/need to/have to/should change …"
      if (first.lower === "you" && second && MUST.test(second.lower) && (review || second.lower === "must")) {
        let verb = nextWord(a, second.i);
        if (verb && verb.lower === "to") verb = nextWord(a, verb.i);
        if (!verb || verb.pos !== "VERB") continue;
        issues.push(makeIssue("imperatives.must", { start: first.start, end: verb.end }, "tone", `"${a.text.slice(first.start, verb.end)}" sounds like an order. Suggest instead: "Consider ${ingForm(verb.lemma)} …" or "Could we ${verb.lemma} …?"`, `Consider ${ingForm(verb.lemma)}`, "suggestion"));
        continue;
      }
      if (!review) continue;
      // "Don't use …" / "Never use …"
      if ((first.lower === "do" && second && /^n['’]t$|^not$/.test(second.lower)) || first.lower === "never") {
        const verb = first.lower === "never" ? second : nextWord(a, second!.i);
        if (!verb || verb.pos !== "VERB" || verb.lower !== verb.lemma) continue;
        issues.push(makeIssue("imperatives.dont", { start: first.start, end: verb.end }, "tone", `A flat "don't" reads as an order. Give the reason and soften it: "I'd avoid ${ingForm(verb.lemma)} … because …".`, `I'd avoid ${ingForm(verb.lemma)}`, "suggestion"));
        continue;
      }
      // "Change this to …"
      if (SOFT_STARTS.has(first.lower)) continue;
      const looksImperative = (first.pos === "VERB" && first.lower === first.lemma) || (REVIEW_VERBS.has(first.lower) && second !== undefined && (second.pos === "DET" || second.pos === "PRON"));
      if (!looksImperative) continue;
      if (second && (second.pos === "VERB" || second.pos === "AUX")) continue;
      issues.push(makeIssue("imperatives.bare", { start: first.start, end: first.end }, "tone", `A bare command ("${first.text} …") can sound harsh in a review. Try "Consider ${ingForm(first.lemma)} …" or "Could we ${first.lemma} …?", and say why.`, `Consider ${ingForm(first.lemma)}`, "suggestion"));
    }
    return issues;
  },
};
