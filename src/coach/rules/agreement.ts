/**
 * Subject–verb agreement where learners slip and the grammar checker is silent: after "each" and
 * "every", after "everyone", "nobody", "something"…, after "it/he/she" ("it have" → "it has"),
 * after "I/we/you/they" ("they has" → "they have"), after a noun with its determiner and
 * modifiers ("the services is" → "the services are", "our payment service call" → "calls"), and
 * after a product name ("Kafka have" → "Kafka has"). Only the verb right after the subject is checked, so
 * relative clauses and inversions ("does it have") are left alone.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";
import { BASE_FORM_PAST, matchCase, thirdPersonForm } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";
import { COUNTABLE } from "./articles.ts";
import { APPROXIMATORS, determinerOf, hasPastMarker, isPluralDeterminer, PLURAL_DETERMINERS, SINGULAR_DETERMINERS } from "./phrases.ts";
import { wordTable } from "../text/word-table.ts";

const INDEFINITE_PRONOUNS = new Set(["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "everything", "something", "anything", "nothing"]);
const THIRD_SINGULAR = new Set(["he", "she", "it"]);
const PLURAL_SUBJECTS = wordTable<"I" | "plural">({ i: "I", we: "plural", you: "plural", they: "plural" });
/** Words before a subject that make a bare verb correct: "does it have", "let it go", "to everyone know"… */
const INVERTERS = new Set(["is", "was", "are", "were", "am", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "let", "make", "made", "help", "helps", "see", "saw", "watch", "hear", "feel", "have", "has", "had", "to", "if", "wish", "whether", "'s", "’s", "n't", "not"]);
/** Verbs whose object is a clause, so the pronoun after them is its subject: "I think it works". */
const CLAUSE_VERBS = new Set(["think", "believe", "know", "guess", "hope", "say", "mean", "suppose", "expect", "assume", "bet", "realize", "realise", "agree", "promise", "doubt"]);
const COLLECTIVE = new Set(["team", "company", "staff", "management", "government", "group", "family", "audience", "committee", "majority", "police", "board", "crew", "department"]);

const TO_SINGULAR = wordTable<string>({ are: "is", were: "was", have: "has", do: "does" });
const TO_PLURAL = wordTable<string>({ is: "are", was: "were", has: "have", does: "do" });

/** Plurals without -s. */
const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women", "feet", "teeth", "mice"]);
/** Only plural nouns follow these: "many species" is plural even though "species" is also singular. */
const PLURAL_ONLY_DETERMINERS = new Set(["many", "several", "few", "both", "these", "those"]);
/** Mass nouns that learners pair with a plural verb: "public transport in my town are". */
const MASS_SUBJECTS = new Set(["information", "advice", "transport", "traffic", "furniture", "equipment", "luggage", "baggage", "money", "homework", "weather", "software", "hardware", "feedback", "knowledge", "research", "music", "news", "pollution", "unemployment", "accommodation", "electricity", "progress", "evidence"]);
const SUBJECT_PRONOUNS = new Set(["i", "you", "he", "she", "we", "they"]);

