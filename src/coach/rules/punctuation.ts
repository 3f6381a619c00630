/**
 * Punctuation learners get wrong with certainty: a direct question that ends with a full stop or
 * with nothing ("Are you free on Friday." → "?"), a comma splice, two complete sentences
 * joined by a comma alone ("The hotel was full, we had to find another one" → ";"), and a linking
 * phrase that opens a sentence without its comma ("However we stayed" → "However, we stayed").
 *
 * Both checks fire only on a shape that cannot be anything else. A question must start with an
 * auxiliary and a subject and go on as a question does (a verb after "do" or a modal, a participle
 * after "have"), so imperatives ("Do the dishes.", "Have a nice day."), wishes ("May you …"),
 * conditional inversion ("Should you need anything, call me.") and a dropped "it" ("Is the best
 * way to learn.") stay silent. A splice needs a plain clause (subject, finite verb, more words)
 * before the comma and a personal pronoun with a finite verb after it; an introduction ("If it
 * fails,", "Yesterday,", "To be honest,"), a reporting verb ("He said,", "…, I think"), a set phrase
 * ("I'm sorry,", "The thing is,") or a series ("I came, I saw, I conquered") keeps it silent.
 */
import type { Analysis, Sentence, Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";
import { makeIssue, spanOf, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const QUOTES = /["“”«»„]/;

/**
 * Whether a sentence really starts a sentence: wink also splits inside "Node.js" or after "e.g.",
 * so the text before it must end a sentence and (for the splice) its first letter be a capital.
 */
function startsSentence(a: Analysis, s: Sentence): boolean {
  const before = a.text.slice(0, s.start);
  return /^\s*$/.test(before) || /[.!?]["'’”)\]]?\s+$/.test(before) || /\n\s*$/.test(before);
}

// ------------------------------------------------------------------------------------------
// questions

/** The auxiliaries a yes/no question starts with, by what must come after the subject. */
const QUESTION_AUX: ReadonlyMap<string, "be" | "do" | "modal" | "have"> = new Map([
  ["am", "be"], ["is", "be"], ["are", "be"], ["was", "be"], ["were", "be"],
  ["do", "do"], ["does", "do"], ["did", "do"],
  ["can", "modal"], ["could", "modal"], ["will", "modal"], ["would", "modal"], ["should", "modal"], ["may", "modal"], ["shall", "modal"],
  ["have", "have"], ["has", "have"],
]);
/** Pronouns that are the subject after the auxiliary (after "do" and "have" only the personal ones: "Do it now.", "Have that ready."). */
const QUESTION_PRONOUNS = new Set(["i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "these", "those", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "anything", "everything", "something"]);
/** "May you be happy", "Should you need help, …", "Shall" and "May" ask with I and we only. */
const ONLY_I_WE = new Set(["may", "shall", "should"]);
/** Determiners that open a noun-phrase subject. */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "its", "any", "every", "each", "some"]);
/** Adjectives that are also verbs. */
const VERB_ADJECTIVES = new Set(["open", "close", "clean", "dry", "empty", "warm", "clear", "free"]);
/** Words before a final full stop that end an abbreviation, so the stop is not (only) the sentence's. */
const ABBREVIATIONS = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|prof|etc|vs|approx|jr|sr|inc|ltd|co|no|e\.g|i\.e|a\.m|p\.m|[a-z])\.$/i;

/**
 * Where the subject of a question that starts at word w[k] ends: a pronoun, a name, or a
 * determiner with adjectives and nouns (a "phrase"). Undefined when w[k] cannot be its subject.
 */
function subjectEnd(w: readonly Token[], k: number, aux: string): { end: number; phrase: boolean } | undefined {
  const t = w[k];
  if (!t) return undefined;
  if (ONLY_I_WE.has(aux)) return t.lower === "i" || t.lower === "we" ? { end: k + 1, phrase: false } : undefined;
  if (aux === "am") return t.lower === "i" ? { end: k + 1, phrase: false } : undefined;
  const kind = QUESTION_AUX.get(aux);
  if (QUESTION_PRONOUNS.has(t.lower)) {
    // "Do it now", "Have them call me", "Were it not for …", "Were I to …"
    if ((kind === "do" || kind === "have") && !/^(?:i|you|we|they|he|she)$/.test(t.lower)) return aux === "has" || aux === "does" || aux === "did" ? { end: k + 1, phrase: false } : undefined;
    if (aux === "were" && (t.lower === "i" || t.lower === "it")) return undefined;
    return { end: k + 1, phrase: false };
  }
  // "Have the report ready by Monday" is an order
  if (aux === "have") return undefined;
  if (DETERMINERS.has(t.lower)) {
    let j = k + 1;
    while (j < w.length && j - k <= 4 && (w[j]!.pos === "ADJ" || w[j]!.pos === "NUM")) j++;
    let nouns = 0;
    for (; j < w.length && nouns < 3 && (w[j]!.pos === "NOUN" || w[j]!.pos === "PROPN"); j++) nouns++;
    return nouns > 0 ? { end: j, phrase: true } : undefined;
  }
  // "Will Smith is here"
  if (t.pos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(t.text) && aux !== "will") {
    let j = k + 1;
    while (j < w.length && w[j]!.pos === "PROPN") j++;
    return { end: j, phrase: true };
  }
  return undefined;
}

/** An -ing form ("waiting"), not a base verb that ends in -ing ("bring", "sing"). */
const isIngForm = (t: Token) => /ing$/.test(t.lower) && !/^(?:bring|sing|ring|swing|sting|spring|string|wring|cling|fling|sling|ping)$/.test(t.lower);
const isBaseVerb = (t: Token | undefined) => t !== undefined && (t.pos === "VERB" || t.pos === "AUX") && t.lower === t.lemma && !isIngForm(t);
const isParticiple = (t: Token | undefined) => t !== undefined && (t.pos === "VERB" || t.pos === "AUX") && (t.lower !== t.lemma || t.lower === "been" || t.lower === "got") && !isIngForm(t) && !/s$/.test(t.lower);

/** Whether the words from w[k] go on as a question with this auxiliary does. */
function questionGoesOn(w: readonly Token[], k: number, aux: string, phrase: boolean): boolean {
  const kind = QUESTION_AUX.get(aux)!;
  let j = k;
  while (j < w.length && (w[j]!.pos === "ADV" || w[j]!.lower === "please") && w[j]!.lower !== "to") j++;
  const next = w[j];
  switch (kind) {
    case "be":
      // "Is it …", "Are you …" go on as they like; "Is the best way to learn" is a statement without "it"
      if (!phrase) return true;
      return next !== undefined && (j > k || next.pos === "ADJ" || next.pos === "VERB") && next.lower !== "to";
    case "do":
    case "modal":
      // wink tags "open" in "Does the shop open on Sundays" as an adjective
      return isBaseVerb(next) || (next !== undefined && next.pos === "ADJ" && VERB_ADJECTIVES.has(next.lower));
    case "have":
      return isParticiple(next);
  }
}

/** "Are you free on Friday." → "?": a yes/no question that ends with a full stop, or with nothing at the end of the text. */
function missingQuestionMark(a: Analysis, s: Sentence): Issue | undefined {
  if (QUOTES.test(s.text) || !startsSentence(a, s)) return undefined;
  const w = a.tokens.slice(s.first, s.last).filter((t) => t.isWord);
  const first = w[0];
  if (!first || first.i !== s.first || w.length < 3 || w.length > 30) return undefined;
  const aux = first.lower;
  if (!QUESTION_AUX.has(aux)) return undefined;
  // Conditional inversion and two clauses: "Should you need anything, call me", "Can you send it, I need it today"
  for (let i = s.first; i < s.last; i++) {
    if (a.tokens[i]!.text !== ",") continue;
    const after = a.tokens.slice(i + 1, s.last).filter((t) => t.isWord);
    const vocative = after.length === 1 && after[0]!.pos === "PROPN";
    if (!(after.length === 1 && after[0]!.lower === "please") && !vocative) return undefined;
  }
  if (/[;:]/.test(s.text)) return undefined;
  const subject = subjectEnd(w, 1, aux);
  if (!subject || !questionGoesOn(w, subject.end, aux, subject.phrase)) return undefined;
  // "Could you please send me the report." is a request, and many style guides end it with a full stop
  if (/^(?:can|could|will|would)$/.test(aux) && w[1]!.lower === "you" && w.some((t) => t.lower === "please")) return undefined;

  const message = `This is a question ("${first.text} ${w[1]!.text} …"), so it ends with a question mark.`;
  const text = a.text;
  if (text[s.end - 1] === ".") {
    if (text[s.end - 2] === "." || ABBREVIATIONS.test(text.slice(s.start, s.end))) return undefined;
    return makeIssue("punctuation.question-mark", { start: s.end - 1, end: s.end }, "punctuation", message, "?");
  }
  const last = a.tokens[s.last - 1]!;
  if (last.isWord && last.end === s.end && text.slice(s.end).trim() === "" && /[\p{L}\p{N}]$/u.test(last.text)) {
    return makeIssue("punctuation.question-mark", spanOf(last), "punctuation", message, `${last.text}?`);
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------
// comma splices

/** Personal subjects that start the second sentence of a splice. */
const SPLICE_SUBJECTS = new Set(["i", "we", "he", "she", "they", "it", "nobody", "everyone", "everybody", "there"]);
/** Subject pronouns of the first clause. */
const NOMINATIVE = new Set(["i", "we", "you", "he", "she", "they", "it", "this", "that", "there", "everyone", "everybody", "nobody", "someone", "somebody"]);
/** Contractions wink keeps as one token: "I'm", "I've". */
const CONTRACTED_SUBJECT = /^(?:i|you|we|they|he|she|it|that|there)['’](?:m|re|s|ve|d|ll)$/;
/** Finite forms of auxiliaries and modals ("ca" and "wo" are wink's halves of "can't" and "won't"). */
const FINITE_AUX = new Set(["am", "is", "are", "was", "were", "'s", "’s", "'re", "’re", "'m", "’m", "has", "have", "had", "'ve", "’ve", "'d", "’d", "do", "does", "did", "can", "ca", "could", "will", "wo", "would", "shall", "should", "may", "might", "must", "'ll", "’ll"]);
/**
 * Words that make the first part a subordinate clause, a relative clause or a result clause
 * ("so tired, I fell asleep"), after which a comma is right.
 */
const SUBORDINATORS = new Set(["when", "whenever", "if", "because", "although", "though", "after", "before", "as", "since", "while", "whilst", "once", "unless", "until", "till", "whereas", "so", "such", "that", "which", "who", "whom", "whose", "what", "whatever", "where", "wherever", "why", "how", "however", "whether", "than", "lest", "provided", "providing", "given", "even", "like"]);
/** Verbs of saying and thinking: "He said, …", "I think, …", "…, I guess", "…, it seems". */
const THINKING = new Set(["say", "tell", "think", "know", "guess", "mean", "hope", "believe", "suppose", "reckon", "promise", "swear", "bet", "admit", "agree", "feel", "wonder", "imagine", "assume", "expect", "fear", "understand", "see", "hear", "gather", "trust", "seem", "appear"]);
/** Verbs that tag speech: "…, she replied." Before the comma they introduce it: "He asked, …". */
const SPEECH_TAGS = new Set(["ask", "reply", "answer", "explain", "add", "write", "shout", "whisper", "claim", "insist", "warn", "announce", "complain", "argue", "repeat", "confirm", "cry", "laugh", "sigh"]);
/** Replies that answer rather than state: "I'm sorry, I can't", "You're right, we should", "That's great, I'll book it". */
const SET_PHRASE_ADJECTIVES = new Set(["sorry", "afraid", "sure", "glad", "happy", "certain", "fine", "ok", "okay", "alright", "right", "true", "honest", "serious", "positive", "kidding", "joking", "great", "good", "perfect", "fair", "correct", "wrong"]);
/** Time words and phrases that may open the first clause without a comma ("Yesterday we went to the beach, it was …"). */
const TIME_WORDS = new Set(["yesterday", "today", "tonight", "tomorrow", "then", "later", "afterwards", "finally", "suddenly"]);
const TIME_DETERMINERS = new Set(["last", "this", "next", "every", "one"]);
const TIME_NOUNS = new Set(["day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "summer", "winter", "spring", "autumn", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time"]);
const NEGATIONS = new Set(["not", "n't", "n’t", "never", "no"]);
/** Marks that end the first part: the first of them must be the comma. */
const PART_BREAKS = new Set([",", ";", ":", "(", ")", "—", "–", "-", "!", "?"]);

const isFinite = (t: Token | undefined) => t !== undefined && (FINITE_AUX.has(t.lower) || (t.pos === "VERB" && !isIngForm(t) && !/^(?:be|being|been|to)$/.test(t.lower)));

/**
 * Where a plain clause starts the words w: "[time phrase] subject [adverb] finite-verb". Returns
 * the subject's first word and the verb's index in w, or undefined.
 */
function plainClause(w: readonly Token[]): { subject: Token; verb: number } | undefined {
  let k = 0;
  const first = w[0];
  if (!first) return undefined;
  if (TIME_WORDS.has(first.lower)) k = 1;
  else if (TIME_DETERMINERS.has(first.lower) && TIME_NOUNS.has(w[1]?.lower ?? "") && (NOMINATIVE.has(w[2]?.lower ?? "") || CONTRACTED_SUBJECT.test(w[2]?.lower ?? ""))) k = 2;
  const pronounOnly = k > 0;
  const s = w[k];
  if (!s) return undefined;
  if (CONTRACTED_SUBJECT.test(s.lower)) return { subject: s, verb: k };
  let v: number;
  if (NOMINATIVE.has(s.lower)) v = k + 1;
  else if (pronounOnly) return undefined;
  else if (DETERMINERS.has(s.lower) || s.pos === "NOUN" || (s.pos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(s.text))) {
    let j = DETERMINERS.has(s.lower) ? k + 1 : k;
    while (j < w.length && j - k <= 3 && (w[j]!.pos === "ADJ" || w[j]!.pos === "NUM")) j++;
    let nouns = 0;
    for (; j < w.length && nouns < 3 && (w[j]!.pos === "NOUN" || w[j]!.pos === "PROPN") && !FINITE_AUX.has(w[j]!.lower); j++) nouns++;
    if (nouns === 0) return undefined;
    v = j;
  } else return undefined;
  while (v < w.length && w[v]!.pos === "ADV" && v - k <= 3) v++;
  return isFinite(w[v]) ? { subject: s, verb: v } : undefined;
}

/** Whether the words before a comma are an independent clause that can stand as a sentence. */
function isIndependentClause(w: readonly Token[]): { subject: Token } | undefined {
  const clause = plainClause(w);
  // "The truth is, …", "That said, …", "All things considered, …": the clause must go on after its verb
  if (!clause || clause.verb >= w.length - 1) return undefined;
  for (const t of w) {
    if (SUBORDINATORS.has(t.lower) || THINKING.has(t.lemma) || SPEECH_TAGS.has(t.lemma)) return undefined;
  }
  // "I'm sorry, …", "You're absolutely right, …", "It's not OK, …"
  let complement = clause.verb + 1;
  while (complement < w.length - 1 && (w[complement]!.pos === "ADV" || NEGATIONS.has(w[complement]!.lower))) complement++;
  if (SET_PHRASE_ADJECTIVES.has(w[complement]!.lower)) return undefined;
  return { subject: clause.subject };
}

/** "The hotel was full, we had to find another one." → "full; we": one comma cannot join two sentences. */
function commaSplice(a: Analysis, s: Sentence): Issue | undefined {
  if (QUOTES.test(s.text) || !startsSentence(a, s) || !/^\p{Lu}/u.test(s.text)) return undefined;
  const tokens = a.tokens;
  // Only the first comma: a first part with its own commas, brackets or dashes is a list or an introduction
  let c = s.first + 1;
  while (c < s.last && !PART_BREAKS.has(tokens[c]!.text)) c++;
  const comma = tokens[c];
  if (!comma || comma.text !== ",") return undefined;
  const first = tokens.slice(s.first, c).filter((t) => t.isWord);
  const second = tokens.slice(c + 1, s.last).filter((t) => t.isWord);
  // "Every time I come back, I …", "The moment she left, we …": a time phrase that works like "when"
  const opening = first.slice(0, 3).map((t) => t.lower).join(" ");
  if (/^(?:(?:every|each|any|next|the first|the last|the next) time|the (?:moment|minute|second|day|instant)|now that|by the time)\b/.test(opening)) return undefined;

  const subject = second[0];
  if (!subject || !(subject.i === c + 1 || (subject.i === c + 2 && tokens[c + 1]!.pos === "SPACE"))) return undefined;
  const contracted = CONTRACTED_SUBJECT.test(subject.lower);
  const secondSubject = subject.lower.split(/['’]/)[0]!;
  if (!SPLICE_SUBJECTS.has(secondSubject) || (!contracted && subject.lower !== secondSubject)) return undefined;
  let v = contracted ? 0 : 1;
  while (!contracted && v < second.length && second[v]!.pos === "ADV" && v <= 2) v++;
  const verb = second[v];
  if (!verb || !isFinite(verb)) return undefined;
  if (secondSubject === "there" && !/^(?:is|are|was|were|'s|’s)$/.test(verb.lower)) return undefined;
  // "…, I think.", "…, it seems.", "…, I'm sure.", "…, she replied quietly."
  const speaker = /^(?:i|we|he|she|they)$/.test(secondSubject);
  if (THINKING.has(verb.lemma) || (speaker && SPEECH_TAGS.has(verb.lemma) && second.length - v <= 2)) return undefined;
  if (second.slice(v + 1, v + 2).some((t) => t.lower === "sure" || t.lower === "afraid")) return undefined;
  // "He's here, she's not.": an elliptical reply
  if (FINITE_AUX.has(verb.lower) && second.slice(v + 1).every((t) => NEGATIONS.has(t.lower) || /^(?:too|either|so)$/.test(t.lower))) return undefined;
  // "I came, I saw, I conquered", "It's late, it's cold, and I'm tired": a series
  for (let i = c + 1; i < s.last; i++) {
    if (tokens[i]!.text !== "," && tokens[i]!.text !== ";") continue;
    const next = tokens.slice(i + 1, s.last).find((t) => t.isWord);
    if (next && (NOMINATIVE.has(next.lower) || CONTRACTED_SUBJECT.test(next.lower) || next.pos === "CCONJ")) return undefined;
  }

  const clause = isIndependentClause(first);
  if (!clause) return undefined;
  // "It's not about money, it's about time", "This does not copy it, it only reads it": a contrast, said this way on purpose
  const firstSubject = clause.subject.lower.split(/['’]/)[0];
  if (first.some((t) => NEGATIONS.has(t.lower)) && (firstSubject === secondSubject || /^(?:it|they|he|she)$/.test(secondSubject))) return undefined;
  const lastWord = first[first.length - 1]!;
  return makeIssue("punctuation.comma-splice", spanOf(comma), "punctuation", `A comma cannot join two complete sentences. Use a semicolon ("${lastWord.text}; ${subject.text} …"), a full stop, or a linking word such as "so" or "and".`, ";");
}

/** "Im", "Ive": a contraction of "I" written without its apostrophe (never an English word). */
const BARE_CONTRACTIONS: ReadonlyMap<string, string> = new Map([["im", "I'm"], ["ive", "I've"]]);
/** People someone has only one of, so "my mothers birthday" can only be "my mother's birthday". */
// (not "teachers", "managers": "our teachers union" is a plural possessive, so the fix would be wrong)
const ONLY_ONE = /^(?:mother|father|mum|mom|dad|wife|husband|grandmother|grandfather|grandma|grandpa|granny|fiancée|fiancé|fiance|fiancee|girlfriend|boyfriend|stepmother|stepfather)s$/;
const POSSESSIVE_DETS = new Set(["my", "your", "his", "her", "our", "their"]);
/** Linking adverbs that start a new sentence: "…, however, the laptop …" needs "; however,". */
const LINKING_ADVERBS = new Set(["however", "therefore", "moreover", "furthermore", "nevertheless", "consequently"]);

function apostrophes(a: Analysis, issues: Issue[]): void {
  for (const t of a.tokens) {
    if (!t.isWord) continue;
    const next = a.tokens[t.i + 1];
    // "Thank's for your help": "thanks" is a plural noun, not a possessive
    if (t.lower === "thank" && next && /^['’]s$/.test(next.text) && next.start === t.end) {
      issues.push(makeIssue("punctuation.thanks", { start: t.start, end: next.end }, "spelling", `"Thanks" has no apostrophe: it is a plural, not a possessive.`, t.text === "Thank" ? "Thanks" : "thanks"));
      continue;
    }
    const bare = BARE_CONTRACTIONS.get(t.lower);
    if (bare && (t.text === "Im" || t.text === "Ive" || t.text === "im" || t.text === "ive")) {
      const after = nextWord(a, t.i);
      const prev = a.tokens[t.i - 1];
      const inProse = after && after.sentence === t.sentence && /^[a-z]/.test(after.text) && a.text.slice(t.end, after.start) === " " && !(prev && /[._/@#:-]$/.test(prev.text) && prev.end === t.start);
      if (inProse) issues.push(makeIssue("punctuation.contraction", t, "punctuation", `"${bare}" needs its apostrophe (short for "I ${bare === "I'm" ? "am" : "have"}").`, bare));
      continue;
    }
    // "my mothers birthday" → "my mother's birthday"
    if (ONLY_ONE.test(t.lower) && t.text === t.lower) {
      const prev = prevWord(a, t.i);
      const after = nextWord(a, t.i);
      if (prev && POSSESSIVE_DETS.has(prev.lower) && after && (after.pos === "NOUN" || after.pos === "ADJ") && after.text === after.lower && a.text.slice(t.end, after.start) === " " && !/s$/.test(after.lower)) {
        issues.push(makeIssue("punctuation.possessive", t, "punctuation", `To show belonging, add an apostrophe: "${t.lower.slice(0, -1)}'s ${after.lower}".`, `${t.text.slice(0, -1)}'s`));
      }
    }
  }
}

/** "The design is great, however, the laptop scratches": "however" between two sentences needs a semicolon before it. */
function linkingAdverbSplice(a: Analysis, s: Sentence): Issue | undefined {
  if (QUOTES.test(s.text)) return undefined;
  const tokens = a.tokens;
  for (let i = s.first + 1; i < s.last - 2; i++) {
    const adv = tokens[i]!;
    if (!LINKING_ADVERBS.has(adv.lower) || tokens[i - 1]!.text !== "," || tokens[i + 1]!.text !== ",") continue;
    const first = tokens.slice(s.first, i - 1).filter((t) => t.isWord);
    if (first.some((t) => SUBORDINATORS.has(t.lower) || t.pos === "SCONJ") || tokens.slice(s.first, i - 1).some((t) => PART_BREAKS.has(t.text))) return undefined;
    const clause = plainClause(first);
    const lastWord = first[first.length - 1];
    if (!clause || clause.verb >= first.length - 1 || first.some((t) => THINKING.has(t.lemma) || SPEECH_TAGS.has(t.lemma)) || !lastWord || lastWord.pos === "VERB" || lastWord.pos === "AUX") return undefined;
    // the second part must start with its own subject and finite verb: "the laptop scratches", "it breaks"
    const second = tokens.slice(i + 2, s.last).filter((t) => t.isWord);
    let v: number;
    if (second[0] && NOMINATIVE.has(second[0].lower)) v = 1;
    else if (second[0] && /^(?:the|this|that|these|those|my|your|his|her|our|their|its|many|most|some|all|both|few|several)$/.test(second[0].lower)) {
      v = 1;
      while (v < second.length && v < 4 && (second[v]!.pos === "ADJ" || second[v]!.pos === "NOUN")) v++;
      if (v === 1 || second[v - 1]!.pos !== "NOUN") return undefined;
    } else return undefined;
    while (v < second.length && second[v]!.pos === "ADV" && v < 5) v++;
    if (!isFinite(second[v])) return undefined;
    return makeIssue("punctuation.however-splice", tokens[i - 1]!, "punctuation", `"${adv.lower}" here starts a new sentence: put a semicolon or full stop before it ("…; ${adv.lower}, …").`, ";");
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------
// a comma after a linking phrase that opens a sentence

/**
 * Linking phrases that take a comma when they open a sentence ("However, the hotel …"), as
 * word sequences. Left out where the comma is optional or the words start something else:
 * "Therefore we …", "Of course it …", "In fact …", "Besides the price, …", "Nowadays …".
 */
const OPENERS: readonly (readonly string[])[] = [
  "however", "moreover", "furthermore", "nevertheless", "nonetheless", "additionally", "consequently",
  "firstly", "secondly", "thirdly", "lastly", "unfortunately", "fortunately", "luckily",
  "in addition", "for example", "for instance", "as a result", "in contrast", "on the contrary",
  "on the other hand", "on the one hand", "first of all", "in conclusion", "to sum up", "to conclude",
  "in summary", "all in all", "in my opinion", "in my view", "by the way",
].map((p) => p.split(" "));
/** After the opener, a word that makes it part of something else: "In addition to …", "However hard I try, …", "As a result of …". */
const NOT_AN_OPENER_AFTER = new Set(["to", "of", "with", "than", "as", "hard", "much", "many", "long", "often", "far", "big", "small", "good", "bad", "little", "few", "fast", "late", "early", "well"]);

/** "However we decided to stay." → "However, we decided to stay." */
function introductionComma(a: Analysis, s: Sentence): Issue | undefined {
  const tokens = a.tokens;
  if (!startsSentence(a, s) || QUOTES.test(s.text)) return undefined;
  for (const words of OPENERS) {
    let i = s.first;
    let k = 0;
    for (; k < words.length && i < s.last; k++, i++) {
      const t = tokens[i]!;
      if (t.lower !== words[k] || (k > 0 && a.text.slice(tokens[i - 1]!.end, t.start) !== " ")) break;
    }
    if (k < words.length) continue;
    const last = tokens[i - 1]!;
    const next = tokens[i];
    // the opener is followed by a word and the sentence goes on: a subject and a verb at least
    if (!next?.isWord || a.text.slice(last.end, next.start) !== " " || NOT_AN_OPENER_AFTER.has(next.lower) || next.pos === "ADJ" || next.pos === "ADV") return undefined;
    const rest = tokens.slice(i, s.last).filter((t) => t.isWord);
    if (rest.length < 2 || !rest.some((t) => t.pos === "VERB" || t.pos === "AUX")) return undefined;
    const opener = a.text.slice(tokens[s.first]!.start, last.end);
    return makeIssue("punctuation.opener-comma", last, "punctuation", `Put a comma after "${opener}" when it opens a sentence: "${opener}, …".`, `${last.text},`);
  }
  return undefined;
}

export const punctuation: Rule = {
  id: "punctuation",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const s of a.sentences) {
      const question = missingQuestionMark(a, s);
      if (question) issues.push(question);
      const opener = introductionComma(a, s);
      if (opener) issues.push(opener);
      const splice = commaSplice(a, s);
      if (splice) issues.push(splice);
      else {
        const linked = linkingAdverbSplice(a, s);
        if (linked) issues.push(linked);
      }
    }
    apostrophes(a, issues);
    commaBeforeThat(a, issues);
    return issues;
  },
};

/** Verbs of saying and thinking whose "that" clause takes no comma: "I think, that …" → "I think that …". */
const THAT_VERBS = /^(?:think|thinks|thought|believe|believes|believed|know|knows|knew|say|says|said|hope|hopes|hoped|feel|feels|felt|mean|means|meant|agree|agreed|realise|realised|realize|realized|notice|noticed|expect|expected|suppose|guess|understand|understood)$/;

/** "I think, that somebody ran a heavy report" → no comma: the clause is the verb's object (a habit from German, Polish, Russian…). */
function commaBeforeThat(a: Analysis, issues: Issue[]): void {
  for (const t of a.tokens) {
    if (t.text !== "," || a.tokens[t.i + 1] === undefined) continue;
    const verb = a.tokens[t.i - 1];
    const that = nextWord(a, t.i);
    const subject = verb && prevWord(a, verb.i);
    if (!verb || !that || that.lower !== "that" || !THAT_VERBS.test(verb.lower) || verb.end !== t.start) continue;
    // a subject right before the verb: "I think, that", not "as I said, that is the plan" ("that" as a pronoun is followed by a verb)
    if (!subject || !/^(?:i|we|you|they|he|she|people|everyone)$/.test(subject.lower)) continue;
    const after = nextWord(a, that.i);
    if (!after || /^(?:is|was|'s|’s|will|would|can|could|does|did|has|means|sounds|seems|makes)$/.test(after.lower)) continue;
    issues.push(makeIssue("punctuation.comma-that", { start: verb.end, end: that.end }, "punctuation", `No comma before a "that" clause after "${verb.lower}": "${verb.lower} that …".`, " that"));
  }
}
