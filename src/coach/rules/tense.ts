/**
 * Tense consistency: a sentence about a finished time ("yesterday", "last week", "two hours ago")
 * narrates in the past ("Yesterday we deploy the fix" → "deployed"; "Last week the backup fail"
 * → "failed"; "Last week we have migrated" → "migrated"), and so do the timeline sentences of an incident report ("At 14:05 the alert
 * fires" → "fired"). Clauses that state what is still true ("that the cache is too small",
 * "because the index is missing") are left alone.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";
import { matchCase, pastForm, thirdPersonForm } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import { determinerOf, hasPastMarker } from "./phrases.ts";
import type { Issue } from "../types.ts";

const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
/** Words that open a clause about the present or a condition: stop checking there. */
const STOP_WORDS = new Set(["that", "which", "who", "because", "so", "if", "whether", "although", "though", "now", "today", "currently", "still", "usually", "always", "generally", "normally", "since", "until", "unless", "why", "how", "what", "where", "whenever"]);
const MODALS = new Set(["will", "would", "can", "could", "should", "shall", "may", "might", "must", "to", "did", "do", "does", "'ll", "’ll", "'d", "’d"]);
const PRESENT_BE: Record<string, string> = { is: "was", are: "were", am: "was" };

function hasClockTime(a: Analysis, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (/^\d{1,2}[:.]\d{2}$/.test(a.tokens[i]!.text)) return true;
  return false;
}

/** The past-tense fix for a present-tense finite verb, or undefined. */
function pastFix(a: Analysis, v: Token): { span: { start: number; end: number }; replacement: string } | undefined {
  const be = PRESENT_BE[v.lower];
  const prev = prevWord(a, v.i);
  if (be && (v.pos === "AUX" || v.pos === "VERB")) {
    // "is going to", "is being" and the like stay as they are.
    const n = nextWord(a, v.i);
    if (n && (n.lower === "going" || n.lower === "being")) return undefined;
    return { span: { start: v.start, end: v.end }, replacement: matchCase(be, v.text) };
  }
  if ((v.lower === "has" || v.lower === "have") && v.pos === "AUX") {
    const p = nextWord(a, v.i);
    if (p && p.pos === "VERB" && p.lower !== p.lemma && /(?:ed|en|wn|ne|t)$/.test(p.lower)) {
      return { span: { start: v.start, end: p.end }, replacement: pastForm(p.lemma) };
    }
    return undefined;
  }
  if (v.pos !== "VERB") return undefined;
  if (prev && MODALS.has(prev.lower)) return undefined;
  const thirdPerson = v.lower !== v.lemma && v.lower === thirdPersonForm(v.lemma);
  const pluralSubject = prev !== undefined && ((SUBJECT_PRONOUNS.has(prev.lower) && !["he", "she", "it"].includes(prev.lower)) || (prev.pos === "NOUN" && prev.lower !== prev.lemma && /s$/.test(prev.lower)));
  // "the nightly backup fail": a bare verb after a singular noun subject with its determiner
  // ("the team lead reviewed": a verb right after shows that "lead" was a noun)
  const following = nextWord(a, v.i);
  const singularSubject = prev !== undefined && prev.pos === "NOUN" && prev.lower === prev.lemma && determinerOf(a, prev) !== undefined && !(following && (following.pos === "VERB" || following.pos === "AUX"));
  const bareAfterSubject = v.lower === v.lemma && (pluralSubject || singularSubject) && !/(?:ing|ed)$/.test(v.lower);
  if (!thirdPerson && !bareAfterSubject) return undefined;
  if (v.lemma === "be") return undefined;
  return { span: { start: v.start, end: v.end }, replacement: matchCase(pastForm(v.lemma), v.text) };
}

/** "We are using X since 2019" → "have been using": a state that started in the past and goes on. */
function sinceProgressive(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const since = a.tokens.slice(s.first, s.last).find((t) => t.lower === "since");
    if (!since) continue;
    const what = nextWord(a, since.i);
    if (!what || !(what.pos === "NUM" || /^(?:last|yesterday|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|then|the)$/.test(what.lower))) continue;
    for (let i = s.first; i < since.i; i++) {
      const be = a.tokens[i]!;
      const verb = nextWord(a, i);
      if (!/^(?:am|is|are|'m|'re|’m|’re)$/.test(be.lower) || !verb || !/ing$/.test(verb.lower)) continue;
      // the same clause: no comma or other clause break between the verb and "since"
      if (a.tokens.slice(verb.i + 1, since.i).some((x) => x.text === "," || x.text === ";")) continue;
      const subject = prevWord(a, i);
      const have = subject && /^(?:he|she|it)$/.test(subject.lower) ? "has" : be.lower === "is" ? "has" : "have";
      issues.push(makeIssue("tense.since-perfect", { start: be.start, end: verb.end }, "tense", `With "since", use the present perfect: "${have} been ${verb.lower}".`, `${have} been ${verb.text}`));
    }
  }
}

export const tense: Rule = {
  id: "tense",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    sinceProgressive(a, issues);
    for (const s of a.sentences) {
      const marker = hasPastMarker(a, s.first, s.last);
      const timeline = ctx.structure === "incident-report" && hasClockTime(a, s.first, s.last);
      if (!marker && !timeline) continue;
      for (let i = s.first; i < s.last; i++) {
        const t = a.tokens[i]!;
        if (STOP_WORDS.has(t.lower) && t.pos !== "DET") break;
        if (t.text === "\"" || t.text === "“") break;
        const fix = pastFix(a, t);
        if (!fix) continue;
        const why = marker ? "this sentence is about a finished time" : "an incident timeline narrates in the past";
        issues.push(makeIssue("tense.past-narrative", fix.span, "tense", `Use the past tense: ${why}.`, fix.replacement));
      }
    }
    return issues;
  },
};
