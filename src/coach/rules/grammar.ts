/**
 * Grammar patterns that come from other languages: a dropped subject ("Is very important to
 * test" → "It is very important"), "be" with "agree" ("I am agree" → "I agree"), "its" for
 * "it's" before a verb ("its failing" → "it's failing"), "will" in a time clause ("when I will
 * finish" → "when I finish"), an ending after "do" or a modal ("doesn't sends", "can sings"),
 * "please to" ("could you please to review" → "please review"), and "interesting" for
 * "interested" after a person ("I'm interesting in" → "I'm interested in"), and "although …, but"
 * (one linking word is enough), a question in statement order ("Why you didn't call?"), an age
 * with "have" ("I have 25 years old"), "neither … or" ("neither … nor"), a double negative ("I
 * didn't see nobody", "I don't have no money", "I can't hardly wait"), a past form after a modal
 * ("we should went"), "appreciate" without its object, and "have been" with an object ("I've been
 * tested it").
 */
import { isQuestion, nextWord, prevWord, spaced, type Analysis, type Token } from "../text/analyze.ts";
import { BASE_FORM_PARTICIPLE, capitalize, ingForm, matchCase, participleForm, pastForm, thirdPersonForm } from "../text/morph.ts";
import { PERSONAL_SUBJECTS, POSSESSIVES } from "./phrases.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const TIME_CLAUSE = new Set(["when", "after", "before", "until", "once", "whenever"]);
const MODALS = /^(?:can|could|must|should|will|would|may|might|shall)$/;
/** A modal before "n't"/"not", as the tokenizer splits it: "ca" of "can't", "wo" of "won't". */
const MODALS_BEFORE_NOT = /^(?:can|ca|could|must|should|would|will|wo|may|might|shall)$/;

/** Result-clause modals: a conditional "if" clause before one of them keeps its own verb plain. */
const RESULT_MODAL = /^(?:will|'ll|’ll|would|'d|’d)$/;

/**
 * "If it will rain, we will stay" → "rains"; "If everyone would take the train, there would be"
 * → "took". Only a sentence that opens with "If", with "will/would" right after its subject and
 * the same modal in the main clause after the comma. Not with "you" ("if you will excuse me", "if
 * you would like" are polite forms), not "will help/be" ("if it will help, …" can be right), and
 * "will have" only after a person ("if I will have time").
 */
