/**
 * Articles: a singular countable noun needs a determiner ("we deployed new service" → "a new
 * service"; "the request goes to server" → "the server"), and "a/an" does not go with a plural
 * ("a services"). Only nouns on a list of clearly countable words are checked, and the many
 * zero-article idioms ("by email", "in production", "per request", "on call") are left alone.
 * Fixed phrases that always take an article are checked word by word ("is second time", "is same
 * as", "lot of", "glass of water", "most of students"), and so is "the" where English uses none:
 * general statements ("Nowadays the teenagers…", "The education is…"), countries, sports, languages.
 */
import type { Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";
import { DOMAIN_WORDS } from "../lexicon.ts";
import { capitalize, indefiniteArticle, matchCase } from "../text/morph.ts";
import { SINGULAR_IN_S } from "./phrases.ts";
import { PERSON_NOUNS } from "./pronouns.ts";
import { makeIssue, type Rule, type RuleContext } from "./rule.ts";
import type { Issue } from "../types.ts";

/** Singular nouns that are (nearly) always countable in a developer's English. */
export const COUNTABLE = new Set(
  `service server database table query endpoint request response bug feature ticket customer client function method
  class file key index queue message container node cluster job worker token field column row record test branch commit
  release version migration incident outage alert dashboard team meeting issue problem question answer solution decision
  library framework tool project report document page list loop variable parameter header application app system
  component module package dependency script pipeline process thread connection transaction replica instance machine pod
  proxy gateway layer microservice monolith repository repo interface schema object array map mistake exception event
  topic partition consumer producer subscriber webhook callback handler controller route plugin browser website
  certificate password account session cookie role policy rule quota backup snapshot disk bucket region network port
  socket protocol algorithm pattern approach strategy idea plan proposal comment reviewer manager engineer developer
  colleague teammate candidate interviewer company startup product stakeholder deadline sprint estimate diagram example
  scenario step environment namespace balancer hash retry flag toggle container spreadsheet laptop job contract
  sandbox benchmark deadlock bottleneck workaround tradeoff trade-off checklist runbook postmortem rollback
  hotfix patch fix wrapper helper constructor decorator singleton iterator generator expert rate architect member
  specialist consultant
  car house apartment flat room door window chair desk phone computer book letter story film movie song picture photo
  camera city country village friend teacher student child doctor nurse boss neighbor neighbour parent brother sister
  restaurant hotel shop store museum park station airport bank trip journey party lesson course exam essay hobby
  dog cat bike bicycle bag wallet umbrella pen notebook jacket coat dress shirt sweater hat ticket sandwich cake gift
  bottle cup
  person widow widower husband wife son daughter boyfriend girlfriend cousin uncle aunt grandmother grandfather baby guest
  visitor tourist passenger waiter waitress plumber electrician mechanic dentist lawyer landlord landlady
  cook chef pilot baker accountant journalist receptionist cashier soldier dancer painter translator singer actor
  actress musician artist photographer writer designer farmer scientist programmer
  classmate roommate flatmate backpack suitcase bell forum fridge sofa couch lamp candle mirror towel blanket
  pillow drawer cupboard shelf wardrobe bathroom bedroom garden balcony beach lake river mountain island supermarket
  pharmacy bakery cinema concert festival wedding funeral passport taxi challenge accident interview appointment
  invitation suggestion compliment joke habit dream goal model charger monitor headache
  neighbourhood neighborhood seat meal dish recipe menu club lecture seminar workshop
  video kitchen garage bridge tree flower clock conference smartphone
  invoice diploma scholarship truck motorbike boat tent hostel cottage castle temple mosque gym playground stadium zoo
  clinic cafe café pub microwave kettle toaster raincoat`
    .split(/\s+/)
    .filter(Boolean),
);

/** What a day or a release goes through, bare after "before/after": "after class", "before the merge" aside. */
const DAY_STAGES = ["release", "deployment", "deploy", "merge", "login", "startup", "class", "school", "work", "lunch", "dinner", "breakfast", "university", "college", "church"];

/** Nouns whose zero-article use is normal after these prepositions ("by email", "in production"). */
const IDIOMS: Record<string, ReadonlySet<string>> = {
  by: new Set(["taxi", "accident", "road", "email", "phone", "hand", "design", "default", "request", "name", "mistake", "chance", "type", "key", "id", "index", "row", "field", "column", "team", "service", "region", "user", "customer", "client", "version", "node", "file", "page", "step", "day", "hour", "minute", "car", "bike", "bicycle", "letter", "train", "bus", "plane", "boat", "truck", "motorbike", "video"]),
  per: new Set([...COUNTABLE]),
  over: new Set(["video", "phone", "email", "chat", "time", "lunch", "dinner", "breakfast", "coffee"]),
  on: new Set(["video", "camera", "call", "demand", "time", "purpose", "top", "hold", "board", "request", "release", "commit", "merge", "startup", "page", "screen", "site", "schedule", "paper", "average", "disk"]),
  in: new Set(["production", "place", "practice", "theory", "time", "order", "parallel", "memory", "sync", "use", "case", "charge", "turn", "line", "common", "person", "advance", "total", "detail", "return", "response", "general", "code", "review", "progress", "transit", "flight", "batch", "bulk", "sequence", "staging", "development", "isolation", "town", "class", "hospital", "prison", "church", "college"]),
  at: new Set(["scale", "runtime", "random", "night", "work", "home", "first", "least", "once", "all", "rest", "hand", "risk", "startup", "boot", "compile", "peak", "load", "launch", "release", "login", "school", "university", "college", "church", "sea"]),
  from: new Set(["scratch", "memory", "time", "start", "source", "disk", "cache", "day", "school", "university", "college", "home", "work"]),
  to: new Set(["scale", "date", "disk", "production", "staging", "master", "main", "school", "university", "college", "church", "town", "bed", "work", "hospital", "prison", "class"]),
  under: new Set(["load", "pressure", "review", "test", "construction", "control"]),
  for: new Set(["example", "instance", "sure", "free", "now", "good", "review", "testing", "production", "dinner", "lunch", "breakfast"]),
  into: new Set(["production", "memory", "account", "play"]),
  after: new Set([...DAY_STAGES]),
  before: new Set([...DAY_STAGES, "bed"]),
  via: new Set([...COUNTABLE]),
  with: new Set(["care", "ease"]),
  // "keep a copy as backup", "used as input": a role, not a thing
  as: new Set(["backup", "fallback", "input", "output", "default", "reference", "proof", "evidence"]),
  during: new Set(["startup", "deployment", "deploy", "release", "migration", "review", "testing", "development", "onboarding", "load", "rollout", "maintenance", "failover"]),
  // "of course"; "terms of service", "denial of service", "level of service", "out of service"
  of: new Set(["record", "course", "service"]),
  without: new Set(["downtime", "warning", "notice"]),
};

/** "it's", "that's", "she's": here "'s" is "is", not a possessive. */
const PRONOUNS_BEFORE_IS = new Set(["it", "that", "there", "he", "she", "this", "what", "who", "here", "where"]);
function isContractedIs(ctx: RuleContext, t: Token): boolean {
  return (t.lower === "'s" || t.lower === "’s") && PRONOUNS_BEFORE_IS.has(prevWord(ctx.a, t.i)?.lower ?? "");
}

/** Intensifiers inside a noun phrase after "be": "she is very nice person". */
const INTENSIFIERS = new Set(["very", "really", "pretty"]);

/** Tokens that already make a noun phrase definite or indefinite. */
const DETERMINERS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "no", "another", "some", "which", "what",
  "whose", "my", "our", "your", "their", "his", "her", "its", "one", "either", "neither", "such", "same", "whichever",
  "whatever", "either", "per", "'s", "’s", "all", "both", "half", "many", "more", "most", "much", "few", "several",
  "enough", "less", "own",
]);

