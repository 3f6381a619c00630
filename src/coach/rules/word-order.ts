/**
 * Word order: a time adverb between subject and verb ("I yesterday deployed" → "I deployed …
 * yesterday"), question order inside an indirect question ("tell me what is the problem" → "what
 * the problem is", "I don't know why did she leave" → "why she left"), "very much" before the
 * object ("I like very much football"), "always"/"never" before the subject ("Always I go"), and an
 * adjective after its noun ("a person very intelligent").
 */
import { endsPhrase, nextWord, prevWord, spaced } from "../text/analyze.ts";
import { matchCase, pastForm, thirdPersonForm } from "../text/morph.ts";
import { DAY_WORDS, LANGUAGE_NAMES, PERSONAL_SUBJECTS, POSSESSIVES } from "./phrases.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const SUBJECTS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
const REPORTING = new Set(["know", "tell", "ask", "wonder", "explain", "understand", "sure", "show", "remember", "check", "see", "find", "learn", "realise", "realize", "forget", "notice", "imagine", "discover", "decide", "idea"]);
const WH = new Set(["what", "where", "why", "how", "when", "which", "who"]);
/** People whose things are named with the possessive: "my father's car", not "the car of my father". */
const FAMILY = new Set(["father", "mother", "brother", "sister", "friend", "friends", "parents", "wife", "husband", "son", "daughter", "uncle", "aunt", "cousin", "grandmother", "grandfather", "grandparents", "boss", "neighbour", "neighbor", "girlfriend", "boyfriend", "dad", "mum", "mom", "brothers", "sisters"]);
/** Verbs of liking: "very much" goes after their object ("I like football very much"). */
const LIKING = new Set(["like", "love", "enjoy", "hate", "appreciate"]);
/** Frequency adverbs that go between the subject and the verb, not before the subject. */
const MID_ADVERBS = new Set(["always", "never"]);
/** Frequency adverbs that go before a main verb, not between it and its object ("I keep always a torch"). */
/** Adverbs that follow a form of "be": "is still produced", "was already sold". */
// ("It always is given two arguments" turns up in careful native prose, so frequency adverbs and pronoun subjects stay out)
const BE_ADVERBS = new Set(["still", "already"]);
const FREQUENCY = new Set(["always", "never", "usually", "often", "sometimes", "rarely", "seldom"]);
/** Determiners that open the object after "verb + adverb". */
const OBJECT_OPENERS = new Set(["a", "an", "the", "my", "your", "his", "her", "our", "their", "its", "some", "this", "that", "these", "those", "me", "him", "us", "them"]);
/** Verbs that take a frequency adverb after them: "is always", "has never", "can always". */
const AUX_LEMMAS = new Set(["be", "have", "do", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "need", "dare", "ought", "used"]);
/** Adjectives that go before "enough": "light enough", not "enough light". */
const ENOUGH_ADJECTIVES = new Set(["big", "small", "old", "young", "good", "strong", "light", "heavy", "cheap", "fast", "warm", "tall", "long", "short", "clear", "safe", "easy", "large", "brave", "smart", "mature", "serious", "quick", "quiet", "loud", "wide", "high", "ready", "close", "rich", "clean", "hot", "cold", "fit", "healthy", "experienced", "confident", "careful", "sure", "lucky", "strict", "simple", "fast", "slow", "powerful", "interesting", "important", "comfortable", "popular", "expensive", "difficult", "hard", "scalable", "stable", "reliable", "secure", "robust", "flexible", "efficient", "accurate", "consistent", "performant"]);
/** Verbs whose object can be followed by what it becomes or is found to be: "found a room very cheap". */
const OBJECT_COMPLEMENT_VERBS = new Set(["find", "consider", "keep", "make", "leave", "think", "get", "want", "like", "prefer", "need"]);
const SUBJECT_DETS = /^(?:the|this|that|these|those|my|your|his|her|our|their|its|a|an)$/;
const MODAL_AUX = /^(?:will|can|could|would|should|shall|may|might|must)$/;