function conditionalWill(a: Analysis, first: Token, last: number, issues: Issue[]): void {
  if (first.lower !== "if") return;
  let subject = nextWord(a, first.i);
  if (subject && (subject.pos === "DET" || POSSESSIVES.has(subject.lower))) subject = nextWord(a, subject.i);
  if (subject && (subject.pos === "ADJ" || subject.pos === "NOUN") && nextWord(a, subject.i)?.pos === "NOUN") subject = nextWord(a, subject.i);
  if (!subject || !(subject.pos === "PRON" || subject.pos === "NOUN" || subject.pos === "PROPN") || subject.lower === "you") return;
  const modal = nextWord(a, subject.i);
  // "If I will not receive an answer, I will …" → "do not receive"
  const not = modal && nextWord(a, modal.i)?.lower === "not" ? nextWord(a, modal.i) : undefined;
  const verb = modal && nextWord(a, (not ?? modal).i);
  if (!modal || !verb || !/^(?:will|would)$/.test(modal.lower) || !(verb.pos === "VERB" || (verb.pos === "AUX" && verb.lower === "have")) || verb.lower !== verb.lemma || /^(?:help|like|love|prefer|mind|be)$/.test(verb.lower)) return;
  // "if it will have an effect, …" may be a result; "if I will have time" is a condition
  if (verb.lower === "have" && !PERSONAL_SUBJECTS.has(subject.lower)) return;
  const comma = a.tokens.slice(verb.i, last).find((x) => x.text === ",");
  if (!comma) return;
  const main = a.tokens.slice(comma.i + 1, last).filter((x) => x.isWord).slice(0, 3);
  // "if they will …, it would …" is as wrong as with "will" twice; "if it would …, we will" is not a pattern
  const sameModal = main.some((x) => RESULT_MODAL.test(x.lower) && (modal.lower === "will" || /^(?:would|'d|’d)$/.test(x.lower)));
  if (!sameModal) return;
  const third = /^(?:he|she|it|everyone|everybody|someone|somebody|nobody|this|that)$/.test(subject.lower) || (subject.pos === "NOUN" && subject.lower === subject.lemma) || subject.pos === "PROPN";
  if (not && (modal.lower !== "will" || verb.lemma === "be" || verb.lower === "have")) return;
  const fix = not ? `${third ? "does" : "do"} not ${verb.lower}` : modal.lower === "will" ? (third ? thirdPersonForm(verb.lower) : verb.lower) : pastForm(verb.lower);
  const who = subject.text === "I" ? "I" : subject.lower;
  const why = modal.lower === "will" ? `the "if" clause uses the present for the future: "if ${who} ${fix}"` : `the "if" clause of an unreal condition uses the past: "if ${who} ${fix}"`;
  issues.push(makeIssue("grammar.if-will", { start: modal.start, end: verb.end }, "tense", `No "${modal.lower}" here: ${why}.`, fix));
}

/**
 * "The weather is nice, isn't?" → "isn't it?": a question tag repeats the subject as a pronoun.
 * The pronoun comes from the sentence's subject; where it cannot be told (a name), nothing is said.
 */
function tagWithoutPronoun(a: Analysis, s: Analysis["sentences"][number], issues: Issue[]): void {
  const end = a.tokens[s.last - 1];
  const not = end && a.tokens[end.i - 1];
  const aux = not && a.tokens[not.i - 1];
  const comma = aux && a.tokens[aux.i - 1];
  if (!end || end.text !== "?" || !not || !/^n['’]t$/.test(not.lower) || !aux || !/^(?:is|are|was|were|do|does|did|have|has|ca|wo|could|should|would)$/.test(aux.lower) || comma?.text !== ",") return;
  const first = a.tokens[s.first]!;
  const noun = first.pos === "DET" ? nextWord(a, first.i) : undefined;
  const pronoun = first.text === "I" ? undefined
    : PERSONAL_SUBJECTS.has(first.lower) || first.lower === "it" || first.lower === "there" ? first.lower
    : /^(?:this|that)$/.test(first.lower) ? "it"
    : noun && noun.pos === "NOUN" ? (noun.lower !== noun.lemma && /s$/.test(noun.lower) ? "they" : "it")
    : undefined;
  if (!pronoun) return;
  const tag = a.text.slice(aux.start, not.end);
  issues.push(makeIssue("grammar.question-tag", { start: aux.start, end: not.end }, "grammar", `A question tag repeats the subject: "${tag} ${pronoun}?".`, `${tag} ${pronoun}`));
}

/**
 * Verbs that are never nouns, adjectives or participles, so "it's depend" can only be "it
 * depends" ("it's time", "it's part", "it's work", "it's mean" are right or another slip).
 */
const ITS_VERBS = new Set(["depend", "seem", "belong", "contain", "require", "happen", "exist", "consist", "involve", "include", "allow", "affect"]);

const WH_WORDS = /^(?:why|where|when|what|how|who)$/;
/** Words that make "how" a question phrase: "How long have you …", "How often do you …". */
const HOW_WORDS = /^(?:long|much|many|often|far|old|soon)$/;
/**
 * "Why you changed the plan?" → "Why did you change", "Why you didn't call?" → "Why didn't you
 * call", "How long you have been here?" → "How long have you been": a question puts "do" or its
 * auxiliary before the subject. Only a sentence that opens with a question word (or "how long",
 * "how often" …), then a subject pronoun, then a simple verb or an auxiliary, and ends with "?"
 * ("How you doing?", "How come you left?" and "What you see is …" are left alone).
 */
function questionWithoutDo(a: Analysis, first: Token, last: number, issues: Issue[]): void {
  if (!WH_WORDS.test(first.lower) || first.lower === "who") return;
  if (!isQuestion(a, first)) return;
  let opener = first;
  const second = nextWord(a, first.i);
  if (first.lower === "how" && second && HOW_WORDS.test(second.lower)) opener = second;
  const subject = nextWord(a, opener.i);
  const verb = subject && nextWord(a, subject.i);
  if (!subject || !verb || !PERSONAL_SUBJECTS.has(subject.lower) || a.text.slice(opener.end, subject.start) !== " ") return;
  const question = a.text.slice(first.start, opener.end);
  if (verb.pos === "AUX" && verb.start === subject.end + 1 && verb.lower !== "do") {
    // "you didn't", "you have", "you are": the auxiliary (with its "n't") goes before the subject
    const nt = a.tokens[verb.i + 1];
    // ("didnt": the apostrophe the learner left out goes back in)
    const negation = nt && /^n['’]?t$/.test(nt.lower) && nt.start === verb.end ? nt : undefined;
    const main = nextWord(a, (negation ?? verb).i);
    // "What you are saying is true?": the clause is the subject of a later verb
    const rest = a.tokens.slice(verb.i + 1, last);
    if (!main || /^(?:to|that)$/.test(main.lower) || rest.some((x) => x.text === "," || /^(?:is|are|was|were)$/.test(x.lower))) return;
    const not = negation ? (negation.text.length === 2 ? "n't" : negation.text) : "";
    const fix = `${verb.text}${not} ${subject.text}`;
    issues.push(makeIssue("grammar.question-order", { start: subject.start, end: (negation ?? verb).end }, "grammar", `In a question, "${verb.lower}${not}" comes before the subject: "${question} ${fix} …?".`, fix));
    return;
  }
  if (verb.pos !== "VERB" || /ing$/.test(verb.lower) || verb.lemma === "be" || verb.lemma === "have") return;
  if (a.tokens.slice(verb.i + 1, last).some((x) => x.pos === "AUX" || x.text === ",")) return;
  const third = verb.lower !== verb.lemma && verb.lower === thirdPersonForm(verb.lemma);
  const past = verb.lower !== verb.lemma && !third && (verb.lower === pastForm(verb.lemma) || /ed$/.test(verb.lower));
  if (verb.lower !== verb.lemma && !past && !third) return;
  const aux = past ? "did" : third || /^(?:he|she)$/.test(subject.lower) ? "does" : "do";
  const fix = `${aux} ${subject.text} ${verb.lemma}`;
  issues.push(makeIssue("grammar.question-do", { start: subject.start, end: verb.end }, "grammar", `A question needs "${aux}" before the subject: "${question} ${fix} …?".`, fix));
}



/** Words before a subject pronoun that open a new clause, so the pronoun is that clause's subject. */
const CLAUSE_OPENERS = new Set(["while", "when", "because", "and", "but", "so", "that", "as", "whenever", "although", "though", "since", "until", "if"]);

/**
 * "while she chopping the onions" → "she was chopping": a subject pronoun right before an -ing
 * verb has lost its "be". Only at the start of a sentence or after a clause opener, and only when
 * the sentence shows the time (a past verb → "was/were"; "is/are/am" or "now" → present).
 */
function missingBe(a: Analysis, s: { first: number; last: number }, issues: Issue[]): void {
  const words = a.tokens.slice(s.first, s.last);
  if (words.some((x) => x.text === "?")) return;
  // "cutted" is no English past, but it shows a learner telling a past story
  const pastVerb = words.some((x) => (x.pos === "VERB" && ((x.lower !== x.lemma && x.lower === pastForm(x.lemma)) || (/ed$/.test(x.lower) && /^(?:NOUN|PRON|PROPN)$/.test(prevWord(a, x.i)?.pos ?? "")))) || /^(?:was|were)$/.test(x.lower));
  const present = words.some((x) => /^(?:is|are|am|now|today|currently)$/.test(x.lower));
  if (pastVerb === present) return;
  for (const pron of words) {
    if (pron.pos !== "PRON" || !/^(?:i|he|she|we|they|you)$/.test(pron.lower)) continue;
    const ing = nextWord(a, pron.i);
    if (!ing || ing.pos !== "VERB" || !/ing$/.test(ing.lower) || ingForm(ing.lemma) !== ing.lower || ing.lemma === ing.lower) continue;
    if (a.text.slice(pron.end, ing.start) !== " ") continue;
    const before = prevWord(a, pron.i);
    if (before && !(CLAUSE_OPENERS.has(before.lower) && before.sentence === pron.sentence)) continue;
    const be = pastVerb ? (/^(?:i|he|she)$/.test(pron.lower) ? "was" : "were") : pron.lower === "i" ? "am" : /^(?:he|she)$/.test(pron.lower) ? "is" : "are";
    issues.push(makeIssue("grammar.missing-be", { start: pron.start, end: ing.end }, "grammar", `The -ing form needs "${be}" before it: "${pron.lower} ${be} ${ing.lower}".`, `${pron.text} ${be} ${ing.text}`));
  }
}

/**
 * "I not understand" → "I don't understand", "I not sure" → "I am not sure": "not" alone cannot
 * make a clause negative — a plain verb needs "do", an adjective needs "be". Only a subject pronoun
 * that opens its clause, then "not", then the verb or adjective ("I not only …" links).
 */
function notWithoutAuxiliary(a: Analysis, pron: Token, issues: Issue[]): void {
  if (pron.pos !== "PRON" || !(PERSONAL_SUBJECTS.has(pron.lower) || pron.lower === "it")) return;
  const not = nextWord(a, pron.i);
  const word = not && nextWord(a, not.i);
  if (!not || !word || not.lower !== "not" || a.text.slice(pron.end, not.start) !== " " || a.text.slice(not.end, word.start) !== " ") return;
  const before = prevWord(a, pron.i);
  const opens = !before || before.sentence !== pron.sentence || /[,;:]/.test(a.text.slice(before.end, pron.start)) || CLAUSE_OPENERS.has(before.lower);
  if (!opens || /^(?:only|just|even|yet|always|all|because|so|to|that|as|in|at|for)$/.test(word.lower)) return;
  const third = /^(?:he|she|it)$/.test(pron.lower);
  const who = pron.text === "I" ? "I" : pron.lower;
  if (word.pos === "ADJ" || word.lower === "sure") {
    const be = pron.lower === "i" ? "am" : third ? "is" : "are";
    issues.push(makeIssue("grammar.missing-be", { start: pron.start, end: not.end }, "grammar", `"${word.lower}" needs a verb: "${who} ${be} not ${word.lower}".`, `${pron.text} ${be} not`));
  } else if (word.pos === "VERB" && word.lower === word.lemma && !/ing$/.test(word.lower)) {
    const aux = third ? "doesn't" : "don't";
    issues.push(makeIssue("grammar.not-without-do", { start: not.start, end: word.end }, "grammar", `Make a verb negative with "do": "${who} ${aux} ${word.lower}".`, `${aux} ${word.text}`));
  }
}

/** Adjectives that take "it" + "to"/"that": "Is it possible to …?", "even if it is late". */
const IT_ADJECTIVES = new Set(["possible", "impossible", "necessary", "important", "ok", "okay", "true", "better", "easy", "difficult", "hard", "safe", "normal", "late", "early", "enough", "fine"]);

/**
 * "even if is very late" → "if it is", "If I pass, will be the best day" → "it will be": a
 * clause that needs "it" as its subject. Only "if/when/because/although" + "is/was" + an
 * adjective, and a main clause of "will be" + "the" after an "if" clause and its comma.
 */
function missingItInClause(a: Analysis, s: { first: number; last: number }, issues: Issue[]): void {
  for (let k = s.first; k < s.last; k++) {
    const link = a.tokens[k]!;
    if (!/^(?:if|when|because|although|though|unless)$/.test(link.lower)) continue;
    // "When is early too early?": a question word
    if (link.lower === "when" && isQuestion(a, link)) continue;
    const be = nextWord(a, link.i);
    let adjective = be && nextWord(a, be.i);
    if (adjective && /^(?:very|too|so|really|quite)$/.test(adjective.lower)) adjective = nextWord(a, adjective.i);
    if (be && adjective && /^(?:is|was)$/.test(be.lower) && (IT_ADJECTIVES.has(adjective.lower) || (adjective.pos === "ADJ" && /^(?:cold|hot|raining|sunny|dark|busy|expensive|cheap|far|free)$/.test(adjective.lower)))) {
      issues.push(makeIssue("grammar.missing-subject", { start: be.start, end: be.end }, "grammar", `"${be.lower}" needs a subject: "${link.lower} it ${be.lower} …".`, `it ${be.text}`));
    }
  }
  const first = a.tokens[s.first]!;
  const comma = a.tokens.slice(s.first, s.last).find((x) => x.text === ",");
  const will = comma && nextWord(a, comma.i);
  const be = will && nextWord(a, will.i);
  if (first.lower === "if" && will && be && will.lower === "will" && be.lower === "be" && nextWord(a, be.i)?.lower === "the") {
    issues.push(makeIssue("grammar.missing-subject", { start: will.start, end: will.end }, "grammar", `The main clause needs a subject: "it will be …".`, "it will"));
  }
}

/** "I have 25 years old" → "I am 25 years old": an age is something you are. */
function ageWithHave(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lemma !== "have" || !/^(?:have|has|had)$/.test(t.lower)) return;
  const number = nextWord(a, t.i);
  const years = number && nextWord(a, number.i);
  const old = years && nextWord(a, years.i);
  if (!number || !years || !old || number.pos !== "NUM" || !/^years?$/.test(years.lower) || old.lower !== "old") return;
  const subject = prevWord(a, t.i)?.lower ?? "";
  const plural = /^(?:we|you|they)$/.test(subject);
  const be = t.lower === "had" ? (plural ? "were" : "was") : subject === "i" ? "am" : plural || t.lower === "have" ? "are" : "is";
  issues.push(makeIssue("grammar.age-be", t, "grammar", `An age is something you are: "${subject === "i" ? "I" : "…"} ${be} ${number.text} years old".`, matchCase(be, t.text)));
}

/**
 * "Thanks for your help, I really appreciate." → "appreciate it": "appreciate" always takes an
 * object. Only with a person as its subject ("Your help is much appreciated." is right).
 */
function appreciateWithoutObject(a: Analysis, t: Token, issues: Issue[]): void {
  if (!/^(?:appreciate|appreciated)$/.test(t.lower) || !/^\s*(?:[.!]|$)/.test(a.text.slice(t.end))) return;
  let k = prevWord(a, t.i);
  while (k && k.sentence === t.sentence && /^(?:really|truly|very|much|so|greatly|deeply|do|did|would|will|['’]d|['’]ll|always|definitely|all)$/.test(k.lower)) k = prevWord(a, k.i);
  if (!k || k.sentence !== t.sentence || !/^(?:i|we|they|you)$/.test(k.lower)) return;
  issues.push(makeIssue("grammar.appreciate-it", t, "grammar", `"Appreciate" needs an object: "${t.lower} it".`, `${t.text} it`));
}

/**
 * "Neither my brother or my sister came" → "nor": "neither" pairs with "nor". Only "neither" that
 * opens the pair (not "neither of", "me neither"), with "or" a few words on and no "nor" between.
 */
function neitherOr(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "neither") return;
  const next = nextWord(a, t.i);
  // ("and neither can she": "neither" before a verb is not a pair)
  if (!next || next.lower === "of" || next.pos === "AUX" || next.pos === "VERB" || /^(?:can|could|do|does|did|will|would|should|am|is|are|was|were|have|has|had)$/.test(next.lower) || next.sentence !== t.sentence || /[.,;!?]/.test(a.text.slice(t.end, next.start))) return;
  for (let k = t.i + 1, n = 0; k < a.tokens.length && n < 6; k++) {
    const w = a.tokens[k]!;
    if (w.sentence !== t.sentence || /^[.,;!?]$/.test(w.text) || w.lower === "nor") return;
    if (!w.isWord) continue;
    n++;
    if (w.lower === "or") {
      issues.push(makeIssue("grammar.neither-nor", w, "grammar", `"Neither" pairs with "nor": "neither … nor …".`, matchCase("nor", w.text)));
      return;
    }
  }
}

/**
 * "I've been tested it locally" → "I've tested it": "been" makes the verb passive, and a passive
 * has no object. Only "it"/"them" right after, and not verbs with two objects ("been given it").
 */
function beenWithObject(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "been") return;
  const have = prevWord(a, t.i);
  const verb = nextWord(a, t.i);
  const object = verb && nextWord(a, verb.i);
  if (!have || !verb || !object || have.lemma !== "have" || verb.pos !== "VERB" || !/ed$/.test(verb.lower) || !/^(?:it|them)$/.test(object.lower)) return;
  if (/^(?:given|told|sent|shown|offered|asked|promised|taught|paid|granted|awarded|lent|handed|allowed|charged|owed|denied)$/.test(verb.lower) || !spaced(a, t, verb) || !spaced(a, verb, object)) return;
  issues.push(makeIssue("grammar.been-with-object", { start: t.start, end: verb.end }, "grammar", `"${have.text} been ${verb.lower}" is passive and takes no object: "${have.text} ${verb.lower} ${object.lower}".`, verb.text));
}

/** "can't hardly" → "can hardly": "hardly" is already negative. The modal keeps its plain form. */
const MODAL_OF: Readonly<Record<string, string>> = { ca: "can", can: "can", could: "could", wo: "will", will: "will", would: "would" };
function negativeHardly(a: Analysis, t: Token, issues: Issue[]): void {
  if (!/^(?:hardly|barely|scarcely)$/.test(t.lower)) return;
  const negation = a.tokens[t.i - 1];
  const aux = negation && a.tokens[negation.i - 1];
  if (!negation || !aux || !/^(?:n['’]t|not)$/.test(negation.lower) || a.text.slice(negation.end, t.start) !== " ") return;
  if (!/^(?:ca|can|could|wo|will|would|do|does|did)$/.test(aux.lower) || aux.sentence !== t.sentence) return;
  const modal = MODAL_OF[aux.lower];
  const message = `"${t.lower}" is already negative: drop "not".`;
  if (modal) issues.push(makeIssue("grammar.double-negative", { start: aux.start, end: t.end }, "grammar", message, `${matchCase(modal, aux.text)} ${t.lower}`));
  else issues.push(makeIssue("grammar.double-negative", { start: negation.start, end: t.end }, "grammar", message));
}

/** The "any-" word that goes with a negative verb. */
const ANY_FORMS: Readonly<Record<string, string>> = { nobody: "anybody", nothing: "anything", nowhere: "anywhere", none: "any" };
/**
 * "I didn't see nobody" → "anybody": one negative is enough in standard English. Only the negative
 * verb directly followed by its "no-" object ("didn't say nothing", "never went nowhere").
 */
function doubleNegative(a: Analysis, t: Token, issues: Issue[]): void {
  // "no" only as a determiner: "don't have no money", not "can't say no" or "won't take no for an answer"
  // (and not "--no-index": a word of its own)
  const any = t.lower === "no" ? (a.text[t.end] === " " && /^(?:NOUN|ADJ)$/.test(nextWord(a, t.i)?.pos ?? "") ? "any" : undefined) : ANY_FORMS[t.lower];
  if (!any) return;
  const verb = prevWord(a, t.i);
  const negation = verb && a.tokens[verb.i - 1];
  if (!verb || !negation || (verb.pos !== "VERB" && verb.pos !== "AUX") || verb.sentence !== t.sentence || a.text.slice(verb.end, t.start) !== " ") return;
  if (!/^(?:n['’]t|not|never)$/.test(negation.lower) || (negation.lower !== "never" && !/^(?:do|does|did|can|could|will|would|should|must|is|are|was|were|have|has|had|ca|wo)$/.test(a.tokens[negation.i - 1]?.lower ?? ""))) return;
  // "It is not nothing": a deliberate double negative says "something"
  if (verb.lemma === "be") return;
  issues.push(makeIssue("grammar.double-negative", t, "grammar", `"${negation.lower === "never" ? "never" : "not"}" already makes the sentence negative: "${any}".`, matchCase(any, t.text)));
}

/**
 * "Do you can help me?" → "Can you help me?": a modal makes its own question. And "What means
 * this word?" → "What does this word mean?": "mean" needs "does" when "what" is its object.
 */
function questionWithModalOrMean(a: Analysis, first: Token, issues: Issue[]): void {
  if (!isQuestion(a, first)) return;
  const second = nextWord(a, first.i);
  const third = second && nextWord(a, second.i);
  if (!second || !third) return;
  if (/^(?:do|does|did)$/.test(first.lower) && /^(?:i|you|we|they|he|she|it)$/.test(second.lower) && /^(?:can|could|will|would|should|must|may|might)$/.test(third.lower)) {
    issues.push(makeIssue("grammar.do-modal", { start: first.start, end: third.end }, "grammar", `A modal makes its own question: "${capitalize(third.lower)} ${second.text} …?", without "${first.lower}".`, `${matchCase(third.lower, first.text)} ${second.text}`));
    return;
  }
  // the object after "means" is a determiner and a noun, and nothing follows but "?"
  if (first.lower === "what" && second.lower === "means" && /^(?:this|that|the)$/.test(third.lower)) {
    const noun = nextWord(a, third.i);
    if (!noun || noun.pos !== "NOUN" || nextWord(a, noun.i)) return;
    const object = a.text.slice(third.start, noun.end);
    issues.push(makeIssue("grammar.question-do", { start: second.start, end: noun.end }, "grammar", `"What" is the object of "mean" here, so the question needs "does": "What does ${object} mean?".`, `does ${object} mean`));
  }
}

export const grammar: Rule = {
  id: "grammar",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const s of a.sentences) {
      const first = a.tokens[s.first]!;
      conditionalWill(a, first, s.last, issues);
      tagWithoutPronoun(a, s, issues);
      missingBe(a, s, issues);
      missingItInClause(a, s, issues);
      questionWithoutDo(a, first, s.last, issues);
      questionWithModalOrMean(a, first, issues);
      // "Although it was late, but we finished" → one linking word is enough
      if (/^(?:although|though)$/.test(first.lower) || (first.lower === "even" && nextWord(a, first.i)?.lower === "though")) {
        let sawComma = false;
        for (let k = s.first + 1; k < s.last; k++) {
          const t = a.tokens[k]!;
          if (t.text === ",") sawComma = true;
          if (t.lower === "but" && a.tokens[k - 1]?.text === ",") {
            issues.push(makeIssue("grammar.although-but", { start: a.tokens[k - 1]!.start, end: t.end }, "grammar", `"${first.text}" already links the two parts: drop "but".`, ","));
            break;
          }
          // "Although it was raining but we went out": no comma at all before "but" ("not only … but" aside)
          if (t.lower === "but" && !sawComma && !a.tokens.slice(s.first, k).some((w) => w.lower === "only")) {
            issues.push(makeIssue("grammar.although-but", { start: a.tokens[k - 1]!.end, end: t.end }, "grammar", `"${first.text}" already links the two parts: drop "but" and put a comma.`, ","));
            break;
          }
        }
      }
      // "Is very important to test …" without a question mark: the subject "it" is missing
      if ((first.lower === "is" || first.lower === "was") && !isQuestion(a, first)) {
        const next = nextWord(a, first.i);
        if (next && (next.pos === "ADV" || next.pos === "ADJ") && !/^(?:there|this|that|it)$/.test(next.lower)) {
          issues.push(makeIssue("grammar.missing-subject", { start: first.start, end: first.end }, "grammar", `English needs a subject here: "It ${first.lower} …".`, `It ${first.lower}`));
        }
      }
      // "Is possible to move the lesson?" → "Is it possible": a question needs its "it" too
      if ((first.lower === "is" || first.lower === "was") && isQuestion(a, first)) {
        const adjective = nextWord(a, first.i);
        const to = adjective && nextWord(a, adjective.i);
        if (adjective && to && IT_ADJECTIVES.has(adjective.lower) && (to.lower === "to" || to.lower === "that")) {
          issues.push(makeIssue("grammar.missing-subject", { start: first.start, end: adjective.end }, "grammar", `A question needs its subject too: "${first.text} it ${adjective.lower} ${to.lower} …?".`, `${first.text} it ${adjective.text}`));
        }
      }
    }
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      notWithoutAuxiliary(a, t, issues);
      neitherOr(a, t, issues);
      ageWithHave(a, t, issues);
      doubleNegative(a, t, issues);
      negativeHardly(a, t, issues);
      appreciateWithoutObject(a, t, issues);
      beenWithObject(a, t, issues);
      const next = nextWord(a, t.i);
      if (!next) continue;
      // "doesn't sends", "didn't worked", "Does it works?" → the base form after do, does, did
      if (t.lemma === "do" && (t.pos === "AUX" || t.pos === "VERB") && /^(?:do|does|did)$/.test(t.lower)) {
        const negated = next.lower === "not" || /^n['’]t$/.test(next.lower);
        const question = next.pos === "PRON" && /^(?:i|you|we|they|he|she|it)$/.test(next.lower) && (a.sentences[t.sentence]!.first === t.i || /^(?:why|how|what|when|where|which|who)$/.test(prevWord(a, t.i)?.lower ?? ""));
        let v = negated || question ? nextWord(a, next.i) : undefined;
        if (v && negated && v.pos === "ADV" && /ly$/.test(v.lower)) v = nextWord(a, v.i);
        if (v && (v.pos === "VERB" || v.pos === "AUX") && v.lower !== v.lemma && !/ing$/.test(v.lower) && v.lemma !== "be" && v.start > next.end) {
          issues.push(makeIssue("grammar.do-base-form", { start: v.start, end: v.end }, "grammar", `After "${t.lower}", the verb has no ending: "${v.lemma}".`, matchCase(v.lemma, v.text)));
          continue;
        }
      }
      // "It's depend on the load" → "It depends": "'s" before a bare verb is neither "is" nor "has"
      if ((t.lower === "'s" || t.lower === "’s") && prevWord(a, t.i)?.lower === "it" && t.start === prevWord(a, t.i)!.end) {
        const verb = next;
        if (ITS_VERBS.has(verb.lower) && spaced(a, t, verb)) {
          const it = prevWord(a, t.i)!;
          const fix = `${it.text} ${thirdPersonForm(verb.lemma)}`;
          issues.push(makeIssue("grammar.its-bare-verb", { start: it.start, end: verb.end }, "grammar", `"It's" means "it is" or "it has"; with a verb, write "${fix}".`, fix));
          continue;
        }
      }
      // "I can't to swim" → "can't swim": no "to" after a negative modal either
      if ((/^n['’]t$/.test(t.lower) || t.lower === "not" || t.lower === "cannot") && next.lower === "to") {
        const modal = t.lower === "cannot" ? t : prevWord(a, t.i);
        const verb = nextWord(a, next.i);
        if (modal && (MODALS_BEFORE_NOT.test(modal.lower) || modal.lower === "cannot") && verb && (verb.pos === "VERB" || verb.pos === "AUX") && verb.lower === verb.lemma) {
          const negative = a.text.slice(modal.start, t.end);
          issues.push(makeIssue("grammar.modal-to", { start: next.start, end: verb.end }, "grammar", `No "to" after "${negative}": "${negative} ${verb.lower}".`, verb.text));
          continue;
        }
      }
      // "can to deploy" → "can deploy"
      if (MODALS.test(t.lower) && next.lower === "to") {
        const verb = nextWord(a, next.i);
        if (verb && (verb.pos === "VERB" || verb.pos === "AUX") && verb.lower === verb.lemma) {
          issues.push(makeIssue("grammar.modal-to", { start: t.start, end: verb.end }, "grammar", `No "to" after "${t.lower}": "${t.lower} ${verb.lower}".`, `${t.text} ${verb.text}`));
          continue;
        }
      }
      // "can sings", "should works", "can't comes" → the base form after a modal verb
      const before = prevWord(a, t.i);
      const negatedModal = (/^n['’]t$/.test(t.lower) || t.lower === "not") && !!before && MODALS_BEFORE_NOT.test(before.lower);
      if (((MODALS.test(t.lower) && t.pos === "AUX") || t.lower === "cannot" || negatedModal) && (next.pos === "VERB" || next.pos === "AUX") && next.start === t.end + 1) {
        const modal = a.text.slice((negatedModal ? before! : t).start, t.end).toLowerCase();
        if (next.lower !== next.lemma && /[^s]s$/.test(next.lower) && next.lemma !== "be") {
          issues.push(makeIssue("grammar.modal-base-form", { start: next.start, end: next.end }, "grammar", `After "${modal}", the verb has no ending: "${next.lemma}".`, matchCase(next.lemma, next.text)));
          continue;
        }
        // "we should went" → "go"; "it can changed" → "change" or, passive, "be changed" (no one fix)
        const inflected = next.pos === "VERB" && next.lower !== next.lemma && next.lemma !== "be" && next.lemma !== "have";
        const past = inflected && pastForm(next.lemma) === next.lower;
        const participle = inflected && participleForm(next.lemma) === next.lower;
        if (past && !participle) {
          issues.push(makeIssue("grammar.modal-base-form", { start: next.start, end: next.end }, "grammar", `After "${modal}", use the base form: "${next.lemma}".`, matchCase(next.lemma, next.text)));
          continue;
        }
        if (participle) {
          issues.push(makeIssue("grammar.modal-base-form", { start: next.start, end: next.end }, "grammar", `After "${modal}", use the base form ("${modal} ${next.lemma}") or, for the passive, "${modal} be ${next.lower}".`));
          continue;
        }
      }
      // "he is go to the office", "we are use Kafka" → "is going" / "goes"
      if (/^(?:am|is|are|was|were|['’]m|['’]re)$/.test(t.lower) && next.pos === "VERB" && next.lower === next.lemma && next.start === t.end + 1 && !/(?:ed|ing)$/.test(next.lower) && !BASE_FORM_PARTICIPLE.has(next.lower) && next.lower !== "agree" && next.lower !== "disagree") {
        // Only where a verb is plainly meant: an object, "to", a preposition or a name follows. Not in
        // "is cache-aside", "is step one", "you're right to", "are fun", nor on a glossary word.
        const after = nextWord(a, next.i);
        const verbMeant = after && ["DET", "PRON", "ADP", "PROPN", "PART"].includes(after.pos) && a.text[next.end] !== "-";
        // "is part of", "is use of a forum": nouns before "of"
        // "there is water under the sink": after "there", "be" says what exists, a noun follows
        const existential = /^(?:there|here)$/.test(prevWord(a, t.i)?.lower ?? "");
        if (verbMeant && !existential && after.lower !== "of" && !/^(?:right|wrong|fun|ok|okay|part)$/.test(next.lower) && !ctx.isDomainWord(next.lower)) {
          const ing = ingForm(next.lemma);
          const be = t.text.replace(/^['’]/, "");
          issues.push(makeIssue("grammar.be-base-verb", { start: t.start, end: next.end }, "grammar", `After "${be}", use the -ing form ("${t.text} ${ing}"), or drop "${be}" and use the simple present or past.`, `${t.text} ${ing}`));
          continue;
        }
      }
      // "could you please to review" → "could you please review"
      if (t.lower === "please" && next.lower === "to") {
        const verb = nextWord(a, next.i);
        if (verb && verb.pos === "VERB" && verb.lower === verb.lemma) {
          issues.push(makeIssue("grammar.please-to", { start: t.start, end: verb.end }, "grammar", `No "to" after "please": "please ${verb.lower}".`, `${t.text} ${verb.text}`));
          continue;
        }
      }
      // "I'm interesting in Go" → "I'm interested in Go": a person is interested; a thing is interesting
      if (/^(?:interesting|boring|exciting|confusing|tiring|frustrating)$/.test(t.lower) && (next.lower === "in" || next.lower === "about" || next.lower === "with")) {
        // "I'm" is one token, "We 're" two
        // ("I am very interesting in": past a word of degree)
        let be = prevWord(a, t.i);
        if (be && /^(?:very|so|really|quite|extremely)$/.test(be.lower)) be = prevWord(a, be.i);
        const subject = be && prevWord(a, be.i);
        const person = be && (/^(?:i|we|you|they)['’](?:m|re)$/.test(be.lower) || (/^(?:am|'m|’m|are|'re|’re|was|were)$/.test(be.lower) && subject && /^(?:i|we|you|they)$/.test(subject.lower)));
        if (person) {
          const felt = `${t.lower.slice(0, -3)}ed`;
          issues.push(makeIssue("grammar.ing-ed-adjective", { start: t.start, end: t.end }, "word-choice", `A person feels "${felt}"; "${t.lower}" describes the thing: "… ${felt} ${next.lower} …".`, matchCase(felt, t.text)));
          continue;
        }
      }
      // "because a timeout" → "because of a timeout": "because" needs a clause, "because of" a noun
      // ("because missing index": an -ing word before a noun is its adjective)
      const ingAdjective = /ing$/.test(next.lower) && nextWord(a, next.i)?.pos === "NOUN" && spaced(a, next, nextWord(a, next.i)!);
      if (t.lower === "because" && (next.pos === "DET" || next.pos === "ADJ" || ingAdjective) && next.lower !== "that" && next.lower !== "this") {
        let k: ReturnType<typeof nextWord> = next;
        let verbFound = false;
        // ("because sick": no noun for "of" to take; the clause lacks its subject and verb)
        let nounFound = false;
        while (k && k.sentence === t.sentence && k.text !== ",") {
          if ((k.pos === "VERB" && !(ingAdjective && k === next)) || k.pos === "AUX") verbFound = true;
          if (k.pos === "NOUN" || k.pos === "PROPN") nounFound = true;
          // "because speculative code costs time", "because each one risks …": an -s word after a
          // noun may be the verb the tagger missed
          const before = prevWord(a, k.i);
          if (k.pos === "NOUN" && /[^s]s$/.test(k.lower) && k.lower !== k.lemma && before && before !== next && (before.pos === "NOUN" || before.pos === "NUM")) verbFound = true;
          const nk: ReturnType<typeof nextWord> = nextWord(a, k.i);
          if (!nk || a.tokens.slice(k.i + 1, nk.i).some((x) => x.text === "," || x.text === ";")) break;
          k = nk;
        }
        if (!verbFound && nounFound) {
          issues.push(makeIssue("grammar.because-of", { start: t.start, end: t.end }, "grammar", `Before a noun, use "because of": "because of ${a.text.slice(next.start, next.end)} …".`, `${t.text} of`));
          continue;
        }
      }
      // "I am agree" → "I agree"
      if ((t.lower === "am" || t.lower === "is" || t.lower === "are") && (next.lower === "agree" || next.lower === "disagree") && next.start === t.end + 1) {
        const subject = prevWord(a, t.i);
        const verb = subject && /^(?:he|she|it)$/.test(subject.lower) ? thirdPersonForm(next.lower) : next.lower;
        issues.push(makeIssue("grammar.be-agree", { start: t.start, end: next.end }, "grammar", `"Agree" is a verb: say "${subject ? (subject.lower === "i" ? "I" : subject.lower) + " " : ""}${verb}", without "${t.lower}".`, verb));
        continue;
      }
      // "I am not agree" → "I don't agree"
      if ((t.lower === "am" || t.lower === "is" || t.lower === "are") && next.lower === "not" && next.start === t.end + 1) {
        const agree = nextWord(a, next.i);
        if (agree && (agree.lower === "agree" || agree.lower === "disagree") && agree.start === next.end + 1) {
          const subject = prevWord(a, t.i);
          const negative = t.lower === "is" ? "doesn't" : "don't";
          issues.push(makeIssue("grammar.be-agree", { start: t.start, end: agree.end }, "grammar", `"Agree" is a verb: say "${subject ? (subject.lower === "i" ? "I" : subject.lower) + " " : ""}${negative} ${agree.lower}".`, `${negative} ${agree.lower}`));
          continue;
        }
      }
      // "its failing" → "it's failing"
      if (t.lower === "its" && /ing$/.test(next.lower) && next.start === t.end + 1) {
        const after = nextWord(a, next.i);
        if (!(after && (after.pos === "NOUN" || after.pos === "PROPN"))) {
          issues.push(makeIssue("grammar.its-it-is", { start: t.start, end: t.end }, "spelling", `"its" means "belonging to it"; for "it is", write "it's".`, matchCase("it's", t.text)));
        }
        continue;
      }
      // "when I will finish" → "when I finish"
      const asSoonAs = t.lower === "soon" && prevWord(a, t.i)?.lower === "as" && next.lower === "as";
      // "every time I will see a river" → "every time I see" ("next time I will …" is the main clause)
      const everyTime = t.lower === "time" && /^(?:every|each)$/.test(prevWord(a, t.i)?.lower ?? "") && PERSONAL_SUBJECTS.has(next.lower);
      if (TIME_CLAUSE.has(t.lower) || asSoonAs || everyTime) {
        // "I don't know when it will finish" is a question, not a time clause
        // "once" inside a clause is "one time": "after it is used once it will be removed"
        if (t.lower === "once" && prevWord(a, t.i) !== undefined && !/^(?:and|but|so|or)$/.test(prevWord(a, t.i)!.lower) && a.tokens.slice(prevWord(a, t.i)!.i + 1, t.i).every((x) => x.text !== "," && x.text !== ";")) continue;
        if (t.lower === "when" && /^(?:know|ask|asked|wonder|sure|tell|idea|remember|say|said|decide|clear|see|check|guess)$/.test(prevWord(a, t.i)?.lower ?? "")) continue;
        // "she asks me when he will come back": a question put to someone
        if (t.lower === "when" && /^(?:me|you|him|her|us|them)$/.test(prevWord(a, t.i)?.lower ?? "") && /^(?:ask|asks|asked|asking|tell|tells|told|telling)$/.test(prevWord(a, prevWord(a, t.i)!.i)?.lower ?? "")) continue;
        // "When you will arrive?": a direct question in the wrong order (questionWithoutDo), not a time clause
        if (t.lower === "when" && a.sentences[t.sentence]!.first === t.i && isQuestion(a, t) && !a.sentences[t.sentence]!.text.includes(",")) continue;
        let subject = asSoonAs ? nextWord(a, next.i) : next;
        if (subject && subject.pos === "DET") subject = nextWord(a, subject.i);
        if (!subject) continue;
        const will = nextWord(a, subject.i);
        const verb = will ? nextWord(a, will.i) : undefined;
        if ((subject.pos === "PRON" || subject.pos === "NOUN" || subject.pos === "PROPN") && will?.lower === "will" && verb && verb.lower === verb.lemma && (verb.pos === "VERB" || verb.pos === "AUX")) {
          const third = /^(?:he|she|it)$/.test(subject.lower) || (subject.pos === "NOUN" && subject.lower === subject.lemma);
          const present = verb.lower === "be" ? (subject.lower === "i" ? "am" : third ? "is" : "are") : third ? thirdPersonForm(verb.lower) : verb.lower;
          const opener = asSoonAs ? "as soon as" : everyTime ? `${prevWord(a, t.i)!.lower} time` : t.lower;
          const who = subject.text === "I" ? "I" : subject.lower;
          issues.push(makeIssue("grammar.will-in-time-clause", { start: will.start, end: verb.end }, "tense", `After "${opener}", use the present for the future: "${opener} ${who} ${present}".`, present));
        }
      }
    }
    return issues;
  },
};