const KIND_WORDS = new Set(["kind", "type", "sort", "form", "category", "class", "flavor", "flavour", "name", "version", "lot", "number", "part", "piece", "instead", "out", "because", "terms", "position", "role", "post", "title"]);
const TIME_NOUNS = new Set(["week", "month", "year", "day", "time", "night", "morning", "evening", "afternoon", "quarter", "weekend"]);
/** Nouns the tagger may read as nouns that end a noun phrase rather than continue it: "new service yesterday". */
const TIME_ADVERBS = new Set(["yesterday", "today", "tomorrow", "tonight", "now", "last", "next", "every", "this", "again", "too", "first"]);
/** Teams called by what they work on: "Product says a few minutes is fine". */
const TEAM_NAMES = new Set(["product", "design", "support", "security", "engineering", "marketing", "sales", "legal", "finance", "operations", "ops", "platform", "infrastructure", "data", "leadership", "management", "research"]);
const NAMING_VERBS = new Set(["called", "named", "titled", "labeled", "labelled"]);

function isSingularCountable(ctx: RuleContext, t: Token): boolean {
  if (!COUNTABLE.has(t.lower) || t.lemma !== t.lower) return false;
  // "my father is engineer": a base form right after "is" cannot be a verb, whatever the tagger says
  if (t.text === t.lower && t.pos === "VERB") {
    const be = prevWord(ctx.a, t.i);
    // ("is thread safe", "is process heavy": the first half of an adjective written without its hyphen)
    const after = nextWord(ctx.a, t.i);
    return be !== undefined && /^(?:is|am|are|was|were)$/.test(be.lower) && be.end + 1 === t.start && !(after && after.pos === "ADJ" && after.start === t.end + 1);
  }
  if (t.text === t.lower) return t.pos === "NOUN";
  // Capitalised only as the first word of a sentence: "Server crashed at noon."
  const sentenceStart = ctx.a.sentences[t.sentence]!.first === t.i;
  return sentenceStart && t.text === capitalize(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN");
}

/** "from client to server", "step by step": paired bare nouns. */
function inPairIdiom(ctx: RuleContext, t: Token): boolean {
  const a = ctx.a;
  const next = nextWord(a, t.i);
  const after = next ? nextWord(a, next.i) : undefined;
  const prev = prevWord(a, t.i);
  const before = prev ? prevWord(a, prev.i) : undefined;
  const pairWords = /^(?:to|by|after|for)$/;
  if (next && pairWords.test(next.lower) && after && (after.lower === t.lower || (prev?.lower === "from" && COUNTABLE.has(after.lower)))) return true;
  if (prev && pairWords.test(prev.lower) && before && (before.lower === t.lower || (COUNTABLE.has(before.lower) && prevWord(a, before.i)?.lower === "from"))) return true;
  return false;
}

const MODALS = new Set(["can", "could", "will", "would", "should", "must", "might", "may", "shall"]);
/** An adjective-tagged base form right after a modal or infinitive "to": "should open account". */
function isVerbAfterModal(ctx: RuleContext, t: Token): boolean {
  const p = prevWord(ctx.a, t.i);
  return p !== undefined && ctx.a.text.slice(p.end, t.start) === " " && (MODALS.has(p.lower) || (p.lower === "to" && p.pos === "PART")) && /^(?:open|close|clean|empty|clear|free|secure|dry|warm|cool|light)$/.test(t.lower);
}

/** Words after which a base form is a verb, not the first half of a compound noun. */
const VERB_OPENERS = new Set(["can", "could", "will", "would", "should", "must", "might", "may", "shall", "i", "we", "you", "they", "please", "let's", "don't", "didn't", "never"]);

/** Listed nouns that also have an uncountable sense, used bare after a verb: "make room", "restore service". */
const MASS_SENSE = new Set(["room", "service", "space", "access", "support", "release", "backup", "rollback", "patch", "hash", "rate", "interview", "lecture", "seminar", "class"]);

/** The first token of the noun phrase ending at head, and the word before it (same sentence), if any. */
function phraseStart(ctx: RuleContext, head: Token): { first: Token; before: Token | undefined } {
  const a = ctx.a;
  let first = head;
  for (let k = 0; k < 4; k++) {
    const p = prevWord(a, first.i);
    // the phrase does not reach into the sentence before: "I have a dog. Dog is …" opens one
    if (!p || p.sentence !== head.sentence) return { first, before: undefined };
    const gap = a.text.slice(p.end, first.start);
    const hyphenated = gap === "-";
    // "on-call engineer", "read-only replica", "the dual-write problem": a hyphenated compound is
    // one modifier, whatever its parts; "an IN query", "the SQL layer": a name in capitals too
    const inCompound = hyphenated || a.text[p.start - 1] === "-";
    // "the cache hit rate", "an aggressive retry policy": a verb's base form right before the head
    // is part of a compound (the finite verb of "we deploy new service" is not next to the noun)
    // (but after "to", a modal or a subject pronoun the word is a verb: "to join club", "we can open account")
    const beforeVerb = prevWord(a, p.i);
    // (only when the noun ends the phrase and has no uncountable sense: "to make room", "restore service")
    const headNext = nextWord(a, head.i);
    const headEnds = !headNext || headNext.start !== head.end + 1 || !["NOUN", "VERB", "PROPN", "ADJ"].includes(headNext.pos);
    // "want to join club", "is to open account": an infinitive after a verb ("in response to core protocol" is not)
    const beforeTo = beforeVerb ? prevWord(a, beforeVerb.i) : undefined;
    const toBefore = beforeVerb?.lower === "to" && beforeVerb.pos === "PART" && (beforeTo?.pos === "VERB" || beforeTo?.pos === "AUX") && a.text.slice(beforeTo.end, beforeVerb.start) === " ";
    const verbContext = beforeVerb !== undefined && headEnds && !MASS_SENSE.has(head.lower) && a.text.slice(beforeVerb.end, p.start) === " " && (toBefore || VERB_OPENERS.has(beforeVerb.lower));
    const compoundVerb = first === head && p.pos === "VERB" && p.lower === p.lemma && !/(?:ed|ing)$/.test(p.lower) && !verbContext;
    // the word after "very" is an adjective, whatever the tagger says ("very kind person")
    const intensifier = INTENSIFIERS.has(p.lower) && first !== head;
    // "you should open account": after a modal or "to", the tagger's adjective is the verb
    if (p.pos === "ADJ" && isVerbAfterModal(ctx, p)) return { first, before: p };
    const modifier = inCompound || compoundVerb || intensifier || p.pos === "ADJ" || p.pos === "NOUN" || p.pos === "PROPN" || (p.pos === "ADV" && /ly$/.test(p.lower)) || /^[A-Z][A-Z0-9]+$/.test(p.text);
    if ((gap !== " " && !hyphenated) || !modifier || (DETERMINERS.has(p.lower) && !isContractedIs(ctx, p))) return { first, before: determinedThroughModifiers(ctx, p) ?? p };
    first = p;
  }
  const before = prevWord(a, first.i);
  return { first, before: before?.sentence === head.sentence ? before : undefined };
}

/**
 * "a well-known certified library", "a doubly linked list", "a shared, data-based rule": the tagger
 * reads a participle before a noun as a verb. Through such words (and adjectives, adverbs, commas
 * between them), the determiner that opens the phrase, if one does within a few words; nothing for
 * "we deployed new service", where the verb is the sentence's.
 */
function determinedThroughModifiers(ctx: RuleContext, stop: Token): Token | undefined {
  const a = ctx.a;
  const participle = (t: Token) => t.pos === "VERB" && (/(?:ed|en|ing)$/.test(t.lower) || /^(?:known|built|written|run|made|set|shared|split)$/.test(t.lower));
  if (!participle(stop)) return undefined;
  let t: Token | undefined = stop;
  for (let k = 0; k < 4 && t; k++) {
    const p: Token | undefined = prevWord(a, t.i);
    if (!p) return undefined;
    const gap = a.text.slice(p.end, t.start);
    if (gap !== " " && gap !== "-" && gap !== ", ") return undefined;
    if (DETERMINERS.has(p.lower) || p.pos === "DET") return p;
    if (!(p.pos === "ADJ" || p.pos === "ADV" || participle(p) || gap === "-")) return undefined;
    t = p;
  }
  return undefined;
}

/** Abstract nouns that take no article when they mean the thing in general: "Life is short". */
// Only nouns seldom meant as one particular thing: "the money" (on the table) and "the technology"
// (we chose) are often specific, so they are not here.
const GENERAL_ABSTRACTS = new Set(["life", "health", "happiness", "love", "society", "mathematics", "maths", "math", "physics", "chemistry", "friendship", "freedom", "nature", "education", "mankind", "humankind"]);
/** Countries and cities named without "the" (not "the Netherlands", "the UK", "the Philippines"). */
const PLACES_WITHOUT_THE = new Set([
  "spain", "france", "italy", "germany", "japan", "china", "brazil", "mexico", "canada", "india", "england", "scotland", "wales", "ireland", "poland", "turkey", "russia", "portugal", "greece",
  "egypt", "australia", "argentina", "peru", "chile", "colombia", "vietnam", "thailand", "sweden", "norway", "finland", "denmark", "austria", "switzerland", "belgium", "hungary", "romania",
  "ukraine", "morocco", "nigeria", "kenya", "iran", "indonesia", "korea", "europe", "asia", "africa", "america",
  "paris", "london", "madrid", "berlin", "rome", "tokyo", "lisbon", "barcelona", "milan", "moscow", "warsaw", "istanbul", "cairo", "beijing", "shanghai", "seoul", "delhi", "mumbai", "sydney",
]);

/**
 * Product names that take no article: the capitalised ones of the coach's list, less those that
 * are also English words ("the Spring", "at the Helm", "the Envoy").
 */
const PRODUCT_NAMES: ReadonlySet<string> = new Set(
  DOMAIN_WORDS.filter((w) => /^[A-Z][a-z]/.test(w) && !/^(?:Spring|Go|Golang|Node|Helm|Envoy|Caddy|Apache|Lambda|Argo|Loki|Pulsar|Bun|Yarn|Rust|Ruby|Python|Java|Scala|Slack|Azure|Confluence|Sentry|Jetty|Canary)$/.test(w)),
);

const PRODUCT_FOLLOWERS = /^(?:for|to|in|as|and|or|because|with|instead|on|is|was|has|does|can|will)$/;

/** "The life is hard" → "Life is hard"; "I love the Spain" → "Spain". */
function needlessThe(ctx: RuleContext, issues: Issue[]): void {
  const a = ctx.a;
  for (const t of a.tokens) {
    if (t.lower !== "the") continue;
    const noun = nextWord(a, t.i);
    const after = noun && nextWord(a, noun.i);
    if (!noun || noun.start !== t.end + 1) continue;
    // "the Spain team", "the London office", "the Paris of the north": the name modifies or is qualified
    const qualified = after && (after.pos === "NOUN" || after.lower === "of" || after.lower === "that" || after.lower === "which" || after.lower === "where" || after.lower === "'s" || after.lower === "’s") && !/[,.;:!?]/.test(a.text.slice(noun.end, after.start));
    if (PLACES_WITHOUT_THE.has(noun.lower) && /^\p{Lu}/u.test(noun.text) && !qualified) {
      issues.push(makeIssue("articles.extra-the", { start: t.start, end: noun.end }, "article", `Country and city names take no article: "${noun.text}".`, noun.text));
      continue;
    }
    // "We use the Redis for caching" → "Redis". A product's name modifies the next word so often
    // ("the Redis cluster", "the Swagger UI", "the Jenkins CI task", "the React Compiler") that only
    // a clause boundary or these words may follow it.
    const ended = !after || /[,.;:!?)]/.test(a.text.slice(noun.end, after.start)) || PRODUCT_FOLLOWERS.test(after.lower);
    if (PRODUCT_NAMES.has(noun.text) && ended) {
      issues.push(makeIssue("articles.extra-the", { start: t.start, end: noun.end }, "article", `A product's name takes no article: "${noun.text}".`, noun.text));
      continue;
    }
    // in general, at the start of a sentence and right before its verb: "The health is more important than money"
    const opens = a.sentences[t.sentence]!.first === t.i;
    const verb = after && (after.pos === "AUX" || after.pos === "VERB") && after.start === noun.end + 1;
    if (opens && verb && GENERAL_ABSTRACTS.has(noun.lower)) {
      issues.push(makeIssue("articles.extra-the", { start: t.start, end: noun.end }, "article", `"${noun.lower}" in general takes no article: "${capitalize(noun.lower)}".`, capitalize(noun.text)));
    }
  }
}

