/**
 * Words learners confuse, flagged only where the words around them leave no doubt:
 * "advice" as a verb ("my doctor advice me to rest" → "advised") and "advise" as a noun ("a good
 * advise" → "advice"); "your" for "you're" ("Your welcome", "your going to love it"); "quite" for
 * "quiet" ("the street was quite at night"); "whose" for "who's" ("Whose coming tonight?") and
 * back ("Who's bag is this?"); "wether" for "whether"; "fastly" for "fast"; and lower-case names
 * of languages, nationalities, days and months ("I speak english", "on monday").
 *
 * Each pattern is narrow on purpose: "quite" is nearly always right ("quite good", "not quite"),
 * "your" before "-ing" can be a correct gerund ("I appreciate your coming"), "whose" starts many
 * relative clauses, and "french", "polish" and "china" are also ordinary words.
 */
import { endsPhrase, nextWord, prevWord, spaced, type Analysis, type Token } from "../text/analyze.ts";
import { insideCode } from "../text/code.ts";
import { capitalize, matchCase } from "../text/morph.ts";
import { COMPARATIVES } from "./comparatives.ts";
import { LANGUAGE_NAMES, PERSONAL_SUBJECTS, POSSESSIVES } from "./phrases.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const OBJECT_PRONOUNS = new Set(["me", "you", "him", "her", "us", "them"]);
const FREQUENCY = new Set(["always", "usually", "often", "sometimes", "never", "also"]);
const MODALS = /^(?:can|could|must|should|will|would|may|might|shall)$/;

/** Determiners and adjectives that make the next word a noun: "a good advise", "your advise". */
const NOUN_DETERMINERS = new Set(["a", "an", "the", "my", "your", "his", "our", "their", "its", "this", "any", "no", "much"]);
const ADVICE_ADJECTIVES = new Set(["good", "great", "bad", "useful", "helpful", "practical", "expert", "professional", "legal", "medical", "financial", "wise", "excellent", "best", "free", "honest", "personal", "valuable", "sound", "kind", "little"]);

/** A clause begins here: what comes before cannot take "your" as an object ("thank you for your welcome"). */
const CLAUSE_OPENERS = new Set(["and", "but", "so", "yes", "yeah", "no", "oh", "well", "ok", "okay", "maybe", "perhaps", "think", "guess", "believe", "suppose", "bet", "hope", "sure", "because", "if", "when", "since", "hey", "thanks"]);
/** Words after "your going to" that are places, not verbs: "your going to work every day". */
const PLACE_NOUNS = new Set(["work", "school", "bed", "church", "class", "college", "court", "sea", "market", "town", "prison", "jail", "hospital", "lunch", "dinner", "breakfast", "sleep", "university"]);
/** "Your coming tonight?", "Your kidding!": time words and adverbs that close "you're + -ing". */
const AFTER_YOURE_ING = new Set(["tonight", "tomorrow", "today", "now", "soon", "later", "next", "again", "too", "well", "great", "fine", "ok", "okay", "right", "really", "here", "there", "home", "back"]);
/** "Your not allowed": after "your not", words that only fit "you are not". */
const AFTER_YOURE_NOT = new Set(["allowed", "supposed", "sure", "alone", "ready", "able", "kidding", "serious", "wrong", "right", "welcome"]);

/** "quite" describes the state after these verbs: "was quite at night" means "quiet". */
const LINKING = new Set(["be", "seem", "become", "get", "stay", "keep", "remain", "fall", "go", "look", "sound", "feel"]);
/** Intensifiers that cannot stand before "quite" (the adverb): "very quite", "so quite", "too quite". */
const BEFORE_QUIET = new Set(["very", "so", "too", "extremely", "really", "super", "completely", "totally", "more", "less", "pretty", "fairly", "incredibly", "unusually", "strangely", "perfectly", "always", "usually", "often", "still"]);
/** Words after "quite" that close the adjective "quiet": "quite at night", "quite during the exam". */
const AFTER_QUIET = new Set(["and", "but", "or", "during", "after", "before", "until", "since", "here", "there", "now", "today", "tonight", "again", "inside", "outside", "when", "because", "except", "compared", "for", "at", "in", "on"]);
/**
 * After "quite in/at/on", only times and places: "quite at night", "quite in the morning", but not
 * "quite at home", "quite at ease", "quite in line with", "quite in the dark", "quite on time".
 */
