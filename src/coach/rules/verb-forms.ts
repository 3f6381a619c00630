/**
 * Verb forms learners mix up, each flagged only where the sentence leaves no other reading:
 *
 * - "use to" for a past habit: "As kids we use to play outside" → "used to";
 * - "be/get used to" + a bare verb: "I'm used to wake up early" → "waking" ("to" is a preposition
 *   here, so an -ing form follows);
 * - a preposition + a bare verb with its object: "thanks for invite me" → "inviting", "without
 *   check the logs" → "checking", "I object to pay this fee" → "paying";
 * - "spend" + a length of time + "to": "I spent a week to fix it" → "fixing";
 * - a past participle as a past tense: "I seen it" → "saw", "we done it" → "did";
 * - "would be grateful if you can" → "could", "if you will" → "would" (the request is already in
 *   the conditional);
 * - a modal + an adjective without "be": "It will expensive" → "will be expensive";
 * - a sentence with no subject where English needs "it": "Was raining all day." → "It was",
 *   "When we left, was dark." → "it was";
 * - "to" + an -ing form where "to" can only start an infinitive: "I want to learning" → "learn";
 * - a wish about now in the present: "I wish I have more time" → "had";
 * - "suggest" + a person + "to": "he suggested me to use it" → "suggested that I use".
 *
 * Tagger tags alone are not trusted where a word can be a noun or a verb ("after work", "in use",
 * "for help"): the patterns rely on word lists and on what comes after the word.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { isQuestion, nextWord, prevWord, spaced } from "../text/analyze.ts";
import { ingForm, matchCase, participleForm, thirdPersonForm } from "../text/morph.ts";
import { OBJECT_OF, PERSONAL_SUBJECTS, SUBJECT_OF } from "./phrases.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";
import { wordTable } from "../text/word-table.ts";

const OBJECT_PRONOUNS = new Set(["me", "him", "us", "them"]);
/** Words that open a noun phrase: after a bare word, they show that the word was a verb with an object. */
const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "my", "your", "his", "her", "our", "their", "its", "some", "any", "every", "each"]);
/** "for help the first time", "after work this week": a time phrase after a noun, not an object after a verb. */
const TIME_AFTER_DETERMINER = new Set(["time", "times", "day", "days", "morning", "evening", "night", "week", "weekend", "month", "year", "moment", "minute", "hour", "first", "next", "last", "whole", "other", "same", "rest", "way"]);
const CLAUSE_LINKS = new Set(["and", "but", "or", "so", "because", "then"]);
const PARTICLES = new Set(["up", "out", "off", "down", "back"]);
const NEGATIONS = new Set(["not", "n't", "n’t"]);

/**
 * Verbs that are not used as bare nouns after a preposition, so "for invite me", "before start
 * the server", "without check the logs" can only be a verb that needs its -ing form. Words that
 * are also everyday nouns without an article are left out on purpose: work, help, use (handled
 * apart), change, study, practice, play, sleep, drink, travel, test, build, run, release, deploy,
 * update, review, support, order, plan, call, visit, talk, answer, contact, share, stay, leave.
 */
const BASE_VERBS = new Set([
  "invite", "start", "check", "learn", "make", "take", "give", "send", "write", "read", "find", "buy", "see", "meet",
  "join", "choose", "get", "bring", "keep", "finish", "create", "delete", "remove", "add", "install", "improve", "prepare",
  "reduce", "avoid", "open", "clean", "wash", "cook", "pay", "speak", "listen", "ask", "tell", "say", "explain",
  "understand", "eat", "lose", "forget", "remember", "accept", "apply", "attend", "organise", "organize", "solve",
  "manage", "follow", "complete", "allow", "hire", "save", "approve", "confirm", "cancel", "describe", "discuss",
  "provide", "protect", "prevent", "replace", "compare", "decide", "receive", "enjoy", "celebrate", "collect", "spend",
  "teach", "sell", "borrow", "lend", "carry", "catch", "hear", "hold", "wear", "drive", "grow", "sign", "reach",
  "introduce", "interrupt", "disturb", "bother", "inform", "remind", "let", "do", "be", "have", "become", "try", "fill",
  "wake", "agree", "refuse", "deny", "admit", "thank", "repeat", "fix",
]);

/** Verbs in BASE_VERBS that are also adjectives or nouns before a noun: "for clean energy", "in open source". */
const ADJECTIVE_VERBS = new Set(["open", "clean", "complete", "save", "pay", "start", "check", "sign", "drive", "spend", "cook"]);

/**
 * Prepositions after which a verb takes the -ing form. "to" is left out (there it is usually an
 * infinitive), and so are "but", "except" and "besides", which take a bare verb after "do":
 * "do nothing but wait", "do anything besides add an event".
 */
const PREPOSITIONS = new Set(["for", "before", "after", "without", "about", "of", "in", "on", "by", "at", "from", "with", "despite", "against", "upon"]);
/**
 * "in" and "on" are also particles that close a phrasal verb ("once you are logged in open the
 * app", "turn it on check …"): after a verb, only the verbs that take "in/on" + -ing count.
 */
const PARTICLE_PREPOSITIONS = new Set(["in", "on"]);
const PREPOSITION_VERBS = new Set([
  "succeed", "succeeds", "succeeded", "insist", "insists", "insisted", "focus", "focuses", "focused", "focussed", "concentrate",
  "concentrated", "depend", "depends", "depended", "rely", "relies", "relied", "believe", "believes", "participate", "persist",
  "specialise", "specialize", "specialises", "specializes", "keep", "keeps", "kept", "carry", "carried", "work", "works",
  "worked", "working", "plan", "plans", "planned", "planning", "involved", "interested",
]);
/** Words before "in/on" that make a phrasal verb or its noun, whatever the tag: "after sign in open the app". */
const PHRASAL_HEADS = new Set(["log", "sign", "check", "plug", "turn", "switch", "click", "tap", "press", "hold", "put", "log-in", "login", "signin", "logged", "signed", "checked", "turned", "switched", "clicked", "tapped", "pressed"]);
/** "stop by", "drop by": "by" closing a phrasal verb, not a preposition before a verb. */
const BY_PHRASAL = new Set(["stop", "stopped", "drop", "dropped", "come", "came", "pass", "passed", "stand", "stood", "go", "went", "swing", "get", "got", "stops", "comes", "passes", "drops"]);
/** Nouns that are also verbs and usually stand without an article: "I look forward to work on Monday". */
const MASS_NOUN_VERBS = new Set(["work", "help", "change", "travel", "use", "study", "practice", "practise", "play", "sleep", "rest", "drink", "smoke", "design", "love", "care", "support", "contact", "control", "research", "dance", "exercise", "training", "talk", "fun", "lunch", "dinner", "school", "class", "shopping"]);

/** Subjects that are people: "be used to" after them is the "accustomed" one, never the passive of "use". */
const PERSON_SUBJECTS = new Set([
  "i", "you", "we", "he", "she", "i'm", "i’m", "you're", "you’re", "we're", "we’re", "he's", "he’s", "she's", "she’s",
  "people", "everyone", "everybody", "colleagues", "colleague", "parents",
  "friends", "friend", "wife", "husband", "brother", "sister", "mother", "father", "mum", "mom", "dad", "son", "daughter",
  "boss", "manager", "grandparents", "grandmother", "grandfather", "grandma", "grandpa", "neighbours", "neighbors",
  "teacher", "teachers", "family", "cousin", "cousins", "boyfriend", "girlfriend", "partner", "uncle", "aunt",
]);
const BE_OR_GET = new Set(["am", "is", "are", "was", "were", "be", "been", "being", "'m", "’m", "'re", "’re", "'s", "’s", "get", "gets", "got", "gotten", "getting"]);
/** Between a subject and "be/get used to": "I'll never get", "we have finally got", "she is not". */
const AUX_CHAIN = new Set(["will", "'ll", "’ll", "would", "'d", "’d", "can", "ca", "could", "should", "must", "might", "may", "have", "has", "had", "'ve", "’ve", "wo", "need", "needs", "needed", "want", "wants", "try", "trying", "tried", "going", "to", "gonna", "do", "does", "did"]);
/** Adjectives that are also verbs: "used to better service", "used to cold winters", "used to open offices". */
const ADJECTIVE_LIKE = new Set(["better", "worse", "clean", "open", "free", "empty", "quiet", "warm", "cool", "dry", "clear", "slow", "calm", "close", "lower", "less", "more", "fast", "long", "wrong", "right", "cold", "hot", "high", "low", "smooth", "faster", "slower", "complete", "correct", "separate", "perfect", "present", "last", "double", "even", "level", "light", "live", "mean", "still"]);
/** Adverbs before the verb after "used to" ("used to work late") that show it is a verb, not a noun. */
const VERB_ADVERBS = new Set(["late", "early", "hard", "alone", "together", "outside", "overtime", "fast", "slowly", "quickly", "abroad", "remotely", "long"]);