export const wordOrder: Rule = {
  id: "word-order",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      // "He is a person very intelligent" → "a very intelligent person": the adjective goes before the noun
      if (t.lower === "very") {
        const noun = prevWord(a, t.i);
        const article = noun && prevWord(a, noun.i);
        const adjective = nextWord(a, t.i);
        const ends = !!adjective && (endsPhrase(a, adjective) || nextWord(a, adjective.i)?.pos === "CCONJ");
        // not "found a room very cheap", "keep a copy very close": the adjective describes the result
        const verb = article && prevWord(a, article.i);
        if (noun && article && adjective && noun.pos === "NOUN" && noun.lower === noun.lemma && /^an?$/.test(article.lower) && adjective.pos === "ADJ" && ends && spaced(a, article, noun) && spaced(a, noun, t) && spaced(a, t, adjective) && !(verb && OBJECT_COMPLEMENT_VERBS.has(verb.lemma))) {
          const fix = `${matchCase("a", article.text)} very ${adjective.text} ${noun.text}`;
          issues.push(makeIssue("word-order.adjective-after-noun", { start: article.start, end: adjective.end }, "grammar", `In English the adjective goes before the noun: "${fix}".`, fix));
          continue;
        }
      }
      // "He forgets never my birthday" → "never forgets": the adverb goes before a main verb
      if (FREQUENCY.has(t.lower)) {
        const verb = prevWord(a, t.i);
        const object = nextWord(a, t.i);
        const subject = verb && prevWord(a, verb.i);
        if (verb && object && subject && verb.pos === "VERB" && !AUX_LEMMAS.has(verb.lemma) && verb.end + 1 === t.start && t.end + 1 === object.start
          && (OBJECT_OPENERS.has(object.lower) || (object.lower === "to" && /^(?:go|come|walk|drive|travel|run|ride|fly)$/.test(verb.lemma))) && (SUBJECTS.has(subject.lower) || subject.pos === "NOUN" || subject.pos === "PROPN") && verb.sentence === t.sentence
          && !/ing$|ed$/.test(verb.lower)) {
          issues.push(makeIssue("word-order.frequency-adverb", { start: verb.start, end: t.end }, "grammar", `"${t.lower}" goes before the main verb: "${t.lower} ${verb.text}".`, `${t.text} ${verb.text}`));
          continue;
        }
      }
      // "I always am late" → "am always late": a frequency adverb follows a form of "be" ("I never
      // was good at it" is an idiom; "it sometimes is necessary", "he often is" are heard in
      // careful English too: only "always", "never" and "usually" after a person)
      if (/^(?:always|never|usually)$/.test(t.lower)) {
        const subject = prevWord(a, t.i);
        const be = nextWord(a, t.i);
        const after = be && nextWord(a, be.i);
        if (subject && be && after && PERSONAL_SUBJECTS.has(subject.lower) && /^(?:am|is|are|was|were)$/.test(be.lower) && !(t.lower === "never" && /^(?:was|were)$/.test(be.lower))
          && spaced(a, subject, t) && spaced(a, t, be) && spaced(a, be, after) && ["ADJ", "ADP", "DET", "ADV", "NOUN"].includes(after.pos)) {
          issues.push(makeIssue("word-order.adverb-after-be", { start: t.start, end: be.end }, "grammar", `"${t.lower}" goes after "${be.lower}": "${be.lower} ${t.lower}".`, `${be.text} ${t.text}`));
          continue;
        }
      }
      // "most electricity still is produced from coal" → "is still produced": the adverb follows "be"
      if (BE_ADVERBS.has(t.lower)) {
        const be = nextWord(a, t.i);
        const participle = be && nextWord(a, be.i);
        const subject = prevWord(a, t.i);
        if (be && participle && subject && /^(?:is|are|was|were)$/.test(be.lower) && spaced(a, t, be) && spaced(a, be, participle)
          && (participle.pos === "VERB" || (participle.pos === "ADJ" && /ed$/.test(participle.lower) && nextWord(a, participle.i)?.pos === "ADP")) && (participle.lower !== participle.lemma || participle.pos === "ADJ") && !/ing$/.test(participle.lower) && !/s$/.test(participle.lower)
          && (subject.pos === "NOUN" || subject.pos === "PROPN") && subject.sentence === t.sentence && spaced(a, subject, t)) {
          issues.push(makeIssue("word-order.adverb-after-be", { start: t.start, end: be.end }, "grammar", `"${t.lower}" goes after "${be.lower}": "${be.lower} ${t.lower} ${participle.text}".`, `${be.text} ${t.text}`));
          continue;
        }
      }
      // "It is enough light to carry" → "light enough": "enough" follows an adjective
      if (t.lower === "enough") {
        const be = prevWord(a, t.i);
        const adjective = nextWord(a, t.i);
        const after = adjective && nextWord(a, adjective.i);
        const subject = be && prevWord(a, be.i);
        if (be && adjective && /^(?:is|are|was|were|be|been|am|'m|’m|'s|’s|'re|’re|seems?|looks?|feels?|isn't|wasn't|aren't|weren't)$/.test(be.lower) && subject && !/^(?:there|here)$/.test(subject.lower)
          && ENOUGH_ADJECTIVES.has(adjective.lower) && adjective.pos === "ADJ" && (!after || /^(?:to|for)$/.test(after.lower) || /^[ \t]*[.,!?;]/.test(a.text.slice(adjective.end)))) {
          issues.push(makeIssue("word-order.enough", { start: t.start, end: adjective.end }, "grammar", `"Enough" goes after an adjective: "${adjective.lower} enough".`, `${adjective.text} enough`));
          continue;
        }
      }
      // "How much does cost this jacket?" → "How much does this jacket cost?"
      if (/^(?:do|does|did)$/.test(t.lower) && a.sentences[t.sentence]!.first <= t.i - 1) {
        let wh = prevWord(a, t.i);
        if (wh && /^(?:much|many|time|long|often)$/.test(wh.lower)) wh = prevWord(a, wh.i);
        const verb = nextWord(a, t.i);
        const det = verb && nextWord(a, verb.i);
        if (wh && WH.has(wh.lower) && a.sentences[t.sentence]!.first === wh.i && verb && det && verb.pos === "VERB" && verb.lower === verb.lemma && SUBJECT_DETS.test(det.lower)) {
          let noun = nextWord(a, det.i);
          while (noun && (noun.pos === "ADJ" || (noun.pos === "NOUN" && nextWord(a, noun.i)?.pos === "NOUN" && nextWord(a, noun.i)!.sentence === noun.sentence))) noun = nextWord(a, noun.i);
          if (noun && (noun.pos === "NOUN" || noun.pos === "PROPN") && /^[ \t]*\?/.test(a.text.slice(noun.end))) {
            const subject = a.text.slice(det.start, noun.end);
            issues.push(makeIssue("word-order.question", { start: verb.start, end: noun.end }, "grammar", `In a question, the subject comes before the main verb: "${t.lower} ${subject} ${verb.text}".`, `${subject} ${verb.text}`));
            continue;
          }
        }
      }
      // "She asked do I have any candles" → "asked if I had": a reported question takes "if" and statement order
      if (t.lemma === "ask" && t.pos === "VERB" && /^(?:asked|asks)$/.test(t.lower)) {
        let aux = nextWord(a, t.i);
        if (aux && /^(?:me|him|her|us|them)$/.test(aux.lower)) aux = nextWord(a, aux.i);
        const subject = aux && nextWord(a, aux.i);
        const verb = subject && nextWord(a, subject.i);
        if (aux && subject && verb && /^(?:do|does|did|can|could|is|are|was|were|will|would|have|has)$/.test(aux.lower) && SUBJECTS.has(subject.lower) && subject.lower !== "it"
          && !/[,:;"“”'‘]/.test(a.text.slice(t.end, aux.start)) && (verb.pos === "VERB" || verb.pos === "AUX" || verb.pos === "ADJ" || verb.pos === "DET") && verb.sentence === t.sentence) {
          issues.push(makeIssue("word-order.reported-question", { start: aux.start, end: subject.end }, "grammar", `In a reported yes/no question, use "if" (or "whether") and put the subject first: "${t.lower} if ${subject.lower === "i" ? "I" : subject.lower} …".`));
          continue;
        }
      }
      // "I yesterday deployed the fix"
      if (DAY_WORDS.has(t.lower)) {
        const subject = prevWord(a, t.i);
        const verb = nextWord(a, t.i);
        if (subject && verb && SUBJECTS.has(subject.lower) && verb.pos === "VERB" && subject.end + 1 === t.start) {
          issues.push(makeIssue("word-order.time-adverb", { start: t.start, end: verb.end }, "grammar", `Put "${t.lower}" at the end or the start of the sentence: "${subject.text} ${verb.text} … ${t.lower}".`, verb.text));
        }
        continue;
      }
      // "She speaks very well English" → "speaks English very well": the object comes before the adverb
      if (t.lower === "speaks" || t.lower === "speak" || t.lower === "spoke") {
        const very = nextWord(a, t.i);
        const well = very?.lower === "very" ? nextWord(a, very.i) : very;
        const language = well && nextWord(a, well.i);
        if (very && well?.lower === "well" && language && LANGUAGE_NAMES.test(language.text) && spaced(a, t, very) && spaced(a, well, language)) {
          const adverb = a.text.slice(very.start, well.end);
          issues.push(makeIssue("word-order.adverb-object", { start: very.start, end: language.end }, "grammar", `The language comes before "${adverb}": "${t.lower} ${language.text} ${adverb}".`, `${language.text} ${adverb}`));
          continue;
        }
      }
      // "Can you tell me what time is it?" → "what time it is": inside a question the subject comes first
      if (t.lower === "what" && nextWord(a, t.i)?.lower === "time") {
        const be = nextWord(a, nextWord(a, t.i)!.i);
        const it = be && nextWord(a, be.i);
        let asker = prevWord(a, t.i);
        if (asker && /^(?:me|us|you|him|her|them)$/.test(asker.lower)) asker = prevWord(a, asker.i);
        if (be && it && /^(?:is|was)$/.test(be.lower) && it.lower === "it" && asker && REPORTING.has(asker.lemma) && spaced(a, be, it)) {
          issues.push(makeIssue("word-order.indirect-question", { start: be.start, end: it.end }, "grammar", `In an indirect question, the subject comes before the verb: "what time it ${be.lower}".`, `${it.text} ${be.text}`));
          continue;
        }
      }
      // "The car of my father" → "my father's car": a person's things take the possessive
      if (t.lower === "the") {
        const thing = nextWord(a, t.i);
        const of = thing && nextWord(a, thing.i);
        const owner = of && nextWord(a, of.i);
        const person = owner && nextWord(a, owner.i);
        if (thing && of && owner && person && thing.pos === "NOUN" && of.lower === "of" && POSSESSIVES.has(owner.lower) && FAMILY.has(person.lower) && spaced(a, t, thing) && spaced(a, thing, of) && spaced(a, of, owner) && spaced(a, owner, person)) {
          const after = nextWord(a, person.i);
          // "the house of my parents where …" reads fine; only a phrase that ends with the person
          if (!after || after.pos === "AUX" || after.pos === "VERB" || after.pos === "ADP" || after.pos === "CCONJ") {
            const possessive = /s$/.test(person.lower) ? `${person.text}'` : `${person.text}'s`;
            const fix = `${matchCase(owner.lower, t.text)} ${possessive} ${thing.text}`;
            issues.push(makeIssue("word-order.possessive", { start: t.start, end: person.end }, "grammar", `For a person's things, use the possessive: "${fix.charAt(0).toLowerCase()}${fix.slice(1)}".`, fix));
            continue;
          }
        }
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
        let reporter = before && (before.pos === "PRON" || before.lower === "me" || before.lower === "out") ? prevWord(a, before.i) : before;
        // "asked an old man where …": the person asked sits between the verb and the question
        if (reporter && !REPORTING.has(reporter.lemma) && (reporter.pos === "NOUN" || reporter.pos === "PROPN")) {
          let k = prevWord(a, reporter.i);
          for (let n = 0; k && n < 2 && (k.pos === "ADJ" || k.pos === "DET"); n++) k = prevWord(a, k.i);
          if (k && (k.lemma === "ask" || k.lemma === "tell")) reporter = k;
        }
        if (!reporter || !REPORTING.has(reporter.lemma)) continue;
        // a quoted direct question keeps question order: asks me, "Who are you chatting with?"
        if (/[,:;"“”'‘[\](){}*_`]/.test(a.text.slice(reporter.end, t.start))) continue;
        // "let me know when will the plumber come" → "when the plumber will come"; "not sure what
        // limit should we use" → "what limit we should use" (a noun of the question word between)
        const questioned = /^(?:what|which|whose)$/.test(t.lower) && nextWord(a, t.i)?.pos === "NOUN" && MODAL_AUX.test(nextWord(a, nextWord(a, t.i)!.i)?.lower ?? "") ? nextWord(a, t.i) : undefined;
        const modal = nextWord(a, (questioned ?? t).i);
        if (modal && MODAL_AUX.test(modal.lower)) {
          let subjectEnd = nextWord(a, modal.i);
          const subjectStart = subjectEnd;
          if (subjectEnd && SUBJECT_DETS.test(subjectEnd.lower)) {
            subjectEnd = nextWord(a, subjectEnd.i);
            while (subjectEnd && (subjectEnd.pos === "ADJ" || (subjectEnd.pos === "NOUN" && nextWord(a, subjectEnd.i)?.pos === "NOUN"))) subjectEnd = nextWord(a, subjectEnd.i);
            if (subjectEnd && subjectEnd.pos !== "NOUN") subjectEnd = undefined;
          } else if (!(subjectEnd && SUBJECTS.has(subjectEnd.lower) && subjectEnd.lower !== "it")) subjectEnd = undefined;
          const verb = subjectEnd && nextWord(a, subjectEnd.i);
          if (subjectStart && subjectEnd && verb && (verb.pos === "VERB" || verb.lower === "be") && verb.lower === verb.lemma) {
            const subject = a.text.slice(subjectStart.start, subjectEnd.end);
            issues.push(makeIssue("word-order.indirect-question", { start: modal.start, end: subjectEnd.end }, "grammar", `In an indirect question, the subject comes before the verb: "${t.lower}${questioned ? ` ${questioned.lower}` : ""} ${subject} ${modal.lower}".`, `${subject} ${modal.text}`));
            continue;
          }
        }
        // "I learned how important is good communication" → "how important good communication is"
        if (t.lower === "how") {
          const adjective = nextWord(a, t.i);
          const be = adjective && nextWord(a, adjective.i);
          if (adjective && be && adjective.pos === "ADJ" && /^(?:is|are|was|were)$/.test(be.lower)) {
            let end = nextWord(a, be.i);
            const startNp = end;
            let n = 0;
            while (end && n < 5 && (end.pos === "ADJ" || end.pos === "NOUN" || end.pos === "DET" || end.pos === "PRON") && !/[,.;!?]/.test(a.text.slice(end.end, end.end + 1))) { end = nextWord(a, end.i); n++; }
            const closes = end && /^[ \t]*[,.;!?]/.test(a.text.slice(end.end)) && (end.pos === "NOUN" || end.pos === "PROPN");
            if (startNp && end && closes && n < 5 && startNp.pos !== "PRON") {
              const subject = a.text.slice(startNp.start, end.end);
              issues.push(makeIssue("word-order.indirect-question", { start: be.start, end: end.end }, "grammar", `In an indirect question, the verb comes after the subject: "how ${adjective.lower} ${subject} ${be.lower}".`, `${subject} ${be.text}`));
              continue;
            }
          }
        }
        // "what time does the museum open" → "what time the museum opens"; "why did she leave" → "why she left"
        let aux = nextWord(a, t.i);
        if (aux && (t.lower === "what" || t.lower === "how") && /^(?:time|much|many|kind|day|year|often|long|far)$/.test(aux.lower)) aux = nextWord(a, aux.i);
        if (aux && /^(?:do|does|did)$/.test(aux.lower)) {
          let subjectEnd = nextWord(a, aux.i);
          if (subjectEnd && (subjectEnd.pos === "DET" || POSSESSIVES.has(subjectEnd.lower))) {
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
        // "find out which are the best", "tell me who is the manager": "which" and "who" can be the subject
        if (t.lower === "which" || t.lower === "who") continue;
        const be = nextWord(a, t.i);
        const det = be ? nextWord(a, be.i) : undefined;
        if (!be || !/^(?:is|are|was|were)$/.test(be.lower) || !det || !(det.pos === "DET" || det.pos === "PRON")) continue;
        let noun = nextWord(a, det.i);
        while (noun && (noun.pos === "ADJ" || (noun.pos === "NOUN" && nextWord(a, noun.i)?.pos === "NOUN"))) noun = nextWord(a, noun.i);
        if (!noun || noun.pos !== "NOUN") continue;
        let end = nextWord(a, noun.i);
        // "where was the tram stop, but …": the tagger reads the last noun of a compound as a verb
        if (end && end.sentence === t.sentence && end.pos === "VERB" && end.lower === end.lemma && end.start === noun.end + 1 && /^[ \t]*[,;?]/.test(a.text.slice(end.end))) {
          noun = end;
          end = nextWord(a, noun.i);
        }
        if (end && end.sentence === t.sentence && !/^(?:for|of|in|on|with)$/.test(end.lower) && !/^[ \t]*[,;]/.test(a.text.slice(noun.end))) continue;
        const subject = a.text.slice(det.start, noun.end);
        issues.push(makeIssue("word-order.indirect-question", { start: be.start, end: noun.end }, "grammar", `In an indirect question, the verb comes after the subject: "${t.lower} ${subject} ${be.lower}".`, `${subject} ${be.text}`));
      }
    }
    return issues;
  },
};
