/**
 * Informal register in a formal task (interview answers, written exercises): "gonna", "wanna",
 * "guys", "yeah", "btw", "u". In chat-like tasks (roleplay turns, free writing) the rule is silent.
 */
import { nextWord, prevWord } from "../text/analyze.ts";
import { matchCase } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";
import { wordTable } from "../text/word-table.ts";

const INFORMAL = wordTable<string>({
  gonna: "going to",
  wanna: "want to",
  gotta: "have to",
  kinda: "somewhat",
  sorta: "somewhat",
  dunno: "don't know",
  yeah: "yes",
  yep: "yes",
  yup: "yes",
  nope: "no",
  btw: "by the way",
  pls: "please",
  plz: "please",
  thx: "thanks",
  "ain't": "isn't",
  lol: "",
  imo: "in my opinion",
  tbh: "to be honest",
  asap: "as soon as possible",
  cuz: "because",
  coz: "because",
});

export const register: Rule = {
  id: "register",
  group: "clarity",
  check(ctx) {
    if (ctx.register !== "formal") return [];
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      const formal = INFORMAL[t.lower];
      if (formal !== undefined) {
        issues.push(makeIssue("register.informal", { start: t.start, end: t.end }, "register", formal ? `"${t.text}" is informal here: write "${formal}".` : `"${t.text}" is too informal for this task: leave it out.`, formal ? matchCase(formal, t.text) : undefined, "suggestion"));
        continue;
      }
      if (t.lower === "guys") {
        const prev = prevWord(a, t.i);
        const next = nextWord(a, t.i);
        const addressing = !prev || /^(?:hi|hey|hello|you|thanks|thank|morning)$/.test(prev.lower) || !next;
        if (addressing) issues.push(makeIssue("register.informal", { start: t.start, end: t.end }, "register", `"guys" is informal and not everyone feels included: say "everyone" or "team".`, prev?.lower === "you" ? undefined : matchCase("everyone", t.text), "suggestion"));
        continue;
      }
      if (t.text === "u" && t.pos !== "X") {
        issues.push(makeIssue("register.informal", { start: t.start, end: t.end }, "register", `Write "you" in full.`, "you", "suggestion"));
      }
    }
    return issues;
  },
};
