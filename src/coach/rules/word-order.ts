/**
 * Word order: a time adverb between subject and verb ("I yesterday deployed" → "I deployed …
 * yesterday"), question order inside an indirect question ("tell me what is the problem" → "what
 * the problem is", "I don't know why did she leave" → "why she left"), "very much" before the
 * object ("I like very much football"), and "always"/"never" before the subject ("Always I go").
 */
import { nextWord, prevWord } from "../text/analyze.ts";
import { matchCase, pastForm, thirdPersonForm } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const TIME_ADVERBS = new Set(["yesterday", "today", "tomorrow", "tonight"]);
const SUBJECTS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
const REPORTING = new Set(["know", "tell", "ask", "wonder", "explain", "understand", "sure", "show", "remember", "check", "see", "find"]);
const WH = new Set(["what", "where", "why", "how", "when", "which", "who"]);
/** Verbs of liking: "very much" goes after their object ("I like football very much"). */
const LIKING = new Set(["like", "love", "enjoy", "hate", "appreciate"]);
/** Frequency adverbs that go between the subject and the verb, not before the subject. */
const MID_ADVERBS = new Set(["always", "never"]);

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
      // "I like very much football" → "I like football very much"
      if (LIKING.has(t.lemma) && t.pos === "VERB") {
        const very = nextWord(a, t.i);
        const much = very && nextWord(a, very.i);
        const object = much && nextWord(a, much.i);
        if (very?.lower === "very" && much?.lower === "much" && object && ["NOUN", "PROPN", "DET", "PRON", "VERB", "ADJ"].includes(object.pos)) {
          // the object runs to the end of the clause
          let end = object;
          for (let k = nextWord(a, object.i); k && !/[,;:.!?]/.test(a.text.slice(end.end, k.start)) && !["ADP", "SCONJ", "CCONJ"].includes(k.pos) && k.lower !== "because"; k = nextWord(a, k.i)) end = k;
          const objectText = a.text.slice(object.start, end.end);
          issues.push(makeIssue("word-order.very-much", { start: very.start, end: end.end }, "grammar", `Put "very much" after what you ${t.lemma}: "${t.lower} ${objectText} very much".`, `${objectText} very much`));
        }
        continue;
      }
      // "Always I go swimming" → "I always go swimming"
      if (MID_ADVERBS.has(t.lower) && a.sentences[t.sentence]!.first === t.i) {
        const subject = nextWord(a, t.i);
        const verb = subject && nextWord(a, subject.i);
        if (subject && verb && SUBJECTS.has(subject.lower) && verb.pos === "VERB") {
          issues.push(makeIssue("word-order.frequency-adverb", { start: t.start, end: subject.end }, "grammar", `"${t.lower}" goes between the subject and the verb: "${matchCase(subject.text === "I" ? "I" : subject.lower, t.text)} ${t.lower} ${verb.text}".`, `${matchCase(subject.text === "I" ? "I" : subject.lower, t.text)} ${t.lower}`));
        }
        continue;
      }
      // "Can you tell me what is the problem?"
      if (WH.has(t.lower)) {
        const before = prevWord(a, t.i);
        const reporter = before && (before.pos === "PRON" || before.lower === "me") ? prevWord(a, before.i) : before;
        if (!reporter || !REPORTING.has(reporter.lemma)) continue;
        // "what time does the museum open" → "what time the museum opens"; "why did she leave" → "why she left"
        let aux = nextWord(a, t.i);
        if (aux && (t.lower === "what" || t.lower === "how") && /^(?:time|much|many|kind|day|year|often|long|far)$/.test(aux.lower)) aux = nextWord(a, aux.i);
        if (aux && /^(?:do|does|did)$/.test(aux.lower)) {
          let subjectEnd = nextWord(a, aux.i);
          if (subjectEnd && (subjectEnd.pos === "DET" || /^(?:my|your|his|her|our|their|its)$/.test(subjectEnd.lower))) {
            subjectEnd = nextWord(a, subjectEnd.i);
            while (subjectEnd && (subjectEnd.pos === "ADJ" || (subjectEnd.pos === "NOUN" && nextWord(a, subjectEnd.i)?.pos === "NOUN"))) subjectEnd = nextWord(a, subjectEnd.i);
            if (subjectEnd && subjectEnd.pos !== "NOUN" && subjectEnd.pos !== "PROPN") subjectEnd = undefined;
          } else if (!(subjectEnd && (SUBJECTS.has(subjectEnd.lower) || subjectEnd.pos === "PROPN"))) subjectEnd = undefined;
          let verb = subjectEnd && nextWord(a, subjectEnd.i);
          // after "does" and its subject comes the verb, whatever the tagger calls it ("does your brother work")
          if (subjectEnd && (!verb || verb.pos === "ADP" || verb.sentence !== subjectEnd.sentence) && subjectEnd.pos === "NOUN" && prevWord(a, subjectEnd.i)?.pos === "NOUN") {
            verb = subjectEnd;
            subjectEnd = prevWord(a, subjectEnd.i);
          }
          const verbLike = verb && (verb.pos === "VERB" || ((verb.pos === "NOUN" || verb.pos === "ADJ") && !/s$/.test(verb.lower)));
          if (subjectEnd && verb && verbLike && verb.lower === verb.lemma) {
            const subject = a.text.slice(nextWord(a, aux.i)!.start, subjectEnd.end);
            const singular = /^(?:he|she|it)$/i.test(subject) || (subjectEnd.pos !== "PRON" && subjectEnd.lower === subjectEnd.lemma);
            const form = aux.lower === "did" ? pastForm(verb.lemma) : aux.lower === "does" || singular ? thirdPersonForm(verb.lemma) : verb.lemma;
            issues.push(makeIssue("word-order.indirect-question", { start: aux.start, end: verb.end }, "grammar", `In an indirect question there is no "${aux.lower}" and the subject comes first: "${subject} ${form}".`, `${subject} ${form}`));
          }
          continue;
        }
        // "She asked me where was I going" → "where I was going"
        if (aux && /^(?:is|are|was|were|am)$/.test(aux.lower)) {
          const pronoun = nextWord(a, aux.i);
          if (pronoun && SUBJECTS.has(pronoun.lower) && pronoun.lower !== "it") {
            issues.push(makeIssue("word-order.indirect-question", { start: aux.start, end: pronoun.end }, "grammar", `In an indirect question, the subject comes before the verb: "${t.lower} ${pronoun.text} ${aux.lower}".`, `${pronoun.text} ${aux.text}`));
            continue;
          }
        }
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