const SPEND = new Set(["spend", "spends", "spent", "spending"]);
const TIME_NOUNS = new Set(["time", "hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "month", "months", "year", "years", "weekend", "weekends", "evening", "evenings", "night", "nights", "morning", "mornings", "afternoon", "afternoons", "ages", "while", "summer", "holidays", "decade", "decades", "seconds"]);
const TIME_PHRASE_WORDS = new Set(["a", "an", "the", "lot", "lots", "of", "more", "less", "much", "many", "so", "too", "several", "few", "couple", "whole", "all", "my", "our", "his", "her", "their", "your", "every", "entire", "extra", "some", "long", "little", "that", "this", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "free", "spare", "most"]);

/** Past participles that differ from the past tense, with that past tense ("been" always needs "have"). */
const PARTICIPLE_PAST = wordTable<string>({
  seen: "saw", done: "did", gone: "went", been: "been", taken: "took", written: "wrote", eaten: "ate", given: "gave",
  broken: "broke", spoken: "spoke", chosen: "chose", forgotten: "forgot", driven: "drove", fallen: "fell", stolen: "stole",
  begun: "began", known: "knew", grown: "grew", thrown: "threw", flown: "flew", ridden: "rode", worn: "wore", drunk: "drank",
  swum: "swam", sung: "sang", rung: "rang",
});
/**
 * The other way round, for "have" + a past tense: "have wrote" → "written". Not "saw" (a tool:
 * "we have saw blades") nor "been".
 */
const PAST_PARTICIPLE = wordTable<string>(Object.fromEntries(Object.entries(PARTICIPLE_PAST).filter(([participle, past]) => participle !== past && past !== "saw").map(([participle, past]) => [past, participle])));
/** Words that say "up to now", so the perfect ("I have seen") is meant rather than the past. */
const PERFECT_SIGNALS = new Set(["already", "ever", "never", "just", "yet", "since", "times", "recently", "lately"]);
/** What can come before a subject pronoun at the start of a clause. */
const CLAUSE_OPENERS = new Set(["and", "but", "or", "so", "because", "when", "if", "that", "since", "although", "though", "while", "after", "before", "until", "once", "then", "yesterday", "today", "also", "last", "maybe"]);

const MODALS = new Set(["will", "would", "can", "could", "should", "must", "may", "might", "shall", "'ll", "’ll", "wo", "ca", "cannot"]);
/** Adjectives that are never verbs: after a modal they can only mean a missing "be". */
const PURE_ADJECTIVES = new Set([
  "able", "unable", "expensive", "cheap", "important", "necessary", "possible", "impossible", "difficult", "easy",
  "happy", "sad", "angry", "afraid", "careful", "sure", "aware", "responsible", "available", "late", "busy", "tired",
  "hungry", "thirsty", "sick", "ill", "sorry", "glad", "proud", "useful", "useless", "dangerous", "safe", "beautiful",
  "interesting", "nervous", "popular", "successful", "healthy", "comfortable", "convenient", "different", "similar",
  "famous", "good", "bad", "great", "nice", "big", "small", "large", "cold", "hot", "sunny", "rainy", "full", "easier",
  "cheaper", "harder", "bigger", "worse", "crowded", "essential", "worth", "excited", "worried", "upset", "ready", "free",
  "fine", "wrong", "quiet", "okay", "ok", "absent", "unhappy", "lucky", "honest", "helpful", "fair", "unfair",
  "independent", "normal", "strange", "boring", "terrible", "amazing",
]);
/**
 * Also verbs, though ones that need an object ("free memory", "fine a driver", "ready the
 * team"): only before a preposition, "to", punctuation or the end. Adjectives that are also
 * verbs without an object (open, close, clean, clear, dry, warm, cool, slow, calm, empty) are left
 * out: "the shop will open at nine", "the paint should dry by morning" are correct.
 */
const GUARDED_ADJECTIVES = new Set(["free", "fine", "wrong", "quiet", "okay", "ok", "upset", "ready", "late", "fair"]);
/** What may follow "should + adjective" so that no noun phrase or verb continues it. */
const AFTER_ADJECTIVE = new Set(["too", "enough", "tomorrow", "today", "now", "anymore", "again", "soon", "then", "later", "forever", "there", "here"]);

const INTRO_OPENERS = new Set(["when", "if", "because", "although", "though", "after", "before", "while", "since", "as", "once", "whenever", "unless", "until"]);
const WEATHER_VERBS = new Set(["raining", "snowing", "pouring", "drizzling", "hailing", "freezing"]);
const INTENSIFIERS = new Set(["very", "really", "so", "too", "quite", "extremely", "pretty", "rather", "absolutely", "incredibly", "a", "bit", "little"]);

/** A sentence that is a question (by its mark). */

/** The raw token (words and punctuation, not spaces) before index i, within the sentence. */
function prevToken(a: Analysis, i: number): Token | undefined {
  const s = a.tokens[i]?.sentence;
  for (let k = i - 1; k >= 0; k--) {
    const t = a.tokens[k]!;
    if (t.sentence !== s) return undefined;
    if (t.pos !== "SPACE") return t;
  }
  return undefined;
}

/** The raw token (words and punctuation, not spaces) after index i, within the sentence. */
function nextToken(a: Analysis, i: number): Token | undefined {
  const s = a.tokens[i]?.sentence;
  for (let k = i + 1; k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    if (t.sentence !== s) return undefined;
    if (t.pos !== "SPACE") return t;
  }
  return undefined;
}

/** A bare verb: the base form, tagged as a verb or known as one. */
const isBaseVerb = (t: Token | undefined): boolean =>
  t !== undefined && /^[a-z]+$/.test(t.text) && t.lower === t.lemma && (t.pos === "VERB" || (t.pos === "AUX" && (t.lower === "be" || t.lower === "have")) || BASE_VERBS.has(t.lower));

/** Whether the word after a verb is plainly its object: a pronoun, or a determiner that does not open a time phrase. */
function objectFollows(a: Analysis, verb: Token, pronouns: ReadonlySet<string>): boolean {
  let n = nextWord(a, verb.i);
  if (n && PARTICLES.has(n.lower) && n.start === verb.end + 1) n = nextWord(a, n.i);
  if (!n || /[,;:()"“”]/.test(a.text.slice(verb.end, n.start))) return false;
  if (pronouns.has(n.lower)) return true;
  // "for make sure the tests pass"
  if (verb.lower === "make" && n.lower === "sure") return true;
  if (!DETERMINERS.has(n.lower)) return false;
  const after = nextWord(a, n.i);
  return !(after && TIME_AFTER_DETERMINER.has(after.lower));
}

// 1. "we use to play" → "used to play"
function useTo(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "use") return;
  const to = nextToken(a, t.i);
  if (!to || to.lower !== "to" || a.text[to.end] === "-") return;
  const verb = nextToken(a, to.i);
  if (!verb || !(isBaseVerb(verb) || /^(?:like|love)$/.test(verb.lower))) return;
  if (isQuestion(a, t)) return;
  // the subject, before "always/never/often": a pronoun, "people", or "my family"
  let k = prevToken(a, t.i);
  if (k && /^(?:always|never|often)$/.test(k.lower)) k = prevToken(a, k.i);
  if (!k) return;
  let subjectStart: Token | undefined;
  if (PERSONAL_SUBJECTS.has(k.lower) && k.pos === "PRON") subjectStart = k;
  else if (k.pos === "NOUN" || k.lower === "people") {
    const det = prevToken(a, k.i);
    if (det && /^(?:my|our|his|her|their|your|most|many)$/.test(det.lower)) subjectStart = det;
    else if (k.lower === "people") subjectStart = k;
  }
  if (!subjectStart) return;
  // The subject must open its clause: "the tool we use to deploy" is a relative clause (correct).
  const before = prevToken(a, subjectStart.i);
  const opensClause = !before || /^[,;:]$/.test(before.text) || CLAUSE_LINKS.has(before.lower) || pastOpenerEndsAt(a, before);
  if (!opensClause) return;
  issues.push(makeIssue("verb-forms.used-to", { start: t.start, end: t.end }, "grammar", `For something you did regularly in the past, write "used to ${verb.lower}" (for what you do now, "usually ${verb.lower}").`, matchCase("used", t.text)));
}

/** Openings of a sentence about the past, with no comma after them: "When I was a child we use to …". */
const PAST_OPENER = /^(?:in the past|back then|back in the day|long ago|(?:every|each) (?:summer|winter|spring|autumn|weekend|year|sunday|saturday|morning|evening|day|week|christmas|holiday)|(?:many |a few |\w+ )?(?:years|decades) ago|as (?:a |an )?(?:child|kid|kids|children|teenager|teenagers|boy|girl|student|students)|when (?:i|we|he|she|they) (?:was|were|lived|worked|studied) [\w' ]+)$/;

/**
 * Whether the words from the start of the sentence to `last` are such an opening, and no comma
 * follows later (a comma would mean the main clause comes after: "When I opened the tool we use
 * to deploy, it crashed").
 */
function pastOpenerEndsAt(a: Analysis, last: Token): boolean {
  const s = a.sentences[last.sentence]!;
  if (!PAST_OPENER.test(a.text.slice(s.start, last.end).toLowerCase())) return false;
  for (let i = last.i + 1; i < s.last; i++) if (a.tokens[i]!.text === ",") return false;
  return true;
}

// 2. "I am used to work late" → "working"
function usedToBase(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "used") return;
  const to = nextToken(a, t.i);
  if (!to || to.lower !== "to") return;
  const verb = nextToken(a, to.i);
  if (!verb || !isBaseVerb(verb) || verb.pos === "NOUN" || a.text[verb.end] === "-" || ADJECTIVE_LIKE.has(verb.lower)) return;
  // "used to better service": a word the tagger calls a verb, right before a noun, may be its adjective
  const following = nextWord(a, verb.i);
  if (!BASE_VERBS.has(verb.lower) && following && (following.pos === "NOUN" || following.pos === "PROPN") && following.start === verb.end + 1) return;
  // a mass noun that is also a verb ("used to hard work", "used to work") needs a verb's object or adverb after it
  if (MASS_NOUN_VERBS.has(verb.lower)) {
    const after = nextWord(a, verb.i);
    const verbal = objectFollows(a, verb, new Set([...OBJECT_PRONOUNS, "it", "you"])) || (after !== undefined && after.start === verb.end + 1 && VERB_ADVERBS.has(after.lower));
    if (!verbal) return;
  }
  // walk back over adverbs to "be/get", then over auxiliaries to the subject
  let k = prevToken(a, t.i);
  while (k && (k.pos === "ADV" || NEGATIONS.has(k.lower)) && !BE_OR_GET.has(k.lower)) k = prevToken(a, k.i);
  if (!k) return;
  let subject: Token | undefined;
  if (PERSON_SUBJECTS.has(k.lower) && /['’](?:m|re|s)$/.test(k.lower)) subject = k; // "I'm used to"
  else if (BE_OR_GET.has(k.lower)) {
    let s = prevToken(a, k.i);
    for (let n = 0; s && n < 5 && (AUX_CHAIN.has(s.lower) || NEGATIONS.has(s.lower) || s.pos === "ADV" || BE_OR_GET.has(s.lower)) && !PERSONAL_SUBJECTS.has(s.lower); n++) s = prevToken(a, s.i);
    subject = s;
  }
  if (!subject || !PERSON_SUBJECTS.has(subject.lower)) return;
  const ing = ingForm(verb.lemma);
  issues.push(makeIssue("verb-forms.used-to-ing", { start: verb.start, end: verb.end }, "grammar", `In "used to" meaning "accustomed to", "to" is a preposition: use the -ing form, "used to ${ing}".`, matchCase(ing, verb.text)));
}

// 3. "thank you for invite me" → "inviting"; "I object to pay" → "paying"
function prepositionBase(a: Analysis, t: Token, issues: Issue[], flagged: Set<number>): void {
  const verb = nextToken(a, t.i);
  if (!verb || !/^[a-z]+$/.test(verb.text) || verb.lower !== verb.lemma || /^[-'’/]/.test(a.text.slice(verb.end, verb.end + 1))) return;
  // an unknown "-ing" or "-ed" word keeps its ending as its lemma ("for upstreaming them")
  if (/(?:ing|ed)$/.test(verb.lower) && !BASE_VERBS.has(verb.lower)) return;
  const prev = prevWord(a, t.i);
  if (t.lower === "to") {
    if (!prev || !toIsPreposition(a, prev)) return;
    // "look forward to see" with a word tagged as a verb is the prepositions rule's
    if (prev.lower === "forward" && (verb.pos === "VERB" || verb.pos === "AUX")) return;
    const certain = BASE_VERBS.has(verb.lower) ? !MASS_NOUN_VERBS.has(verb.lower) || objectFollows(a, verb, OBJECT_PRONOUNS) : verb.pos === "VERB" && objectFollows(a, verb, OBJECT_PRONOUNS);
    if (!certain) return;
    const phrase = TO_PHRASE_NAMES[prev.lower] ?? `${prev.lower} to`;
    flag(a, verb, `In "${phrase}", "to" is a preposition, so the verb takes the -ing form: "${phrase} ${ingForm(verb.lemma)}".`, issues, flagged);
    return;
  }
  if (!PREPOSITIONS.has(t.lower)) return;
  if (t.lower === "of" && prev?.lower === "instead" && verb.lower === "use" && objectFollows(a, verb, OBJECT_PRONOUNS)) {
    flag(a, verb, `After "instead of", use the -ing form: "instead of using".`, issues, flagged);
    return;
  }
  // "kind of get the idea" (kind of = rather), "stop by see us", "logged in open the app"
  if (t.lower === "of" && (prev?.lower === "kind" || prev?.lower === "sort")) return;
  if (t.lower === "by" && BY_PHRASAL.has(prev?.lower ?? "")) return;
  if (PARTICLE_PREPOSITIONS.has(t.lower) && !(prev && prev.end + 1 === t.start && (PREPOSITION_VERBS.has(prev.lower) || ((prev.pos === "ADJ" || prev.pos === "NOUN") && !PHRASAL_HEADS.has(prev.lower))))) return;
  // "for invite me": only a verb takes "me/him/us/them" ("for help me" too, though "help" is also a
  // noun); "for check the logs", "in learn new languages": an object after a word that is only a verb
  const object = nextWord(a, verb.i);
  const pronounObject = object !== undefined && OBJECT_PRONOUNS.has(object.lower) && objectFollows(a, verb, OBJECT_PRONOUNS);
  const known = BASE_VERBS.has(verb.lower) && (objectFollows(a, verb, new Set([...OBJECT_PRONOUNS, "it", "you"])) || adjectiveObjectFollows(a, verb));
  if (!known && !(pronounObject && verb.pos === "VERB")) return;
  const ing = ingForm(verb.lemma);
  const message = t.lower === "for"
    ? `After a preposition ("for"), a verb takes the -ing form: "for ${ing}". To say why you do something, use "to": "to ${verb.lower}".`
    : `After a preposition ("${t.lower}"), a verb takes the -ing form: "${t.lower} ${ing}".`;
  flag(a, verb, message, issues, flagged);
}

/** "learn new languages", "make new friends": a verb (as tagged, and not also an adjective) + adjective + noun. */
function adjectiveObjectFollows(a: Analysis, verb: Token): boolean {
  if (verb.pos !== "VERB" || ADJECTIVE_VERBS.has(verb.lower)) return false;
  const adj = nextWord(a, verb.i);
  const noun = adj && nextWord(a, adj.i);
  return adj !== undefined && adj.pos === "ADJ" && adj.start === verb.end + 1 && noun !== undefined && noun.pos === "NOUN" && noun.start === adj.end + 1;
}

const TO_PHRASE_NAMES = wordTable<string>({ forward: "look forward to", object: "object to", objects: "object to", objected: "object to", objecting: "object to", comes: "when it comes to", addition: "in addition to", view: "with a view to" });

/** "to" as a preposition: "look forward to", "I object to", "when it comes to", "in addition to", "with a view to". */
function toIsPreposition(a: Analysis, prev: Token): boolean {
  const before = prevWord(a, prev.i);
  switch (prev.lower) {
    case "forward": return before?.lemma === "look";
    case "object": case "objects": return before !== undefined && (PERSONAL_SUBJECTS.has(before.lower) || NEGATIONS.has(before.lower) || before.lower === "strongly");
    case "objected": case "objecting": return before?.pos !== "DET";
    case "comes": return before?.lower === "it";
    case "addition": return before?.lower === "in";
    case "view": return before?.lower === "a" && prevWord(a, before.i)?.lower === "with";
    default: return false;
  }
}

function flag(a: Analysis, verb: Token, message: string, issues: Issue[], flagged: Set<number>): void {
  if (flagged.has(verb.i)) return;
  flagged.add(verb.i);
  issues.push(makeIssue("verb-forms.preposition-ing", { start: verb.start, end: verb.end }, "grammar", message, matchCase(ingForm(verb.lemma), verb.text)));
}

// 4. "I spent two hours to prepare dinner" → "preparing"
function spendTimeTo(a: Analysis, t: Token, issues: Issue[]): void {
  if (!SPEND.has(t.lower)) return;
  let k = nextWord(a, t.i);
  let sawTime = false;
  for (let n = 0; k && n < 6; n++) {
    if (TIME_NOUNS.has(k.lower)) sawTime = true;
    else if (sawTime) break;
    else if (!(TIME_PHRASE_WORDS.has(k.lower) || k.pos === "NUM")) return;
    k = nextWord(a, k.i);
  }
  if (!sawTime || !k || k.lower !== "to") return;
  if (/[,;:()]/.test(a.text.slice(t.end, k.start))) return;
  const verb = nextWord(a, k.i);
  if (!verb || !isBaseVerb(verb) || verb.pos === "NOUN" || verb.start !== k.end + 1) return;
  const ing = ingForm(verb.lemma);
  issues.push(makeIssue("verb-forms.spend-ing", { start: k.start, end: verb.end }, "grammar", `After "spend" + time, use the -ing form: "${t.lower} … ${ing}", not "to ${verb.lower}".`, matchCase(ing, k.text)));
}

// 5. "I seen him" → "saw"
function participleAsPast(a: Analysis, t: Token, issues: Issue[]): void {
  if (!PERSONAL_SUBJECTS.has(t.lower) || t.pos !== "PRON") return;
  const p = nextToken(a, t.i);
  if (!p || !(p.lower in PARTICIPLE_PAST) || p.start !== t.end + 1 || a.text[p.end] === "-") return;
  if (isQuestion(a, t)) return;
  // "you" is also an object ("I want you gone", "have you seen"): the pronoun must open its clause
  const before = prevToken(a, t.i);
  if (before && !(/^[,;:"“(]$/.test(before.text) || CLAUSE_OPENERS.has(before.lower))) return;
  // "We done." ("we're done"), "They known as …" ("they're known"), "he drunk": a dropped "be", not a past tense
  const after = nextToken(a, p.i);
  if (!after || after.pos === "PUNCT" || /^(?:by|as|for|with|from|of|in|at)$/.test(after.lower)) return;
  // "he drunk and angry", "they grown up now": as likely a dropped "is/are" as a past tense
  if (p.lower === "drunk" && !(after.pos === "DET" || after.pos === "NUM")) return;
  if (p.lower === "grown" && after.lower === "up") return;
  const s = a.sentences[t.sentence]!;
  const perfect = p.lower === "been" || a.tokens.slice(s.first, s.last).some((x) => PERFECT_SIGNALS.has(x.lower));
  const have = t.lower === "he" || t.lower === "she" ? "has" : "have";
  const past = PARTICIPLE_PAST[p.lower]!;
  const message = perfect
    ? `"${p.lower}" needs "${have}" before it: "${have} ${p.lower}".`
    : `"${p.lower}" is the form used after "have"; for the simple past, write "${past}" (or "${have} ${p.lower}" for the present perfect).`;
  issues.push(makeIssue("verb-forms.participle-past", { start: p.start, end: p.end }, "grammar", message, perfect ? `${have} ${p.lower}` : past));
}

// 6. "I would be grateful if you can send" → "could", "… if you will consider" → "would"
function gratefulIfCan(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "can" && t.lower !== "will") return;
  const you = prevWord(a, t.i);
  const ifWord = you && prevWord(a, you.i);
  if (!you || you.lower !== "you" || !ifWord || ifWord.lower !== "if") return;
  let k = prevWord(a, ifWord.i);
  if (k?.lower === "it") {
    // "I would appreciate it if you can"
    const appreciate = prevWord(a, k.i);
    if (!appreciate || appreciate.lemma !== "appreciate") return;
    k = prevWord(a, appreciate.i);
  } else {
    if (!k || !/^(?:grateful|glad|happy|thankful|pleased|delighted|obliged)$/.test(k.lower)) return;
    k = prevWord(a, k.i);
    while (k && INTENSIFIERS.has(k.lower)) k = prevWord(a, k.i);
    if (!k || k.lower !== "be") return;
    k = prevWord(a, k.i);
  }
  if (!k || !/^(?:would|'d|’d)$/.test(k.lower)) return;
  if (nextWord(a, t.i) && NEGATIONS.has(nextWord(a, t.i)!.lower)) return;
  const past = t.lower === "will" ? "would" : "could";
  issues.push(makeIssue("verb-forms.would-could", { start: t.start, end: t.end }, "grammar", `A polite request that opens with "would" stays in the conditional: "if you ${past} …".`, matchCase(past, t.text)));
}

// 7. "Universities should free for everyone" → "should be free"
function modalAdjective(a: Analysis, t: Token, issues: Issue[]): void {
  if (!MODALS.has(t.lower) || t.pos !== "AUX") return;
  // "in May", "free will", "a can": not modals
  if (t.text === "May" && a.sentences[t.sentence]!.first !== t.i) return;
  const before = prevToken(a, t.i);
  if (!before || before.pos === "DET" || before.pos === "ADJ" || isQuestion(a, t)) return;
  let adj = nextToken(a, t.i);
  if (adj && NEGATIONS.has(adj.lower)) adj = nextToken(a, adj.i);
  if (!adj || !PURE_ADJECTIVES.has(adj.lower) || /^[-'’]/.test(a.text.slice(adj.end, adj.end + 1))) return;
  const after = nextToken(a, adj.i);
  let ok: boolean;
  if (!after || after.pos === "PUNCT") ok = true;
  else if (adj.lower === "worth") ok = true;
  else if (GUARDED_ADJECTIVES.has(adj.lower)) ok = (after.pos === "ADP" || after.lower === "to") && !PARTICLES.has(after.lower);
  else ok = (["ADP", "PART", "CCONJ", "SCONJ"].includes(after.pos) && !PARTICLES.has(after.lower)) || AFTER_ADJECTIVE.has(after.lower);
  if (!ok) return;
  const lead = a.text.slice(t.start, adj.start).trimEnd();
  issues.push(makeIssue("verb-forms.modal-be", { start: t.start, end: adj.end }, "grammar", `"${adj.lower}" is an adjective, so it needs "be": "${lead} be ${adj.text}".`, `${lead} be ${adj.text}`));
}

// 8. "Was raining all day." → "It was"; "When we left, was dark." → "it was"
function missingIt(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "is" && t.lower !== "was") return;
  if (isQuestion(a, t)) return;
  const s = a.sentences[t.sentence]!;
  const next = nextToken(a, t.i);
  if (!next) return;
  const weather = WEATHER_VERBS.has(next.lower);
  if (s.first === t.i) {
    // Sentence-initial "Is/Was + adjective" is the grammar rule's; the weather verbs are not.
    if (weather) issues.push(makeIssue("verb-forms.missing-it", { start: t.start, end: t.end }, "grammar", `English needs a subject here: "It ${t.lower} ${next.lower}".`, `It ${t.lower}`));
    return;
  }
  const before = prevToken(a, t.i);
  if (!before) return;
  const afterIntro = before.text === "," && closesIntroClause(a, before);
  const afterBecause = before.lower === "because";
  if (!afterIntro && !afterBecause) return;
  if (!weather && !adjectivePredicate(a, next)) return;
  issues.push(makeIssue("verb-forms.missing-it", { start: t.start, end: t.end }, "grammar", `English needs a subject here: "it ${t.lower} …".`, `it ${t.text}`));
}

/** "important to sleep", "very cold.", "dark because": an adjective that ends the predicate, with no noun after it. */
function adjectivePredicate(a: Analysis, first: Token): boolean {
  let k: Token | undefined = first;
  while (k && INTENSIFIERS.has(k.lower)) k = nextToken(a, k.i);
  if (!k || k.pos !== "ADJ" || a.text[k.end] === "-") return false;
  const after = nextToken(a, k.i);
  return !after || /^[.,;:!]$/.test(after.text) || /^(?:to|that|because|for|and|but|outside|today|yesterday)$/.test(after.lower);
}

/** The comma is the first in a sentence that opens with a subordinate clause ("When I woke up,"). */
function closesIntroClause(a: Analysis, comma: Token): boolean {
  const s = a.sentences[comma.sentence]!;
  if (!INTRO_OPENERS.has(a.tokens[s.first]!.lower)) return false;
  let verb = false;
  for (let i = s.first + 1; i < comma.i; i++) {
    const t = a.tokens[i]!;
    if (/^[,;:]$/.test(t.text)) return false;
    if (t.pos === "VERB" || t.pos === "AUX") verb = true;
  }
  return verb;
}

/**
 * Verbs followed by an -ing form, never by "to" + a verb: "I enjoy to swim" → "enjoy swimming".
 * Verbs that also take "to" with another meaning (stop, remember, forget, try, like, love, hate,
 * prefer, start, begin, continue, intend, regret), or "to" of purpose ("he quit to start a
 * company", "the flight was delayed to allow …"), are left out.
 */
const GERUND_VERBS = new Set([
  "enjoy", "enjoys", "enjoyed", "enjoying", "avoid", "avoids", "avoided", "avoiding", "finish", "finishes", "finished",
  "finishing", "mind", "minds", "minded", "consider", "considers", "considered", "considering", "practise", "practises",
  "practised", "practice", "practices", "practiced", "miss", "misses", "missed", "imagine", "imagines", "imagined", "deny",
  "denies", "denied", "admit", "admits", "admitted", "risk", "risks", "risked", "suggest", "suggests", "suggested",
  "recommend", "recommends", "recommended", "dislike", "dislikes", "disliked", "resist", "resisted", "keep", "keeps", "kept", "appreciate", "appreciated", "mention", "mentioned",
  "detest", "detested", "resent", "resented", "discuss", "discussed",
]);
/**
 * Verbs followed by "to" + a verb, never by an -ing form: "we decided making" → "to make".
 * Left out: verbs where -ing is also right (like, love, start, begin, continue, intend, need,
 * plan, try, "want" in "the car wants washing" unless a person wants), where the -ing word is
 * often a noun ("expect flooding", "learn cooking", "offer parking"), or where the -ing form is
 * another use ("manages training", "chose walking over driving", "neglected doing").
 */
const INFINITIVE_VERBS = new Set([
  "decide", "decides", "decided", "deciding", "hope", "hopes", "hoped", "hoping", "agree", "agrees", "agreed", "refuse",
  "refuses", "refused", "promise", "promises", "promised", "seem", "seems", "seemed", "fail", "fails", "failed", "pretend",
  "pretends", "pretended", "tend", "tends", "tended", "threaten", "threatened", "arrange", "arranged", "wish", "wished",
  "wants", "wanted", "want", "hesitate", "hesitated", "strive", "aim", "aims", "aimed", "vow", "vowed",
]);
/**
 * Verbs that are rarely nouns, so a bare one right after "want", "decided" or "started" can only
 * be a verb missing its "to": "I wanted find it" → "wanted to find". Not "travel", "study",
 * "sleep", "visit", "live", "leave": "I love travel", "I love live music".
 */
const SURE_VERBS = new Set([
  "find", "buy", "go", "make", "take", "give", "send", "write", "see", "eat", "get", "know", "become", "bring", "tell",
  "say", "understand", "learn", "forget", "choose", "meet", "speak", "explain", "improve", "reduce", "prepare", "beat",
  "describe", "discover", "spend", "sell", "come", "arrive", "join", "ask", "apply", "lose", "organise", "organize",
  "hear",
]);
/** The "to" verbs that, with a bare verb after them, surely miss "to" (not "would", "help", "dare"). */
const TO_MISSING_VERBS = new Set([
  "want", "wants", "wanted", "decide", "decides", "decided", "hope", "hopes", "hoped", "agreed", "refused", "promised", "managed",
  "tried", "started", "began", "begun", "learned", "learnt", "planned", "needed", "seemed", "failed", "forgot", "remembered",
  "continued", "intended", "expected", "offered", "pretended", "wished", "like", "liked", "love", "loved",
]);
/**
 * People objects of "make/let": "make them to pay", "let the children to play". Not "friends" or
 * "team" ("make friends to practise with", "made the team") nor "someone" ("someone to talk to").
 */
const PEOPLE_NOUNS = new Set([
  "people", "children", "kids", "students", "employees", "workers", "staff", "companies", "users", "customers", "parents",
  "teenagers", "pupils", "citizens", "drivers", "passengers", "everyone", "everybody",
  "child", "son", "daughter", "boss", "neighbours", "neighbors", "tourists", "guests",
]);

const POSSESSIVE_WORDS = new Set(["my", "your", "his", "her", "its", "our", "their"]);

// 9. "I enjoy to swim" → "swimming"; "we decided making" → "to make"; "I wanted find" → "to find";
// "let me to know" → "let me know"
function verbComplement(a: Analysis, t: Token, issues: Issue[]): void {
  const next = nextToken(a, t.i);
  if (!next || next.start !== t.end + 1) return;
  // "to" + a verb after a verb that takes -ing
  if (GERUND_VERBS.has(t.lower) && t.pos === "VERB" && next.lower === "to") {
    const verb = nextToken(a, next.i);
    if (!verb || !isBaseVerb(verb) || verb.pos !== "VERB" || verb.start !== next.end + 1) return;
    // "keep to the path" has no verb after "to"; "the risk to lose" is a noun, caught by the tag check above
    if (verb.lower === "be") return;
    // "it is recommended to use", "he is considered to be": a passive takes "to"; "common practice
    // to", "bear in mind to": nouns the tagger took for verbs
    let before = prevWord(a, t.i);
    while (before && (NEGATIONS.has(before.lower) || (before.pos === "ADV" && /ly$|^(?:not|often|also|still|generally|usually|always|never)$/.test(before.lower)))) before = prevWord(a, before.i);
    if (before && (BE_OR_GET.has(before.lower) || before.pos === "DET" || before.pos === "ADJ" || before.lower === "in" || POSSESSIVE_WORDS.has(before.lower))) return;
    const ing = ingForm(verb.lemma);
    issues.push(makeIssue("verb-forms.gerund-after", { start: next.start, end: verb.end }, "grammar", `After "${t.lower}", use the -ing form: "${t.lower} ${ing}", not "to ${verb.lower}".`, matchCase(ing, next.text)));
    return;
  }
  // an -ing form after a verb that takes "to"
  if (INFINITIVE_VERBS.has(t.lower) && t.pos === "VERB" && /ing$/.test(next.lower) && next.pos === "VERB") {
    if (t.lower === "want" || t.lower === "wants" || t.lower === "wanted") {
      // "the car wants washing": only with a person subject
      const subject = prevWord(a, t.i);
      if (!subject || !PERSONAL_SUBJECTS.has(subject.lower)) return;
    }
    const object = nextWord(a, next.i);
    // "decided learning to cook": the -ing verb's own "to" + verb shows it is a verb too
    const toVerb = object?.lower === "to" && nextWord(a, object.i)?.pos === "VERB" && BASE_VERBS_FOR_ING.has(next.lemma);
    if (!object || !(DETERMINERS.has(object.lower) || OBJECT_PRONOUNS.has(object.lower) || object.lower === "it" || object.lower === "you" || toVerb)) return;
    if (next.lemma === next.lower || next.lemma === "be") return;
    const to = `to ${next.lemma}`;
    issues.push(makeIssue("verb-forms.infinitive-after", { start: next.start, end: next.end }, "grammar", `After "${t.lower}", use "to" + the verb: "${t.lower} ${to}".`, matchCase(to, next.text)));
    return;
  }
  // "help cleaning the air" → "help clean" (not "can't help laughing")
  if (/^(?:help|helps|helped)$/.test(t.lower) && t.pos === "VERB" && /ing$/.test(next.lower) && next.pos === "VERB" && next.lemma !== next.lower) {
    const before = prevWord(a, t.i);
    if (!before || NEGATIONS.has(before.lower) || /^(?:cannot|can't|can’t|couldn't|couldn’t)$/.test(before.lower)) return;
    const object = nextWord(a, next.i);
    if (!object || !(DETERMINERS.has(object.lower) || OBJECT_PRONOUNS.has(object.lower))) return;
    issues.push(makeIssue("verb-forms.help-base", { start: next.start, end: next.end }, "grammar", `After "help", use the verb without "-ing": "help ${next.lemma}" (or "help to ${next.lemma}").`, matchCase(next.lemma, next.text)));
    return;
  }
  // "I wanted find a torch" → "wanted to find"; "I really like meet people" (a "like" the tagger took for a noun)
  if (TO_MISSING_VERBS.has(t.lower) && SURE_VERBS.has(next.lower) && next.lower === next.lemma && next.pos === "VERB") {
    let subject = prevWord(a, t.i);
    while (subject && subject.pos === "ADV" && /^(?:really|also|always|often|never|just|still|usually|sometimes)$/.test(subject.lower)) subject = prevWord(a, subject.i);
    if (t.pos !== "VERB" && !(t.pos === "NOUN" && subject && PERSONAL_SUBJECTS.has(subject.lower))) return;
    if (!subject || !(PERSONAL_SUBJECTS.has(subject.lower) || subject.pos === "NOUN" || subject.pos === "PROPN")) return;
    const after = nextWord(a, next.i);
    // "I really like meet people", "we wanted buy new shoes": an object without a determiner
    const bareObject = after !== undefined && after.start === next.end + 1 && ((after.pos === "NOUN" && after.lower !== after.lemma && /s$/.test(after.lower)) || after.lower === "people" || (after.pos === "ADJ" && nextWord(a, after.i)?.pos === "NOUN"));
    if (!after || !(DETERMINERS.has(after.lower) || OBJECT_PRONOUNS.has(after.lower) || after.lower === "you" || after.pos === "ADV" || after.pos === "ADP" || bareObject)) return;
    issues.push(makeIssue("verb-forms.missing-to", { start: t.start, end: next.end }, "grammar", `"${t.lower}" takes "to" before another verb: "${t.lower} to ${next.lower}".`, `${t.text} to ${next.text}`));
    return;
  }
  // "let me to know", "made us to wait" → no "to" after the object
  if (/^(?:let|lets|letting|make|makes|made|making)$/.test(t.lower) && t.pos === "VERB") {
    let k: Token | undefined = next;
    if (DETERMINERS.has(k.lower)) k = nextToken(a, k.i);
    if (!k) return;
    const person = OBJECT_PRONOUNS.has(k.lower) || k.lower === "you" || PEOPLE_NOUNS.has(k.lower);
    if (!person) return;
    const to = nextToken(a, k.i);
    const verb = to && nextToken(a, to.i);
    if (!to || to.lower !== "to" || !verb || !isBaseVerb(verb) || verb.pos !== "VERB" || verb.start !== to.end + 1) return;
    // "made to wait" (passive) has no object; "make friends to" is not a person object with a determiner… keep to people
    const lemma = t.lemma === "let" ? "let" : "make";
    issues.push(makeIssue("verb-forms.causative-to", { start: to.start, end: verb.end }, "grammar", `After "${lemma}" + a person, use the verb without "to": "${lemma} ${k.lower} ${verb.lower}".`, verb.text));
  }
}

/**
 * Verbs that take a person and then "to" + a verb: "she told me to stay", "I would like you to
 * replace it". Not the ones that take a bare verb (make, let, help, have, see, hear, watch), nor
 * "want/need/like" + -ing ("I don't want you working late" is right), nor "expect", which may take
 * a clause ("I expect you know the answer").
 */
const OBJECT_TO_VERBS = new Set([
  "tell", "tells", "told", "ask", "asks", "asked", "advise", "advised", "encourage", "encouraged", "remind", "reminded",
  "warn", "warned", "persuade", "persuaded", "force", "forced", "invite", "invited", "urge", "urged", "allow", "allowed",
  "want", "wants", "wanted", "like",
]);
const ING_ALLOWED_AFTER_OBJECT = new Set(["want", "wants", "wanted", "like"]);

// 9b. "my doctor told me staying in bed" → "to stay"; "I would like you replace it" → "you to replace";
// "she told me not worry" → "not to worry"
function objectComplement(a: Analysis, t: Token, issues: Issue[]): void {
  if (!OBJECT_TO_VERBS.has(t.lower) || t.pos !== "VERB") return;
  if (t.lower === "like" && !/^(?:would|'d|’d)$/.test(prevWord(a, t.i)?.lower ?? "")) return;
  const person = nextToken(a, t.i);
  if (!person || !(OBJECT_PRONOUNS.has(person.lower) || person.lower === "you") || person.start !== t.end + 1) return;
  let verb = nextToken(a, person.i);
  const not = verb?.lower === "not" ? verb : undefined;
  if (not) verb = nextToken(a, not.i);
  if (!verb || verb.start !== (not ?? person).end + 1 || verb.pos !== "VERB" || verb.text !== verb.lower) return;
  const ing = /ing$/.test(verb.lower) && verb.lemma !== verb.lower && ingForm(verb.lemma) === verb.lower;
  const sure = (v: string) => SURE_VERBS.has(v) || BASE_VERBS_FOR_ING.has(v) || (BASE_VERBS.has(v) && !ADJECTIVE_VERBS.has(v));
  if (ing) {
    if (ING_ALLOWED_AFTER_OBJECT.has(t.lower) || !sure(verb.lemma)) return;
  } else if (verb.lower !== verb.lemma || (!not && !sure(verb.lower))) return;
  // the verb must go on with its own words: "told me staying in bed", not "asked me, going"
  const after = nextToken(a, verb.i);
  if (ing && (!after || (after.pos === "PUNCT" && after.text !== "."))) return;
  const fix = `${not ? "not " : ""}to ${verb.lemma}`;
  const head = t.lower === "like" ? "would like" : t.lower;
  issues.push(makeIssue("verb-forms.object-to", { start: (not ?? verb).start, end: verb.end }, "grammar", `After "${head} ${person.lower}", use "to" + the verb: "${head} ${person.lower} ${fix}".`, fix));
}

// 9c. "I am busy to prepare everything" → "busy preparing"
function busyTo(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "busy" || !BE_OR_GET.has(prevWord(a, t.i)?.lower ?? "")) return;
  const to = nextWord(a, t.i);
  const verb = to && nextWord(a, to.i);
  if (to?.lower !== "to" || !verb || verb.pos !== "VERB" || verb.lower !== verb.lemma) return;
  const ing = ingForm(verb.lemma);
  issues.push(makeIssue("verb-forms.busy-ing", { start: to.start, end: verb.end }, "grammar", `"Busy" takes the -ing form: "busy ${ing}".`, ing));
}

// 9d. "to prevent this to happen" → "from happening", "prevent users to delete" → "from deleting"
function preventTo(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lemma !== "prevent" || t.pos !== "VERB") return;
  const first = nextWord(a, t.i);
  if (!first) return;
  // the object: "this" or "it" alone, or a noun after its determiner ("the job", "users")
  const pronounObject = /^(?:this|that|it)$/.test(first.lower) && nextWord(a, first.i)?.lower === "to";
  const object = DETERMINERS.has(first.lower) && !pronounObject ? nextWord(a, first.i) : first;
  const to = object && nextWord(a, object.i);
  const verb = to && nextWord(a, to.i);
  if (!object || !(object.pos === "NOUN" || object.pos === "PRON" || pronounObject) || to?.lower !== "to" || !verb || verb.pos !== "VERB" || verb.lower !== verb.lemma) return;
  const ing = ingForm(verb.lemma);
  issues.push(makeIssue("verb-forms.prevent-from", { start: to.start, end: verb.end }, "grammar", `"Prevent" takes "from" + the -ing form: "prevent ${a.text.slice(first.start, object.end)} from ${ing}".`, `from ${ing}`));
}

/** Verbs with a participle unlike their base form that are rarely nouns: "I have attach" → "attached". */
const PERFECT_BASE = new Set([
  "attach", "improve", "find", "forget", "finish", "receive", "decide", "write", "take", "give", "send", "buy", "bring",
  "choose", "eat", "go", "become", "begin", "speak", "understand", "arrive", "happen", "explain", "reduce", "learn", "meet",
  "notice", "realise", "realize", "see", "know", "lose", "leave", "forgive", "steal", "break", "tell", "say", "think",
  "teach", "catch", "sell", "grow", "fall", "drive", "hear", "make", "discover", "move",
  "try", "use", "install", "upgrade", "delete", "remove", "fix", "book", "order", "pay", "visit", "start", "stop",
]);
/** Words that may stand between "have" and its participle. */
const PERFECT_ADVERBS = new Set(["never", "already", "just", "ever", "still", "not", "n't", "n’t", "also", "recently", "always", "finally", "only", "even"]);
/** Of PERFECT_BASE, the ones that are also common nouns: only with an adverb or negation between ("have never use"). */
const PERFECT_BASE_NOUNS = new Set(["use", "try", "fix", "book", "order", "pay", "visit", "start", "stop", "move", "break", "fall", "upgrade", "install", "say", "leave", "drive", "notice", "make", "catch", "go"]);

// 10. "I have attach two photos" → "attached"; "she hasn't find it" → "found"
function perfectBase(a: Analysis, t: Token, issues: Issue[]): void {
  if (!/^(?:have|has|had|'ve|’ve)$/.test(t.lower) || t.pos !== "AUX") return;
  if (isQuestion(a, t)) return;
  let v = nextToken(a, t.i);
  let between = false;
  for (let n = 0; v && n < 2 && PERFECT_ADVERBS.has(v.lower); n++) {
    between = true;
    v = nextToken(a, v.i);
  }
  if (!v) return;
  // "I have already wrote half of it" → "written": a past tense where the participle differs
  const participleOfPast = PAST_PARTICIPLE[v.lower];
  if (participleOfPast && v.text === v.lower && !/^[-'’]/.test(a.text.slice(v.end, v.end + 1))) {
    issues.push(makeIssue("verb-forms.perfect-participle", { start: v.start, end: v.end }, "grammar", `After "${t.lower.replace(/^['’]/, "")}", use the past participle: "${participleOfPast}", not the past tense "${v.lower}".`, participleOfPast));
    return;
  }
  if (!PERFECT_BASE.has(v.lower) || v.text !== v.lower || /^[-'’]/.test(a.text.slice(v.end, v.end + 1))) return;
  if (PERFECT_BASE_NOUNS.has(v.lower) && !between) return;
  // "had better go", "have to go" are not perfects; "has" + noun subject of a clause is rare enough
  const before = prevToken(a, t.i);
  if (before && /^(?:better|rather)$/.test(before.lower)) return;
  const after = nextToken(a, v.i);
  if (after && (after.lower === "of" || after.lower === "for" && PERFECT_BASE_NOUNS.has(v.lower))) return;
  const participle = participleForm(v.lower);
  if (participle === v.lower) return;
  issues.push(makeIssue("verb-forms.perfect-participle", { start: v.start, end: v.end }, "grammar", `After "${t.lower.replace(/^['’]/, "")}", use the past participle: "${participle}".`, participle));
}

/**
 * Verbs that have no passive: "was arrived" → "arrived", "is happened" → "has happened". Not
 * "gone" ("it is gone"), "fallen" ("fallen leaves") or "laughed" ("was laughed at").
 */
const NO_PASSIVE = wordTable<string>({
  arrived: "arrive", died: "die", disappeared: "disappear", happened: "happen", occurred: "occur", appeared: "appear",
  existed: "exist", vanished: "vanish", emerged: "emerge", belonged: "belong", consisted: "consist",
});

// 11. "The parcel was arrived" → "arrived"; "many shops are disappeared" → "have disappeared"
function noPassive(a: Analysis, t: Token, issues: Issue[]): void {
  if (!/^(?:is|are|am|was|were)$/.test(t.lower)) return;
  if (isQuestion(a, t)) return;
  const v = nextToken(a, t.i);
  if (!v || !Object.hasOwn(NO_PASSIVE, v.lower) || v.start !== t.end + 1) return;
  const subject = prevWord(a, t.i);
  // "there was arrived …" is archaic but not a learner pattern; the subject must be a noun or pronoun
  if (!subject || !(subject.pos === "NOUN" || subject.pos === "PROPN" || (subject.pos === "PRON" && subject.lower !== "there"))) return;
  const past = t.lower === "was" || t.lower === "were";
  const have = t.lower === "is" ? "has" : "have";
  const fix = past ? v.text : `${have} ${v.text}`;
  issues.push(makeIssue("verb-forms.no-passive", { start: t.start, end: v.end }, "grammar", `"${NO_PASSIVE[v.lower]}" has no passive: write "${fix}", without "${t.lower}".`, fix));
}

/** Verbs whose participle is not their base form and that are rarely nouns or adjectives: "was build" → "built". */
/** Not the ones that are also nouns ("the problem was damage", "the next step is design"). */
const PASSIVE_BASE = new Set(["build", "make", "write", "steal", "send", "give", "take", "find", "choose", "sell", "buy", "forget", "bring", "teach", "tell", "deliver", "cancel", "invite", "arrest", "destroy", "publish", "translate", "replace", "organise", "organize", "prepare", "grow", "hide", "throw", "speak", "know", "ignore", "inform", "injure"]);

/** Verbs of phrasal verbs whose passive learners write bare: "was carry out", "were pick up", "is switch off". */
const PHRASAL_PASSIVE_BASE = new Set(["carry", "pick", "turn", "switch", "throw", "clean", "fill", "hand", "call", "write", "give", "break", "take", "bring", "sort", "clear", "cancel"]);

// 12. "The hotel was build next to the beach" → "built": "be" + a bare verb that ends its phrase is a passive
function passiveBase(a: Analysis, t: Token, issues: Issue[]): void {
  if (!/^(?:is|are|was|were|been|be)$/.test(t.lower)) return;
  const v = nextToken(a, t.i);
  if (!v || v.start !== t.end + 1 || v.text !== v.lower || a.text[v.end] === "-") return;
  let after = nextToken(a, v.i);
  // "the survey was carry out in March" → "carried out": a phrasal verb's particle, then what ends the passive
  const particle = after && PARTICLES.has(after.lower) && PHRASAL_PASSIVE_BASE.has(v.lower) && after.start === v.end + 1 ? after : undefined;
  if (particle) after = nextToken(a, particle.i);
  if (!PASSIVE_BASE.has(v.lower) && !particle) return;
  // an object after it ("is make people happy") is another mistake; a noun-like word needs "by" after it
  // what ends the passive: "by …", an adverb or a place or time ("built in 1990"); not the end of the
  // sentence ("the build tool is make.") nor an object ("is make people happy" is another mistake)
  const ends = (particle !== undefined && (!after || /^[.,;!]$/.test(after.text))) || (after !== undefined && (after.lower === "by" || after.pos === "ADV" || (after.pos === "ADP" && !PARTICLES.has(after.lower) && after.lower !== "of" && after.lower !== "for")));
  if (!ends) return;
  const subject = prevWord(a, t.i);
  if (!subject || subject.lower === "to" || subject.lower === "there") return;
  const participle = participleForm(v.lower);
  issues.push(makeIssue("verb-forms.passive-participle", { start: v.start, end: v.end }, "grammar", `A passive uses the past participle: "${t.lower} ${participle}".`, participle));
}

/** "I think/hope/guess is …": a verb of opinion, then "is/was" with no subject for it. */
const OPINION_VERBS = new Set(["think", "hope", "guess", "believe", "suppose", "thought", "hoped", "guessed", "believed", "supposed"]);
/** Nouns after "there is no": "but was no answer" → "there was no answer". */
const THERE_NOUNS = new Set(["answer", "reply", "response", "one", "nobody", "signal", "electricity", "water", "power", "internet", "light", "heating", "space", "room", "seat", "seats", "time", "bus", "buses", "train", "trains", "taxi", "information", "food", "staff"]);

// 13. "I think is Sven" → "I think it is"; "I called, but was no answer" → "but there was no answer"
function missingDummySubject(a: Analysis, t: Token, issues: Issue[]): void {
  if (!/^(?:is|was)$/.test(t.lower) || isQuestion(a, t)) return;
  const before = prevToken(a, t.i);
  if (!before) return;
  if (OPINION_VERBS.has(before.lower) && before.pos === "VERB") {
    // "what I think is important", "all I hope is …": the opinion is the subject there
    const subject = prevToken(a, before.i);
    const opener = subject && prevToken(a, subject.i);
    if (!subject || !PERSONAL_SUBJECTS.has(subject.lower) || (opener && !/^[,;:]$/.test(opener.text) && !/^(?:and|but|so|because|also|really|still)$/.test(opener.lower))) return;
    issues.push(makeIssue("verb-forms.missing-it", { start: t.start, end: t.end }, "grammar", `"${t.lower}" needs a subject: "${before.lower} it ${t.lower} …".`, `it ${t.text}`));
    return;
  }
  if (!/^(?:and|but)$/.test(before.lower) || !/,\s*$/.test(a.text.slice(0, before.start))) return;
  const no = nextToken(a, t.i);
  const noun = no && nextToken(a, no.i);
  if (!no || !noun) return;
  const thereNoun = (no.lower === "no" && THERE_NOUNS.has(noun.lower) && !/^['’]/.test(a.text.slice(noun.end, noun.end + 1))) || no.lower === "nobody" || no.lower === "nothing" && /^(?:to|left|in|on)$/.test(noun.lower);
  if (!thereNoun) return;
  issues.push(makeIssue("verb-forms.missing-there", { start: t.start, end: t.end }, "grammar", `English needs "there" to say something exists: "there ${t.lower} ${no.lower} …".`, `there ${t.text}`));
}

/** Past participles that are never passive with an object after them: "was noticed the problem" → "noticed". */
const ACTIVE_ONLY = new Set(["noticed", "discovered", "realised", "realized", "solved", "fixed", "reviewed", "deployed", "forgot"]);
/** "was fixed the following day", "was reviewed the most": a time or degree after "the", not an object. */
const NOT_OBJECT_AFTER_THE = new Set(["following", "previous", "most", "least", "very", "same", "next"]);

// 14. "The engineer was noticed the problem" → "noticed"; "Please find attach" → "attached"; "too shy for asking" → "to ask"
function miscForms(a: Analysis, t: Token, issues: Issue[]): void {
  // "It costed a lot" → "cost": the price verb has one form ("costed" means "estimated the cost of")
  if (t.lower === "costed") {
    const next = nextWord(a, t.i);
    if (next && (OBJECT_PRONOUNS.has(next.lower) || next.lower === "you" || next.pos === "NUM" || /^(?:a|an|about|around|nearly|almost|over|much|nothing|too|so|more|less|twice|only|just|us)$/.test(next.lower) || /^[$€£]/.test(a.text.slice(t.end + 1)))) {
      issues.push(makeIssue("verb-forms.irregular-past", { start: t.start, end: t.end }, "grammar", `"Cost" has the same form in the past: "cost".`, matchCase("cost", t.text)));
      return;
    }
  }
  if ((t.lower === "was" || t.lower === "were") && !isQuestion(a, t)) {
    const v = nextToken(a, t.i);
    const object = v && nextToken(a, v.i);
    const subject = prevWord(a, t.i);
    if (!v || !object || !ACTIVE_ONLY.has(v.lower) || v.start !== t.end + 1 || !subject || subject.lower === "it" || subject.lower === "there") return;
    if (!(subject.pos === "NOUN" || subject.pos === "PROPN" || PERSONAL_SUBJECTS.has(subject.lower))) return;
    if (!(object.lower === "the" || POSSESSIVE_WORDS.has(object.lower) || OBJECT_PRONOUNS.has(object.lower))) return;
    const after = nextToken(a, object.i);
    if (after && (TIME_AFTER_DETERMINER.has(after.lower) || NOT_OBJECT_AFTER_THE.has(after.lower))) return;
    issues.push(makeIssue("verb-forms.active-past", { start: t.start, end: v.end }, "grammar", `"${v.lower}" here has an object, so it is active: write "${v.text}", without "${t.lower}".`, v.text));
    return;
  }
  if (t.lower === "find") {
    const attach = nextToken(a, t.i);
    if (attach && /^(?:attach|enclose)$/.test(attach.lower) && (prevToken(a, t.i)?.lower === "please" || prevToken(a, t.i)?.lower === "will")) {
      issues.push(makeIssue("verb-forms.find-attached", { start: attach.start, end: attach.end }, "grammar", `The phrase is "find ${attach.lower}ed": "${attach.lower}ed" describes the file.`, `${attach.text}ed`));
    }
    return;
  }
  // "I am writing for asking", "too shy for asking" → "to ask": purpose and "too + adjective" take "to"
  if (t.lower === "for") {
    const ing = nextToken(a, t.i);
    const before = prevToken(a, t.i);
    const beforeThat = before && prevToken(a, before.i);
    if (!ing || !before || !/ing$/.test(ing.lower) || ing.pos !== "VERB" || ing.lemma === ing.lower) return;
    const purpose = /^(?:writing|write|writes|wrote)$/.test(before.lower) || (before.pos === "ADJ" && beforeThat?.lower === "too");
    if (!purpose) return;
    const object = nextToken(a, ing.i);
    if (!object || object.pos === "PUNCT") return;
    issues.push(makeIssue("verb-forms.for-ing-purpose", { start: t.start, end: ing.end }, "grammar", `To say why, use "to" + the verb: "to ${ing.lemma}", not "for ${ing.lower}".`, `to ${ing.lemma}`));
  }
}


/** Verbs after which "that" + a subject + a plain verb states a wish or a proposal. */
const MANDATIVE = new Set(["suggest", "suggests", "suggested", "propose", "proposes", "proposed", "recommend", "recommends", "recommended", "insist", "insists", "insisted"]);
/** Only a speaker who proposes ("I/we suggest"): "the data suggest that prices will rise" is a prediction. */
const PROPOSERS = new Set(["i", "we"]);

/**
 * Verb patterns with one fixed form:
 * - "I suggest that we will move the deadline" → "we move": a proposal takes the plain verb (or
 *   "should"), not "will";
 * - "a bag made for to last", "I use it for to write" → "to last": purpose is "to" alone;
 * - "we are thinking to buy a car" → "thinking of buying";
 * - "they should not be allowed using it" → "allowed to use";
 * - "I used to buying" (no "be/get" before "used") → "used to buy": the past habit takes the plain verb.
 */
function verbPatterns(a: Analysis, t: Token, issues: Issue[]): void {
  const next = nextWord(a, t.i);
  if (!next) return;
  if (MANDATIVE.has(t.lower) && t.pos === "VERB" && PROPOSERS.has(prevWord(a, t.i)?.lower ?? "")) {
    let subject = next.lower === "that" ? nextWord(a, next.i) : next;
    if (subject && (subject.pos === "DET" || /^(?:my|your|his|her|our|their)$/.test(subject.lower))) subject = nextWord(a, subject.i);
    const will = subject && nextWord(a, subject.i);
    const verb = will && nextWord(a, will.i);
    if (subject && will && verb && (subject.pos === "PRON" || subject.pos === "NOUN" || subject.pos === "PROPN") && /^(?:will|'ll|’ll)$/.test(will.lower) && verb.lower === verb.lemma && (verb.pos === "VERB" || BASE_VERBS_FOR_ING.has(verb.lower))) {
      issues.push(makeIssue("verb-forms.suggest-will", { start: will.start, end: verb.end }, "grammar", `After "${t.lower} that", use the plain verb (or "should"), not "will": "${verb.lower}".`, verb.text));
    }
    return;
  }
  if (t.lower === "for" && next.lower === "to") {
    const verb = nextWord(a, next.i);
    if (verb && verb.pos === "VERB" && verb.lower === verb.lemma && a.text.slice(t.end, next.start) === " ") {
      issues.push(makeIssue("verb-forms.for-to", { start: t.start, end: next.end }, "grammar", `To say what something is for, use "to" alone: "to ${verb.lower}" (not "for to").`, matchCase("to", t.text)));
    }
    return;
  }
  if (t.lower === "thinking" && next.lower === "to") {
    const verb = nextWord(a, next.i);
    const be = prevWord(a, t.i);
    if (verb && verb.pos === "VERB" && verb.lower === verb.lemma && be && /^(?:am|is|are|was|were|'m|’m|'re|’re|been|be)$/.test(be.lower) && BASE_VERBS_FOR_ING.has(verb.lower)) {
      const ing = ingForm(verb.lemma);
      issues.push(makeIssue("verb-forms.thinking-of", { start: next.start, end: verb.end }, "grammar", `For a plan you are considering, write "thinking of ${ing}" (or "about ${ing}").`, `of ${ing}`));
    }
    return;
  }
  if (t.lower === "allowed" && /ing$/.test(next.lower) && next.pos === "VERB") {
    const be = prevWord(a, t.i);
    const lemma = next.lemma;
    if (be && /^(?:be|been|being|is|are|was|were|am|not|n't|n’t)$/.test(be.lower) && lemma !== next.lower && ingForm(lemma) === next.lower) {
      issues.push(makeIssue("verb-forms.allowed-to", { start: next.start, end: next.end }, "grammar", `"Be allowed" takes "to" + the plain verb: "allowed to ${lemma}".`, `to ${lemma}`));
    }
    return;
  }
  if (t.lower === "used" && next.lower === "to") {
    const verb = nextWord(a, next.i);
    const subject = prevWord(a, t.i);
    if (!verb || !subject || !/^(?:i|we|they|he|she|you)$/.test(subject.lower) || verb.pos !== "VERB" || !/ing$/.test(verb.lower) || ingForm(verb.lemma) !== verb.lower) return;
    if (!BASE_VERBS_FOR_ING.has(verb.lemma)) return;
    issues.push(makeIssue("verb-forms.used-to-base", { start: verb.start, end: verb.end }, "grammar", `For a past habit, "used to" takes the plain verb: "used to ${verb.lemma}" (or, for "accustomed to", "${subject.lower === "i" ? "I am" : `${subject.lower} are`} used to ${verb.lower}").`, matchCase(verb.lemma, verb.text)));
  }
}

/** Everyday action verbs whose -ing and plain forms the patterns above can switch between safely. */
const BASE_VERBS_FOR_ING = new Set([
  "buy", "sell", "move", "go", "get", "make", "take", "start", "open", "build", "learn", "study", "visit", "travel", "change", "leave",
  "join", "hire", "rent", "book", "try", "play", "watch", "read", "write", "eat", "drink", "cook", "spend", "save", "invest", "quit",
  "apply", "ask", "call", "send", "use", "switch", "stop", "organise", "organize", "plan", "launch", "adopt", "sign", "upgrade", "replace",
  "walk", "run", "swim", "ride", "drive", "work", "live", "stay", "sleep", "wake", "smoke", "listen", "wear", "collect", "paint", "fix", "clean", "meet",
]);

/**
 * "I want that you come" → "I want you to come": "want" and "would like" take an object and
 * "to", never a "that" clause. Only "that" + subject pronoun + a present verb.
 */
function wantThat(a: Analysis, t: Token, issues: Issue[]): void {
  // "I would like that you help me" → "would like you to help" as well
  const wouldLike = t.lower === "like" && /^(?:would|'d|’d)$/.test(prevWord(a, t.i)?.lower ?? "");
  if ((t.lemma !== "want" && !wouldLike) || t.pos !== "VERB") return;
  const that = nextWord(a, t.i);
  const subject = that && nextWord(a, that.i);
  const verb = subject && nextWord(a, subject.i);
  if (!that || !subject || !verb || that.lower !== "that" || !OBJECT_OF.has(subject.lower) || verb.pos !== "VERB" || /(?:ing|ed)$/.test(verb.lower)) return;
  if (verb.lower !== verb.lemma && verb.lower !== thirdPersonForm(verb.lemma)) return;
  const fix = `${OBJECT_OF.get(subject.lower)} to ${verb.lemma}`;
  issues.push(makeIssue("verb-forms.want-that", { start: that.start, end: verb.end }, "grammar", `"${t.lower}" takes an object and "to", not a "that" clause: "${t.lower} ${fix}".`, fix));
}

/**
 * Words after which "to" can only start an infinitive: "I want to learning English" → "to learn",
 * "it is hard for me to understanding" → "to understand". Not the words after which "to" is a
 * preposition and an -ing form is right: "look forward to", "used to", "object to", "committed
 * to", "close to", "prefer … to", "agree to".
 */
const TO_INFINITIVE_VERBS = new Set([
  "want", "wants", "wanted", "need", "needs", "needed", "decide", "decides", "decided", "hope", "hopes", "hoped", "plan",
  "plans", "planned", "planning", "try", "tries", "tried", "trying", "learn", "learns", "learned", "learnt", "forget",
  "forgot", "manage", "managed", "refuse", "refused", "promise", "promised", "like", "supposed", "seem", "seems", "seemed",
  "intend", "intends", "intended", "afford", "choose", "chose", "wish", "wished", "have", "has", "had",
]);
const TO_INFINITIVE_ADJECTIVES = new Set(["difficult", "easy", "hard", "important", "possible", "impossible", "necessary", "able", "unable"]);

/** "want to learning" → "want to learn"; "difficult for me to understanding" → "to understand". */
function toIng(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lower !== "to") return;
  const verb = nextWord(a, t.i);
  if (!verb || verb.start !== t.end + 1 || verb.pos !== "VERB" || !/ing$/.test(verb.lower) || verb.lemma === verb.lower) return;
  let head = prevWord(a, t.i);
  // ", as much as possible, to using …": the word before "to" must belong to it
  if (head && !spaced(a, head, t)) return;
  // "difficult for me to …", "easy for new users to …": past "for" and who it is for
  if (head && !TO_INFINITIVE_ADJECTIVES.has(head.lower) && !TO_INFINITIVE_VERBS.has(head.lower)) {
    let k: Token | undefined = head;
    for (let n = 0; k && n < 3 && k.lower !== "for" && spaced(a, k, a.tokens[k.i + 1]!); n++) k = prevWord(a, k.i);
    head = k?.lower === "for" ? prevWord(a, k.i) : undefined;
    if (!head || !TO_INFINITIVE_ADJECTIVES.has(head.lower)) return;
  }
  if (!head) return;
  // "like" only in "would like to" ("I like to" may be followed by a noun in -ing: "similar, like to …")
  if (head.lower === "like" && !/^(?:would|'d|’d)$/.test(prevWord(a, head.i)?.lower ?? "")) return;
  issues.push(makeIssue("verb-forms.to-ing", { start: verb.start, end: verb.end }, "grammar", `After "${head.lower}${head.i === prevWord(a, t.i)?.i ? "" : " …"} to", use the verb's base form: "to ${verb.lemma}", not "to ${verb.lower}".`, matchCase(verb.lemma, verb.text)));
}

/** What a wish about now puts its verb in: "I wish I have more time" → "had". */
const WISH_PAST = new Map([["am", "were"], ["is", "were"], ["are", "were"], ["have", "had"], ["has", "had"], ["can", "could"], ["will", "would"]]);

/** "I wish I have more time" → "had", "I wish it is summer" → "were": a wish about now takes the past. */
function wishPresent(a: Analysis, t: Token, issues: Issue[]): void {
  if (!/^(?:wish|wishes)$/.test(t.lower) || t.pos !== "VERB") return;
  const subject = nextWord(a, t.i);
  const verb = subject && nextWord(a, subject.i);
  if (!subject || !verb || !(PERSONAL_SUBJECTS.has(subject.lower) || subject.lower === "it") || !WISH_PAST.has(verb.lower)) return;
  if (subject.start !== t.end + 1 || verb.start !== subject.end + 1) return;
  // "if you wish, you can …", "as you wish": the idiom, with or without its comma
  const wisher = prevWord(a, t.i);
  if (wisher && /^(?:if|as)$/.test(prevWord(a, wisher.i)?.lower ?? "")) return;
  // "I wish you have a good trip": good wishes, not a wish about now ("I hope you have …")
  if (subject.lower === "you" && (verb.lower === "have" || verb.lower === "has")) return;
  const past = WISH_PAST.get(verb.lower)!;
  issues.push(makeIssue("verb-forms.wish-past", { start: verb.start, end: verb.end }, "tense", `A wish about now takes the past: "wish ${subject.text} ${past}".`, matchCase(past, verb.text)));
}

/** "He suggested me to use a queue" → "suggested that I use": "suggest" takes no person + "to". */
function suggestObjectTo(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lemma !== "suggest" || t.pos !== "VERB") return;
  const person = nextWord(a, t.i);
  const to = person && nextWord(a, person.i);
  const verb = to && nextWord(a, to.i);
  if (!person || !to || !verb || to.lower !== "to" || verb.pos !== "VERB" || verb.lower !== verb.lemma) return;
  const subject = person.lower === "you" ? "you" : SUBJECT_OF.get(person.lower);
  if (!subject || person.start !== t.end + 1) return;
  const fix = `that ${subject} ${verb.lemma}`;
  issues.push(makeIssue("verb-forms.suggest-that", { start: person.start, end: verb.end }, "grammar", `"Suggest" takes no person + "to": "${t.lower} ${fix}" (or "${t.lower} ${ingForm(verb.lemma)}").`, fix));
}

const REFLEXIVES = /^(?:myself|yourself|himself|herself|ourselves|yourselves|themselves)$/;
/** "I feel myself tired" → "I feel tired": "feel" with an adjective takes no reflexive. */
function feelReflexive(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lemma !== "feel" || t.pos !== "VERB") return;
  const reflexive = nextWord(a, t.i);
  const adjective = reflexive && nextWord(a, reflexive.i);
  if (!reflexive || !adjective || !REFLEXIVES.test(reflexive.lower) || reflexive.start !== t.end + 1 || adjective.pos !== "ADJ" || adjective.start !== reflexive.end + 1) return;
  issues.push(makeIssue("verb-forms.feel-reflexive", { start: t.start, end: adjective.end }, "grammar", `With an adjective, "feel" takes no "${reflexive.lower}": "${t.lower} ${adjective.lower}".`, `${t.text} ${adjective.text}`));
}

/** "We enjoyed very much." → "enjoyed it very much": "enjoy" needs an object. */
function enjoyWithoutObject(a: Analysis, t: Token, issues: Issue[]): void {
  if (t.lemma !== "enjoy" || t.pos !== "VERB" || t.lower === "enjoying") return;
  const next = nextWord(a, t.i);
  if (!next || next.start !== t.end + 1 || !/^(?:very|so|a|really)$/.test(next.lower)) return;
  const much = nextWord(a, next.i);
  const phrase = much && (next.lower === "a" ? (much.lower === "lot" ? much : undefined) : much.lower === "much" ? much : undefined);
  const after = phrase && a.tokens[phrase.i + 1];
  if (!phrase || !after || !/^[.!]$/.test(after.text) || after.start !== phrase.end) return;
  issues.push(makeIssue("verb-forms.enjoy-object", { start: t.start, end: t.end }, "grammar", `"Enjoy" needs an object: "${t.lower} it ${a.text.slice(next.start, phrase.end)}" (or "enjoyed ourselves").`, `${t.text} it`));
}

export const verbForms: Rule = {
  id: "verb-forms",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    const flagged = new Set<number>();
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      useTo(a, t, issues);
      usedToBase(a, t, issues);
      prepositionBase(a, t, issues, flagged);
      spendTimeTo(a, t, issues);
      participleAsPast(a, t, issues);
      gratefulIfCan(a, t, issues);
      modalAdjective(a, t, issues);
      missingIt(a, t, issues);
      verbComplement(a, t, issues);
      objectComplement(a, t, issues);
      busyTo(a, t, issues);
      preventTo(a, t, issues);
      perfectBase(a, t, issues);
      noPassive(a, t, issues);
      passiveBase(a, t, issues);
      missingDummySubject(a, t, issues);
      miscForms(a, t, issues);
      verbPatterns(a, t, issues);
      wantThat(a, t, issues);
      toIng(a, t, issues);
      wishPresent(a, t, issues);
      suggestObjectTo(a, t, issues);
      feelReflexive(a, t, issues);
      enjoyWithoutObject(a, t, issues);
    }
    return issues;
  },
};
