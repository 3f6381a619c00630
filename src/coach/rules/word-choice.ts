/**
 * Word choice learners get wrong in predictable ways: "do a mistake" → "make a mistake", "do some
 * changes" → "make some changes", "say me" → "tell me", "make a research" → "do research".
 */
import { nextWord, prevWord } from "../text/analyze.ts";
import { matchCase, thirdPersonForm, ingForm } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

/** Nouns that go with "make", not "do". */
const MAKE_NOUNS = new Set(["mistake", "mistakes", "decision", "decisions", "change", "changes", "modification", "modifications", "improvement", "improvements", "progress", "plan", "plans", "suggestion", "suggestions", "choice", "choices", "assumption", "assumptions", "request", "requests", "call", "calls", "effort", "sense"]);
const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them"]);

/** The inflected form of "make" matching an inflected "do". */
function makeLike(doForm: string): string {
  switch (doForm.toLowerCase()) {
    case "did": return "made";
    case "done": return "made";
    case "doing": return ingForm("make");
    case "does": return thirdPersonForm("make");
    default: return "make";
  }
}

export const wordChoice: Rule = {
  id: "word-choice",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      if (!t.isWord) continue;
      if (t.lemma === "do" && (t.pos === "VERB" || t.pos === "AUX")) {
        // do (a|an|some|the|many|a few|few|several|any|no)? (adj)? NOUN
        let k = nextWord(a, i);
        let steps = 0;
        while (k && steps < 3 && !MAKE_NOUNS.has(k.lower) && (/^(?:a|an|some|any|no|many|few|several|more|big|small|wrong|bad|good|quick|final|major|minor|huge|little)$/.test(k.lower))) {
          k = nextWord(a, k.i);
          steps++;
        }
        if (k && MAKE_NOUNS.has(k.lower) && k.pos === "NOUN" && !(k.lower === "call" || k.lower === "calls" || k.lower === "request" || k.lower === "requests" || k.lower === "sense")) {
          const fix = matchCase(makeLike(t.text), t.text);
          issues.push(makeIssue("word-choice.make-do", { start: t.start, end: t.end }, "word-choice", `We "make" a ${k.lemma}, not "do" it: "${fix} ${a.text.slice(nextWord(a, i)!.start, k.end)}".`, fix));
        }
        continue;
      }
      if (t.lemma === "make" && t.pos === "VERB") {
        const n1 = nextWord(a, i);
        const n2 = n1 ? nextWord(a, n1.i) : undefined;
        if (n1 && (n1.lower === "a" || n1.lower === "some") && n2 && (n2.lower === "research" || n2.lower === "homework")) {
          const doForm = t.lower === "made" ? "did" : t.lower === "making" ? "doing" : t.lower === "makes" ? "does" : "do";
          issues.push(makeIssue("word-choice.make-do", { start: t.start, end: n2.end }, "word-choice", `We "do ${n2.lower}" (uncountable), not "make a ${n2.lower}".`, `${matchCase(doForm, t.text)} ${n1.lower === "some" ? "some " : ""}${n2.text}`));
        }
        continue;
      }
      // "borrow me your laptop" → "lend me"
      if (t.lemma === "borrow" && OBJECT_PRONOUNS.has(nextWord(a, i)?.lower ?? "")) {
        const lend = t.lower === "borrowed" ? "lent" : t.lower === "borrows" ? "lends" : t.lower === "borrowing" ? "lending" : "lend";
        issues.push(makeIssue("word-choice.borrow-lend", { start: t.start, end: t.end }, "word-choice", `You "borrow" from someone and "lend" to someone: "${lend} ${nextWord(a, i)!.lower}".`, matchCase(lend, t.text)));
        continue;
      }
      // "assist to a meeting" → "attend"
      if (t.lemma === "assist" && /^(?:to|at)$/.test(nextWord(a, i)?.lower ?? "")) {
        const next = nextWord(a, i)!;
        const object = nextWord(a, next.i);
        if (object && (object.pos === "DET" || object.pos === "NOUN")) {
          const attend = t.lower === "assisted" ? "attended" : t.lower === "assists" ? "attends" : t.lower === "assisting" ? "attending" : "attend";
          issues.push(makeIssue("word-choice.assist-attend", { start: t.start, end: next.end }, "word-choice", `To be present at a meeting is to "${attend}" it; "assist" means "help".`, matchCase(attend, t.text)));
          continue;
        }
      }
      if (t.lemma === "say" && t.pos === "VERB") {
        const n = nextWord(a, i);
        const prev = prevWord(a, i);
        if (n && OBJECT_PRONOUNS.has(n.lower) && n.start === t.end + 1 && nextWord(a, n.i)?.lower !== "to" && prev?.lower !== "let's") {
          const tell = t.lower === "said" ? "told" : t.lower === "says" ? "tells" : t.lower === "saying" ? "telling" : "tell";
          issues.push(makeIssue("word-choice.say-tell", { start: t.start, end: t.end }, "word-choice", `Use "tell" with a person: "${tell} ${n.lower}" (or "say to ${n.lower}").`, matchCase(tell, t.text)));
        }
      }
    }
    return issues;
  },
};