/** Nouns used only in the plural, which "a/an" cannot go with: "a new clothes" → "new clothes". */
/** Everyday adjectives a learner puts between "a" and a plural: "a new shoes", "a beautiful flowers". */
const EVERYDAY_ADJECTIVES = new Set(["new", "old", "big", "small", "nice", "beautiful", "expensive", "cheap", "red", "blue", "black", "white", "green", "brown", "comfortable", "lovely", "wonderful", "interesting", "boring", "delicious", "fresh", "young", "strange", "funny", "friendly", "kind", "pretty", "ugly", "dirty", "clean", "warm", "cold", "hot", "modern", "traditional", "famous", "useful", "important", "difficult", "easy", "happy", "sad", "bad", "terrible", "amazing", "fantastic", "excellent", "perfect", "special", "different", "similar", "local", "foreign", "healthy", "tasty", "huge", "tiny", "heavy", "light"]);
/** Words that close a noun phrase: after them, the plural before was its head. */
const PHRASE_ENDERS = new Set(["and", "or", "but", "for", "with", "in", "on", "at", "to", "from", "because", "that", "which", "who", "yesterday", "today", "last", "next", "every", "are", "were", "have", "was", "is", "so", "too", "there", "here"]);
const PLURAL_ONLY = new Set(["clothes", "trousers", "jeans", "scissors", "pyjamas", "pajamas", "sunglasses", "belongings", "surroundings", "outskirts", "tights", "binoculars"]);
/** Words for a container or a portion, which need "a" when they count something: "a glass of water". */
const PARTITIVES = new Set([
  "glass", "cup", "mug", "bottle", "box", "bag", "bowl", "slice", "piece", "jar", "packet", "pair", "couple", "bunch", "plate",
  "loaf", "tin", "carton", "handful", "kilo", "litre", "liter", "spoonful", "teaspoon", "tablespoon", "sip", "bite", "pinch", "list",
]);
/** Words for a part of a group, which take "the" before the group: "most of the students". */
const QUANTITY_OF_THE = new Set(["most", "many", "some", "all", "few", "several", "none", "each", "both", "half", "either", "neither", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
const MEALS = new Set(["breakfast", "lunch", "dinner", "supper", "brunch"]);
const MEAL_ADJECTIVES = new Set(["good", "big", "healthy", "light", "quick", "nice", "delicious", "huge", "small", "proper", "hearty", "lovely", "great", "wonderful", "tasty", "large", "late", "early", "romantic", "heavy", "simple", "traditional"]);
const MEAL_VERBS = new Set(["eat", "eats", "ate", "eating", "eaten", "have", "has", "had", "having", "cook", "cooks", "cooked", "cooking", "make", "makes", "made", "making", "enjoy", "enjoys", "enjoyed", "enjoying", "skip", "serve", "served", "prepare", "prepared", "want", "wanted", "need", "needs", "needed", "get", "got"]);
/** Nouns that take "the" when "of" follows: "the future of work", "the rest of the team". */
const THE_BEFORE_OF = new Set(["future", "health", "importance", "rest", "majority", "middle", "beginning", "bottom", "end", "safety"]);
const SPORTS = new Set(["football", "soccer", "tennis", "basketball", "volleyball", "baseball", "golf", "hockey", "rugby", "cricket", "chess", "badminton", "handball", "squash", "poker"]);
const LANGUAGES = new Set([
  "english", "spanish", "french", "german", "italian", "portuguese", "russian", "polish", "chinese", "mandarin", "japanese", "korean", "arabic", "turkish", "dutch", "greek",
  "swedish", "norwegian", "danish", "finnish", "czech", "hungarian", "romanian", "ukrainian", "hindi", "vietnamese", "thai", "indonesian",
]);
/** Times and points that take "the" after "in/during" ("in the evening") and after "at" ("at the moment"). */
const IN_THE = new Set(["morning", "afternoon", "evening", "past", "beginning", "meantime", "middle"]);
const AT_THE = new Set(["moment", "weekend"]);
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]);
/** Plural nouns that, after "nowadays", mean the whole group: "Nowadays the teenagers sleep less". */
const GENERIC_GROUPS = new Set(["people", "teenagers", "teens", "youngsters", "adolescents", "smartphones", "millennials", "humans"]);
const OBJECT_PRONOUNS = new Set(["you", "us", "them", "the", "my", "our", "your", "their", "these", "those", "his", "her", "its", "people"]);