/** Plural-looking nouns that take a singular verb. */
const SINGULAR_IN_S = new Set(["news", "series", "species", "means", "analytics", "statistics", "physics", "mathematics", "economics", "politics", "ethics", "logistics", "kubernetes", "redis", "postgres", "jenkins"]);
/** The verb right after the subject (skipping one adverb other than "not", and "in the team"-like phrases when asked). */
function verbAfter(a: Analysis, subjectEnd: Token, skipPhrase = false): Token | undefined {
  let v = nextWord(a, subjectEnd.i);
  if (skipPhrase && v && v.pos === "ADP" && /^(?:in|on|of|at|from|with)$/.test(v.lower)) {
    // "everyone in the team have": skip the preposition, a determiner, adjectives and one noun
    let k = nextWord(a, v.i);
    if (k && (k.pos === "DET" || k.pos === "PRON")) k = nextWord(a, k.i);
    while (k && k.pos === "ADJ") k = nextWord(a, k.i);
    if (!k || !(k.pos === "NOUN" || k.pos === "PROPN" || k.pos === "PRON")) return undefined;
    v = nextWord(a, k.i);
    // a plural noun in the phrase may be the real agreement controller ("one of the services"): stop
    if (k.lower !== k.lemma && /s$/.test(k.lower)) return undefined;
  }
  if (v && v.pos === "ADV" && v.lower !== "not" && !/^n['’]t$/.test(v.lower)) v = nextWord(a, v.i);
  // "anything, PUT and DELETE are…", "for everyone else, summarize…": past a comma, another clause
  if (v && /[,;:()]/.test(a.text.slice(subjectEnd.end, v.start))) return undefined;
  return v;
}

/** The verb after "of the services": skip a determiner, adjectives and nouns. */
function verbAfterOf(a: Analysis, of: Token): Token | undefined {
  let k = nextWord(a, of.i);
  if (k && (k.pos === "DET" || k.pos === "PRON")) k = nextWord(a, k.i);
  let nouns = 0;
  while (k && (k.pos === "ADJ" || k.pos === "NOUN" || k.pos === "PROPN" || k.pos === "NUM")) {
    if (k.pos === "NOUN" || k.pos === "PROPN") nouns++;
    k = nextWord(a, k.i);
  }
  return nouns > 0 ? k : undefined;
}

function isBareVerb(v: Token): boolean {
  // "it wrong", "it right": adjectives the tagger sometimes reads as verbs
  return v.pos === "VERB" && v.lower === v.lemma && !/(?:ing|ed)$/.test(v.lower) && v.lower !== "be" && !BASE_FORM_PAST.has(v.lower) && v.lower !== "wrong" && v.lower !== "right";
}

/** Should be singular: the fix for the verb, or undefined when it already agrees. */
function singularFix(v: Token): string | undefined {
  const fixed = TO_SINGULAR[v.lower];
  if (fixed) return matchCase(fixed, v.text);
  if (isBareVerb(v)) return matchCase(thirdPersonForm(v.lemma), v.text);
  return undefined;
}

function pluralFix(v: Token, subject: "I" | "plural"): string | undefined {
  if (subject === "I") {
    if (v.lower === "is" || v.lower === "are") return "am";
    if (v.lower === "has" || v.lower === "does") return TO_PLURAL[v.lower];
    return undefined;
  }
  const fixed = TO_PLURAL[v.lower];
  if (fixed) return matchCase(fixed, v.text);
  if (v.pos === "VERB" && v.lower !== v.lemma && /[^s]s$/.test(v.lower) && v.lower === thirdPersonForm(v.lemma)) return v.lemma;
  return undefined;
}

export const agreement: Rule = {
  id: "agreement",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    const flag = (subject: string, v: Token, replacement: string, why: string) =>
      // "He use to smoke" means "used to" (verb-forms.ts says so), not "uses to"
      !(v.lower === "use" && nextWord(a, v.i)?.lower === "to") &&
      issues.push(makeIssue("agreement.subject-verb", { start: v.start, end: v.end }, "agreement", `After "${subject}", ${why}: "${replacement}".`, replacement));

    for (const t of a.tokens) {
      if (!t.isWord) continue;
      const prev = prevWord(a, t.i);
      if (prev && INVERTERS.has(prev.lower)) continue;

      if (t.lower === "each" && nextWord(a, t.i)?.lower === "of") {
        // "each of the services are" → "is"
        let k = nextWord(a, t.i);
        for (let n = 0; n < 4 && k && !(k.pos === "NOUN" || k.pos === "PRON" || k.pos === "PROPN") ; n++) k = nextWord(a, k.i);
        if (k && k.lower !== "of") {
          const v = verbAfter(a, k);
          const fix = v && TO_SINGULAR[v.lower];
          if (v && fix) flag("each of …", v, matchCase(fix, v.text), "the verb is singular");
        }
        continue;
      }
      // "every resources" → "every resource"
      if ((t.lower === "each" || t.lower === "every") && t.pos === "DET") {
        const noun = nextWord(a, t.i);
        if (noun && noun.pos === "NOUN" && noun.lower !== noun.lemma && /[^s]s$/.test(noun.lower) && noun.start === t.end + 1 && nextWord(a, noun.i)?.lower !== "of") {
          issues.push(makeIssue("agreement.each-plural", { start: noun.start, end: noun.end }, "agreement", `After "${t.lower}", use the singular: "${t.lower} ${noun.lemma}".`, matchCase(noun.lemma, noun.text)));
          continue;
        }
      }
      // each/every + noun
      if ((t.lower === "each" || t.lower === "every") && t.pos === "DET") {
        let noun = nextWord(a, t.i);
        while (noun && noun.pos === "ADJ") noun = nextWord(a, noun.i);
        if (!noun || noun.pos !== "NOUN" || noun.lemma !== noun.lower) continue;
        const following = nextWord(a, noun.i);
        if (following && following.pos === "NOUN") continue;
        // "with each ledger write": an object, not a subject
        if (prev && (prev.pos === "ADP" || prev.pos === "VERB")) continue;
        const v = verbAfter(a, noun);
        // "every score update goes": a verb after it shows the word is a noun of the subject
        const afterV = v && nextWord(a, v.i);
        if (afterV && v!.pos === "VERB" && !TO_SINGULAR[v!.lower] && (afterV.pos === "VERB" || afterV.pos === "AUX") && afterV.start === v!.end + 1) continue;
        const fix = v && singularFix(v);
        if (v && fix) flag(`${t.lower} ${noun.lower}`, v, fix, "the verb is singular");
        continue;
      }
      if (INDEFINITE_PRONOUNS.has(t.lower) || (t.lower === "one" && prev?.lower === "no")) {
        const v = verbAfter(a, t, true);
        const fix = v && singularFix(v);
        if (v && fix) flag(t.lower === "one" ? "no one" : t.lower, v, fix, "the verb is singular");
        continue;
      }
      if (THIRD_SINGULAR.has(t.lower) && t.pos === "PRON") {
        // "the services behind it don't…", "we spelt it wrong": after a preposition or a verb "it" is
        // an object — unless the verb introduces a clause ("I think it work" → "works")
        if (prev && (prev.pos === "ADP" || (prev.pos === "VERB" && !CLAUSE_VERBS.has(prev.lemma)))) continue;
        const v = verbAfter(a, t);
        if (!v) continue;
        // "it were" after "if", "as if" is a subjunctive; elsewhere it needs "was".
        const fix = v.lower === "were" ? undefined : singularFix(v);
        if (fix) flag(t.lower, v, fix, "the verb takes -s");
        continue;
      }
      const person = PLURAL_SUBJECTS[t.lower];
      // "send you notes": "you" after a verb is its object
      if (person && t.lower === "you" && prev && prev.pos === "VERB") continue;
      if (person && t.pos === "PRON") {
        const v = verbAfter(a, t);
        const fix = v && pluralFix(v, person);
        if (v && fix) flag(t.text === "I" ? "I" : t.lower, v, fix, person === "I" ? "use the first-person form" : "the verb has no -s");
        continue;
      }

      // "the number of errors are", "one of the services are" → singular
      if ((t.lower === "number" || t.lower === "list" || t.lower === "set" || t.lower === "total" || t.lower === "amount" || t.lower === "size") && prev?.lower === "the" && nextWord(a, t.i)?.lower === "of") {
        const v = verbAfterOf(a, nextWord(a, t.i)!);
        if (v && TO_SINGULAR[v.lower] && v.lower !== "do") flag(`the ${t.lower} of …`, v, matchCase(TO_SINGULAR[v.lower]!, v.text), "the verb agrees with \"" + t.lower + "\", which is singular");
        continue;
      }
      if (t.lower === "one" && nextWord(a, t.i)?.lower === "of" && prev?.lower !== "no") {
        const v = verbAfterOf(a, nextWord(a, t.i)!);
        if (v && TO_SINGULAR[v.lower] && v.lower !== "do") flag("one of …", v, matchCase(TO_SINGULAR[v.lower]!, v.text), "the verb agrees with \"one\"");
        continue;
      }

      // "a lot of young people wants", "lots of students was" → plural
      if (t.lower === "lot" || t.lower === "lots" || t.lower === "plenty") {
        const of = nextWord(a, t.i);
        if (of?.lower !== "of" || (t.lower === "lot" && prev?.lower !== "a")) continue;
        let k = nextWord(a, of.i);
        while (k && k.pos === "ADJ") k = nextWord(a, k.i);
        const pluralNoun = k && k.pos === "NOUN" && ((k.lower !== k.lemma && /[^s]s$/.test(k.lower)) || IRREGULAR_PLURALS.has(k.lower));
        const before = prevWord(a, (t.lower === "lot" ? prev! : t).i);
        if (!k || !pluralNoun || (before && ["VERB", "AUX", "ADP"].includes(before.pos)) || before?.lower === "there") continue;
        const v = nextWord(a, k.i);
        if (v && v.start === k.end + 1) {
          // "visits the old town": an -s word with an object is a verb, whatever the tagger says
          const object = nextWord(a, v.i);
          const verbLike = v.pos === "NOUN" && v.lower !== v.lemma && /[^s]s$/.test(v.lower) && object?.pos === "DET";
          const fix = verbLike ? matchCase(v.lemma, v.text) : pluralFix(v, "plural");
          if (fix) flag(a.text.slice((t.lower === "lot" ? prev! : t).start, k.end), v, fix, "the verb is plural");
        }
        continue;
      }

      // "Public transport in my town are cheap" → "is": a mass noun opening the sentence is singular
      if (MASS_SUBJECTS.has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN")) {
        const before = a.tokens.slice(a.sentences[t.sentence]!.first, t.i).filter((x) => x.isWord);
        if (before.length > 3 || !before.every((x) => x.pos === "DET" || x.pos === "ADJ" || x.pos === "PROPN" || x.pos === "NOUN" || /^(?:my|your|his|her|its|our|their)$/.test(x.lower))) continue;
        if (before.some((x) => PLURAL_ONLY_DETERMINERS.has(x.lower))) continue;
        // the verb after the subject and its prepositional phrase: "in our new flat" (tagged as it may be)
        let v = nextWord(a, t.i);
        if (v?.pos === "ADP") {
          for (let n = 0; v && n < 6 && !/^(?:are|were|have|is|was|has)$/.test(v.lower); n++) v = /[,;:]/.test(a.text.slice(v.end, v.end + 1)) ? undefined : nextWord(a, v.i);
        }
        if (v && (v.lower === "are" || v.lower === "were" || v.lower === "have")) flag(t.lower, v, matchCase(TO_SINGULAR[v.lower]!, v.text), `the verb is singular ("${t.lower}" is uncountable)`);
        continue;
      }

      // "you and your family is" → "are": two subjects joined by "and" are plural
      if (t.lower === "and" && t.pos === "CCONJ") {
        const left = prevWord(a, t.i);
        const leftStart = left && (left.pos === "PRON" ? left : determinerOf(a, left));
        const opensClause = leftStart && (leftStart.i === a.sentences[t.sentence]!.first || (prevWord(a, leftStart.i) && CLAUSE_VERBS.has(prevWord(a, leftStart.i)!.lemma)));
        if (!left || !leftStart || !opensClause || (left.pos === "PRON" && !SUBJECT_PRONOUNS.has(left.lower)) || (left.pos !== "PRON" && left.pos !== "NOUN")) continue;
        let right = nextWord(a, t.i);
        if (right && right.lower !== "i" && !/^(?:my|your|his|her|our|their|the)$/.test(right.lower)) continue;
        if (right && right.lower !== "i") {
          right = nextWord(a, right.i);
          while (right && right.pos === "ADJ") right = nextWord(a, right.i);
          if (!right || right.pos !== "NOUN") continue;
        }
        const v = right && nextWord(a, right.i);
        if (v && /^(?:is|was|has)$/.test(v.lower) && v.start === right!.end + 1) flag(a.text.slice(leftStart.start, right!.end), v, matchCase(TO_PLURAL[v.lower]!, v.text), "two subjects joined by \"and\" take a plural verb");
        continue;
      }

      // "there is many reasons" → "there are"
      if (t.lower === "there" && prev?.lower !== "over") {
        const v = nextWord(a, t.i);
        let k = v ? nextWord(a, v.i) : undefined;
        if (v && (v.lower === "is" || v.lower === "was") && k) {
          // "there was a lot of cars": the verb agrees with what comes after "a lot of"
          if ((k.lower === "a" && nextWord(a, k.i)?.lower === "lot") || k.lower === "lots" || k.lower === "plenty") {
            const of = nextWord(a, k.lower === "a" ? nextWord(a, k.i)!.i : k.i);
            if (of?.lower === "of") k = of;
          }
          const quantified = /^(?:many|several|two|three|four|five|multiple|various|few|of)$/.test(k.lower) || (k.pos === "NUM" && k.lower !== "one" && k.lower !== "1");
          if (quantified) {
            k = nextWord(a, k.i);
            while (k && k.pos === "ADJ") k = nextWord(a, k.i);
            if (k && k.pos === "NOUN" && ((k.lower !== k.lemma && /s$/.test(k.lower)) || IRREGULAR_PLURALS.has(k.lower))) {
              flag("there", v, v.lower === "is" ? matchCase("are", v.text) : matchCase("were", v.text), "the verb agrees with the plural noun that follows");
            }
          }
        }
        continue;
      }

      // a product name opening the sentence is one thing: "Kafka have a retention period" → "has".
      // Names ending in "s" are left alone: "Redis" and "Engineers" look the same to the tagger.
      if (t.pos === "PROPN" && a.sentences[t.sentence]!.first === t.i && ctx.isDomainWord(t.lower) && !/s$/i.test(t.text) && !COLLECTIVE.has(t.lower)) {
        const v = nextWord(a, t.i);
        if (v && (v.lower === "have" || v.lower === "are" || v.lower === "were" || (v.lower === "do" && /^n['’]t$/.test(a.tokens[v.i + 1]?.lower ?? ""))) && v.start === t.end + 1) {
          flag(t.text, v, matchCase(TO_SINGULAR[v.lower]!, v.text), "the verb is singular");
        }
        continue;
      }
      // a bare singular noun opening the sentence: "Server don't keep state" → "doesn't"
      if ((t.pos === "NOUN" || t.pos === "PROPN") && a.sentences[t.sentence]!.first === t.i && COUNTABLE.has(t.lower) && !COLLECTIVE.has(t.lower)) {
        const v = nextWord(a, t.i);
        if (v && (v.lower === "do" || v.lower === "are" || v.lower === "were" || v.lower === "have") && v.start === t.end + 1) {
          flag(t.lower, v, matchCase(TO_SINGULAR[v.lower]!, v.text), "the verb is singular");
        }
        continue;
      }

      // determiner (+ adjectives and nouns) + noun + verb: "the services is", "our payment service call"
      const det = prev && prev.end + 1 === t.start ? determinerOf(a, t) : undefined;
      // the tagger reads a plural noun right after "the" as a verb now and then ("the alerts has")
      const nounLike = t.pos === "NOUN" || (t.pos === "VERB" && det === prev && t.lower !== t.lemma && /[^s]s$/.test(t.lower));
      if (nounLike && prev && det && prev.end + 1 === t.start) {
        const next = nextWord(a, t.i);
        if (!next || next.start !== t.end + 1) continue;
        const plural = (t.lower !== t.lemma && /[^s]s$/.test(t.lower) && !SINGULAR_IN_S.has(t.lower)) || IRREGULAR_PLURALS.has(t.lower) || (SINGULAR_IN_S.has(t.lower) && PLURAL_ONLY_DETERMINERS.has(det.lower));
        const singular = t.lower === t.lemma && COUNTABLE.has(t.lower) && !COLLECTIVE.has(t.lower);
        const doVerb = next.lower === "do" && /^n['’]t$/.test(a.tokens[next.i + 1]?.lower ?? "");
        const after = nextWord(a, next.i);
        const singularNoun = t.lower === t.lemma && !/s$/.test(t.lower) && !COLLECTIVE.has(t.lower) && !/^(?:data|media|criteria|people|police|staff|personnel)$/.test(t.lower);
        // a verb the tagger calls a noun ("our payment service call the API") shows itself by its object
        const verbLike = next.pos === "VERB" || (det !== prev && next.pos === "NOUN" && after?.pos === "DET" && !/s$/.test(next.lower));
        const closes = /^[.;:,!?)]/.test(a.text.slice(next.end).trimStart()) && a.text.slice(next.end, next.end + 1) !== " ";
        const bareVerb = !closes && singularNoun && t.pos === "NOUN" && verbLike && next.lower === next.lemma && !BASE_FORM_PAST.has(next.lower) && !/(?:ing|ed)$/.test(next.lower) && !["be", "do", "have"].includes(next.lower) &&
          (!after || ["ADP", "DET", "PRON", "ADV"].includes(after.pos)) && (/^(?:the|this|that|our|my|your|their|its|his|her)$/.test(det.lower));
        // a subject, not an object: nothing verb-like or prepositional before the determiner
        // "about 2,100 customers": the approximator belongs to the number, look before it
        let beforeDet = prevWord(a, det.i);
        if (beforeDet && det.pos === "NUM" && APPROXIMATORS.has(beforeDet.lower)) beforeDet = prevWord(a, beforeDet.i);
        // "the table and the index are": a coordinated subject is plural, whatever its last noun
        const coordinated = !!beforeDet && /^(?:and|or|nor|plus)$/.test(beforeDet.lower);
        const isSubject = !beforeDet || (!["VERB", "AUX", "ADP"].includes(beforeDet.pos) && !coordinated);
        const subject = a.text.slice(det.start, t.end).toLowerCase();
        // "Last week the backup fail": the tense rule has the right fix ("failed")
        const pastTime = hasPastMarker(a, a.sentences[t.sentence]!.first, a.sentences[t.sentence]!.last);
        if (bareVerb && isSubject && !pastTime) {
          flag(subject, next, matchCase(thirdPersonForm(next.lemma), next.text), "the verb takes -s");
        } else if (det === prev && t.pos === "NOUN" && plural && PLURAL_DETERMINERS.has(prev.lower) && isSubject && next.pos === "VERB" && next.lower !== next.lemma && next.lower === thirdPersonForm(next.lemma) && /s$/.test(next.lower) && !TO_PLURAL[next.lower]) {
          // "the logs shows" → "show"
          flag(subject, next, matchCase(next.lemma, next.text), "the verb has no -s");
        } else if (plural && isPluralDeterminer(det) && TO_PLURAL[next.lower] && isSubject) {
          flag(subject, next, matchCase(TO_PLURAL[next.lower]!, next.text), "the verb is plural");
        } else if (singular && SINGULAR_DETERMINERS.has(det.lower) && (next.lower === "are" || next.lower === "were" || next.lower === "have" || doVerb) && !(beforeDet && beforeDet.pos === "ADP") && !coordinated) {
          // "the server are", and through modifiers: "the cache hit rate are"
          flag(subject, next, matchCase(TO_SINGULAR[next.lower]!, next.text), "the verb is singular");
        }
      }
    }
    return issues;
  },
};
