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
import { makeIssue, spanOf, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";
import { COUNTABLE } from "./articles.ts";
import { PERSON_NOUNS } from "./pronouns.ts";
import { isDialectVariant } from "../language/dialect.ts";
import { isCountable } from "./number.ts";
import { APPROXIMATORS, PERSONAL_SUBJECTS, PLURAL_DETERMINERS, POSSESSIVES, SINGULAR_DETERMINERS, SINGULAR_IN_S, determinerOf, hasPastMarker, isPluralDeterminer } from "./phrases.ts";
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
/** Verbs of code the tagger reads as nouns after a subject: "This function return a list". */
const VERBS_READ_AS_NOUNS = new Set(["return", "call", "store", "use", "handle", "log", "check", "need", "update", "support", "process", "send", "throw", "cache", "load", "run", "start", "stop", "read", "write", "create", "delete", "show", "list", "parse", "accept", "expect", "contain", "include", "cause", "fix", "break"]);
/**
 * Everyday verbs a person does that the tagger may read as nouns or prepositions after the
 * person ("my father work in a bank", "my sister like football").
 */
const PERSON_VERBS = new Set(["work", "like", "love", "hate", "study", "play", "live", "cook", "travel", "drive", "speak", "teach", "want", "need", "know", "think", "prefer", "enjoy", "watch", "read", "write", "sing", "dance", "swim", "run", "walk", "visit", "call", "help", "wear", "buy", "sell", "own", "earn", "spend", "look", "feel", "smoke", "drink", "eat", "sleep", "listen", "practise", "practice", "train", "wake", "finish", "start"]);
/** Verbs that are never nouns, so a bare noun after them is their object: "the price include breakfast". */
const NEVER_NOUNS = new Set(["include", "contain", "provide", "allow", "require", "mean", "belong", "seem", "become", "remain", "consist", "involve", "explain", "prefer", "enjoy", "understand", "remember", "forget", "receive", "teach", "speak", "depend", "exist", "happen", "know", "think", "give", "take", "bring", "tend", "describe", "sound", "offer",
  "summarise", "summarize", "analyse", "analyze", "examine", "discuss", "indicate", "propose", "recommend", "explore", "compare", "investigate",
  "evaluate", "assess", "demonstrate", "illustrate", "reveal", "conclude", "identify", "affect", "ensure", "represent", "outline"]);
/** Words for a part of many, which take a plural verb with a plural after "of": "half of the students are". */
const PARTS_OF_MANY = new Set(["half", "most", "all", "some", "many", "several", "millions", "thousands", "hundreds", "dozens", "plenty"]);
/** Subjects in -s that always take a singular verb ("politics", "statistics" may be plural: not here). */
const SINGULAR_SUBJECTS_IN_S = new Set(["news", "mathematics", "maths", "physics", "economics", "athletics", "gymnastics", "measles", "diabetes"]);
const MASS_SUBJECTS = new Set(["information", "advice", "transport", "traffic", "furniture", "equipment", "luggage", "baggage", "money", "homework", "weather", "software", "hardware", "feedback", "knowledge", "research", "music", "news", "pollution", "unemployment", "accommodation", "electricity", "progress", "evidence"]);

/** Plural-looking nouns that take a singular verb. */
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
  if (v && v.pos === "ADV" && v.lower !== "not" && !/^n['’]t$/.test(v.lower)) {
    v = nextWord(a, v.i);
    // "use it just like a stream": "just like", "more like" compare, they are not verbs
    if (v?.lower === "like") return undefined;
  }
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


/** Adverbs that may sit between a subject and its verb: "the noise still come through". */
const MID_ADVERBS = new Set(["still", "always", "never", "often", "sometimes", "usually", "also", "really", "rarely", "seldom", "normally", "generally", "frequently", "constantly", "hardly", "even", "just", "already"]);
/** Singular nouns that stand for many people or things and may take a plural verb: "the rest have left". */
const NOTIONAL_PLURAL = new Set(["rest", "majority", "minority", "remainder", "half", "couple", "pair", "number", "total", "public", "youth", "bulk", "lot", "range", "variety", "kind", "sort", "type"]);
/** Words after which a new clause, with its own subject, starts: "when a flight arrive late". */
const CLAUSE_OPENERS = new Set(["when", "whenever", "if", "because", "although", "though", "while", "whereas", "unless", "until", "once", "since", "so", "but", "that"]);
/** Words that take a subjunctive "that" clause with a base verb: "we recommend that the user restart". */
const MANDATIVE = new Set(["suggest", "recommend", "insist", "demand", "require", "propose", "request", "ask", "urge", "advise", "important", "essential", "vital", "necessary", "crucial", "imperative", "suggestion", "recommendation", "requirement", "request", "insistence", "rather", "lest"]);
/**
 * Whether a word of command or necessity comes before the subject in its sentence: "I suggest that
 * the manager review it", "it is essential that every student have time" take a base verb.
 */
const mandativeBefore = (a: Analysis, subjectStart: Token): boolean => a.tokens.slice(a.sentences[subjectStart.sentence]!.first, subjectStart.i).some((x) => MANDATIVE.has(x.lemma));
/** Units that make an amount, which takes a singular verb: "ten minutes is enough", "five euros is a lot". */
const AMOUNT_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year", "dollar", "euro", "pound", "cent", "mile", "kilometre", "kilometer", "metre", "meter", "kilo", "kilogram", "gram", "litre", "liter", "percent", "yen", "franc"]);
/** Time words that open a clause as nouns: "Today the bus come late" is still a subject and a verb. */
const TIME_NOUNS = new Set(["today", "tonight", "tomorrow", "yesterday", "now", "weekend", "morning", "evening", "afternoon", "night", "week", "month", "year", "nowadays", "sometimes"]);
/** Pronouns "who" can refer to that are grammatically singular. */
const SINGULAR_WHO = new Set(["anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody"]);
/** Subjects between "does" and its verb: "does anyone knows" → "know". */
const DO_SUBJECTS = new Set(["i", "you", "he", "she", "it", "we", "they", "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "this", "that"]);

const isPluralNoun = (t: Token) =>
  (t.pos === "NOUN" && t.lower !== t.lemma && /[^s]s$/.test(t.lower) && !SINGULAR_IN_S.has(t.lower)) || IRREGULAR_PLURALS.has(t.lower);
/** A verb in the third person singular: "makes", "goes" (not "is", "has": callers ask for those). */
const isSVerb = (t: Token | undefined): t is Token => !!t && t.pos === "VERB" && t.lower !== t.lemma && /s$/.test(t.lower) && t.lower === thirdPersonForm(t.lemma);

/** Whether an auxiliary follows v in its clause, within six words: then v is not the clause's verb. */
function auxFollows(a: Analysis, v: Token): boolean {
  for (let k = nextWord(a, v.i), from = v.end, n = 0; k && n < 6 && !/[,;:.!?]/.test(a.text.slice(from, k.start)); from = k.end, k = nextWord(a, k.i), n++) if (k.pos === "AUX") return true;
  return false;
}

/** The base form of a verb in -s the tagger read as a plural noun ("lives" → "live"), or undefined. */
function baseOfSForm(w: Token): string | undefined {
  for (const base of [w.lower.replace(/s$/, ""), w.lower.replace(/es$/, ""), w.lower.replace(/ies$/, "y")]) if (base !== w.lower && thirdPersonForm(base) === w.lower) return base;
  return undefined;
}

/**
 * The -s verb coordinated with v: "begins at nine and finishes". Only across plain words (no
 * clause of its own, no punctuation), so "starts a film that ends at ten and …" is left alone.
 */
function coordinatedSVerb(a: Analysis, v: Token): Token | undefined {
  let k = nextWord(a, v.i);
  let from = v.end;
  for (let n = 0; k && n < 8; n++) {
    if (/[,;:.!?()]/.test(a.text.slice(from, k.start))) return undefined;
    from = k.end;
    if (k.lower === "and") {
      let w = nextWord(a, k.i);
      if (w && MID_ADVERBS.has(w.lower)) w = nextWord(a, w.i);
      // the tagger reads "and lives near the river" as a plural noun; a preposition after it shows the verb
      const after = w && nextWord(a, w.i);
      const nounVerb = !!w && w.pos === "NOUN" && w.lower !== w.lemma && baseOfSForm(w) !== undefined && !!after && ["ADP", "DET"].includes(after.pos);
      return w && (isSVerb(w) || nounVerb) && !/[,;:]/.test(a.text.slice(k.end, w.start)) ? w : undefined;
    }
    if (["VERB", "AUX", "PRON", "SCONJ", "CCONJ"].includes(k.pos) || k.lower === "that" || k.lower === "which") return undefined;
    k = nextWord(a, k.i);
  }
  return undefined;
}

/** The finite forms of be, have and do, with their other number. */
const NUMBER_SWAP = wordTable<string>({
  is: "are", are: "is", was: "were", were: "was", has: "have", have: "has", does: "do", do: "does", "isn't": "aren't", "aren't": "isn't",
  "wasn't": "weren't", "weren't": "wasn't", "doesn't": "don't", "don't": "doesn't", "hasn't": "haven't", "haven't": "hasn't",
});
const PLURAL_FORMS = new Set(["are", "were", "have", "do", "aren't", "weren't", "don't", "haven't"]);
/** Verbs whose object may be a clause: "the people who said the server is down were wrong". */
const REPORTING_VERBS = new Set([...CLAUSE_VERBS, "claim", "feel", "show", "tell", "find", "see", "notice", "hear", "read", "report", "suggest", "decide", "ensure", "check", "prove", "explain", "wish"]);

/**
 * "Teenagers who spend three hours a day online is more likely …" → "are"; "The waiter who served
 * us were friendly" → "was": a sentence's subject with a relative clause after it keeps its number
 * up to its own verb. Only a subject that opens the sentence, a relative clause with one verb (not
 * one of saying or thinking, whose object may be a clause with its own subject), and the main verb
 * a form of be, have or do found before any other clause begins.
 */
function subjectAcrossRelative(a: Analysis, s: { first: number; last: number }, settled: Set<number>): Issue | undefined {
  let k = s.first;
  const det = a.tokens[k]!;
  const determined = SINGULAR_DETERMINERS.has(det.lower) || PLURAL_DETERMINERS.has(det.lower) || det.pos === "DET";
  if (determined) k++;
  while (a.tokens[k]?.pos === "ADJ") k++;
  let head = a.tokens[k];
  // "Teenagers who …": a capitalised plural opening the sentence is read as a name
  const capitalisedPlural = head !== undefined && head.pos === "PROPN" && k === s.first && /[^s]s$/.test(head.lower) && !SINGULAR_IN_S.has(head.lower) && a.tokens[k + 1]?.lower === "who";
  if (!head || (head.pos !== "NOUN" && !capitalisedPlural)) return undefined;
  while (a.tokens[k + 1]?.pos === "NOUN" && a.text.slice(a.tokens[k]!.end, a.tokens[k + 1]!.start) === " ") head = a.tokens[++k]!;
  // "stand-up", "follow-ups": a hyphenated compound counts by its last part
  while (a.tokens[k + 1]?.text === "-" && a.tokens[k + 2]?.isWord && a.tokens[k + 1]!.start === head.end && a.tokens[k + 2]!.start === a.tokens[k + 1]!.end) {
    k += 2;
    head = a.tokens[k]!;
  }
  // "The daily stand-up, which should take fifteen minutes, often take half an hour" → "takes"
  if (a.tokens[k + 1]?.text === "," && /^(?:which|who)$/.test(a.tokens[k + 2]?.lower ?? "")) return acrossCommaClause(a, s, head, determined ? det : undefined, a.tokens[k + 2]!);
  const who = a.tokens[k + 1];
  if (!who || !/^(?:who|that|which)$/.test(who.lower) || a.text.slice(head.end, who.start) !== " ") return undefined;
  const number = capitalisedPlural ? "plural" : numberOfHead(head, determined ? det : undefined);
  if (!number) return undefined;
  const plural = number === "plural";
  // the relative clause's own verb: right after "who" whatever its tag ("who work late", "who lives next door")
  let i = who.i + 1;
  let relVerb: Token | undefined;
  for (; i < s.last; i++) {
    const x = a.tokens[i]!;
    // (right after "that/which" too, unless a subject comes first: "that own a service", not "that we made")
    const subjectRelative = who.lower === "who" || (i === who.i + 1 && !/^(?:DET|PRON|PROPN|NOUN|NUM)$/.test(x.pos));
    if (x.pos === "VERB" || x.pos === "AUX" || (subjectRelative && x.pos !== "ADV")) { relVerb = x; break; }
    if (x.pos === "PUNCT") return undefined;
  }
  if (!relVerb || REPORTING_VERBS.has(relVerb.lemma) || (relVerb.pos !== "VERB" && relVerb.pos !== "AUX" && !/^[a-z]+$/.test(relVerb.text))) return undefined;
  // past its auxiliaries and participle ("who have worked here", "that was built in 1990")
  while (i + 1 < s.last && (a.tokens[i + 1]!.pos === "VERB" || a.tokens[i + 1]!.pos === "AUX" || a.tokens[i + 1]!.pos === "PART")) i++;
  for (i = i + 1; i < s.last; i++) {
    const x = a.tokens[i]!;
    if (x.pos === "PUNCT" || x.pos === "SCONJ" || x.pos === "CCONJ" || /^(?:who|that|which|where|when|if|because|to)$/.test(x.lower)) return undefined;
    // another verb: a clause the checker cannot follow ("early", "only" read as verbs aside)
    if (x.pos === "VERB" && !/ly$/.test(x.lower)) return undefined;
    const form = x.lower + (/^n['’]t$/.test(a.tokens[i + 1]?.lower ?? "") ? "n't" : "");
    if (x.pos !== "AUX" || !Object.hasOwn(NUMBER_SWAP, form)) continue;
    const isPlural = PLURAL_FORMS.has(form);
    // agreeing with the subject, the verb is right whatever noun stands before it ("the teams that own a service are")
    if (isPlural === plural) {
      settled.add(x.start);
      return undefined;
    }
    // "have" after a singular subject may be a modal's: "the man who can drive could have"; only a finite one
    if (/^(?:could|would|should|might|must|can|will|may)$/.test(a.tokens[i - 1]?.lower ?? "")) return undefined;
    const end = form.endsWith("n't") ? a.tokens[i + 1]! : x;
    const fix = NUMBER_SWAP[form]!;
    return makeIssue("agreement.subject-verb", { start: x.start, end: end.end }, "agreement", `The subject is "${a.text.slice(a.tokens[s.first]!.start, head.end).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}", which is ${plural ? "plural" : "singular"}: "${fix}" (the clause after "${who.lower}" does not change that).`, matchCase(fix, x.text));
  }
  return undefined;
}

/**
 * Whether a subject's head noun is plural or singular, or undefined when it cannot be told: a
 * singular needs a singular determiner ("the team that …" may take a plural verb in British
 * English, so collective nouns are left out).
 */
function numberOfHead(head: Token, det: Token | undefined): "plural" | "singular" | undefined {
  if (isPluralNoun(head)) return "plural";
  if (head.lower === head.lemma && det !== undefined && SINGULAR_DETERMINERS.has(det.lower) && !COLLECTIVE.has(head.lower)) return "singular";
  return undefined;
}

/** After ", which …," the main verb, a plain present one too, agrees with the subject before the comma. */
function acrossCommaClause(a: Analysis, s: { first: number; last: number }, head: Token, det: Token | undefined, who: Token): Issue | undefined {
  const number = numberOfHead(head, det);
  if (!number) return undefined;
  const plural = number === "plural";
  let i = who.i + 1;
  while (i < s.last && a.tokens[i]!.text !== ",") i++;
  let v = nextWord(a, i);
  while (v && v.pos === "ADV" && /^(?:often|usually|always|never|sometimes|also|still|rarely|only|just|really)$/.test(v.lower)) v = nextWord(a, v.i);
  if (i >= s.last || !v || v.pos !== "VERB" || v.lemma === "be" || v.lemma === "have" || v.lemma === "do") return undefined;
  const third = thirdPersonForm(v.lemma);
  const fix = !plural && v.lower === v.lemma && third !== v.lower ? third : plural && v.lower === third && third !== v.lemma ? v.lemma : undefined;
  if (!fix) return undefined;
  const subject = a.text.slice(a.tokens[s.first]!.start, head.end).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return makeIssue("agreement.subject-verb", spanOf(v), "agreement", `The subject is "${subject}", which is ${plural ? "plural" : "singular"}: "${fix}" (the clause between the commas does not change that).`, matchCase(fix, v.text));
}

/** "the people who makes" → "make"; "anyone who like" → "likes": the verb agrees with who "who" is. */
function relativeAgreement(a: Analysis, t: Token): Issue | undefined {
  if (t.lower !== "who") return undefined;
  const antecedent = a.tokens[t.i - 1];
  if (!antecedent || !antecedent.isWord || antecedent.end + 1 !== t.start) return undefined;
  let v = nextWord(a, t.i);
  if (v && MID_ADVERBS.has(v.lower)) v = nextWord(a, v.i);
  if (!v) return undefined;
  const before = prevWord(a, antecedent.i);
  if (isPluralNoun(antecedent) && antecedent.pos === "NOUN") {
    // "one of the people who makes" is split usage; leave it
    const start = determinerOf(a, antecedent) ?? antecedent;
    const beforeNp = prevWord(a, start.i);
    if (beforeNp?.lower === "of" || before?.lower === "of") return undefined;
    // "who lives upstairs": the tagger may read the verb as a plural noun; an adverb or preposition after it shows the verb
    const afterV = nextWord(a, v.i);
    const nounVerb = v.pos === "NOUN" && v.lower !== v.lemma && !!afterV && (["ADP", "ADV", "DET"].includes(afterV.pos) || /^(?:upstairs|downstairs|abroad|nearby|here|there|alone)$/.test(afterV.lower)) ? baseOfSForm(v) : undefined;
    const fix = TO_PLURAL[v.lower] ?? (isSVerb(v) && afterV?.lower !== "to" ? v.lemma : nounVerb);
    if (!fix || v.lower === "does" && !/^n['’]t$/.test(a.tokens[v.i + 1]?.lower ?? "")) return undefined;
    return makeIssue("agreement.relative", spanOf(v), "agreement", `"who" stands for "${antecedent.text}", which is plural, so the verb is plural too: "${fix}".`, matchCase(fix, v.text));
  }
  if (SINGULAR_WHO.has(antecedent.lower)) {
    // the tagger reads "who like" as a preposition
    const bare = isBareVerb(v) || (v.lower === "like" && v.pos === "ADP");
    const fix = TO_SINGULAR[v.lower] && v.lower !== "were" ? TO_SINGULAR[v.lower] : bare && !["need", "dare"].includes(v.lower) ? thirdPersonForm(v.lower) : undefined;
    if (!fix || (v.lower === "do" && !/^n['’]t$/.test(a.tokens[v.i + 1]?.lower ?? ""))) return undefined;
    return makeIssue("agreement.relative", spanOf(v), "agreement", `"who" stands for "${antecedent.lower}", which is singular, so the verb takes -s: "${fix}".`, matchCase(fix, v.text));
  }
  return undefined;
}

/** "Does anyone knows …?" → "know": after "do/does/did" the verb is in its base form. */
function doSupport(a: Analysis, t: Token): Issue | undefined {
  if (t.pos !== "AUX" || !/^(?:do|does|did)$/.test(t.lower)) return undefined;
  let s = nextWord(a, t.i);
  if (s && /^n['’]t$/.test(s.lower)) s = nextWord(a, s.i);
  if (!s || s.start !== a.tokens[s.i - 1]!.end + 1) return undefined;
  let subjectEnd = s;
  if (!DO_SUBJECTS.has(s.lower)) {
    // "does your sister speaks": a determiner and a singular noun
    const noun = nextWord(a, s.i);
    if (!/^(?:the|my|your|his|her|our|their|its)$/.test(s.lower) || !noun || noun.pos !== "NOUN" || noun.lower !== noun.lemma) return undefined;
    // "he does the appropriate changes", "as do the client libraries": "do" is the main verb; only a question
    const sent = a.sentences[t.sentence]!;
    if (t.i !== sent.first || !a.text.slice(t.start, a.tokens[sent.last - 1]?.end ?? a.text.length).includes("?")) return undefined;
    subjectEnd = noun;
  }
  let v = nextWord(a, subjectEnd.i);
  if (v && (v.lower === "really" || v.lower === "ever" || v.lower === "still" || v.lower === "also")) v = nextWord(a, v.i);
  if (!isSVerb(v) || v.start !== a.tokens[v.i - 1]!.end + 1) return undefined;
  // "Does this works?" and "does he knows": nothing between them but the subject
  return makeIssue("agreement.do-support", spanOf(v), "agreement", `After "${t.lower}", the verb has no -s: "${t.lower} ${a.text.slice(s.start, subjectEnd.end)} ${v.lemma}".`, matchCase(v.lemma, v.text));
}

/** "this clothes are" → "these clothes": "this" goes with a singular noun. */
function pluralThis(a: Analysis, t: Token): Issue | undefined {
  if (t.lower !== "this" && t.lower !== "that") return undefined;
  const noun = nextWord(a, t.i);
  if (!noun || noun.start !== t.end + 1 || !(isPluralNoun(noun) || noun.lower === "clothes")) return undefined;
  const v = nextWord(a, noun.i);
  // only "this", never "that" ("he said that people are"); and only before a plural verb, which shows the noun is the subject
  if (t.lower !== "this" || !v || !/^(?:are|were|have|do)$/.test(v.lower) || v.start !== noun.end + 1) return undefined;
  return makeIssue("agreement.this-plural", spanOf(t), "agreement", `"${noun.text}" is plural, so use "these", not "this".`, matchCase("these", t.text));
}

/** "He said that power cuts was common" → "were": a plural noun opening a clause, with no determiner. */
function barePluralSubject(a: Analysis, t: Token): Issue | undefined {
  if (!isPluralNoun(t) || t.pos !== "NOUN" || t.text !== t.lower) return undefined;
  const v = nextWord(a, t.i);
  if (!v || v.start !== t.end + 1 || !/^(?:is|was|has)$/.test(v.lower)) return undefined;
  // the modifiers before it ("power cuts"), then the start of a clause
  let k = prevWord(a, t.i);
  for (let n = 0; k && n < 2 && (k.pos === "NOUN" || k.pos === "ADJ") && k.end + 1 === a.tokens[k.i + 1]!.start; n++) k = prevWord(a, k.i);
  const first = a.sentences[t.sentence]!.first;
  const plainGap = !!k && a.text.slice(k.end, k.end + 1) === " " && a.tokens[k.i + 1]!.start === k.end + 1;
  // ", and old men was playing": after a comma, "and" and "but" start a clause ("fish and chips is" has none)
  const clauseJoin = !!k && /^(?:and|but)$/.test(k.lower) && /,\s*$/.test(a.text.slice(0, k.start));
  const opens = !k || k.i < first || (plainGap && ((CLAUSE_OPENERS.has(k.lower) && k.lower !== "so" && k.lower !== "but") || clauseJoin));
  if (!opens) return undefined;
  // "Eggs is", "Ten minutes is": a dish, an amount, a title at the start are singular ideas; only a noun after a modifier or a clause opener
  if ((!k || k.i < first) && prevWord(a, t.i)?.i === undefined) return undefined;
  if ((!k || k.i < first) && prevWord(a, t.i)!.i < first) return undefined;
  const fix = TO_PLURAL[v.lower]!;
  return makeIssue("agreement.subject-verb", spanOf(v), "agreement", `"${t.text}" is plural, so the verb is plural too: "${fix}".`, matchCase(fix, v.text));
}

export const agreement: Rule = {
  id: "agreement",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    /** Verbs already found to agree with a subject across a relative clause. */
    const settled = new Set<number>();
    const flag = (subject: string, v: Token, replacement: string, why: string): boolean => {
      // "He use to smoke" means "used to" (verb-forms.ts says so), not "uses to"
      if (v.lower === "use" && nextWord(a, v.i)?.lower === "to") return false;
      if (settled.has(v.start)) return false;
      if (issues.some((i) => i.start === v.start)) return false;
      issues.push(makeIssue("agreement.subject-verb", { start: v.start, end: v.end }, "agreement", `After "${subject}", ${why}: "${replacement}".`, replacement));
      // "Our lessons begins at nine and finishes at three": the second verb shares the plural subject
      if (replacement === v.lemma || TO_PLURAL[v.lower]) {
        const second = coordinatedSVerb(a, v);
        const base = second && (second.pos === "VERB" ? second.lemma : baseOfSForm(second));
        if (second && base) issues.push(makeIssue("agreement.subject-verb", { start: second.start, end: second.end }, "agreement", `This verb shares the subject "${subject}", so it has no -s either: "${base}".`, matchCase(base, second.text)));
      }
      return true;
    };

    for (const t of a.tokens) {
      if (!t.isWord) continue;
      const issue = relativeAgreement(a, t) ?? doSupport(a, t) ?? pluralThis(a, t) ?? barePluralSubject(a, t);
      if (issue && !issues.some((i) => i.start === issue.start)) issues.push(issue);
    }
    for (const s of a.sentences) {
      const issue = subjectAcrossRelative(a, s, settled);
      if (issue && !issues.some((i) => i.start === issue.start)) issues.push(issue);
    }

    for (const t of a.tokens) {
      if (!t.isWord) continue;
      const prev = prevWord(a, t.i);
      // "not every student have": "not" negates the subject here, it does not invert it
      const negatedEvery = prev?.lower === "not" && (t.lower === "every" || t.lower === "each");
      if (prev && INVERTERS.has(prev.lower) && !negatedEvery) continue;
      // "Dear IT support": the department, not the pronoun
      if (t.text === "IT") continue;

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
        // "Every member of the staff were polite" → "was": the verb agrees with "member"
        if (following?.lower === "of" && !(prev && (prev.pos === "ADP" || prev.pos === "VERB"))) {
          const v = verbAfterOf(a, following);
          if (v && TO_SINGULAR[v.lower] && v.lower !== "do") flag(`${t.lower} ${noun.lower} of …`, v, matchCase(TO_SINGULAR[v.lower]!, v.text), "the verb agrees with \"" + noun.lower + "\", which is singular");
          continue;
        }
        if (following && following.pos === "NOUN") continue;
        // "with each ledger write": an object, not a subject
        if (prev && (prev.pos === "ADP" || prev.pos === "VERB")) continue;
        const v = verbAfter(a, noun);
        // "every score update goes": a verb after it shows the word is a noun of the subject
        const afterV = v && nextWord(a, v.i);
        if (afterV && v!.pos === "VERB" && !TO_SINGULAR[v!.lower] && (afterV.pos === "VERB" || afterV.pos === "AUX") && afterV.start === v!.end + 1) continue;
        // "Every source file in the project is …": the tagger read "file" as a verb; the real verb comes later
        if (v && !TO_SINGULAR[v.lower] && auxFollows(a, v)) continue;
        if (mandativeBefore(a, t)) continue;
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
        // "Use it like a stream": an imperative the tagger did not read as a verb
        if (prev && prev.i === a.sentences[t.sentence]!.first && prev.lower === prev.lemma && (prev.pos === "NOUN" || prev.pos === "PROPN")) continue;
        const v = verbAfter(a, t);
        if (!v) continue;
        // "it were" after "if", "as if" is a subjunctive; elsewhere it needs "was".
        const fix = v.lower === "were" ? undefined : singularFix(v);
        if (fix) flag(t.lower, v, fix, "the verb takes -s");
        continue;
      }
      const person = PLURAL_SUBJECTS[t.lower];
      // "send you notes": "you" after a verb is its object
      if (person && t.lower === "you" && prev && (prev.pos === "VERB" || prev.pos === "ADP")) continue;
      // "<I>" is a placeholder in technical prose
      if (t.text === "I" && /[<[]$/.test(a.text.slice(0, t.start))) continue;
      // "-i does not work": a flag, not the pronoun; '"You" includes': a word quoted, not used
      if (person && (t.lower === "i" ? t.text !== "I" : false)) continue;
      if (person && /^["'”’]/.test(a.text.slice(t.end, t.end + 1))) continue;
      if (person && t.pos === "PRON") {
        const v = verbAfter(a, t);
        const fix = v && pluralFix(v, person);
        if (v && fix) flag(t.text === "I" ? "I" : t.lower, v, fix, person === "I" ? "use the first-person form" : "the verb has no -s");
        continue;
      }

      // "the number of errors are", "one of the services are" → singular
      if (/^(?:number|list|set|total|amount|size|price|cost|quality|value|level)$/.test(t.lower) && prev?.lower === "the" && nextWord(a, t.i)?.lower === "of") {
        const v = verbAfterOf(a, nextWord(a, t.i)!);
        if (v && TO_SINGULAR[v.lower] && v.lower !== "do") flag(`the ${t.lower} of …`, v, matchCase(TO_SINGULAR[v.lower]!, v.text), "the verb agrees with \"" + t.lower + "\", which is singular");
        continue;
      }
      if (t.lower === "one" && nextWord(a, t.i)?.lower === "of" && prev?.lower !== "no") {
        const v = verbAfterOf(a, nextWord(a, t.i)!);
        if (v && TO_SINGULAR[v.lower] && v.lower !== "do") flag("one of …", v, matchCase(TO_SINGULAR[v.lower]!, v.text), "the verb agrees with \"one\"");
        continue;
      }

      // "Almost half of the students admits", "millions of people spends" → plural: a part of a plural is plural
      if (PARTS_OF_MANY.has(t.lower) && nextWord(a, t.i)?.lower === "of" && !(prev && ["VERB", "AUX", "ADP"].includes(prev.pos))) {
        const of = nextWord(a, t.i)!;
        const v = verbAfterOf(a, of);
        const last = v && prevWord(a, v.i);
        if (v && last && (isPluralNoun(last) || IRREGULAR_PLURALS.has(last.lower)) && v.start === last.end + 1) {
          const fix = TO_PLURAL[v.lower] ?? (isSVerb(v) ? v.lemma : undefined);
          if (fix && v.lower !== "does") flag(`${t.lower} of …`, v, matchCase(fix, v.text), `the verb agrees with "${last.lower}", which is plural`);
        }
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
        if (before.length > 3 || !before.every((x) => x.pos === "DET" || x.pos === "ADJ" || x.pos === "PROPN" || x.pos === "NOUN" || POSSESSIVES.has(x.lower))) continue;
        if (before.some((x) => PLURAL_ONLY_DETERMINERS.has(x.lower))) continue;
        // the verb after the subject and its prepositional phrase: "in our new flat" (tagged as it may be)
        let v = nextWord(a, t.i);
        if (v?.pos === "ADP") {
          for (let n = 0; v && n < 6 && !/^(?:are|were|have|is|was|has)$/.test(v.lower); n++) v = /[,;:]/.test(a.text.slice(v.end, v.end + 1)) ? undefined : nextWord(a, v.i);
        }
        if (v && (v.lower === "are" || v.lower === "were" || v.lower === "have")) {
          flag(t.lower, v, matchCase(TO_SINGULAR[v.lower]!, v.text), `the verb is singular ("${t.lower}" is uncountable)`);
          continue;
        }
      }

      // "you and your family is" → "are": two subjects joined by "and" are plural
      if (t.lower === "and" && t.pos === "CCONJ") {
        const left = prevWord(a, t.i);
        const leftStart = left && (left.pos === "PRON" ? left : determinerOf(a, left));
        const opensClause = leftStart && (leftStart.i === a.sentences[t.sentence]!.first || (prevWord(a, leftStart.i) && CLAUSE_VERBS.has(prevWord(a, leftStart.i)!.lemma)));
        if (!left || !leftStart || !opensClause || (left.pos === "PRON" && !PERSONAL_SUBJECTS.has(left.lower)) || (left.pos !== "PRON" && left.pos !== "NOUN")) continue;
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
        // "there is also two …", "there is too many cars", "there was so many people"
        if (k && /^(?:also|still|only|really|always|usually|often|sometimes)$/.test(k.lower)) k = nextWord(a, k.i);
        if (k && (k.lower === "too" || k.lower === "so") && nextWord(a, k.i)?.lower === "many") k = nextWord(a, k.i);
        if (v && (v.lower === "is" || v.lower === "was") && k) {
          // "there was a lot of cars": the verb agrees with what comes after "a lot of"
          if ((k.lower === "a" && nextWord(a, k.i)?.lower === "lot") || k.lower === "lots" || k.lower === "plenty") {
            const of = nextWord(a, k.lower === "a" ? nextWord(a, k.i)!.i : k.i);
            if (of?.lower === "of") k = of;
          }
          const quantified = /^(?:many|several|two|three|four|five|multiple|various|few|of)$/.test(k.lower) || (k.pos === "NUM" && k.lower !== "one" && k.lower !== "1");
          if (quantified) {
            k = nextWord(a, k.i);
            // "two or three motorbikes"
            if (k && k.lower === "or" && nextWord(a, k.i)?.pos === "NUM") k = nextWord(a, nextWord(a, k.i)!.i);
            while (k && k.pos === "ADJ") k = nextWord(a, k.i);
            // ("there was two alerts": after a number, an -s word the tagger read as a verb is the noun)
            if (k && (isPluralNoun(k) || isSVerb(k))) {
              flag("there", v, v.lower === "is" ? matchCase("are", v.text) : matchCase("were", v.text), "the verb agrees with the plural noun that follows");
            }
          }
        }
        // "inside there are a new charger" → "is": "a" counts one
        // ("there are a ton of interrupts", "a handful of places", "a few": a quantity of many)
        if (v && (v.lower === "are" || v.lower === "were") && k && (k.lower === "a" || k.lower === "an") && !/^(?:few|couple|number|lot|lots|dozen|total|variety|range|series|pair|ton|tons|handful|bunch|host|myriad|set|group|majority|plethora|great|good)$/.test(nextWord(a, k.i)?.lower ?? "") && nextWord(a, nextWord(a, k.i)?.i ?? k.i)?.lower !== "of") {
          const noun = nextWord(a, k.i);
          const afterNoun = noun && nextWord(a, noun.i);
          // "there are a new charger and a cable": two things
          if (!a.tokens.slice(k.i, a.sentences[t.sentence]!.last).some((x) => x.lower === "and" || x.lower === "or")) {
            flag("there", v, matchCase(v.lower === "are" ? "is" : "was", v.text), `the verb agrees with "${k.lower} ${noun?.lower ?? "…"}${afterNoun && noun?.pos === "ADJ" ? " " + afterNoun.lower : ""}", which is one thing`);
          }
        }
        // "there are a lot of traffic" → "is": after "a lot of" an uncountable noun keeps the verb singular
        if (v && (v.lower === "are" || v.lower === "were") && k) {
          const lot = k.lower === "a" && nextWord(a, k.i)?.lower === "lot" ? nextWord(a, k.i)! : k;
          const of = /^(?:lot|lots|plenty)$/.test(lot.lower) ? nextWord(a, lot.i) : undefined;
          let noun = of?.lower === "of" ? nextWord(a, of.i) : undefined;
          while (noun && noun.pos === "ADJ") noun = nextWord(a, noun.i);
          const after = noun && nextWord(a, noun.i);
          // "a lot of traffic lights": the uncountable word only modifies the noun after it
          if (noun && MASS_SUBJECTS.has(noun.lower) && !(after && after.start === noun.end + 1 && (after.pos === "NOUN" || after.pos === "PROPN"))) {
            flag("there", v, matchCase(v.lower === "are" ? "is" : "was", v.text), `the verb agrees with "${noun.lower}", which is uncountable`);
          }
        }
        continue;
      }

      // "Both of them is" → "are", "Both teams was" → "were": "both" makes the subject plural
      if (t.lower === "both" && (t.i === a.sentences[t.sentence]!.first || /^(?:and|but|because|that|so)$/.test(prev?.lower ?? "") || /,\s*$/.test(a.text.slice(0, t.start)))) {
        let k = nextWord(a, t.i);
        if (k?.lower === "of") k = nextWord(a, k.i);
        let last: Token | undefined;
        for (let n = 0; k && n < 5 && (k.pos === "DET" || k.pos === "ADJ" || k.pos === "NOUN" || k.pos === "PROPN" || /^(?:them|us|you|and)$/.test(k.lower) || POSSESSIVES.has(k.lower)); n++) {
          last = k;
          k = nextWord(a, k.i);
        }
        if (k && last && last.lower !== "and" && /^(?:is|was|has)$/.test(k.lower) && k.start === last.end + 1) flag(`both ${last.lower === "them" || last.lower === "us" || last.lower === "you" ? "of " + last.lower : "…"}`, k, matchCase(TO_PLURAL[k.lower]!, k.text), "the verb is plural");
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
      // "The police is looking for him" → "are": "police" is always plural
      if (t.lower === "police" && prev?.lower === "the") {
        const v = nextWord(a, t.i);
        if (v && /^(?:is|was|has)$/.test(v.lower) && v.start === t.end + 1) flag("the police", v, matchCase(TO_PLURAL[v.lower]!, v.text), "the verb is plural (\"police\" always is)");
        continue;
      }
      // a subject in -s that is one thing, opening the sentence: "Mathematics are hard" → "is"
      if (SINGULAR_SUBJECTS_IN_S.has(t.lower) && a.sentences[t.sentence]!.first === t.i) {
        const v = nextWord(a, t.i);
        if (v && (v.lower === "are" || v.lower === "were") && v.start === t.end + 1) flag(t.lower, v, matchCase(TO_SINGULAR[v.lower]!, v.text), `the verb is singular ("${t.lower}" is one subject)`);
      }
      // a plural without -s opening the sentence: "People is friendly here" → "are", and after an
      // opening word and its comma: "Moreover, people usually shows" → "show"
      const afterOpeningWord = !!prev && prev.i === a.sentences[t.sentence]!.first && prev.pos === "ADV" && a.text.slice(prev.end, t.start) === ", ";
      if (IRREGULAR_PLURALS.has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN") && (a.sentences[t.sentence]!.first === t.i || afterOpeningWord)) {
        let v = nextWord(a, t.i);
        if (v && MID_ADVERBS.has(v.lower) && v.start === t.end + 1) v = nextWord(a, v.i);
        const fix = v && (TO_PLURAL[v.lower] ?? (isSVerb(v) ? v.lemma : undefined));
        if (v && fix && v.lower !== "does" && !/[,;:]/.test(a.text.slice(t.end, v.start))) flag(t.lower, v, matchCase(fix, v.text), "the verb is plural");
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
      // "My sister cook dinner": a word already flagged as the verb is not the head of a noun phrase
      if (issues.some((i) => i.start === t.start)) continue;
      const det = prev && prev.end + 1 === t.start ? determinerOf(a, t) : undefined;
      // the tagger reads a plural noun right after "the" as a verb now and then ("the alerts has")
      const nounLike = t.pos === "NOUN" || (t.pos === "VERB" && det === prev && t.lower !== t.lemma && /[^s]s$/.test(t.lower));
      if (nounLike && prev && det && prev.end + 1 === t.start) {
        let next = nextWord(a, t.i);
        if (!next || next.start !== t.end + 1) continue;
        // "the noise still come through": a frequency adverb between subject and verb
        if (MID_ADVERBS.has(next.lower)) {
          const v = nextWord(a, next.i);
          if (!v || v.start !== next.end + 1 || v.pos === "ADV") continue;
          next = v;
        }
        const plural = (t.lower !== t.lemma && /[^s]s$/.test(t.lower) && !SINGULAR_IN_S.has(t.lower)) || IRREGULAR_PLURALS.has(t.lower) || (SINGULAR_IN_S.has(t.lower) && PLURAL_ONLY_DETERMINERS.has(det.lower));
        const singular = t.lower === t.lemma && isCountable(t.lower) && !COLLECTIVE.has(t.lower) && !NOTIONAL_PLURAL.has(t.lower);
        const doVerb = next.lower === "do" && /^n['’]t$/.test(a.tokens[next.i + 1]?.lower ?? "");
        const after = nextWord(a, next.i);
        const singularNoun = t.lower === t.lemma && !/s$/.test(t.lower) && !COLLECTIVE.has(t.lower) && !NOTIONAL_PLURAL.has(t.lower) && !/^(?:data|media|criteria|people|police|staff|personnel)$/.test(t.lower);
        // a verb the tagger calls a noun ("our payment service call the API") shows itself by its object
        // "This function return a list": opening the sentence, a verb the tagger calls a noun shows itself by its object
        const opensSentence = det.i === a.sentences[t.sentence]!.first;
        const verbLike = next.pos === "VERB" || (next.lower === "do" && next.pos === "AUX") || (det !== prev && next.pos === "NOUN" && after?.pos === "DET" && !/s$/.test(next.lower))
          || (opensSentence && next.pos === "NOUN" && after?.pos === "DET" && VERBS_READ_AS_NOUNS.has(next.lower));
        const closes = /^[.;:,!?)]/.test(a.text.slice(next.end).trimStart()) && a.text.slice(next.end, next.end + 1) !== " ";
        // a subject, not an object: nothing verb-like or prepositional before the determiner
        // "about 2,100 customers": the approximator belongs to the number, look before it
        let beforeDet = prevWord(a, det.i);
        if (beforeDet && det.pos === "NUM" && APPROXIMATORS.has(beforeDet.lower)) beforeDet = prevWord(a, beforeDet.i);
        // "passes all the checks", "a billion rows", "ten thousand payments": look past the rest of the phrase
        for (let n = 0; beforeDet && n < 2 && (/^(?:all|both|half|a|an|the)$/.test(beforeDet.lower) || beforeDet.pos === "NUM") && beforeDet.end + 1 === a.tokens[beforeDet.i + 1]!.start; n++) beforeDet = prevWord(a, beforeDet.i);
        // "Dear IT support, my laptop don't": past a comma a new clause may start
        const afterComma = !!beforeDet && /[,;:]/.test(a.text.slice(beforeDet.end, det.start));
        // "I think this function do too much": after a verb of thinking or saying, a new clause
        const opener = !!beforeDet && !afterComma && ((CLAUSE_OPENERS.has(beforeDet.lower) && beforeDet.lower !== "that") || (beforeDet.pos === "VERB" && /^(?:think|believe|hope|guess|suppose|assume)$/.test(beforeDet.lemma)));
        // ", move the wishlist start to Wednesday": a clause-initial word the tagger calls a noun may be an imperative verb
        const clauseInitial = !!beforeDet && (beforeDet.i === a.sentences[t.sentence]!.first || /(?:^|[,;:.!?)])\s*$/.test(a.text.slice(0, beforeDet.start)));
        // ("Returns the broadcast address": a heading verb the tagger calls a name)
        const imperativeLike = clauseInitial && (beforeDet!.pos === "NOUN" || beforeDet!.pos === "PROPN") && !TIME_NOUNS.has(beforeDet!.lower);
        // "when a flight arrive late": "a" only where a clause has just begun
        const detOk = /^(?:the|this|that|our|my|your|their|its|his|her)$/.test(det.lower) || (/^an?$/.test(det.lower) && opener);
        const mandative = mandativeBefore(a, det);
        const bareVerb = !closes && singularNoun && t.pos === "NOUN" && verbLike && next.lower === next.lemma && !BASE_FORM_PAST.has(next.lower) && !/(?:ing|[^e]ed)$/.test(next.lower) && !["be", "have"].includes(next.lower) &&
          // "this function do too many things": "do" with an object; "don't" is handled below
          (next.lower !== "do" || (!!after && (["DET", "PRON"].includes(after.pos) || /^(?:too|so)$/.test(after.lower)) && !/^n['’]t$/.test(after.lower))) &&
          (!after || ["ADP", "DET", "PRON", "ADV"].includes(after.pos) || (after.lower === "to" && /^(?:need|want|try|have|seem|like|love|hate|plan|hope)$/.test(next.lower)) || (opener && /^(?:more|late|early)$/.test(after.lower))
            // "This endpoint allow users to …": a plural object, where nothing before the subject can make the verb bare
            || (opensSentence && after.pos === "NOUN" && after.lower !== after.lemma && /s$/.test(after.lower) && /^(?:to|from|with|in|on|for|at)$/.test(nextWord(a, after.i)?.lower ?? ""))) && detOk && !mandative;
        // "the table and the index are": a coordinated subject is plural, whatever its last noun;
        // ", and the colours looks": a comma before "and" joins clauses, not nouns
        const coordinated = !!beforeDet && !afterComma && /^(?:and|or|nor|plus)$/.test(beforeDet.lower) && !/,\s*$/.test(a.text.slice(0, beforeDet.start));
        const isSubject = !beforeDet || afterComma || (!["VERB", "AUX", "ADP"].includes(beforeDet.pos) && !coordinated) || opener;
        // "the hash map and the cache": nouns joined by "and" even after a comma
        const joined = !!beforeDet && !afterComma && /^(?:and|or|nor|plus)$/.test(beforeDet.lower);
        const subject = a.text.slice(det.start, t.end).toLowerCase();
        // "My brother play football", "The price include breakfast", "My father work in a bank": a
        // person and what they do, or a verb that is never a noun, with a bare object after it
        const everyday = det === prev && (opensSentence || opener) && !closes && singularNoun && t.pos === "NOUN" && next.start === t.end + 1 &&
          (PERSON_NOUNS.has(t.lower) ? PERSON_VERBS.has(next.lower) || next.pos === "VERB" : next.pos === "VERB" && NEVER_NOUNS.has(next.lower)) &&
          (next.lower === next.lemma || isDialectVariant(next.lower, next.lemma)) && !BASE_FORM_PAST.has(next.lower) && !/(?:ing|ed)$/.test(next.lower) && !!after && !["AUX", "VERB", "PART", "CCONJ", "SCONJ"].includes(after.pos) && !/^(?:that|which|who)$/.test(after.lower) && !mandative;
        // "Last week the backup fail": the tense rule has the right fix ("failed")
        const pastTime = hasPastMarker(a, a.sentences[t.sentence]!.first, a.sentences[t.sentence]!.last);
        // "if the battery were flat": a subjunctive
        const subjunctive = next.lower === "were" && a.tokens.slice(a.sentences[t.sentence]!.first, t.i).some((x) => /^(?:if|wish|though|suppose|imagine)$/.test(x.lower));
        // "a user need not …": the modal "need"
        // "the recent security fix that went out", "the binary file for the defaults can be": a noun, its real verb comes later
        const laterAux = auxFollows(a, next);
        const relativeAfter = !!after && /^(?:that|which|who)$/.test(after.lower);
        const modalNeed = /^(?:need|dare)$/.test(next.lower) && !!after && /^(?:not|n['’]t)$/.test(after.lower);
        // "check the logs, the hash map in the job, and the tests": an item in a list of noun phrases
        const listItem = afterComma && /,\s*(?:and|or)\s+(?:the|a|an|my|our|your|their|this)\b/i.test(a.text.slice(next.end, a.tokens[a.sentences[t.sentence]!.last - 1]?.end ?? a.text.length));
        if ((bareVerb || everyday) && isSubject && !joined && !pastTime && !imperativeLike && !modalNeed && !listItem && !laterAux && !relativeAfter) {
          // ("summarise" keeps its British spelling: "summarises")
          flag(subject, next, matchCase(thirdPersonForm(isDialectVariant(next.lower, next.lemma) ? next.lower : next.lemma), next.text), "the verb takes -s");
        } else if (det === prev && t.pos === "NOUN" && plural && PLURAL_DETERMINERS.has(prev.lower) && isSubject && next.pos === "VERB" && next.lower !== next.lemma && next.lower === thirdPersonForm(next.lemma) && /s$/.test(next.lower) && !TO_PLURAL[next.lower]) {
          // "the logs shows" → "show"
          flag(subject, next, matchCase(next.lemma, next.text), "the verb has no -s");
        } else if (plural && isPluralDeterminer(det) && TO_PLURAL[next.lower] && isSubject && !(det.pos === "NUM" && AMOUNT_UNITS.has(t.lemma))) {
          flag(subject, next, matchCase(TO_PLURAL[next.lower]!, next.text), "the verb is plural");
        } else if ((singular || (doVerb && singularNoun && t.pos === "NOUN")) && SINGULAR_DETERMINERS.has(det.lower) && (next.lower === "are" || next.lower === "were" || next.lower === "have" || doVerb) && !(beforeDet && beforeDet.pos === "ADP" && !opener) && isSubject && !joined && !subjunctive) {
          // "the server are", and through modifiers: "the cache hit rate are"
          flag(subject, next, matchCase(TO_SINGULAR[next.lower]!, next.text), "the verb is singular");
        } else if (plural && t.pos === "NOUN" && !MASS_SUBJECTS.has(t.lemma) && !/^(?:equipment|furniture|advice|information|luggage|baggage|homework|feedback|research|software|hardware|knowledge)$/.test(t.lemma) && isPluralDeterminer(det) && isSubject && next.pos === "ADP" && /^(?:in|on|at|from|near|around|across|with)$/.test(next.lower)) {
          // "most houses in the old centre has" → "have": the verb agrees with "houses", not "centre"
          let k = nextWord(a, next.i);
          if (k && (k.pos === "DET" || POSSESSIVES.has(k.lower))) k = nextWord(a, k.i);
          while (k && k.pos === "ADJ") k = nextWord(a, k.i);
          let nouns = 0;
          while (k && (k.pos === "NOUN" || k.pos === "PROPN") && nouns < 2) { nouns++; k = nextWord(a, k.i); }
          const v = k;
          if (nouns > 0 && v && /^(?:is|was|has)$/.test(v.lower) && v.start === a.tokens[v.i - 1]!.end + 1 && a.tokens[v.i - 1]!.isWord && !/[,;:]/.test(a.text.slice(t.end, v.start))) {
            flag(subject, v, matchCase(TO_PLURAL[v.lower]!, v.text), "the verb is plural");
          }
        }
      }
    }
    return issues;
  },
};