/**
 * Fixed phrases that always need an article: "It is second time" (the second time), "is same as"
 * (the same), "in front of hundred people" (a hundred), "I have lot of friends" (a lot of), "bring
 * glass of water" (a glass of), "at the end of month" (the month), "a new clothes" (no "a").
 */
function fixedPhrases(ctx: RuleContext, issues: Issue[]): void {
  const a = ctx.a;
  for (const t of a.tokens) {
    if (!t.isWord) continue;
    const prev = prevWord(a, t.i);
    const next = nextWord(a, t.i);
    const after = next ? nextWord(a, next.i) : undefined;
    const joined = (x: Token | undefined, y: Token | undefined) => x !== undefined && y !== undefined && a.text.slice(x.end, y.start) === " ";
    const hyphenAfter = (x: Token) => a.text[x.end] === "-";
    const isBe = (x: Token | undefined) => x !== undefined && (x.lemma === "be" || /^(?:'s|’s|'re|’re|'m|’m)$/.test(x.lower));

    // "It is second time", "for first time": an ordinal before "time" always takes "the"
    if (ORDINALS.has(t.lower) && next?.lower === "time" && joined(t, next) && (isBe(prev) || prev?.lower === "for") && joined(prev, t)) {
      issues.push(makeIssue("articles.missing", { start: t.start, end: next.end }, "article", `Say "the ${t.lower} time": an ordinal number takes "the".`, `the ${t.text} time`));
      continue;
    }

    // "This is same as…", "at same time", "in a same flat": "same" takes "the"
    if (t.lower === "same" && prev && joined(prev, t) && !hyphenAfter(t) && next && joined(t, next)) {
      const beBefore = isBe(prev) || (/^(?:not|exactly|almost|nearly|basically|just)$/.test(prev.lower) && isBe(prevWord(a, prev.i)));
      if (beBefore || /^(?:in|at|on|from|with)$/.test(prev.lower)) {
        issues.push(makeIssue("articles.missing", { start: t.start, end: t.end }, "article", `Say "the same": "same" always takes "the".`, `the ${t.text}`));
        continue;
      }
      if ((prev.lower === "a" || prev.lower === "an") && prevWord(a, prev.i)?.lower !== "such") {
        issues.push(makeIssue("articles.wrong", { start: prev.start, end: t.end }, "article", `Say "the same", not "${prev.lower} same": "same" always takes "the".`, matchCase("the same", prev.text)));
        continue;
      }
    }

    // "in front of hundred guests": "hundred" and "thousand" need "a" or "one" before them
    if ((t.lower === "hundred" || t.lower === "thousand") && t.text === t.lower && prev && (prev.pos === "ADP" || prev.pos === "VERB" || /^(?:about|around|almost|nearly|over|approximately|roughly)$/.test(prev.lower)) && joined(prev, t) && prev.lower !== "per" && next && joined(t, next)) {
      const plural = (x: Token | undefined) => x !== undefined && x.pos === "NOUN" && (x.lower !== x.lemma || x.lower === "people");
      if (plural(next) || (next.pos === "ADJ" && plural(after))) {
        issues.push(makeIssue("articles.missing", { start: t.start, end: t.end }, "article", `Say "a ${t.lower}" (or "one ${t.lower}"): "${t.lower}" needs a word before it.`, `a ${t.text}`));
        continue;
      }
    }

    // "I have lot of friends", "Lot of people": "a lot of"
    if (t.lower === "lot" && next?.lower === "of" && joined(t, next)) {
      const start = !prev || a.sentences[t.sentence]!.first === t.i;
      if (start || (joined(prev, t) && ["VERB", "AUX", "ADP", "SCONJ", "CCONJ"].includes(prev!.pos) && prev!.lower !== "of")) {
        issues.push(makeIssue("articles.missing", { start: t.start, end: t.end }, "article", `Say "a lot of": "lot" needs "a" here.`, `${matchCase("a", t.text)} ${t.text.toLowerCase()}`));
        continue;
      }
    }

    // "we were offered glass of water", "after couple of days": a portion needs "a"
    if (PARTITIVES.has(t.lower) && t.text === t.lower && next?.lower === "of" && joined(t, next) && prev && joined(prev, t)) {
      // "the bounding box of", "a deny list of", "a matching pair of": a verb form inside a noun phrase
      const pp = prevWord(a, prev.i);
      const inPhrase = /ing$/.test(prev.lower) || a.text[prev.start - 1] === "-" || (pp !== undefined && (pp.pos === "DET" || pp.pos === "ADJ" || pp.pos === "NUM" || DETERMINERS.has(pp.lower)));
      // "brought us bottle of wine": the verb's indirect object comes between
      const objectBefore = /^(?:us|me|him|them)$/.test(prev.lower) && pp?.pos === "VERB";
      const verb = (prev.pos === "VERB" && prev.lemma !== "be" && !inPhrase) || objectBefore;
      const preposition = prev.pos === "ADP" && !/^(?:of|per|by|into)$/.test(prev.lower);
      if (verb || preposition) {
        issues.push(makeIssue("articles.missing", { start: t.start, end: t.end }, "article", `Say "${indefiniteArticle(t.lower)} ${t.lower} of": "${t.lower}" counts here, so it needs an article.`, `${indefiniteArticle(t.lower)} ${t.text}`));
        continue;
      }
    }

    // "at the end of month" → "the month"
    if (/^(?:end|beginning|start|middle)$/.test(t.lower) && prev?.lower === "the" && next?.lower === "of" && after && /^(?:month|week|day|year|semester)$/.test(after.lower) && joined(next, after)) {
      const more = nextWord(a, after.i);
      if (!hyphenAfter(after) && !(more && joined(after, more) && (more.pos === "NOUN" || more.pos === "PROPN" || more.pos === "NUM"))) {
        issues.push(makeIssue("articles.missing", { start: after.start, end: after.end }, "article", `Say "the ${t.lower} of the ${after.lower}": a particular ${after.lower} needs "the".`, `the ${after.text}`));
        continue;
      }
    }

    // "Most of participants", "one of my friend's" aside: a part of a group takes "the" before the group
    if (QUANTITY_OF_THE.has(t.lower) && next?.lower === "of" && joined(t, next) && after && joined(next, after) && !(prev && (prev.lower === "the" || prev.pos === "DET"))) {
      let noun: Token | undefined = after;
      if (noun.pos === "ADJ" && /^\p{Ll}/u.test(noun.text) && !QUANTITY_OF_THE.has(noun.lower) && !/^(?:more|less|other|such|various|certain|numerous|different)$/.test(noun.lower)) noun = nextWord(a, noun.i);
      const follow = noun ? nextWord(a, noun.i) : undefined;
      const plural = noun && noun.pos === "NOUN" && noun.text === noun.lower && ((noun.lower !== noun.lemma && /s$/.test(noun.lower)) || /^(?:people|children|men|women)$/.test(noun.lower)) && (noun === after || joined(after, noun));
      if (plural && !(follow && joined(noun!, follow) && (follow.pos === "NOUN" || follow.lower === "'" || follow.lower === "'s"))) {
        issues.push(makeIssue("articles.missing", { start: after.start, end: noun!.end }, "article", `Say "${t.lower} of the ${a.text.slice(after.start, noun!.end)}": after "${t.lower} of", the group needs "the" (or "my", "these"…).`, `the ${a.text.slice(after.start, noun!.end)}`));
        continue;
      }
    }

    // "eat good breakfast" → "a good breakfast": a meal with an adjective before it takes "a"
    if (MEALS.has(t.lower) && prev?.pos === "ADJ" && MEAL_ADJECTIVES.has(prev.lower) && joined(prev, t)) {
      const verb = prevWord(a, prev.i);
      const follow = next && joined(t, next) && (next.pos === "NOUN" || next.pos === "PROPN");
      if (verb && MEAL_VERBS.has(verb.lower) && joined(verb, prev) && !follow && !hyphenAfter(t)) {
        issues.push(makeIssue("articles.missing", { start: prev.start, end: t.end }, "article", `Say "a ${prev.lower} ${t.lower}": a meal takes no article alone ("have breakfast"), but with an adjective before it, it takes "a".`, `a ${a.text.slice(prev.start, t.end)}`));
        continue;
      }
    }

    // "future of transport is electric", "I believe that health of citizens…": these nouns, with an
    // "of" after them, name one particular thing and take "the"
    if (THE_BEFORE_OF.has(t.lower) && (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN") && next?.lower === "of" && joined(t, next) && after && after.isWord) {
      const opensSentence = a.sentences[t.sentence]!.first === t.i;
      const gapBefore = prev ? a.text.slice(prev.end, t.start) : "";
      const verbBefore = prev?.pos === "VERB" && gapBefore === " " && !/(?:ing|ed)$/.test(prev.lower);
      const prepBefore = (prev?.pos === "ADP" || prev?.lower === "that") && gapBefore === " " && !/^(?:by|until|till|to|from|per|of|than)$/.test(prev.lower) && !(t.lower === "end" && prev.lower === "at") && !(t.lower === "future" && prev.lower === "in");
      const afterComma = prev !== undefined && ((gapBefore === ", " && prev.isWord) || (gapBefore === " " && prev.lower === "but"));
      const capitalised = t.text === capitalize(t.lower);
      if ((t.text === t.lower && (verbBefore || prepBefore || afterComma)) || (opensSentence && capitalised && a.sentences[t.sentence]!.last - t.i > 5)) {
        issues.push(makeIssue("articles.missing", { start: t.start, end: t.end }, "article", `Say "the ${t.lower} of…": a particular ${t.lower} needs "the".`, matchCase(`the ${t.text.toLowerCase()}`, t.text)));
        continue;
      }
    }

    // "in evening", "in past", "at moment" → "in the evening", "in the past", "at the moment" ("in
    // future" is British English for "from now on"; "in past releases" is an adjective)
    if (t.text === t.lower && prev && joined(prev, t) && (prev.lower === "at" ? AT_THE.has(t.lower) : (prev.lower === "in" || prev.lower === "during") && IN_THE.has(t.lower)) && !(next && joined(t, next) && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN" || next.text === "-"))) {
      issues.push(makeIssue("articles.missing", { start: t.start, end: t.end }, "article", `Say "${prev.lower} the ${t.lower}": this phrase takes "the".`, `the ${t.text}`));
      continue;
    }

    // "I was at work all the day" → "all day": a whole day, night or week takes no "the" after "all"
    if (t.lower === "all" && next?.lower === "the" && after && /^(?:day|night|morning|evening|afternoon|week|weekend|year|summer|winter)$/.test(after.lower) && joined(t, next) && joined(next, after) && !(nextWord(a, after.i)?.lower === "long")) {
      const more = nextWord(a, after.i);
      // ("all the day's budget": the day owns the noun after it)
      if (!(more && joined(after, more) && (more.pos === "NOUN" || more.lower === "of")) && !/^['’]s$/.test(a.tokens[after.i + 1]?.text ?? "")) {
        issues.push(makeIssue("articles.needless", { start: next.start, end: after.start }, "article", `Say "all ${after.lower}", without "the".`, ""));
        continue;
      }
    }

    // "The most students prefer …" → "Most students": "most" for the bigger part of a group of people
    // takes no "the" ("the most votes" is the largest number of them)
    if (t.lower === "the" && a.sentences[t.sentence]!.first === t.i && next?.lower === "most" && joined(t, next) && after && joined(next, after) && (PERSON_NOUNS.has(after.lower) || GENERIC_GROUPS.has(after.lower)) && (after.lower !== after.lemma || /^(?:people|children)$/.test(after.lower))) {
      issues.push(makeIssue("articles.needless", { start: t.start, end: next.end }, "article", `Say "Most ${after.lower}", without "the": "the most" is for the largest amount ("the most votes").`, "Most"));
      continue;
    }

    // "in a countryside" → "the countryside"
    if ((t.lower === "a" || t.lower === "an") && next?.lower === "countryside" && joined(t, next)) {
      issues.push(makeIssue("articles.wrong", { start: t.start, end: next.end }, "article", `Say "the countryside": it takes "the", not "${t.lower}".`, matchCase(`the ${next.text}`, t.text)));
      continue;
    }

    // "a new clothes" → "new clothes": "a" with a noun that is always plural
    if ((t.lower === "a" || t.lower === "an") && next && prevWord(a, t.i)?.lower !== "such") {
      let noun: Token | undefined = next;
      for (let k = 0; k < 2 && noun && (noun.pos === "ADJ" || noun.pos === "ADV" || noun.pos === "NOUN") && !PLURAL_ONLY.has(noun.lower); k++) noun = nextWord(a, noun.i);
      const follow = noun ? nextWord(a, noun.i) : undefined;
      if (noun && PLURAL_ONLY.has(noun.lower) && !hyphenAfter(noun) && !(follow && joined(noun, follow) && (follow.pos === "NOUN" || follow.pos === "PROPN"))) {
        const phrase = a.text.slice(next.start, noun.end);
        issues.push(makeIssue("articles.plural", { start: t.start, end: noun.end }, "article", `"${noun.lower}" is always plural, so it takes no "${t.lower}": say "${phrase}" (or "a pair of ${noun.lower}", "some ${noun.lower}").`, matchCase(phrase, t.text)));
      }
    }
  }
}

/**
 * "the" where a statement is about things in general: "as the most of you know" (most of you),
 * "Nowadays the teenagers sleep less" (teenagers), "the social media" (social media).
 */
function genericThe(ctx: RuleContext, issues: Issue[]): void {
  const a = ctx.a;
  for (const t of a.tokens) {
    if (t.lower !== "the") continue;
    const next = nextWord(a, t.i);
    const after = next ? nextWord(a, next.i) : undefined;
    const third = after ? nextWord(a, after.i) : undefined;
    const prev = prevWord(a, t.i);
    if (!next || next.start !== t.end + 1) continue;
    const drop = (end: Token, message: string) => {
      const rest = a.text.slice(next.start, end.end);
      issues.push(makeIssue("articles.extra-the", { start: t.start, end: end.end }, "article", message, matchCase(rest, t.text)));
    };

    // "I play the tennis", "she speaks the English": sports and languages take no article
    // (but "play the guitar", "watch the football", "the English teacher")
    // only where the phrase ends: before punctuation, a preposition, an adverb ("the tennis match" is a compound)
    const ends = !after || /[,.;:!?]/.test(a.text.slice(next.end, after.start)) || (["ADP", "CCONJ", "SCONJ", "ADV", "PART", "DET"].includes(after.pos) && !/^(?:of|that|which)$/.test(after.lower));
    if (prev && ends && a.text[next.end] !== "-") {
      const sport = /^(?:play|plays|played|playing)$/.test(prev.lower) && SPORTS.has(next.lower);
      const language = /^(?:speak|speaks|spoke|spoken|speaking|learn|learns|learned|learnt|learning|study|studies|studied|studying)$/.test(prev.lower) && LANGUAGES.has(next.lower) && next.text !== next.lower;
      if (sport || language) {
        drop(next, `${sport ? "Sports and games" : "Languages"} take no article: "${prev.lower} ${next.text}".`);
        continue;
      }
    }

    // "as the most of you know": "most of" (but "make the most of", "who ate the most of them")
    if (next.lower === "most" && after?.lower === "of" && third && OBJECT_PRONOUNS.has(third.lower) && !(prev && (prev.pos === "VERB" || prev.pos === "AUX" || /^(?:make|makes|made|making|get|gets|got|getting)$/.test(prev.lower)))) {
      drop(next, `Say "most of ${third.lower}…" without "the".`);
      continue;
    }

    // "the social media is…": the medium in general has no article (but "the social media team")
    if (next.lower === "social" && after?.lower === "media" && after.start === next.end + 1) {
      const tail = third && a.text.slice(after.end, third.start) === " " && (third.pos === "NOUN" || third.pos === "PROPN" || third.lower === "of" || third.lower === "'s" || third.lower === "’s" || third.lower === "that" || third.lower === "which");
      if (!tail && a.text[after.end] !== "-") drop(after, `"social media" in general takes no article: say "social media".`);
      continue;
    }

    // "Nowadays the young people buy…", "the people today are…": a whole group in general
    let noun: Token | undefined = next;
    if (noun.pos === "ADJ" && /^(?:young|old|older|younger|modern)$/.test(noun.lower)) noun = after;
    if (!noun || !GENERIC_GROUPS.has(noun.lower)) continue;
    const following = nextWord(a, noun.i);
    const timeAfter = following && /^(?:today|nowadays)$/.test(following.lower) && a.text.slice(noun.end, following.start) === " ";
    const verbAfter = (x: Token | undefined) => x !== undefined && (x.pos === "VERB" || x.pos === "AUX") && !/(?:ing|ed)$/.test(x.lower);
    const nowadays = prev && (prev.lower === "nowadays" || (prev.lower === "days" && prevWord(a, prev.i)?.lower === "these")) && /^,?\s$/.test(a.text.slice(prev.end, t.start));
    // "the teenagers rarely buy…": an adverb may come before the verb
    const skipAdverbs = (x: Token | undefined) => (x && x.pos === "ADV" && !/^(?:today|nowadays)$/.test(x.lower) ? nextWord(a, x.i) : x);
    if ((timeAfter && verbAfter(skipAdverbs(nextWord(a, following.i)))) || (nowadays && verbAfter(skipAdverbs(following)))) {
      drop(noun, `Talking about ${noun.lower} in general, leave out "the": "${a.text.slice(next.start, noun.end)}".`);
    }
  }
}

/** How hair looks, in "she has long hair". */
const HAIR_LOOKS = /^(?:long|short|curly|straight|wavy|blond|blonde|dark|black|brown|red|grey|gray|white|fair|thick|thin|beautiful|nice)$/;

export const articles: Rule = {
  id: "articles",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    needlessThe(ctx, issues);
    fixedPhrases(ctx, issues);
    genericThe(ctx, issues);
    for (const t of a.tokens) {
      if (!t.isWord) continue;

      // "a new shoes" → "new shoes": an everyday adjective, then a plural that ends the phrase.
      // (the tagger reads this wrong sequence wrongly too — "new" as a noun, "shoes" as a verb —
      // so the words are looked up, not their tags)
      if ((t.lower === "a" || t.lower === "an") && prevWord(a, t.i)?.lower !== "such") {
        const adjective = nextWord(a, t.i);
        const plural = adjective && nextWord(a, adjective.i);
        const follow = plural && nextWord(a, plural.i);
        if (adjective && plural && EVERYDAY_ADJECTIVES.has(adjective.lower) && plural.text === plural.lower && plural.lower !== plural.lemma
          && (plural.lower === `${plural.lemma}s` || plural.lower === `${plural.lemma}es` || plural.lower === `${plural.lemma.slice(0, -1)}ies`) && !SINGULAR_IN_S.has(plural.lower) && !PLURAL_ONLY.has(plural.lower)
          && a.text.slice(t.end, adjective.start) === " " && a.text.slice(adjective.end, plural.start) === " "
          && (!follow || follow.sentence !== plural.sentence || PHRASE_ENDERS.has(follow.lower) || a.text.slice(plural.end, follow.start).trim() !== "")) {
          const phrase = a.text.slice(adjective.start, plural.end);
          issues.push(makeIssue("articles.plural", { start: t.start, end: plural.end }, "article", `"${t.lower}" goes with one thing: say "${phrase}" (or "${indefiniteArticle(adjective.lower)} ${adjective.lower} ${plural.lemma}").`, matchCase(phrase, t.text)));
          continue;
        }
      }
      // "She has a long hair" → "long hair": the hair on a head is uncountable ("a long hair in my soup" is one hair)
      if (t.lower === "a" && /^(?:have|has|had|having)$/.test(prevWord(a, t.i)?.lower ?? "")) {
        const look = nextWord(a, t.i);
        let hair = look && nextWord(a, look.i);
        // "a short curly hair"
        if (hair && HAIR_LOOKS.test(hair.lower)) hair = nextWord(a, hair.i);
        const follow = hair && a.tokens[hair.i + 1];
        if (look && hair && HAIR_LOOKS.test(look.lower) && hair.lower === "hair" && (!follow || !follow.isWord || /^(?:and|but|with|like|,)$/.test(follow.lower))) {
          issues.push(makeIssue("articles.uncountable", { start: t.start, end: hair.end }, "article", `Hair on a head is uncountable: "${look.lower} hair", without "a".`, a.text.slice(look.start, hair.end)));
          continue;
        }
      }
      // "many people use internet" → "the internet": the one network takes "the"
      if (t.lower === "internet" && t.text === "internet") {
        const before = prevWord(a, t.i);
        const after = nextWord(a, t.i);
        if (before && (before.pos === "VERB" || /^(?:use|uses|used|using|on|from|via|over|through|without|to)$/.test(before.lower)) && !(after && after.start === t.end + 1 && (after.pos === "NOUN" || after.pos === "PROPN"))) {
          issues.push(makeIssue("articles.missing", { start: t.start, end: t.end }, "article", `There is one internet: "the internet".`, "the internet"));
          continue;
        }
      }
      // "a services" → "services" or "a service"
      if ((t.lower === "a" || t.lower === "an") && t.pos === "DET") {
        const noun = nextWord(a, t.i);
        const after = noun ? nextWord(a, noun.i) : undefined;
        if (
          noun && noun.pos === "NOUN" && noun.lower !== noun.lemma && /s$/.test(noun.lower) && COUNTABLE.has(noun.lemma) &&
          !(after && (after.pos === "NOUN" || after.pos === "PROPN") && after.start === noun.end + 1) &&
          !(after && after.lower === "of")
        ) {
          issues.push(makeIssue("articles.plural", { start: t.start, end: noun.end }, "article", `"${t.lower}" goes with one thing: say "${noun.lower}" or "${indefiniteArticle(noun.lemma)} ${noun.lemma}".`));
        }
        continue;
      }

      if (!isSingularCountable(ctx, t) || inPairIdiom(ctx, t)) continue;
      const next = nextWord(a, t.i);
      const nextToken = a.tokens[t.i + 1];
      // A modifier, not the head: "service owner", "server-side", "user's", "version 2", "key:".
      // (but a number that counts a time after it starts a new phrase: "on forum two years ago")
      const countsTime = next?.pos === "NUM" && /^(?:years|months|weeks|days|hours|minutes|times)$/.test(nextWord(a, next.i)?.lower ?? "");
      if (next && next.start <= t.end + 1 && !TIME_ADVERBS.has(next.lower) && !countsTime && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "NUM" || next.lower === "'s" || next.lower === "’s")) continue;
      if (next && /^[A-Z0-9_`"'/]/.test(next.text) && next.start === t.end + 1 && next.pos !== "PRON" && next.text !== "I") continue;
      if (nextToken && nextToken.pos !== "SPACE" && !nextToken.isWord && /^[-:_/'"`(]$/.test(nextToken.text) && nextToken.start <= t.end + 1) continue;
      // "event sourcing", "load balancing": a compound with a gerund
      if (next && next.start === t.end + 1 && /ing$/.test(next.lower) && next.pos !== "ADP") continue;
      // Bare coordinated nouns read as a pair: "between client and server"; verbs in a list: "develop, test and deploy".
      if (next && (next.lower === "and" || next.lower === "or") && nextWord(a, next.i)?.pos === "NOUN") continue;
      const wordBefore = prevWord(a, t.i);
      if (wordBefore && wordBefore.pos === "VERB" && a.text.slice(wordBefore.end, t.start) === ", " && /^\s*(?:,|and\b|or\b)/.test(a.text.slice(t.end))) continue;
      // Followed by an object, it is a verb the tagger read as a noun: "test it there", "unit test the rules".
      // (but "all day", "every week" after the noun is a time phrase: "carry in backpack all day")
      // ("send plumber this week": "this week" is a time phrase too)
      const timePhrase = next !== undefined && /^(?:all|every|each|this|next|last)$/.test(next.lower) && /^(?:day|night|week|month|year|morning|evening|afternoon|weekend)$/.test(nextWord(a, next.i)?.lower ?? "");
      if (next && next.start === t.end + 1 && !timePhrase && (next.pos === "DET" || /^(?:it|them|me|us|him)$/.test(next.lower))) continue;
      if (TIME_NOUNS.has(t.lower)) continue;
      if (/[`"'“]/.test(a.text.slice(Math.max(0, t.start - 1), t.start))) continue;
      // "node.js", "example.txt": part of a file or product name
      if (/^\.\w/.test(a.text.slice(t.end, t.end + 2))) continue;

      const { first, before } = phraseStart(ctx, t);
      // "from next sprint", "since last release": a time expression
      if (/^(?:next|last)$/.test(first.lower)) continue;
      // "metrics such as request rate, error rate or latency": items of a list of examples
      if (before && /^(?:like|as)$/.test(before.lower) && /^\s*(?:,|and\b|or\b)/.test(a.text.slice(t.end))) continue;
      // "lets developers branch and merge": after a plural noun, a verb
      if (wordBefore && wordBefore.pos === "NOUN" && wordBefore.lower !== wordBefore.lemma && /s$/.test(wordBefore.lower) && a.text.slice(wordBefore.end, t.start) === " ") continue;
      // "the created_at column", "an `orders` table": code in front of the noun names it
      // (but a word that ends the sentence before is not code: "I have a dog. Dog is …")
      const chunkBefore = /(\S+)\s+$/.exec(a.text.slice(Math.max(0, first.start - 60), first.start))?.[1] ?? "";
      if (/[_`./=(){}[\]]|\p{Ll}\p{Lu}/u.test(chunkBefore) && !/^\p{L}+[.!?]$/u.test(chunkBefore)) continue;
      // "const model = require(…)": a name being assigned
      if (/^\s*=/.test(a.text.slice(t.end))) continue;
      // "the retry policy": a noun the tagger read as a verb, after a determiner
      if (before && (before.pos === "VERB" || before.pos === "ADJ")) {
        const det = prevWord(a, before.i);
        if (det && (DETERMINERS.has(det.lower) || det.pos === "DET") && det.end + 1 === before.start) continue;
      }
      // "Printed tree will show…": a participle opening the sentence modifies the noun
      if (before && before.pos === "VERB" && /ed$/.test(before.lower) && before.i === a.sentences[t.sentence]!.first) continue;
      const contractedIs = before !== undefined && isContractedIs(ctx, before);
      if (before && !contractedIs && (DETERMINERS.has(before.lower) || before.pos === "DET" || before.pos === "NUM")) continue;
      // "the above example", "the below command": "above" is an adjective after a determiner
      if (before && /^(?:above|below)$/.test(before.lower) && DETERMINERS.has(prevWord(a, before.i)?.lower ?? "")) continue;
      // After a preposition or verb, a noun followed by a plural read as a verb is a compound:
      // "a day of query logs", "avoid network calls", "delaying password resets".
      if (before && (before.pos === "ADP" || before.pos === "VERB") && next && next.start === t.end + 1 && next.pos === "VERB" && next.lower === `${next.lemma}s`) continue;
      // "calls are request-response": after a plural "are", the noun describes, it does not count.
      if (before && (before.lower === "are" || before.lower === "were")) continue;
      if (before && before.pos === "PRON" && /^(?:my|our|your|their|his|her|its|whose)$/.test(before.lower)) continue;

      // Compound nouns made of names ("Kubernetes", "Postgres") at sentence start read as labels.
      const sentence = a.sentences[t.sentence]!;
      const sentenceWords = a.tokens.slice(sentence.first, sentence.last).filter((x) => x.isWord).length;
      // (but "I am student." is a whole sentence: a subject and "be")
      const shortClause = before?.lemma === "be" && /^(?:i|you|he|she|we|they|it|my|his|her|our|their|your)$/.test(a.tokens[sentence.first]!.lower);
      // (and "I have a dog. Dog is friendly.": a short sentence in running prose, its subject before "is")
      const proseSubject = !before && t.sentence > 0 && /^(?:is|was)$/.test(next?.lower ?? "") && /[.!?]\s*$/.test(sentence.text);
      if (sentenceWords <= 4 && !shortClause && !proseSubject) continue;
      if (first.text !== first.lower && first.i !== sentence.first && first.pos !== "PROPN") continue;

      let article: "a" | "an" | "the";
      if (!before) {
        // Subject at the start of a sentence: only when a verb follows ("Server crashed at noon").
        // ("Example, read every line…": a label before a comma)
        if (!next || !(next.pos === "VERB" || next.pos === "AUX") || first.i !== sentence.first || a.text.slice(t.end, next.start) !== " ") continue;
        // ("Test run by buildd on …": a heading with a participle, not a clause)
        if (nextWord(a, next.i)?.lower === "by") continue;
        // "Product kept asking for features": a team by its name; "Burn-rate alerts over…": a compound
        if (TEAM_NAMES.has(t.lower) || a.text.slice(first.start, t.end).includes("-")) continue;
        // Further into an explanation, a domain concept opens general statements: "Rollback is just switching back."
        if (t.sentence > 0 && ctx.isDomainWord(t.lower)) continue;
        article = "the";
      } else if (before.pos === "ADP" || before.pos === "SCONJ") {
        const idioms = IDIOMS[before.lower];
        if (idioms?.has(t.lower)) continue;
        if (before.lower === "of" && KIND_WORDS.has(prevWord(a, before.i)?.lower ?? "")) continue;
        // "promoted to manager", "elected as chair": a role someone is given takes no article
        if (/^(?:to|as)$/.test(before.lower) && /^(?:promoted|appointed|elected|named|nominated|chosen|made)$/.test(prevWord(a, before.i)?.lower ?? "")) continue;
        if (before.lower === "as" || before.lower === "like") article = indefiniteArticle(first.text);
        else article = "the";
      } else if (before.pos === "VERB" || before.pos === "AUX" || contractedIs || (before.pos === "ADJ" && isVerbAfterModal(ctx, before))) {
        if (NAMING_VERBS.has(before.lower)) continue;
        if (before.lemma === "be" && next?.lower === "of") continue;
        // "it's client-server", "the API is read-write": a hyphenated compound after "be" describes
        if ((before.lemma === "be" || contractedIs) && a.text[t.start - 1] === "-") continue;
        article = indefiniteArticle(first.text);
      } else if (before.pos === "CCONJ") {
        // "a client and server": the first article often covers both.
        continue;
      } else continue;

      const phrase = a.text.slice(first.start, t.end);
      const replacement = `${first.i === sentence.first ? matchCase(article, first.text) : article} ${first.i === sentence.first ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase}`;
      const other = article === "the" ? indefiniteArticle(first.text) : "the";
      issues.push(
        makeIssue(
          "articles.missing",
          { start: first.start, end: t.end },
          "article",
          `"${t.lower}" is a countable noun, so it needs an article: "${article} ${phrase.toLowerCase()}" (or "${other} ${phrase.toLowerCase()}").`,
          replacement,
        ),
      );
    }
    return issues;
  },
};
