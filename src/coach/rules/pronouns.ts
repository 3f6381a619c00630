/**
 * Pronoun forms learners mix up: an object pronoun as the subject of a verb ("Last Sunday me went
 * to the park" → "I went"), "which" for a person ("a young woman which wants to fly" → "who"), and
 * reflexives built on the wrong stem ("hisself" → "himself", "theirselves" → "themselves").
 *
 * An object pronoun is flagged only where it can only be a subject: at the start of a sentence,
 * after an opening time phrase ("Yesterday him said …"), after a comma, or after a word that opens
 * a clause ("because me was tired"). After a verb or a preposition it is an object, and an object
 * followed by a bare verb is right ("let me go", "saw her leave", "help them start"). "Me and my
 * friends went" is informal but common, so a pronoun after "and" is left alone.
 *
 * Also relative pronouns learners pick wrongly: "what" for "which" after a comma ("it costs $500,
 * what is reasonable") or for "that" after a subject noun ("the sandwich what they gave us"),
 * "who" for a thing ("the envelope who is on my desk"), and "appreciate if" without its "it".
 */
import { nextWord, prevWord, type Analysis, type Token } from "../text/analyze.ts";
import { matchCase } from "../text/morph.ts";
import { PERSONAL_SUBJECTS, POSSESSIVES, SUBJECT_OF } from "./phrases.ts";
import { makeIssue, spanOf, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";
import { wordTable } from "../text/word-table.ts";

// ------------------------------------------------------------------------------------------
// object pronoun as subject

/**
 * Finite verbs that can follow the pronoun. "her" is also a possessive ("her left hand", "her
 * plans"), so it takes only forms that cannot be nouns or adjectives: auxiliaries and a few pasts.
 */
const FINITE_AUX = new Set(["am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must"]);
const SAFE_PASTS = new Set(["went", "came", "said", "told", "saw", "thought", "knew", "ran", "ate", "drank", "wrote", "met", "gave", "took", "bought", "got", "began", "forgot", "spoke", "swam", "flew", "drove", "rode", "sang", "slept", "woke", "became", "brought", "caught", "taught"]);
/** After "her", modals that are also nouns ("her will", "her might", "a can") are not verbs. */
const NOUN_LIKE_AUX = new Set(["can", "will", "may", "might", "must"]);
/** Words that open a clause, so the next word is its subject: "because me was tired". */
const CLAUSE_OPENERS = new Set(["when", "because", "if", "although", "though", "while", "whereas", "unless", "that"]);
/** Time words and phrases that may open a sentence before its subject ("Yesterday me went …"). */
const TIME_WORDS = new Set(["yesterday", "today", "tonight", "tomorrow", "then", "now", "later", "afterwards", "finally", "suddenly", "sometimes", "usually", "often", "always", "recently"]);
const TIME_DETERMINERS = new Set(["last", "this", "next", "every", "one", "on", "that"]);
const TIME_NOUNS = new Set(["day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "summer", "winter", "spring", "autumn", "holiday", "holidays", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "time"]);

const BE_PRESENT = wordTable<string>({ I: "am", he: "is", she: "is", we: "are", they: "are" });
const BE_PAST = wordTable<string>({ I: "was", he: "was", she: "was", we: "were", they: "were" });

/** The verb that agrees with the new subject, when the learner's verb is a form of be, have or do. */
function agreeingVerb(subject: string, verb: Token): string | undefined {
  const singular3 = subject === "he" || subject === "she";
  switch (verb.lower) {
    case "am": case "is": case "are": return BE_PRESENT[subject];
    case "was": case "were": return BE_PAST[subject];
    case "has": case "have": return singular3 ? "has" : "have";
    case "does": case "do": return singular3 ? "does" : "do";
    default: return undefined;
  }
}

/** Whether the words from the sentence start up to (not including) index i are a time phrase. */
function timePhraseBefore(a: Analysis, first: number, i: number): boolean {
  const words = a.tokens.slice(first, i).filter((t) => t.isWord);
  if (a.tokens.slice(first, i).some((t) => !t.isWord && t.pos !== "SPACE")) return false;
  if (words.length === 1) return TIME_WORDS.has(words[0]!.lower) || TIME_NOUNS.has(words[0]!.lower);
  if (words.length === 2) return TIME_DETERMINERS.has(words[0]!.lower) && TIME_NOUNS.has(words[1]!.lower);
  // "In 2019", "In the summer", "On Sunday morning"
  if (words.length === 3) return /^(?:in|on|at)$/.test(words[0]!.lower) && (words[1]!.lower === "the" || TIME_NOUNS.has(words[1]!.lower)) && TIME_NOUNS.has(words[2]!.lower);
  return false;
}

/** Whether an object pronoun at token t can only be the subject of what follows. */
function mustBeSubject(a: Analysis, t: Token): boolean {
  const s = a.sentences[t.sentence]!;
  const before = a.tokens[t.i - 1];
  if (t.i === s.first) return true;
  if (before && before.text === ",") return true;
  const prev = prevWord(a, t.i);
  if (prev && prev.i === t.i - 1 && CLAUSE_OPENERS.has(prev.lower) && prev.pos !== "DET") return true;
  return timePhraseBefore(a, s.first, t.i);
}

function objectAsSubject(a: Analysis, t: Token): Issue | undefined {
  const subject = SUBJECT_OF.get(t.lower);
  // "US" and "ME" are places
  if (!subject || (t.text.length > 1 && t.text === t.text.toUpperCase())) return undefined;
  const verb = a.tokens[t.i + 1];
  if (!verb || !verb.isWord || nextWord(a, t.i) !== verb) return undefined;
  if (verb.pos !== "VERB" && verb.pos !== "AUX") return undefined;
  // "her loved ones", "her finished work": after "her" an -ed or -s form may be an adjective or a noun
  const inflected = verb.pos === "VERB" && verb.lower !== verb.lemma && /(?:ed|[^s]s)$/.test(verb.lower);
  const finite = t.lower === "her" ? (FINITE_AUX.has(verb.lower) && !NOUN_LIKE_AUX.has(verb.lower)) || SAFE_PASTS.has(verb.lower) : FINITE_AUX.has(verb.lower) || SAFE_PASTS.has(verb.lower) || inflected;
  if (!finite) return undefined;
  if (!mustBeSubject(a, t)) return undefined;
  const fixed = subject === "I" ? "I" : matchCase(subject, t.text);
  const agreeing = agreeingVerb(subject, verb);
  const message = `"${t.lower}" is an object pronoun ("they saw ${t.lower}"). As the subject of "${verb.lower}", use "${subject}".`;
  if (agreeing && agreeing !== verb.lower) return makeIssue("pronouns.object-as-subject", spanOf(t, verb), "grammar", message, `${fixed} ${agreeing}`);
  return makeIssue("pronouns.object-as-subject", spanOf(t), "grammar", message, fixed);
}

// ------------------------------------------------------------------------------------------
// "which" for people

/**
 * Nouns that name people. Not "user", "client", "worker", "player", "driver", "guest", "leader":
 * software has them too. Trees and processes have children and parents, so those count only after
 * a person's possessive ("my children", "her parents").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "person", "people", "man", "men", "woman", "women", "girl", "girls", "boy", "boys", "kid", "kids", "baby", "babies",
  "lady", "ladies", "gentleman", "gentlemen", "guy", "guys", "friend", "friends", "boyfriend", "girlfriend", "neighbour", "neighbours", "neighbor", "neighbors",
  "mother", "father", "mum", "mom", "dad", "brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "daughters",
  "wife", "husband", "aunt", "uncle", "cousin", "cousins", "grandmother", "grandfather", "grandma", "grandpa", "grandparents", "nephew", "niece",
  "teacher", "teachers", "student", "students", "pupil", "pupils", "classmate", "classmates", "doctor", "doctors", "nurse", "nurses", "patient", "patients",
  "tourist", "tourists", "visitor", "visitors", "passenger", "passengers", "colleague", "colleagues", "coworker", "coworkers",
  "employee", "employees", "engineer", "engineers", "developer", "developers", "customer", "customers", "manager", "managers", "boss", "bosses",
  "candidate", "candidates", "applicant", "applicants", "interviewer", "recruiter", "actor", "actress", "actors", "singer", "singers", "author", "artist", "artists",
  "lawyer", "lawyers", "waiter", "waitress", "chef", "farmer", "farmers", "policeman", "officer", "officers", "scientist", "scientists", "designer", "designers",
  "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
]);
const FAMILY_NOUNS = new Set(["child", "children", "parent", "parents"]);
const PERSONAL_POSSESSIVES = new Set(["my", "our", "your", "his", "her"]);
/** Nouns that make a person noun part of a role ("project manager"); any other noun before it may make a thing ("package manager"). */
const ROLE_MODIFIERS = new Set(["project", "product", "office", "sales", "team", "store", "shop", "hotel", "account", "hiring", "engineering", "marketing", "software", "school", "hospital", "bank", "restaurant", "english", "maths", "math", "music", "art", "history", "science", "class", "family", "taxi", "bus", "support", "football", "tennis", "piano"]);
/** Verbs after which "which" starts an indirect question: "ask the teacher which is better". */
const ASKING = new Set(["ask", "tell", "show", "teach", "advise", "inform", "remind", "warn", "consult", "question"]);
/** Quantifiers before "of": "one of my friends which lives …" is still about the friends. */
const QUANTIFIERS = new Set(["one", "some", "many", "most", "all", "none", "any", "few", "several", "both", "each", "two", "three"]);

/** An -ing form ("waiting"), not a base verb that ends in -ing ("bring", "sing"). */
const isIngForm = (t: Token) => /ing$/.test(t.lower) && !/^(?:bring|sing|ring|swing|sting|spring|string|wring|cling|fling|sling|ping)$/.test(t.lower);
const isFiniteVerb = (t: Token | undefined) => t !== undefined && (t.pos === "VERB" || t.pos === "AUX") && !isIngForm(t) && t.lower !== "to" && t.lower !== "be";

function whichForPerson(a: Analysis, t: Token): Issue | undefined {
  const person = a.tokens[t.i - 1];
  if (!person || !(person.pos === "NOUN" || person.pos === "PRON" || person.pos === "PROPN")) return undefined;
  const owner = prevWord(a, person.i);
  if (!PERSON_NOUNS.has(person.lower) && !(FAMILY_NOUNS.has(person.lower) && owner && PERSONAL_POSSESSIVES.has(owner.lower))) return undefined;
  // "which wants", "which always helps", or "which I met"
  let v = nextWord(a, t.i);
  if (v && PERSONAL_SUBJECTS.has(v.lower)) v = nextWord(a, v.i);
  else if (v && v.pos === "ADV") v = nextWord(a, v.i);
  // wink reads "which lives in" as a determiner and a plural noun
  const after = v ? nextWord(a, v.i) : undefined;
  const verbLikeNoun = v !== undefined && v.pos === "NOUN" && /[^s]s$/.test(v.lower) && v.lemma !== v.lower && (!after || ["ADP", "DET", "ADV", "PRON"].includes(after.pos));
  if (!isFiniteVerb(v) && !verbLikeNoun) return undefined;
  // "I visited my grandmother which was nice": without its comma, "which" may be about the visit
  if (v && /^(?:is|was)$/.test(v.lower)) {
    let adj = nextWord(a, v.i);
    while (adj && adj.pos === "ADV") adj = nextWord(a, adj.i);
    const end = adj ? nextWord(a, adj.i) : undefined;
    if (adj && adj.pos === "ADJ" && (!end || end.i > adj.i + 1)) return undefined;
  }
  // Walk back over the noun phrase: "the package manager" is a program; "for my sister which …" may be about the gift
  let k = prevWord(a, person.i);
  if (k && k.i === person.i - 1 && (k.pos === "NOUN" || k.pos === "PROPN") && !ROLE_MODIFIERS.has(k.lower)) return undefined;
  while (k && (k.pos === "DET" || k.pos === "ADJ" || k.pos === "NUM" || (k.pos === "NOUN" && ROLE_MODIFIERS.has(k.lower)) || POSSESSIVES.has(k.lower))) k = prevWord(a, k.i);
  if (k && k.pos === "ADP") {
    const quantifier = k.lower === "of" ? prevWord(a, k.i) : undefined;
    if (!quantifier || !QUANTIFIERS.has(quantifier.lower)) return undefined;
  }
  if (k && ASKING.has(k.lemma) && (k.pos === "VERB" || k.pos === "NOUN")) return undefined;
  return makeIssue("pronouns.which-person", spanOf(t), "grammar", `For people, use "who" (or "that"), not "which": "${person.text} who …".`, matchCase("who", t.text));
}

// ------------------------------------------------------------------------------------------
// reflexives

/** Reflexives built on the wrong stem, with the standard form. ("themself" is standard for one person.) */
const REFLEXIVES: ReadonlyMap<string, string> = new Map([
  ["hisself", "himself"], ["hisselves", "themselves"], ["theirselves", "themselves"], ["theirself", "themselves"], ["theirselfs", "themselves"],
  ["themselfs", "themselves"], ["ourself", "ourselves"], ["ourselfs", "ourselves"], ["yourselfs", "yourselves"], ["meself", "myself"],
]);

function badReflexive(t: Token): Issue | undefined {
  const right = REFLEXIVES.get(t.lower);
  if (!right) return undefined;
  return makeIssue("pronouns.reflexive", spanOf(t), "grammar", `There is no "${t.lower}" in standard English: the reflexive form is "${right}".`, matchCase(right, t.text));
}


// ------------------------------------------------------------------------------------------
// "what" as a relative pronoun, "who" for things, "appreciate if"

/** Verbs after which ", what …" is a question or its report: "I wonder, what is the best way". */
const QUESTION_VERBS = new Set(["ask", "wonder", "know", "tell", "say", "guess", "see", "think", "explain", "understand", "decide", "imagine", "remember", "forget", "mean", "question", "is", "was"]);
const SUBJECT_WORDS = new Set(["i", "you", "he", "she", "we", "they"]);

/**
 * "It costs $500, what is reasonable" → "which"; "played cards, what I hadn't done for years" →
 * "which": after a comma, "what" cannot refer back to the clause before it. Only in a statement (no
 * question mark, no quotation) and only before "is/was + adjective" or "I had/have/hadn't + verb".
 */
function whatAsRelative(a: Analysis, t: Token): Issue | undefined {
  if (t.lower !== "what" || t.text !== "what") return undefined;
  const s = a.sentences[t.sentence]!;
  const sentence = a.text.slice(a.tokens[s.first]!.start, a.tokens[s.last - 1]?.end ?? a.text.length);
  if (/[?"“”]/.test(sentence) || /[?"“”]/.test(a.text.slice(t.end, t.end + 200).split(/[.!]/)[0] ?? "")) return undefined;
  const prev = prevWord(a, t.i);
  const comma = a.tokens[t.i - 1];
  let antecedent: "clause" | "noun" | undefined;
  if (comma && comma.text === ",") {
    if (!prev || QUESTION_VERBS.has(prev.lemma) || (prev.pos === "VERB" && prev.lower === prev.lemma)) return undefined;
    // "Well, what I mean is …", "Honestly, what I had wanted was …": a discourse word, then a free relative
    if (!["NOUN", "PROPN", "NUM", "ADJ", "PRON", "SYM"].includes(prev.pos) && !(prev.pos === "VERB" && prev.lower !== prev.lemma)) return undefined;
    if (a.tokens.slice(s.first, prev.i).filter((x) => x.isWord).length < 2) return undefined;
    // "…, what they did was brave": the "what" clause is the subject of its own verb
    if (a.tokens.slice(t.i + 3, s.last).some((x) => /^(?:is|was|are|were)$/.test(x.lower))) return undefined;
    antecedent = "clause";
  } else if (prev && prev.pos === "NOUN" && comma === prev) {
    // "the sandwich what they gave us": a noun phrase that is the subject (sentence start or after an opener)
    const det = prevWord(a, prev.i);
    const adjs: Token[] = [];
    let k = det;
    while (k && k.pos === "ADJ") { adjs.push(k); k = prevWord(a, k.i); }
    if (!k || !/^(?:the|this|that)$/.test(k.lower)) return undefined;
    const before = a.tokens[k.i - 1];
    if (!(k.i === s.first || (before && before.text === ","))) return undefined;
    antecedent = "noun";
  } else return undefined;
  const v = nextWord(a, t.i);
  if (!v) return undefined;
  if (antecedent === "clause" && (v.lower === "is" || v.lower === "was")) {
    let adj = nextWord(a, v.i);
    if (adj && adj.pos === "ADV") adj = nextWord(a, adj.i);
    if (!adj || adj.pos !== "ADJ") return undefined;
  } else if (SUBJECT_WORDS.has(v.lower)) {
    const verb = nextWord(a, v.i);
    if (!verb || !(verb.pos === "VERB" || /^(?:had|has|have|did)$/.test(verb.lower))) return undefined;
    if (antecedent === "clause" && !/^(?:had|has|have|did|do)$/.test(verb.lower)) return undefined;
  } else return undefined;
  const fix = antecedent === "clause" ? "which" : "that";
  const why = antecedent === "clause" ? `To add a comment on the whole idea before the comma, use "which", not "what".` : `To say which ${prev!.text} you mean, use "that" (or "which"), not "what".`;
  return makeIssue("pronouns.what-relative", spanOf(t), "grammar", why, fix);
}

/** Things that are never "who": objects a learner keeps, buys, posts. */
const THING_NOUNS = new Set([
  "envelope", "box", "bag", "book", "table", "desk", "chair", "car", "bus", "train", "house", "flat", "apartment", "building", "room", "door", "window",
  "phone", "laptop", "computer", "letter", "email", "message", "file", "document", "key", "bottle", "film", "movie", "song", "picture", "photo",
  "report", "page", "road", "street", "bridge", "machine", "printer", "charger", "cable", "parcel", "package", "ticket", "jacket", "shirt", "dress", "shoe", "shoes",
  "cup", "glass", "plate", "bike", "bicycle", "sofa", "bed", "lamp", "fridge", "oven", "drawer", "shelf", "wall", "floor", "roof", "garden", "bill", "invoice",
  "tram", "ferry", "plane", "flight", "boat", "ship",
]);

function whoForThing(a: Analysis, t: Token): Issue | undefined {
  if (t.lower !== "who") return undefined;
  // "the old tram number 28, who goes …": a comma and a number may stand between
  let k = t.i - 1;
  if (a.tokens[k]?.text === ",") k--;
  if (a.tokens[k]?.pos === "NUM" && a.tokens[k - 1]?.lower === "number") k -= 2;
  else if (a.tokens[k]?.pos === "NUM") k--;
  const noun = a.tokens[k];
  if (!noun || noun.pos !== "NOUN" || !THING_NOUNS.has(noun.lower) || (k === t.i - 1 && noun.end + 1 !== t.start)) return undefined;
  // "the car park who …"? a compound may name a person ("the book lover"); only a determiner or adjective before the noun
  const before = prevWord(a, noun.i);
  if (!before || !(before.pos === "DET" || before.pos === "ADJ" || /^(?:my|your|his|her|our|their)$/.test(before.lower))) return undefined;
  const v = nextWord(a, t.i);
  if (!v || !(v.pos === "VERB" || v.pos === "AUX")) return undefined;
  // after a comma only "which" can open the clause
  const comma = a.tokens[t.i - 1]?.text === ",";
  return makeIssue("pronouns.who-thing", spanOf(t), "grammar", comma ? `"who" is for people. For a thing like the ${noun.text}, use "which".` : `"who" is for people. For a thing like the ${noun.text}, use "that" or "which".`, matchCase(comma ? "which" : "that", t.text));
}

/**
 * "I consider me a friendly person" → "myself", "we could hardly hear us" → "ourselves" or "each
 * other": the object is the subject itself. Only "I … me" and "we … us" with nothing but
 * auxiliaries and adverbs between the subject and the verb ("he told him" may be two people).
 */
function selfAsObject(a: Analysis, t: Token): Issue | undefined {
  if (t.lower !== "me" && t.lower !== "us") return undefined;
  const verb = prevWord(a, t.i);
  if (!verb || verb.pos !== "VERB" || a.text.slice(verb.end, t.start) !== " " || /^(?:let|lets|let's|excuse|pardon)$/.test(verb.lower)) return undefined;
  // the verb's subject, past auxiliaries and adverbs, must be "I" or "we" itself: in "I'll let them
  // tell me", "we made them call us", the one who tells or calls is someone else
  let k = prevWord(a, verb.i);
  while (k && k.sentence === t.sentence && (k.pos === "AUX" || k.pos === "ADV" || /^(?:n't|n’t|not)$/.test(k.lower))) k = prevWord(a, k.i);
  const subject = t.lower === "me" ? "i" : "we";
  if (!k || k.sentence !== t.sentence || k.lower !== subject || k.pos !== "PRON") return undefined;
  const self = t.lower === "me" ? "myself" : "ourselves";
  const also = t.lower === "us" ? ` (or "each other", if you mean one another)` : "";
  return makeIssue("pronouns.reflexive", spanOf(t), "grammar", `When the object is the subject itself, use "${self}"${also}.`, t.lower === "me" ? matchCase("myself", t.text) : undefined);
}

/** "I would appreciate if you could…" → "appreciate it if": "appreciate" needs an object. */
function appreciateIf(a: Analysis, t: Token): Issue | undefined {
  if (t.lemma !== "appreciate" || t.pos !== "VERB") return undefined;
  const next = nextWord(a, t.i);
  if (!next || !/^(?:if|when)$/.test(next.lower) || next.start !== t.end + 1) return undefined;
  return makeIssue("pronouns.appreciate-it", spanOf(t), "grammar", `"${t.text}" needs an object: "${t.text} it ${next.lower} …".`, `${t.text} it`);
}

/** "between you and I" → "me": after a preposition both pronouns are objects. */
function betweenYouAndI(a: Analysis, t: Token): Issue | undefined {
  if (t.text !== "I") return undefined;
  const and = prevWord(a, t.i);
  const you = and && prevWord(a, and.i);
  const between = you && prevWord(a, you.i);
  if (!between || and.lower !== "and" || !/^(?:you|him|her|them|us)$/.test(you.lower) || !/^(?:between|for|to|with)$/.test(between.lower)) return undefined;
  // "for you and I to …": "I" is then the subject of what follows
  if (nextWord(a, t.i)?.lower === "to") return undefined;
  return makeIssue("pronouns.object-after-preposition", t, "grammar", `After "${between.lower}", use the object form: "${between.lower} ${you.lower} and me".`, "me");
}

export const pronouns: Rule = {
  id: "pronouns",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      const issue = selfAsObject(a, t) ?? objectAsSubject(a, t) ?? (t.lower === "which" ? whichForPerson(a, t) : undefined) ?? badReflexive(t) ?? whatAsRelative(a, t) ?? whoForThing(a, t) ?? appreciateIf(a, t) ?? betweenYouAndI(a, t);
      if (issue) issues.push(issue);
    }
    return issues;
  },
};