const QUIET_TIMES = new Set(["night", "nights", "weekends", "weekdays", "lunchtime", "midnight", "dawn", "dusk", "noon", "first", "winter", "summer", "spring", "autumn", "here", "there", "holidays", "sundays", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays"]);
const QUIET_PLACES = new Set(["morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "weekend", "week", "winter", "summer", "library", "countryside", "village", "office", "house", "room", "building", "park", "area", "street", "suburbs", "mountains", "moment", "holidays", "city", "town", "centre", "center", "garden", "hotel", "classroom"]);
/** After "quite, ": a parenthesis ("quite, you know, hard"), not the end of "quiet". */
const PARENTHESIS = new Set(["you", "i", "er", "erm", "um", "uh", "well", "actually", "honestly", "frankly", "really", "perhaps", "maybe"]);
/** Nouns that "a quiet …" describes: "a quite place to study" cannot be the adverb. */
const QUIET_NOUNS = new Set(["place", "street", "room", "area", "neighbourhood", "neighborhood", "town", "village", "night", "evening", "morning", "afternoon", "corner", "spot", "cafe", "café", "life", "moment", "voice", "day", "weekend", "road", "beach", "hotel", "house", "office", "library", "person", "man", "woman", "girl", "boy", "child", "student", "guy", "time", "week", "area", "neighbour", "neighbor", "flat", "apartment", "lake", "park", "garden"]);

/** "-ing" words that are usually nouns: "Whose wedding was it?", "Whose building is that?" */
const ING_NOUNS = new Set(["building", "meeting", "painting", "wedding", "training", "setting", "morning", "evening", "ceiling", "thing", "king", "ring", "string", "spring", "wing", "sibling", "darling", "pudding", "clothing", "feeling", "opening", "ending", "beginning", "heading", "reading", "writing", "drawing", "recording", "booking", "parking", "washing", "lodging", "icing", "lighting", "landing", "filling", "funding", "understanding", "warning", "offering", "listing", "posting", "earring", "dumpling", "duckling", "ping", "sling", "swing", "thing", "sing", "bring", "spring", "sting"]);
/** After "whose + -ing", words that show a verb ("Whose coming tonight?"), not a noun ("Whose painting is this?"). */
const AFTER_WHOS_ING = new Set(["to", "with", "tonight", "tomorrow", "today", "now", "later", "here", "there", "home", "back", "over", "along", "up", "out", "first", "next", "on", "at", "for", "the", "a", "an", "me", "us", "you", "him", "her", "them", "my", "your", "our", "this", "soon"]);
/** Predicate words after "whose" that only fit "who is": "Whose ready?", "Whose in charge?" */
const AFTER_WHOS = new Set(["ready", "free", "hungry", "thirsty", "next", "available", "busy", "interested", "responsible", "afraid", "tired", "awake", "online", "in", "on", "up", "there", "here", "going", "coming", "excited", "able", "allowed", "sure", "right", "wrong"]);
/** "Who's right is another question", "Who's next is up to you": "who is" in a subject clause. */
const WHO_IS_PREDICATES = new Set(["right", "wrong", "next", "online", "offline", "first", "last", "home", "there", "here", "ready", "free", "boss", "best", "better", "fine", "ok", "okay", "alive", "away", "available", "busy", "responsible", "guilty", "in", "out", "up", "down", "on", "off", "who", "what", "where", "winning", "back"]);
/** Where a question "whose/who's" can start: "Whose coming?", "Do you know whose coming?" */
const WHO_OPENERS = new Set(["know", "wonder", "wondering", "ask", "asked", "asking", "tell", "guess", "see", "idea", "sure", "and", "but", "so", "remember"]);

/** Lower-case names of languages and nationalities that are never ordinary words. */
const NATIONALITIES = new Set([
  "english", "spanish", "italian", "portuguese", "russian", "chinese", "japanese", "korean", "german", "arabic", "swedish",
  "greek", "turkish", "hindi", "vietnamese", "american", "british", "canadian", "mexican", "brazilian", "indian", "irish",
  "scottish", "norwegian", "finnish", "thai", "australian", "european", "asian", "african", "colombian", "chilean",
  "peruvian", "egyptian", "moroccan", "nigerian", "kenyan", "israeli", "iranian", "ukrainian", "romanian", "hungarian",
  "austrian", "belgian", "indonesian", "malaysian", "filipino", "pakistani", "bengali", "urdu", "swahili", "hebrew",
  "catalan", "croatian", "serbian", "bulgarian", "icelandic", "cantonese", "tamil", "punjabi", "taiwanese", "argentinian",
  "venezuelan", "cuban", "czech", "slovak", "slovenian", "lithuanian", "latvian", "estonian", "albanian", "syrian",
  "lebanese", "saudi", "ethiopian", "ghanaian", "tunisian", "algerian", "nepali", "mongolian", "scandinavian",
]);
/**
 * Nationality words that are also ordinary words: "french fries", "polish the code", "go dutch",
 * "a danish" (a pastry), "to welsh on a deal". Capitalised only where they plainly name a language
 * or a people.
 */
const AMBIGUOUS_NATIONALITIES = new Set(["french", "polish", "dutch", "danish", "welsh"]);
const LANGUAGE_VERBS = new Set(["speak", "learn", "study", "teach", "understand", "practise", "practice", "know", "write", "read"]);
/** Nouns that a nationality describes: "a french teacher", "polish people" (not "french fries"). */
const NATIONALITY_NOUNS = new Set([
  "people", "person", "man", "men", "woman", "women", "guy", "friend", "friends", "girlfriend", "boyfriend", "wife", "husband",
  "family", "colleague", "colleagues", "teacher", "teachers", "class", "classes", "lesson", "lessons", "course", "food",
  "cuisine", "restaurant", "restaurants", "wine", "wines", "cheese", "culture", "language", "government", "president",
  "company", "companies", "citizen", "citizens", "word", "words", "accent", "film", "films", "movie", "movies", "music",
  "song", "songs", "book", "books", "novel", "novels", "city", "cities", "village", "students", "student", "tourist",
  "tourists", "history", "literature", "grammar", "speaker", "speakers", "translation", "exam", "king", "queen", "artist",
  "artists", "writer", "writers", "author", "authors", "singer", "flag", "border", "coast", "embassy", "passport", "grandmother",
  "grandfather", "mother", "father", "parents", "neighbours", "neighbors", "cooking", "name", "names", "chef",
]);
const DAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
/** Months; "may", "march" and "august" are also ordinary words, and harper checks "march" itself. */
const MONTHS = new Set(["january", "february", "april", "june", "july", "september", "october", "november", "december"]);

/** A language or nationality word, written either way: "English and french". */
const isLanguage = (t: Token | undefined) => t !== undefined && (NATIONALITIES.has(t.lower) || AMBIGUOUS_NATIONALITIES.has(t.lower));
const isPunct = (t: Token | undefined) => t !== undefined && t.pos === "PUNCT" && !/^[-'’]$/.test(t.text);


/** The token after t, spaces skipped (punctuation included), within the sentence. */
function nextToken(a: Analysis, i: number): Token | undefined {
  const s = a.tokens[i]!.sentence;
  for (let k = i + 1; k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    if (t.sentence !== s) return undefined;
    if (t.pos !== "SPACE") return t;
  }
  return undefined;
}

function prevToken(a: Analysis, i: number): Token | undefined {
  const s = a.tokens[i]!.sentence;
  for (let k = i - 1; k >= 0; k--) {
    const t = a.tokens[k]!;
    if (t.sentence !== s) return undefined;
    if (t.pos !== "SPACE") return t;
  }
  return undefined;
}

/**
 * Nothing more in this part of the sentence: punctuation or the end of the text comes next. A
 * line break is not enough: wrapped text breaks lines in the middle of a phrase.
 */

/** t opens a clause: first in its sentence, after punctuation, or after "and", "I think", "oh". */
function opensClause(a: Analysis, t: Token, openers: ReadonlySet<string>): boolean {
  const p = prevToken(a, t.i);
  // a spaced dash opens a clause too: "Thanks! - Your welcome."
  return p === undefined || isPunct(p) || (/^[-–—]$/.test(p.text) && p.space !== "") || openers.has(p.lower);
}

function checkAdvice(a: Analysis, t: Token, issues: Issue[]): void {
  const prev = prevWord(a, t.i);
  const next = nextWord(a, t.i);
  if (t.lower === "advice") {
    // "advice me to rest", "I advice you not to": a noun cannot take an object and an infinitive
    const after = next ? nextWord(a, next.i) : undefined;
    if (!next || !spaced(a, t, next)) return;
    const verbFrame = OBJECT_PRONOUNS.has(next.lower) && after && /^(?:to|not|against)$/.test(after.lower);
    // "I advice you", "could advice", "Could you advice me"
    const subjectWord = prev && (/^(?:i|we|they)$/.test(prev.lower) || MODALS.test(prev.lower) || (prev.lower === "you" && MODALS.test(prevWord(a, prev.i)?.lower ?? "")));
    const subject = subjectWord && (OBJECT_PRONOUNS.has(next.lower) || next.lower === "against");
    if (!verbFrame && !subject) return;
    // a third-person subject: most often a story ("my doctor advised me"), or a habit ("always advises")
    const habit = prev !== undefined && FREQUENCY.has(prev.lower);
    const who = habit ? prevWord(a, prev.i) : prev;
    const third = who !== undefined && (/^(?:he|she|it)$/.test(who.lower) || who.pos === "NOUN" || who.pos === "PROPN");
    const fix = !third ? "advise" : habit ? "advises" : "advised";
    issues.push(makeIssue("confusions.advice-verb", t, "word-choice", `"Advice" is the noun; the verb is "advise": "${fix} ${next.lower}".`, matchCase(fix, t.text)));
    return;
  }
  // "a good advise", "thanks for your advise": after a determiner, the noun "advice" is meant
  let det = prev;
  for (let k = 0; k < 2 && det && (ADVICE_ADJECTIVES.has(det.lower) || /^(?:very|really|quite)$/.test(det.lower)); k++) det = prevWord(a, det.i);
  const closes = endsPhrase(a, t) || /^(?:on|about|from|was|is)$/.test(next?.lower ?? "");
  const forAdvice = prev?.lower === "for" && closes;
  // "some advise caution" is a verb; "some useful advise", "some advise about" are not
  const some = det?.lower === "some" && (det !== prev || closes);
  if (!forAdvice && !some && !(det && NOUN_DETERMINERS.has(det.lower))) return;
  // "… advise patients", "… advise them to": a verb with its object
  if (next && (OBJECT_PRONOUNS.has(next.lower) || next.pos === "DET" || next.pos === "NOUN" || next.pos === "PROPN" || next.lower === "to" || next.lower === "against")) return;
  issues.push(makeIssue("confusions.advise-noun", t, "word-choice", `"Advise" (with a z sound) is the verb; the noun is "advice"${det && /^an?$/.test(det.lower) ? `, and it takes no "a": "some ${a.text.slice(det.end + 1, t.start)}advice" or "a piece of ${a.text.slice(det.end + 1, t.start)}advice"` : ""}.`, matchCase("advice", t.text)));
}

function checkYour(a: Analysis, t: Token, issues: Issue[]): void {
  const next = nextWord(a, t.i);
  if (!next || !spaced(a, t, next)) return;
  const fix = matchCase("you're", t.text);
  const report = (what: string) => issues.push(makeIssue("confusions.your-youre", t, "word-choice", `"Your" shows possession ("your bag"); here you mean "you are": "${fix} ${what}".`, fix));
  const opens = opensClause(a, t, CLAUSE_OPENERS);
  const after = nextWord(a, next.i);
  if (next.lower === "welcome" && opens) {
    // "Your welcome!", "Your welcome to stay", but not "Your welcome to the team was warm"
    if (endsPhrase(a, next) || (after?.lower === "to" && nextWord(a, after.i)?.pos === "VERB" && nextWord(a, after.i)!.lemma === nextWord(a, after.i)!.lower)) report("welcome");
    return;
  }
  if (next.lower === "right" && opens) {
    // "Your right, I was wrong", "I think your right about that", not "It's your right" or "on your right"
    if (endsPhrase(a, next) || after?.lower === "about") report("right");
    return;
  }
  // "let me know if your at home": "your" before "at" can only be "you're" ("your at-home setup" aside)
  if (next.lower === "at" && after && spaced(a, next, after) && a.text[next.end] !== "-" && /^(?:home|work|school|the|a|an|my|our|least|risk)$/.test(after.lower)) {
    report(`at ${after.lower}`);
    return;
  }
  if (next.lower === "not" && after && spaced(a, next, after) && AFTER_YOURE_NOT.has(after.lower)) {
    report(`not ${after.lower}`);
    return;
  }
  if (!/ing$/.test(next.lower) || next.lemma === next.lower) return;
  // "your going to love it": "going to" and a verb, not "your going to work every day"
  if (next.lower === "going" && after?.lower === "to") {
    const verb = nextWord(a, after.i);
    const isVerb = verb && ((verb.pos === "VERB" && verb.lemma === verb.lower) || verb.lower === "like");
    if (verb && isVerb && !PLACE_NOUNS.has(verb.lower)) report(`going to ${verb.lower}`);
    return;
  }
  // "Your kidding!", "Your coming tonight?": a gerund subject would need a verb after it
  if (opens) {
    let k: Token | undefined = next;
    let steps = 0;
    while (k && !endsPhrase(a, k) && steps < 2) {
      k = nextWord(a, k.i);
      if (!k || !AFTER_YOURE_ING.has(k.lower)) return;
      steps++;
    }
    if (k && endsPhrase(a, k)) report(next.lower);
  }
}

function checkQuite(a: Analysis, t: Token, issues: Issue[]): void {
  const prev = prevWord(a, t.i);
  if (!prev) return;
  const report = () => issues.push(makeIssue("confusions.quite-quiet", t, "word-choice", `"Quite" means "rather" or "completely"; for "not noisy" write "quiet".`, matchCase("quiet", t.text)));
  // "a quite place to study"
  if (NOUN_DETERMINERS.has(prev.lower) && prev.lower !== "no" && prev.lower !== "much") {
    const noun = nextWord(a, t.i);
    if (noun && QUIET_NOUNS.has(noun.lower) && spaced(a, t, noun) && a.text[noun.end] !== "-") report();
    return;
  }
  // "the street was quite at night", "please be quite", "it's very quite here"
  const before = prevToken(a, t.i);
  if (before !== prev) return;
  const linking = (prev.pos === "AUX" || prev.pos === "VERB") && LINKING.has(prev.lemma);
  // "nice and quite" (the pair "nice and quiet")
  const niceAnd = prev.lower === "and" && prevWord(a, prev.i)?.lower === "nice";
  if (!linking && !niceAnd && !BEFORE_QUIET.has(prev.lower)) return;
  const n = nextToken(a, t.i);
  if (endsPhrase(a, t) && n?.text !== ",") {
    report();
    return;
  }
  if (!n) return;
  if (n.text === ",") {
    // "quite, quite beautiful" is the adverb repeated
    const after = nextWord(a, n.i);
    if (!after || (after.lower !== "quite" && after.pos !== "ADJ" && after.pos !== "ADV" && !PARENTHESIS.has(after.lower))) report();
    return;
  }
  if (!AFTER_QUIET.has(n.lower)) return;
  const after = nextWord(a, n.i);
  if (/^(?:in|at|on)$/.test(n.lower)) {
    // "quite at night", "quite in the evening", "quite on Sundays"
    let third = after ? nextWord(a, after.i) : undefined;
    if (third && /^(?:early|late)$/.test(third.lower)) third = nextWord(a, third.i);
    const time = after && (QUIET_TIMES.has(after.lower) || DAYS.has(after.lower.replace(/s$/, "")) || /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)s?$/.test(after.text));
    const place = after && /^(?:the|this|that|our|my|their|weekday)$/.test(after.lower) && third && QUIET_PLACES.has(third.lower);
    if (!time && !place) return;
  }
  if (n.lower === "for" && !(after && /^(?:a|an|hours|days|minutes|weeks|once|now|ages|most)$/.test(after.lower))) return;
  // "quite and utterly wrong"
  if ((n.lower === "and" || n.lower === "or" || n.lower === "but") && after && (after.pos === "ADV" && /ly$/.test(after.lower))) return;
  report();
}

/** The rest of the sentence asks about an object: "Whose painting on the wall is this?" */
function asksAboutObject(a: Analysis, from: Token): boolean {
  const s = a.sentences[from.sentence]!;
  const rest = a.text.slice(from.end, s.end).toLowerCase();
  return /\b(?:is|was|are|were)\s+(?:this|that|these|those|it|they)\b/.test(rest);
}

function checkWhose(a: Analysis, t: Token, issues: Issue[]): void {
  if (!opensClause(a, t, WHO_OPENERS)) return;
  const next = nextWord(a, t.i);
  if (!next || !spaced(a, t, next) || a.text[next.end] === "-" || asksAboutObject(a, next)) return;
  const fix = matchCase("who's", t.text);
  let ok = false;
  if (/ing$/.test(next.lower) && next.lemma !== next.lower && !ING_NOUNS.has(next.lower)) {
    const after = nextToken(a, next.i);
    ok = endsPhrase(a, next) || (after !== undefined && AFTER_WHOS_ING.has(after.lower));
  } else if (AFTER_WHOS.has(next.lower)) {
    const after = nextToken(a, next.i);
    ok = endsPhrase(a, next) || (after !== undefined && /^(?:for|to|with|at|now|tonight|today|tomorrow|charge|call)$/.test(after.lower));
    if (next.lower === "in" || next.lower === "on" || next.lower === "up") ok = after !== undefined && /^(?:charge|call|duty|for|the|next|first|today|tonight|tomorrow)$/.test(after.lower);
  }
  if (!ok) return;
  issues.push(makeIssue("confusions.whose-whos", t, "word-choice", `"Whose" asks about an owner ("Whose bag is this?"); here you mean "who is": "${fix} ${next.lower}".`, fix));
}


const VERB_COMPOUNDS: Record<string, string> = { rollback: "roll back", setup: "set up", login: "log in", logout: "log out", signup: "sign up", backup: "back up", shutdown: "shut down", cleanup: "clean up", checkin: "check in", lookup: "look up", pickup: "pick up" };

function checkWhos(a: Analysis, who: Token, issues: Issue[]): void {
  const s = a.tokens[who.i + 1];
  if (!s || !/^['’]s$/.test(s.text) || s.start !== who.end) return;
  // a question, or a relative clause after a noun: "the woman who's son is a doctor"
  const before = prevWord(a, who.i);
  if (!opensClause(a, who, WHO_OPENERS) && !(before && (before.pos === "NOUN" || before.pos === "PROPN" || /^(?:someone|anyone|everyone|somebody|anybody|everybody)$/.test(before.lower)))) return;
  const noun = nextWord(a, s.i);
  // "who's English was perfect": a language is what someone has, when a verb follows it
  const language = noun !== undefined && LANGUAGE_NAMES.test(noun.text);
  if (!noun || !spaced(a, s, noun) || (noun.text !== noun.lower && !language) || a.text[noun.end] === "-" || WHO_IS_PREDICATES.has(noun.lower)) return;
  if (!language && (!(noun.pos === "NOUN" || noun.pos === "VERB") || /(?:ing|ed)$/.test(noun.lower) || (noun.lemma !== noun.lower && noun.pos === "VERB"))) return;
  const be = nextWord(a, noun.i);
  if (!be || !/^(?:is|are|was|were|had|has)$/.test(be.lower) || !spaced(a, noun, be)) return;
  const span = { start: who.start, end: s.end };
  const fix = matchCase("whose", who.text);
  issues.push(makeIssue("confusions.whos-whose", span, "word-choice", `"Who's" means "who is"; to ask about an owner, write "${fix.toLowerCase()} ${noun.text}".`, fix));
}

function checkCapital(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.text !== t.lower || insideCode(a.code, t)) return;
  const report = (kind: string, fix: string) => issues.push(makeIssue("confusions.capital", t, "capitalization", `Names of ${kind} start with a capital letter in English: "${fix}".`, fix));
  if (DAYS.has(t.lower) || (t.lower.endsWith("s") && DAYS.has(t.lower.slice(0, -1)))) {
    report("days", capitalize(t.lower));
    return;
  }
  if (MONTHS.has(t.lower)) {
    report("months", capitalize(t.lower));
    return;
  }
  if (NATIONALITIES.has(t.lower)) {
    report("languages and nationalities", capitalize(t.lower));
    return;
  }
  if (!AMBIGUOUS_NATIONALITIES.has(t.lower)) return;
  const prev = prevWord(a, t.i);
  const next = nextWord(a, t.i);
  const after = nextToken(a, t.i);
  const bare = endsPhrase(a, t) || (after !== undefined && /^(?:and|or|but|too|well|fluently|now)$/.test(after.lower));
  const listed = prev !== undefined && /^(?:and|or|,)$/.test(prev.lower) && isLanguage(prevToken(a, prev.i));
  const named =
    // "I speak french", "she is learning dutch for a year", "English and french"
    (prev !== undefined && LANGUAGE_VERBS.has(prev.lemma) && (prev.pos === "VERB" || prev.pos === "AUX") && !(next && next.pos === "NOUN" && spaced(a, t, next))) ||
    (listed && bare) ||
    // "a little french", "fluent dutch"
    (prev !== undefined && /^(?:little|fluent|basic|broken|perfect)$/.test(prev.lower) && bare) ||
    // "in french", "into dutch"
    (prev !== undefined && /^(?:in|into|from)$/.test(prev.lower) && bare && t.lower !== "polish") ||
    // "my french is basic"
    (prev !== undefined && /^(?:my|his|her|our|their|your)$/.test(prev.lower) && next !== undefined && (next.pos === "AUX" || /^(?:is|was|has|isn't|wasn't)$/.test(next.lower)) && t.lower !== "polish") ||
    // "she is french"
    (prev !== undefined && /^(?:am|is|are|was|were|['’]m|['’]re|['’]s)$/.test(prev.lower) && bare && t.lower !== "polish") ||
    // "a french teacher", "polish people"
    (next !== undefined && spaced(a, t, next) && NATIONALITY_NOUNS.has(next.lower));
  if (named) report("languages and nationalities", capitalize(t.lower));
}

/** Places that a "where" clause describes: "the café where we met". */
const PLACES = new Set(["restaurant", "place", "city", "town", "house", "café", "cafe", "hotel", "village", "country", "street", "park", "school", "office", "room", "bar", "shop", "beach", "area", "building", "flat", "apartment", "club", "gym", "library", "museum", "market", "station", "neighbourhood", "neighborhood", "island", "camp", "square", "garden", "kitchen", "pub", "university", "hospital", "church", "farm", "lake", "spot", "corner"]);

/** States after "they're": "they're bored", not "their bored". */
const THEYRE_STATES = new Set(["bored", "tired", "happy", "ready", "sure", "right", "wrong", "late", "busy", "hungry", "afraid", "scared", "angry", "sad", "excited", "worried", "lucky", "sorry", "fine", "ok", "okay", "married", "single", "free", "online", "here", "going", "coming", "always", "never", "still", "not", "so", "very", "too", "really", "all", "both"]);
/** Adjectives that are not also verbs: after "is to", they show "too" was meant ("is to sweet"). */
const TOO_ADJECTIVES = new Set(["sweet", "expensive", "cheap", "hot", "cold", "late", "early", "big", "small", "difficult", "hard", "easy", "tired", "busy", "long", "short", "old", "young", "heavy", "salty", "spicy", "loud", "noisy", "far", "crowded", "dangerous", "boring", "bored", "much", "many", "soon", "high", "low", "tight", "small", "large", "slow", "fast", "strict", "complicated", "stressful", "tiring", "risky", "weak", "strong", "bright", "dark", "sad", "happy", "shy", "lazy", "sick", "ill", "hungry", "full", "crowded", "quiet"]);
const BE_FORMS = /^(?:is|are|was|were|be|been|am|'m|’m|'s|’s|'re|’re|isn't|wasn't|aren't|weren't|seems|seemed|looks|looked|felt|feel|feels|got|get|gets)$/;

/** "would loose my passport", "to loose weight": the verb is "lose". */
function checkLoose(a: Analysis, t: Token, issues: Issue[]): void {
  const prev = prevWord(a, t.i);
  const next = nextWord(a, t.i);
  if (!prev || !next) return;
  const verbSlot = MODALS.test(prev.lower) || /^(?:to|not|never|n't|n’t|don't|don’t|didn't|didn’t|doesn't|doesn’t|won't|won’t|can't|can’t)$/.test(prev.lower);
  const object = /^(?:my|your|his|her|our|their|its|the|a|an|this|that|weight|money|time|it|them|everything|interest|control|hope|touch|contact)$/.test(next.lower);
  if (!verbSlot || !object || !spaced(a, t, next)) return;
  // "to loose the arrow" is rare; "to loose" before a noun is nearly always "lose"
  issues.push(makeIssue("confusions.loose-lose", t, "word-choice", `The verb is "lose" (one "o"); "loose" means not tight.`, matchCase("lose", t.text)));
}

function checkTheir(a: Analysis, t: Token, issues: Issue[]): void {
  const prev = prevWord(a, t.i);
  // "I will go their tomorrow" → "there": a place after a verb of going or being, with nothing owned after it
  if (t.lower === "their" && prev && /^(?:go|goes|went|gone|going|come|comes|came|coming|live|lives|lived|living|stay|stays|stayed|staying|get|got|getting|be|been|was|were)$/.test(prev.lower)) {
    const after = a.tokens[t.i + 1];
    if (!after || !after.isWord ? /^\s*(?:[.,;!?]|$)/.test(a.text.slice(t.end)) : /^(?:tomorrow|today|tonight|yesterday|now|again|soon|later|early|by|with|before|after|and|because|alone|together|for|until|since)$/.test(after.lower)) {
      issues.push(makeIssue("confusions.their-there", t, "word-choice", `For a place, write "there"; "their" shows who owns something.`, matchCase("there", t.text)));
      return;
    }
  }
  const next = nextWord(a, t.i);
  if (!next || !spaced(a, t, next)) return;
  // "bring there own food" → "their own"
  if (t.lower === "there" && next.lower === "own" && prev && prev.lower !== "is" && prev.lower !== "are") {
    issues.push(makeIssue("confusions.their-there", t, "word-choice", `To say who something belongs to, write "their" ("their own").`, matchCase("their", t.text)));
    return;
  }
  // "they say their bored" → "they're bored"
  if (t.lower === "their" && THEYRE_STATES.has(next.lower) && next.pos !== "NOUN") {
    const after = nextToken(a, next.i);
    const closes = endsPhrase(a, next) || (after !== undefined && /^(?:and|but|or|because|to|about|of|with|now|today|tonight|here|there|at|in)$/.test(after.lower));
    const adverb = /^(?:always|never|still|not|so|very|too|really|all|both)$/.test(next.lower);
    const head = prev && (/^(?:say|says|said|think|thinks|know|knows|hope|feel|because|if|when|but|and|so|maybe|sure)$/.test(prev.lower) || prev.pos === "PUNCT");
    const adverbThen = adverb && after && /^(?:bored|tired|happy|ready|sure|right|wrong|late|busy|hungry|afraid|scared|angry|sad|excited|worried|going|coming)$/.test(after.lower);
    if (head && ((!adverb && closes) || adverbThen) && (next.pos === "ADJ" || next.pos === "VERB" || next.pos === "ADV")) {
      issues.push(makeIssue("confusions.their-theyre", t, "word-choice", `"Their" shows who owns something; "they're" means "they are": "they're ${next.lower}".`, matchCase("they're", t.text)));
    }
  }
}

/** "the desserts are to sweet" → "too sweet" */
function checkToo(a: Analysis, t: Token, issues: Issue[]): void {
  const prev = prevWord(a, t.i);
  const next = nextWord(a, t.i);
  if (!prev || !next || !BE_FORMS.test(prev.lower) || !TOO_ADJECTIVES.has(next.lower) || !spaced(a, t, next)) return;
  const after = nextToken(a, next.i);
  if (!(endsPhrase(a, next) || (after !== undefined && /^(?:for|to|and|but|because|now|today)$/.test(after.lower)))) return;
  issues.push(makeIssue("confusions.to-too", t, "word-choice", `"Too" means "more than is good": "too ${next.lower}".`, matchCase("too", t.text)));
}

/** "turn of the speakers" → "turn off" */
function checkOf(a: Analysis, t: Token, issues: Issue[]): void {
  const verb = prevWord(a, t.i);
  const det = nextWord(a, t.i);
  // "the lights went of." → "went off": "of" never ends a clause after these verbs
  if (verb && /^(?:went|go|goes|going|gone|turn|turns|turned|turning|switch|switches|switched|switching)$/.test(verb.lower) && spaced(a, verb, t) && /^[ \t]*(?:[.,!;]|$)/.test(a.text.slice(t.end))) {
    issues.push(makeIssue("confusions.of-off", t, "spelling", `Here you mean "off" (double "f"): "${verb.lower} off"; "of" shows belonging.`, matchCase("off", t.text)));
    return;
  }
  if (!verb || !det || !/^(?:turn|turns|turned|turning|switch|switches|switched|switching)$/.test(verb.lower)) return;
  const before = prevWord(a, verb.i);
  // "the turn of the century", "a switch of the lights" are nouns
  if (before && (before.pos === "DET" || before.pos === "ADJ" || /^(?:a|the|this|that|every|each|my|your|our|their|his|her|its)$/.test(before.lower))) return;
  const object = /^(?:the|your|my|his|her|our|their|this|that|it|them|everything|all)$/.test(det.lower);
  if (!object) return;
  const noun = nextWord(a, det.i);
  if (det.lower === "the" && noun && /^(?:century|year|tide|events?|decade|season|millennium)$/.test(noun.lower)) return;
  issues.push(makeIssue("confusions.of-off", t, "word-choice", `To stop a machine or a light, "${verb.lower} off" (double "f"); "of" shows belonging.`, matchCase("off", t.text)));
}

/** "more important that money" → "than money": a comparison takes "than" */
function checkThat(a: Analysis, t: Token, issues: Issue[]): void {
  const adjective = prevWord(a, t.i);
  const before = adjective && prevWord(a, adjective.i);
  if (!adjective || !before || adjective.pos !== "ADJ") return;
  const comparative = /^(?:more|less)$/.test(before.lower) || COMPARATIVES.has(adjective.lower);
  if (!comparative) return;
  // "is more important that money", but not "something more complex that changes …" (a relative clause)
  let verb = prevWord(a, (/^(?:more|less)$/.test(before.lower) ? before : adjective).i);
  while (verb && /^(?:much|far|even|a|lot|bit|way|still|not|n't|n’t)$/.test(verb.lower)) verb = prevWord(a, verb.i);
  if (!verb || !/^(?:is|are|was|were|be|been|'s|’s|'re|’re|seems?|seemed|becomes?|became)$/.test(verb.lower)) return;
  // what follows must be a bare noun phrase to the end: "that money.", not "that we finish"
  const s = a.sentences[t.sentence]!;
  let n = 0;
  let last: Token | undefined;
  for (let k = t.i + 1; k < s.last; k++) {
    const w = a.tokens[k]!;
    if (!w.isWord) { if (/[,;.!?]/.test(w.text)) break; continue; }
    // ("taller that his brother", "older that me", "the old one": still the thing compared)
    if ((w.pos === "PRON" || w.pos === "NUM") && (POSSESSIVES.has(w.lower) || OBJECT_PRONOUNS.has(w.lower) || /^ones?$/.test(w.lower))) {
      n++;
      last = w;
      continue;
    }
    if (w.pos === "VERB" || w.pos === "AUX" || w.pos === "PRON" || w.pos === "SCONJ" || w.pos === "ADP") return;
    if (/^(?:is|are|was|were|be|will|can|would|should|has|have|had|do|does|did)$/.test(w.lower)) return;
    n++;
    last = w;
  }
  if (!last || n > 4 || !(last.pos === "NOUN" || last.pos === "PROPN" || OBJECT_PRONOUNS.has(last.lower) || /^ones?$/.test(last.lower)) || !endsPhrase(a, last)) return;
  issues.push(makeIssue("confusions.than-that", t, "word-choice", `A comparison takes "than": "${adjective.lower} than …".`, matchCase("than", t.text)));
}

/**
 * "I go to the gym everyday" → "every day": "everyday" is an adjective and stands before its noun
 * ("everyday life", "an everyday task"); anywhere else it is the time phrase "every day".
 */
function checkEveryday(a: Analysis, t: Token, issues: Issue[]): void {
  const next = nextToken(a, t.i);
  if (next && next.isWord && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN") && spaced(a, t, next)) return;
  if (insideCode(a.code, t) || (t.text !== t.lower && t.text !== "Everyday")) return;
  // "Everyday English": a title or a name in capitals
  if (next?.isWord && /^\p{Lu}/u.test(next.text) && next.text !== "I") return;
  issues.push(makeIssue("confusions.everyday", t, "spelling", `As a time phrase it is two words: "every day" ("I run every day"); "everyday" describes a noun ("everyday life").`, matchCase("every day", t.text)));
}

/**
 * "cant" and "wont" are words of their own (hypocrisy; a habit): after a subject and before a verb
 * they are "can't" and "won't". The tokenizer reads them as "ca" + "nt", "wo" + "nt".
 */
function checkBareNegative(a: Analysis, t: Token, issues: Issue[]): void {
  const nt = a.tokens[t.i + 1];
  if (!nt || nt.lower !== "nt" || nt.start !== t.end) return;
  const prev = prevWord(a, t.i);
  const next = nextWord(a, nt.i);
  const subject = prev && (PERSONAL_SUBJECTS.has(prev.lower) || /^(?:it|that|this|there|who|which|everyone|someone|nobody)$/.test(prev.lower) || prev.pos === "NOUN" || prev.pos === "PROPN") && spaced(a, prev, t);
  // "as is his wont", "she was wont to": the noun and the old adjective
  if (!subject || !next || !spaced(a, nt, next) || next.lower === "to" || (next.pos !== "VERB" && next.pos !== "AUX" && next.pos !== "ADV") || insideCode(a.code, t)) return;
  const word = a.text.slice(t.start, nt.end);
  const fixed = t.lower === "ca" ? "can't" : "won't";
  issues.push(makeIssue("confusions.bare-negative", { start: t.start, end: nt.end }, "punctuation", `"${fixed}" needs its apostrophe ("${word.toLowerCase()}" without it is another word).`, matchCase(fixed, word)));
}

/**
 * ", specially jazz" → "especially": picking out one case is "especially"; "specially" means for a
 * special purpose ("specially designed", "made specially for you"), so only after a comma, before
 * what is picked out.
 */
function checkSpecially(a: Analysis, t: Token, issues: Issue[]): void {
  const before = a.tokens[t.i - 1];
  const next = nextWord(a, t.i);
  if (!before || !/^[,;(—–]$/.test(before.text) || !next || !spaced(a, t, next)) return;
  // (the tagger reads some nouns as bare verbs: ", specially jazz")
  const named = ["NOUN", "PROPN", "DET", "PRON", "NUM"].includes(next.pos) || (next.pos === "VERB" && next.lower === next.lemma && /^\s*[,.;:!?]/.test(a.text.slice(next.end)));
  if (!named && !/^(?:when|if|in|on|at|with|during|after|because|since|among)$/.test(next.lower)) return;
  issues.push(makeIssue("confusions.especially", t, "word-choice", `To pick out one case, say "especially"; "specially" means "for a special purpose".`, matchCase("especially", t.text)));
}

export const confusions: Rule = {
  id: "confusions",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      switch (t.lower) {
        case "specially":
          checkSpecially(a, t, issues);
          break;
        case "an": {
          // "An other problem is …" → "Another": one word ("the other", "each other" are two)
          const other = nextWord(a, t.i);
          if (other?.lower === "other" && a.text.slice(t.end, other.start) === " " && a.text[other.end] !== "-") {
            issues.push(makeIssue("confusions.another", { start: t.start, end: other.end }, "spelling", `"Another" is one word.`, matchCase("another", t.text)));
          }
          break;
        }
        case "advice":
        case "advise":
          checkAdvice(a, t, issues);
          break;
        case "your":
          checkYour(a, t, issues);
          break;
        case "quite":
          checkQuite(a, t, issues);
          break;
        case "whose":
          checkWhose(a, t, issues);
          break;
        case "who":
          checkWhos(a, t, issues);
          break;
        case "wether": {
          // "the wether is nice" means "weather" (harper says so); the animal needs a determiner too
          const prev = prevWord(a, t.i);
          if (prev && (prev.pos === "DET" || prev.pos === "ADJ" || POSSESSIVES.has(prev.lower))) break;
          issues.push(makeIssue("confusions.wether", t, "spelling", `The word that introduces a choice is spelt "whether" ("whether it rains or not").`, matchCase("whether", t.text)));
          break;
        }
        case "loose":
          checkLoose(a, t, issues);
          break;
        case "their":
        case "there":
          checkTheir(a, t, issues);
          break;
        case "to":
          checkToo(a, t, issues);
          break;
        case "of":
          checkOf(a, t, issues);
          break;
        case "that":
          checkThat(a, t, issues);
          break;
        case "were": {
          // "a small restaurant were we often ate" → "where": after a place, "were" cannot start a clause
          const place = prevWord(a, t.i);
          const subject = nextWord(a, t.i);
          const verb = subject && nextWord(a, subject.i);
          if (place && subject && verb && PLACES.has(place.lower) && spaced(a, place, t) && spaced(a, t, subject)
            && /^(?:i|we|they|he|she|you)$/.test(subject.lower) && (verb.pos === "VERB" || verb.pos === "ADV" || verb.pos === "AUX") && !/^(?:to|not|all|both)$/.test(verb.lower)) {
            issues.push(makeIssue("confusions.were-where", t, "word-choice", `For a place, use "where" ("the restaurant where we ate"); "were" is a form of "be".`, matchCase("where", t.text)));
          }
          break;
        }
        case "felt": {
          // "I felt asleep" → "fell asleep"; "felt in love" → "fell in love"
          const next = nextWord(a, t.i);
          const after = next && nextWord(a, next.i);
          if (next && (next.lower === "asleep" || (next.lower === "in" && after?.lower === "love"))) {
            issues.push(makeIssue("confusions.fell-felt", t, "word-choice", `The past of "fall" is "fell": "fell ${next.lower === "asleep" ? "asleep" : "in love"}" ("felt" is the past of "feel").`, matchCase("fell", t.text)));
          }
          break;
        }
        case "peaces":
        case "peace": {
          // "four peaces of clothing", "a peace of cake" → "pieces", "piece" (but "peace of mind")
          const next = nextWord(a, t.i);
          const after = next && nextWord(a, next.i);
          const prev = prevWord(a, t.i);
          if (next?.lower === "of" && after && after.lower !== "mind" && (t.lower === "peaces" || prev?.lower === "a" || prev?.lower === "one")) {
            issues.push(makeIssue("confusions.piece-peace", t, "spelling", `A part of something is a "piece"; "peace" is the opposite of war.`, matchCase(t.lower === "peaces" ? "pieces" : "piece", t.text)));
          }
          break;
        }
        case "resent": {
          // "a resent study" → "a recent study": after a determiner and before a noun it describes, not the verb "resent"
          const prev = prevWord(a, t.i);
          const next = nextWord(a, t.i);
          if (prev && /^(?:a|the|this|that|his|her|my|our|their|your|its|more|most|very)$/.test(prev.lower) && next && next.pos === "NOUN" && spaced(a, t, next) && spaced(a, prev, t)) {
            issues.push(makeIssue("confusions.recent-resent", t, "spelling", `"Recent" means "new, from a short time ago"; "resent" is a verb (to feel angry about something).`, matchCase("recent", t.text)));
          }
          break;
        }
        case "rollback":
        case "setup":
        case "login":
        case "logout":
        case "signup":
        case "backup":
        case "shutdown":
        case "cleanup":
        case "checkin":
        case "lookup":
        case "pickup": {
          // "we should rollback" → "roll back": the one-word form is the noun, the verb is two words
          const prev = prevWord(a, t.i);
          const next = nextWord(a, t.i);
          const modal = prev && /^(?:can|could|should|will|would|must|might|may|shall|please|let's|let’s|cannot|n't|n’t|not|also|just)$/.test(prev.lower) && prev.pos !== "NOUN";
          const notNoun = !next || next.sentence !== t.sentence || /^(?:DET|PRON|ADP|ADV|PUNCT|SCONJ|CCONJ)$/.test(next.pos) || !next.isWord;
          if (modal && notNoun && spaced(a, prev, t) && !insideCode(a.code, t) && t.text === t.lower && !(prev.lower === "not" || prev.lower === "also" || prev.lower === "just") ) {
            const verb = VERB_COMPOUNDS[t.lower]!;
            issues.push(makeIssue("confusions.verb-compound", t, "spelling", `As a verb it is two words: "${verb}" ("${t.lower}" is the noun).`, verb));
          }
          break;
        }
        case "fastly":
          issues.push(makeIssue("confusions.fastly", t, "spelling", `"Fast" is already an adverb: "drive fast", not "fastly".`, matchCase("fast", t.text)));
          break;
        case "every": {
          // "Every people needs love" → "Everyone": "every" counts one at a time, "people" is many
          const people = nextWord(a, t.i);
          if (people?.lower === "people" && spaced(a, t, people)) {
            issues.push(makeIssue("confusions.every-people", { start: t.start, end: people.end }, "word-choice", `"Every" goes with one: "everyone" (or "every person", "all people").`, matchCase("everyone", t.text)));
          }
          break;
        }
        case "untill":
          // harper reads it as a wrong negative ("distill")
          if (!insideCode(a.code, t)) issues.push(makeIssue("confusions.untill", t, "spelling", `"Until" has one "l".`, matchCase("until", t.text)));
          break;
        case "alot":
          // harper proposes "allot"; a learner means "a lot"
          if (!insideCode(a.code, t)) issues.push(makeIssue("confusions.alot", t, "spelling", `"A lot" is two words ("a lot of homework", "thanks a lot").`, matchCase("a lot", t.text)));
          break;
        case "everyday":
          checkEveryday(a, t, issues);
          break;
        case "ca":
        case "wo":
          checkBareNegative(a, t, issues);
          break;
        default:
          checkCapital(a, t, issues);
      }
    }
    return issues;
  },
};
