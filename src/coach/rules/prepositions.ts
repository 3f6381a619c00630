/**
 * Prepositions and verb patterns in common collocations: "depend of" → "depend on", "discuss
 * about" → "discuss", "explain me" → "explain to me", "avoid to call" → "avoid calling",
 * "since three years" → "for three years", "listen music" → "listen to music", "said me" → "told
 * me". Each entry names the word (by lemma), the wrong continuation and the right one.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { endsPhrase, matchesWords, nextWord, prevWord, spaced } from "../text/analyze.ts";
import { ingForm, matchCase } from "../text/morph.ts";
import { DAY_WORDS, PERSONAL_SUBJECTS, POSSESSIVES } from "./phrases.ts";
import { makeIssue, type Rule } from "./rule.ts";
import { wordTable } from "../text/word-table.ts";
import type { Issue } from "../types.ts";

interface Collocation {
  lemma: string;
  /** Parts of speech the first word must have (any when omitted). */
  pos?: readonly string[];
  wrong: readonly string[];
  /** The right preposition; "" means drop the wrong one. */
  right: string;
}

const COLLOCATIONS: readonly Collocation[] = [
  { lemma: "depend", pos: ["VERB"], wrong: ["of", "from"], right: "on" },
  { lemma: "dependent", wrong: ["of", "from"], right: "on" },
  { lemma: "discuss", pos: ["VERB"], wrong: ["about", "on"], right: "" },
  { lemma: "consider", pos: ["VERB"], wrong: ["about"], right: "" },
  { lemma: "mention", pos: ["VERB"], wrong: ["about"], right: "" },
  { lemma: "emphasize", pos: ["VERB"], wrong: ["on"], right: "" },
  { lemma: "emphasise", pos: ["VERB"], wrong: ["on"], right: "" },
  { lemma: "consist", wrong: ["from"], right: "of" },
  { lemma: "interested", wrong: ["for", "on", "about"], right: "in" },
  { lemma: "responsible", wrong: ["of", "about"], right: "for" },
  { lemma: "comply", wrong: ["to"], right: "with" },
  { lemma: "similar", wrong: ["than", "with"], right: "to" },
  { lemma: "different", wrong: ["of"], right: "from" },
  { lemma: "focus", pos: ["VERB"], wrong: ["in", "at"], right: "on" },
  { lemma: "insist", wrong: ["in", "to"], right: "on" },
  { lemma: "according", wrong: ["with"], right: "to" },
  { lemma: "aware", wrong: ["about"], right: "of" },
  { lemma: "proud", wrong: ["for", "on"], right: "of" },
  { lemma: "afraid", wrong: ["from"], right: "of" },
  { lemma: "participate", wrong: ["to", "at"], right: "in" },
  { lemma: "contact", pos: ["VERB"], wrong: ["with"], right: "" },
  { lemma: "answer", pos: ["VERB"], wrong: ["to"], right: "" },
  { lemma: "deal", pos: ["VERB"], wrong: ["about"], right: "with" },
  { lemma: "request", pos: ["VERB"], wrong: ["for"], right: "" },
  { lemma: "return", pos: ["VERB"], wrong: ["back"], right: "" },
  { lemma: "attention", wrong: ["on", "at"], right: "to" },
  { lemma: "married", wrong: ["with"], right: "to" },
  { lemma: "arrive", wrong: ["to"], right: "at" },
  { lemma: "famous", wrong: ["of", "about"], right: "for" },
  { lemma: "fond", wrong: ["about", "with"], right: "of" },
  { lemma: "full", pos: ["ADJ"], wrong: ["with"], right: "of" },
  // "satisfied from/of the service": satisfaction is "with" something
  { lemma: "satisfied", wrong: ["from", "of"], right: "with" },
  { lemma: "dissatisfied", wrong: ["from", "of"], right: "with" },
  { lemma: "jealous", wrong: ["on", "to"], right: "of" },
  { lemma: "addicted", wrong: ["of", "on", "with"], right: "to" },
  { lemma: "keen", wrong: ["in"], right: "on" },
  { lemma: "capable", wrong: ["for"], right: "of" },
  { lemma: "rely", wrong: ["of", "from", "in"], right: "on" },
  { lemma: "succeed", pos: ["VERB"], wrong: ["to"], right: "in" },
  { lemma: "believe", pos: ["VERB"], wrong: ["on"], right: "in" },
  // "the reason of the delay" → "the reason for"
  { lemma: "reason", pos: ["NOUN"], wrong: ["of"], right: "for" },
];

/** Fixed phrases with the wrong preposition. */
const PHRASES: readonly { words: readonly string[]; right: string }[] = [
  { words: ["in", "the", "other", "hand"], right: "on the other hand" },
  { words: ["on", "my", "opinion"], right: "in my opinion" },
  { words: ["in", "my", "point", "of", "view"], right: "from my point of view" },
  { words: ["explain", "about"], right: "explain" },
  { words: ["the", "same", "than"], right: "the same as" },
  { words: ["in", "the", "weekend"], right: "at the weekend" }, // or "on the weekend" in American English
  // "in the end" (finally) is right; "in the end of" a period is not
  { words: ["in", "the", "end", "of"], right: "at the end of" },
  { words: ["regarding", "to"], right: "regarding" },
  { words: ["near", "of"], right: "near" },
  { words: ["take", "part", "to"], right: "take part in" },
  { words: ["took", "part", "to"], right: "took part in" },
  { words: ["taking", "part", "to"], right: "taking part in" },
  { words: ["takes", "part", "to"], right: "takes part in" },
  { words: ["taken", "part", "to"], right: "taken part in" },
];

/** Points of the day that take "at": "at midnight", "at night". */
const AT_TIMES = new Set(["midnight", "noon", "midday", "night", "dawn", "sunrise", "sunset", "lunchtime", "dinnertime", "bedtime"]);
/** Which floor: "on the third floor", never "in". */
const FLOOR_ORDINALS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|top|ground|bottom|upper|\d+(?:st|nd|rd|th))$/;
/** Verbs of finishing by a deadline: "send it by Friday", not "until Friday". */
const DEADLINE_VERBS = new Set(["submit", "send", "finish", "complete", "approve", "return", "confirm", "hand", "sign", "decide", "arrive"]);
const NEGATIONS = /^(?:not|n't|n’t|never|no|cannot|can't|can’t|won't|won’t|don't|don’t|didn't|didn’t|doesn't|doesn’t|wait|waited|waiting)$/;
const MONTH_OR_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december|noon|midnight|the end|next|\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}|\d{1,2}(?:am|pm))$/;
const ENDS = /^[ \t]*(?:[.,!?;:)"”]|$)/;

/** Verbs of going: "go home", not "go to home"; "go shopping", not "go to shopping". */
const GOING = new Set(["go", "come", "get", "arrive", "return", "walk", "drive", "run", "hurry", "head", "travel", "fly"]);
/** Activities that follow "go" directly. */
const GO_ACTIVITIES = new Set(["shopping", "swimming", "running", "fishing", "skiing", "dancing", "hiking", "camping", "sightseeing", "jogging", "cycling", "sailing", "surfing", "skating", "climbing", "bowling", "snowboarding", "trekking"]);
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
const VEHICLES = new Set(["bus", "train", "car", "plane", "taxi", "metro", "tram", "bike", "bicycle", "underground", "subway", "coach", "ferry", "boat", "motorbike"]);
const STORIES = new Set(["story", "stories", "book", "novel", "film", "movie", "play", "idea", "event", "events", "fact", "facts", "true", "real", "research", "data", "experience", "legend"]);

const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them", "you"]);
/** Places one enters (as opposed to agreements, negotiations and details one enters into). */
const PLACES_TO_ENTER = new Set(["room", "building", "house", "office", "classroom", "kitchen", "shop", "store", "hall", "car", "restaurant", "bar", "church", "museum", "station", "hotel", "bedroom", "bathroom", "library", "country", "city", "cave", "tent", "lift", "elevator"]);
/** Verbs followed by -ing, not "to": "avoid calling", "suggest using". */
const GERUND_VERBS = new Set(["avoid", "suggest", "recommend", "consider", "finish", "enjoy", "mind", "keep", "risk"]);
const TIME_UNITS = /^(?:second|minute|hour|day|week|month|year|decade|sprint)s?$/;


/**
 * Places a verb of going reaches with no "the": "go home" (no "to" either), "go to bed". Only
 * before the words that end the phrase: "went to the home of a friend", "to the bed and sat on it".
 */
const PLACES_WITHOUT_THE_AFTER_GOING: Record<string, { follows: RegExp; dropTo: boolean; id: string; category: "preposition" | "article"; message: string }> = {
  home: { follows: /^(?:now|early|late|after|yesterday|today|tonight|at|by|and|because|before|soon|alone)$/, dropTo: true, id: "go-home", category: "preposition", message: `We "go home", without "to the" (but "at home").` },
  bed: { follows: /^(?:at|early|late|after|before|because|when)$/, dropTo: false, id: "go-to-bed", category: "article", message: `Going to sleep is "go to bed", without "the".` },
};

/**
 * Whether the nearest verb before `t`, in its sentence, is one of going: "go to work with the bus",
 * "we travelled to Paris by the train" — not "got hit by the car" (a passive: "hit" is nearer).
 * ("to work", "to school": the place, whatever the tagger says.)
 */
function goingBefore(a: Analysis, t: Token): boolean {
  const place = (w: Token) => /^(?:work|school|college|university|class|church|town)$/.test(w.lower) && prevWord(a, w.i)?.lower === "to";
  let verb = prevWord(a, t.i);
  for (let n = 0; verb && n < 5 && ((verb.pos !== "VERB" && verb.pos !== "AUX") || place(verb)); n++) verb = prevWord(a, verb.i);
  return !!verb && verb.i >= a.sentences[t.sentence]!.first && verb.pos === "VERB" && (GOING.has(verb.lemma) || verb.lemma === "commute");
}

/** Quantities that need "of" before "my/the…": "some of my colleagues" ("all my", "both my", "half my" need none). */
const PART_QUANTITIES = new Set(["some", "many", "most", "several", "few", "none", "one", "each", "any"]);
/** What one agrees with (a view or a person), not to (a plan, a request, terms). */
const AGREE_WITH = new Set(["statement", "opinion", "view", "views", "author", "writer", "speaker", "argument", "claim", "you", "him", "her", "them", "me", "us"]);
/** Words before "close of" that make "close" an adjective of place ("is close of the station" → "close to"). */
const CLOSE_BEFORE = /^(?:is|are|was|were|be|been|very|quite|so|really|too|fairly|pretty|relatively|live|lives|lived|stay|stayed|located|situated|building|flat|house|apartment|hotel)$/;

/**
 * Fixed prepositions around a word: "some my colleagues" → "some of my"; "by my own" → "on my own";
 * "at the middle of" → "in"; "during almost an hour" → "for"; "agree to this statement" → "with";
 * "close of the university" → "close to". Returns whether it flagged something.
 */
function fixedPrepositions(a: Analysis, t: Token, next: Token, issues: Issue[]): boolean {
  const after = nextWord(a, next.i);
  const joined = (x: Token, y: Token | undefined) => y !== undefined && a.text.slice(x.end, y.start) === " ";
  if (PART_QUANTITIES.has(t.lower) && POSSESSIVES.has(next.lower) && joined(t, next) && after && after.pos === "NOUN" && joined(next, after)) {
    // "one my friends" but not "tell one my name"? ("one" as a number before a possessive is only "one of")
    const prev = prevWord(a, t.i);
    if (prev && (prev.pos === "DET" || prev.lower === "the")) return false;
    issues.push(makeIssue("prepositions.missing-of", { start: t.start, end: next.end }, "preposition", `Say "${t.lower} of ${next.lower} …": a part of a group takes "of" before "${next.lower}".`, `${t.text} of ${next.text}`));
    return true;
  }
  if (t.lower === "by" && POSSESSIVES.has(next.lower) && after?.lower === "own" && joined(t, next) && joined(next, after)) {
    // "by my own hand", "by their own rules": "own" before a noun keeps "by"; alone, it ends its phrase
    const more = a.tokens[after.i + 1];
    const alone = !more || more.pos === "PUNCT" || (more.isWord && /^(?:and|but|or|because|so|in|at|to|for|with|without|now|again|then|when|after|before|since|until|while|as|this|that|last|every|today|yesterday)$/.test(nextWord(a, after.i)!.lower));
    if (!alone) return false;
    issues.push(makeIssue("prepositions.on-own", { start: t.start, end: after.end }, "preposition", `Say "on ${next.lower} own" (or "by ${REFLEXIVE_OF[next.lower] ?? "myself"}").`, matchCase(`on ${next.lower} own`, t.text)));
    return true;
  }
  if (t.lower === "at" && next.lower === "the" && after?.lower === "middle" && nextWord(a, after.i)?.lower === "of" && joined(t, next)) {
    issues.push(makeIssue("prepositions.phrase", { start: t.start, end: t.end }, "preposition", `Say "in the middle of".`, matchCase("in", t.text)));
    return true;
  }
  if (t.lower === "during" && /^(?:almost|nearly|about|around|over|roughly|approximately|only|just)$/.test(next.lower) && after && (after.pos === "NUM" || /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several|many)$/.test(after.lower))) {
    const unit = nextWord(a, after.i);
    if (unit && TIME_UNITS.test(unit.lower)) {
      issues.push(makeIssue("prepositions.for-duration", { start: t.start, end: t.end }, "preposition", `For a length of time, use "for": "during" needs an event ("during the outage").`, matchCase("for", t.text)));
      return true;
    }
  }
  if (t.lemma === "agree" && t.pos === "VERB" && next.lower === "to" && after) {
    const noun = /^(?:this|that|the|your|his|her|their|my)$/.test(after.lower) ? nextWord(a, after.i) : after;
    if (noun && AGREE_WITH.has(noun.lower) && !(noun === after && !OBJECT_PRONOUNS.has(noun.lower))) {
      issues.push(makeIssue("prepositions.agree-with", { start: next.start, end: next.end }, "preposition", `We agree "with" an opinion or a person, and "to" a plan or a request: "${t.lower} with".`, "with"));
      return true;
    }
  }
  // "arrived in 3 March", "in 30 May" → "on": a date takes "on"
  if (t.lower === "in" && next.pos === "NUM" && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(next.text) && after && MONTHS.test(after.lower) && joined(t, next) && joined(next, after)) {
    issues.push(makeIssue("prepositions.on-date", { start: t.start, end: t.end }, "preposition", `A date takes "on": "on ${next.text} ${after.text}".`, matchCase("on", t.text)));
    return true;
  }
  // "have a look on it" → "a look at"
  if (t.lower === "look" && next.lower === "on" && /^(?:a|quick|short|closer|close|good|proper)$/.test(prevWord(a, t.i)?.lower ?? "") && after && (after.pos === "PRON" || after.pos === "DET" || POSSESSIVES.has(after.lower))) {
    issues.push(makeIssue("prepositions.look-at", { start: next.start, end: next.end }, "preposition", `We take "a look at" something.`, "at"));
    return true;
  }
  // "the waiter apologised us" → "apologised to us"
  if (/^(?:apologise|apologize)$/.test(t.lemma) && t.pos === "VERB" && OBJECT_PRONOUNS.has(next.lower) && joined(t, next)) {
    issues.push(makeIssue("prepositions.apologise-to", { start: t.start, end: t.end }, "preposition", `We apologise "to" someone (and "for" something).`, `${t.text} to`));
    return true;
  }
  // "apply to the position of" → "apply for": one applies for a job, to a company
  if (t.lemma === "apply" && t.pos === "VERB" && next.lower === "to" && after && /^(?:the|a|this|your)$/.test(after.lower) && /^(?:position|job|role|vacancy|post|internship|scholarship|visa)$/.test(nextWord(a, after.i)?.lower ?? "")) {
    issues.push(makeIssue("prepositions.apply-for", { start: next.start, end: next.end }, "preposition", `We apply "for" a job or a position (and "to" a company).`, "for"));
    return true;
  }
  if (t.lower === "close" && next.lower === "of" && joined(t, next)) {
    const prev = prevWord(a, t.i);
    if (prev && CLOSE_BEFORE.test(prev.lower) && prev.lower !== "the") {
      issues.push(makeIssue("prepositions.close-to", { start: next.start, end: next.end }, "preposition", `Near a place is "close to": "close to ${after?.lower === "the" ? "the …" : "…"}".`, "to"));
      return true;
    }
  }
  return false;
}

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const REFLEXIVE_OF = wordTable<string>({ my: "myself", your: "yourself", his: "himself", her: "herself", our: "ourselves", their: "themselves", its: "itself" });

/** Buildings and places in town one arrives "at". */
const BUILDINGS = new Set(["airport", "station", "hotel", "office", "restaurant", "party", "meeting", "school", "cinema", "museum", "hospital", "bank", "shop", "store", "gate", "entrance", "venue", "stadium", "conference", "reception", "port", "harbour", "harbor", "terminal"]);
/** What "next" and "last" name without a preposition: "next week", "last Monday". */
const NEXT_LAST_TIMES = /^(?:week|weekend|month|year|time|summer|winter|spring|autumn|fall|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|sprint|quarter)$/;

/** What people contribute to: "contribute to open-source projects", never "in". */
const CONTRIBUTED_TO = /^(?:projects?|repos?|repositories|repository|codebases?|librar(?:y|ies)|funds?|charit(?:y|ies)|wikipedia|frameworks?|packages?|tools?|documentation|docs|linux|kubernetes)$/;
/** Words for a name, which one is rightly "known by": "known by its nickname". */
const NAME_WORDS = /^(?:names?|nicknames?|titles?|initials|aliases?|surnames?|first|last|full|real|maiden|code|stage|pen|brand|trade|acronym|abbreviation|symbol|number|id|handle|username)$/;
/** Qualities a place or a company is "known for" ("a tree is known by its fruit" stays right: only these fire). */
const REPUTATIONS = /^(?:culture|food|cuisine|dishes|beaches|architecture|nightlife|hospitality|service|quality|products|design|music|wines?|cheeses?|museums|history|parks|coffee|atmosphere|friendliness|beauty|innovation|research|climate|festivals|markets|traditions|reliability|prices|restaurants|bridges|streets|views|scenery|landscapes?|castles|churches|values|commitment|approach|support|people|hospitals|universities|schools|teams|engineers|technology|expertise|excellence|generosity|kindness|humour|humor|honesty|courage|talent|skills|craftsmanship|customs|football|sports?|wildlife|mountains|lakes|gardens|buildings)$/;
/** Screens people spend hours "on", not "in". */
const SCREENS = /^(?:phones?|smartphones?|mobiles?|computers?|laptops?|tablets?|screens?|consoles?|ipads?)$/;
/** Things one shares a "link to": "the link to the dashboard". */
const LINKED = /^(?:dashboard|page|site|website|web|document|doc|docs|repo|repository|video|meeting|call|form|survey|spreadsheet|sheet|file|folder|ticket|issue|article|post|recording|slides|deck|board|channel|app|store|shop|event|calendar|pr|wiki|playlist|profile|album|photos|map|course|webinar|zoom|invitation|invite)$/;
/** People one says "no" to. */
const ASKERS = /^(?:people|others|everyone|everybody|anyone|anybody|someone|somebody|colleagues?|friends?|clients?|customers?|managers?|bosses?|requests?|invitations?|offers?|family|parents|children|kids|strangers)$/;
/** Verbs that rightly take "at the way …": "laughed at the way he talked". */
const AT_VERBS = new Set(["look", "laugh", "stare", "smile", "glance", "point", "aim", "marvel", "wonder", "surprised", "amazed", "shocked", "angry", "annoyed", "upset", "impressed", "astonished", "frown", "hint", "shout", "gaze", "good", "bad", "better", "best", "mad", "furious", "disappointed", "delighted"]);
const MONTHS_DAYS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|english|spanish|french|german|red|blue|green|black|white)$/;

/** Prepositions chosen by the noun or verb around them, checked with their object. */
function headedPrepositions(a: Analysis, t: Token, next: Token, issues: Issue[]): boolean {
  const after = nextWord(a, next.i);
  const prev = prevWord(a, t.i);
  const push = (id: string, span: Token, message: string, right: string): true => {
    issues.push(makeIssue(`prepositions.${id}`, { start: span.start, end: span.end }, "preposition", message, matchCase(right, span.text)));
    return true;
  };
  const objectHead = (from: Token, pattern: RegExp): boolean => {
    for (let k = from.i + 1, n = 0; k < a.tokens.length && n < 5; k++) {
      const w = a.tokens[k]!;
      if (!w.isWord) {
        if (w.text === "-") continue;
        return false;
      }
      // "open-source" is one word
      if (a.text[w.start - 1] !== "-") n++;
      if (pattern.test(w.lower)) return true;
      if (w.pos === "VERB" || w.pos === "AUX" || w.pos === "ADP" || w.pos === "SCONJ" || w.pos === "CCONJ") return false;
    }
    return false;
  };

  // "contribute in open-source projects" → "contribute to" (but "contribute in many ways")
  if (t.lemma === "contribute" && next.lower === "in" && objectHead(next, CONTRIBUTED_TO)) {
    return push("collocation", next, `We "contribute to" a project, not "in" it.`, "to");
  }

  // "known by its engineering culture" → "known for" (but "known by its nickname")
  if (t.lower === "known" && next.lower === "by" && after && /^(?:its|their|his|her|our|your|my)$/.test(after.lower)) {
    let k = after.i + 1;
    const words: Token[] = [];
    // after "its" every word is part of the noun phrase, whatever the tagger says ("its old bridges")
    while (k < a.tokens.length && words.length < 4 && a.tokens[k]!.isWord && /^(?:ADJ|NOUN|PROPN|VERB)$/.test(a.tokens[k]!.pos) && !(a.tokens[k]!.pos === "VERB" && /(?:ing|ed)$/.test(a.tokens[k]!.lower))) words.push(a.tokens[k++]!);
    const last = words[words.length - 1];
    const head = last && (last.pos === "NOUN" || (last.pos === "VERB" && /s$/.test(last.lower))) ? { ...last, pos: "NOUN" } : undefined;
    const stop = a.tokens[k];
    if (head && head.pos === "NOUN" && REPUTATIONS.test(head.lower) && !words.some((w) => NAME_WORDS.test(w.lower)) && (!stop || !stop.isWord || /^(?:and|or|but|in|across|among|around|throughout)$/.test(stop.lower))) {
      return push("collocation", next, `Something is "known for" a quality it has; "known by" names who knows it or what it is called.`, "for");
    }
  }

  // "say no for people" → "say no to people"
  const asker = after && /^(?:my|your|his|her|our|their)$/.test(after.lower) ? nextWord(a, after.i) : after;
  if (/^(?:no|yes)$/.test(t.lower) && prev?.lemma === "say" && next.lower === "for" && asker && ASKERS.test(asker.lower)) {
    return push("collocation", next, `We "say ${t.lower} to" someone or something.`, "to");
  }

  // "I have a question to the team" → "a question for the team" (but "a question to ask", "put a question to")
  if (/^questions?$/.test(t.lower) && next.lower === "to" && after && (/^(?:DET|PROPN)$/.test(after.pos) || /^(?:you|him|her|them|us|everyone|everybody|all)$/.test(after.lower))) {
    const before = a.tokens.slice(Math.max(0, t.i - 4), t.i).filter((w) => w.isWord);
    if (before.some((w) => /^(?:have|has|had|got|having)$/.test(w.lower)) && !before.some((w) => w.lemma === "put" || w.lemma === "address" || w.lemma === "direct")) {
      return push("collocation", next, `We have "a question for" someone.`, "for");
    }
  }

  // "the link of the dashboard" → "the link to the dashboard"
  if (/^links?$/.test(t.lower) && t.pos === "NOUN" && next.lower === "of" && prev && /^(?:the|a|this|that|your|my|our|their|his|her)$/.test(prev.lower) && objectHead(next, LINKED)) {
    return push("collocation", next, `A link points "to" a page: "the link to …".`, "to");
  }

  // "helped us at some way" → "in some way"
  if (t.lower === "at" && next.isWord) {
    const det = [next, after].filter((w): w is Token => w !== undefined);
    let way: Token | undefined;
    if (/^(?:some|another|every|no)$/.test(next.lower)) way = after;
    else if (next.lower === "the" && after?.lower === "same") way = nextWord(a, after.i);
    else if (next.lower === "a" && after && /^(?:different|similar|certain|good|better|new)$/.test(after.lower)) way = nextWord(a, after.i);
    if (way && way.lower === "way" && det.length > 0 && !(prev && (AT_VERBS.has(prev.lemma) || AT_VERBS.has(prev.lower)))) {
      const follow = nextWord(a, way.i);
      if (!(follow && follow.sentence === way.sentence && /^(?:of|to|that|which|he|she|they|we|i|you|it)$/.test(follow.lower))) {
        return push("in-way", t, `We do something "in" a way: "in some way", "in the same way".`, "in");
      }
    }
  }

  // "four hours a day in their phones" → "on their phones"
  if (t.lower === "in" && after && /^(?:my|your|his|her|our|their)$/.test(next.lower) && SCREENS.test(after.lower)) {
    const clause = a.tokens.slice(Math.max(0, t.i - 10), t.i).filter((w) => w.sentence === t.sentence);
    const follow = nextWord(a, after.i);
    if (clause.some((w) => /^(?:spend|waste)$/.test(w.lemma) && w.pos === "VERB") && !(follow && follow.sentence === after.sentence && /^(?:pocket|bag|hand|hands)$/.test(follow.lower))) {
      return push("on-screen", t, `We spend time "on" a phone or computer, not "in" it.`, "on");
    }
  }

  // "students come in Cluj from all over the country" → "come to Cluj"
  if (t.lower === "in" && prev && /^(?:come|go|travel|fly|return|drive)$/.test(prev.lemma) && prev.pos === "VERB" && next.pos === "PROPN" && /^[A-Z][a-z]/.test(next.text) && !MONTHS_DAYS.test(next.lower)) {
    let k = next.i;
    while (a.tokens[k + 1] && a.tokens[k + 1]!.pos === "PROPN" && a.tokens[k + 1]!.start === a.tokens[k]!.end + 1) k++;
    const stop = a.tokens[k + 1];
    const stopsHere = !stop || !stop.isWord || /^(?:from|for|to|every|each|last|next|this|in|on|at|with|and|by|because|when)$/.test(stop.lower);
    if (stopsHere) return push("go-to", t, `A movement towards a place takes "to": "${prev.lower} to ${next.text}".`, "to");
  }
  return false;
}

function collocation(t: Token, next: Token): Collocation | undefined {
  for (const c of COLLOCATIONS) {
    if (c.lemma !== t.lemma && c.lemma !== t.lower) continue;
    if (c.pos && !c.pos.includes(t.pos)) continue;
    if (c.wrong.includes(next.lower)) return c;
  }
  return undefined;
}

export const prepositions: Rule = {
  id: "prepositions",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      const next = nextWord(a, t.i);
      if (!next) continue;

      const phrase = PHRASES.find((p) => matchesWords(a.tokens, t.i, p.words));
      if (phrase) {
        const last = a.tokens[t.i + phrase.words.length - 1]!;
        issues.push(makeIssue("prepositions.phrase", { start: t.start, end: last.end }, "preposition", `The fixed phrase is "${phrase.right}".`, matchCase(phrase.right, t.text)));
        continue;
      }

      if (headedPrepositions(a, t, next, issues)) continue;
      if (fixedPrepositions(a, t, next, issues)) continue;

      const c = collocation(t, next);
      if (c) {
        // "the answer to", "a request for", "in contact with" are nouns, whatever the tagger says.
        const prev = prevWord(a, t.i);
        // "canned answers to the calls": an adjective before it makes it a noun too
        const nounish = prev && (/^(?:the|a|an|this|that|my|our|your|their|his|her|its|in|no|any|each|many|some|few|several|clear|quick|short|good)$/.test(prev.lower) || prev.pos === "ADJ" || (/ed$/.test(prev.lower) && /s$/.test(t.lower)));
        if (c.pos?.includes("VERB") && nounish) continue;
        if (c.lemma === "attention" && prev?.lemma !== "pay") continue;
        // "married with two children" is right: it tells who they live with
        if (c.lemma === "married" && a.tokens.slice(next.i + 1, next.i + 7).some((w) => /^(?:kids?|children|child|baby|babies|sons?|daughters?|family)$/.test(w.lower))) continue;
        // "by reason of" is a fixed legal phrase
        if (c.lemma === "reason" && (prev?.lower === "by" || /s$/.test(t.lower))) continue;
        const span = { start: t.start, end: next.end };
        const original = a.text.slice(t.start, next.end);
        const head = a.text.slice(t.start, t.end);
        const replacement = c.right ? `${head} ${c.right}` : head;
        const message = c.right
          ? `We say "${t.lower} ${c.right}", not "${t.lower} ${next.lower}".`
          : `"${t.lower}" takes a direct object: drop "${next.lower}".`;
        issues.push(makeIssue("prepositions.collocation", span, "preposition", message, replacement === original ? undefined : replacement));
        continue;
      }

      // "in midnight", "in night" → "at midnight", "at night" ("in the night" is fine)
      if ((t.lower === "in" || t.lower === "on") && AT_TIMES.has(next.lower) && next.start === t.end + 1) {
        const after = nextWord(a, next.i);
        if (!(after && after.sentence === next.sentence && (after.pos === "NOUN" || after.pos === "PROPN") && after.start === next.end + 1) && a.text[next.end] !== "-") {
          issues.push(makeIssue("prepositions.at-time", { start: t.start, end: t.end }, "preposition", `We say "at ${next.lower}".`, matchCase("at", t.text)));
          continue;
        }
      }

      // "at the morning" → "in the morning" (but "at the morning meeting")
      if (t.lower === "at" && next.lower === "the") {
        const part = nextWord(a, next.i);
        const after = part && nextWord(a, part.i);
        if (part && /^(?:morning|afternoon|evening)$/.test(part.lower) && !(after && after.sentence === part.sentence && (after.pos === "NOUN" || after.lower === "of") && after.start === part.end + 1) && a.text[part.end] !== "-") {
          issues.push(makeIssue("prepositions.in-part-of-day", { start: t.start, end: t.end }, "preposition", `Parts of the day take "in": "in the ${part.lower}" (but "at night").`, matchCase("in", t.text)));
          continue;
        }
      }

      // "on 1998", "at May" → "in 1998", "in May": years and months take "in" (a date takes "on": "on 5 May")
      if ((t.lower === "on" || t.lower === "at") && next.start === t.end + 1) {
        const after = nextWord(a, next.i);
        const year = /^(?:1[89]|20)\d\d$/.test(next.text);
        const month = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(next.text);
        const bare = !after || after.sentence !== next.sentence || /^[ \t]*[.,!?;]/.test(a.text.slice(next.end)) || (/^(?:and|but|when|because|so|we|i|they|he|she|last|this|next)$/.test(after.lower) && !/^\s*\d/.test(a.text.slice(next.end)));
        if ((year || month) && bare && !/^[-/–]/.test(a.text.slice(next.end))) {
          issues.push(makeIssue("prepositions.in-year-month", { start: t.start, end: t.end }, "preposition", `${year ? "Years" : "Months"} take "in": "in ${next.text}" (a full date takes "on").`, matchCase("in", t.text)));
          continue;
        }
      }

      // "in the same time" → "at the same time" (but "in the same time frame", "in the same time as me")
      if (t.lower === "in" && matchesWords(a.tokens, t.i, ["in", "the", "same", "time"])) {
        const time = a.tokens[t.i + 3]!;
        if (ENDS.test(a.text.slice(time.end)) || /^(?:and|but|so|we|i|you|he|she|they|it)$/.test(nextWord(a, time.i)?.lower ?? "")) {
          issues.push(makeIssue("prepositions.phrase", { start: t.start, end: time.end }, "preposition", `The fixed phrase is "at the same time".`, matchCase("at the same time", t.text)));
          continue;
        }
      }

      // "On the end of the party" → "At the end of": the end of a time is "at"
      if (t.lower === "on" && a.sentences[t.sentence]!.first === t.i && matchesWords(a.tokens, t.i, ["on", "the", "end", "of"])) {
        const last = a.tokens[t.i + 3]!;
        issues.push(makeIssue("prepositions.phrase", { start: t.start, end: last.end }, "preposition", `For the end of a time or an event, say "at the end of".`, matchCase("at the end of", t.text)));
        continue;
      }

      // "in my first day" → "on my first day": a day takes "on"
      if (t.lower === "in" && /^(?:my|our|your|his|her|their)$/.test(next.lower)) {
        const first = nextWord(a, next.i);
        const day = first && nextWord(a, first.i);
        if (first && day && /^(?:first|last)$/.test(first.lower) && /^(?:day|morning|evening|night|birthday)$/.test(day.lower)) {
          issues.push(makeIssue("prepositions.on-day", { start: t.start, end: t.end }, "preposition", `A particular day takes "on": "on ${next.lower} ${first.lower} ${day.lower}".`, matchCase("on", t.text)));
          continue;
        }
      }

      // "in the third floor" → "on the third floor"
      if (t.lower === "in" && next.lower === "the") {
        const ordinal = nextWord(a, next.i);
        const floor = ordinal && nextWord(a, ordinal.i);
        if (ordinal && floor && FLOOR_ORDINALS.test(ordinal.lower) && /^floors?$/.test(floor.lower)) {
          issues.push(makeIssue("prepositions.on-floor", { start: t.start, end: t.end }, "preposition", `We live or work "on" a floor: "on the ${ordinal.lower} floor".`, matchCase("on", t.text)));
          continue;
        }
      }

      // "I was in holidays" → "on holiday" ("in the holidays" is fine)
      if (t.lower === "in" && /^(?:holiday|holidays|vacation)$/.test(next.lower) && next.start === t.end + 1) {
        const after = nextWord(a, next.i);
        if (!(after && after.pos === "NOUN" && after.start === next.end + 1)) {
          const right = next.lower === "vacation" ? "on vacation" : "on holiday";
          issues.push(makeIssue("prepositions.on-holiday", { start: t.start, end: next.end }, "preposition", `We say "${right}".`, matchCase(right, t.text)));
          continue;
        }
      }

      // "I'll be back after ten minutes" → "in ten minutes": from now, the wait is "in"
      if (t.lower === "after" && prevWord(a, t.i)?.lower === "back" && prevWord(a, prevWord(a, t.i)!.i)?.lower === "be" && (next.pos === "NUM" || /^(?:a|an|ten|five|two|three|few)$/.test(next.lower))) {
        const unit = nextWord(a, next.i);
        const unit2 = unit && unit.lower === "few" ? nextWord(a, unit.i) : unit;
        if (unit2 && TIME_UNITS.test(unit2.lower)) {
          issues.push(makeIssue("prepositions.in-time", { start: t.start, end: t.end }, "preposition", `For a time from now, use "in": "be back in ${a.text.slice(next.start, unit2.end)}".`, matchCase("in", t.text)));
          continue;
        }
      }

      // "send it until Friday" → "by Friday": a deadline, not a length of time
      if (t.lower === "until" || t.lower === "till") {
        const when = next.lower === "the" && nextWord(a, next.i)?.lower === "end" ? "the end" : next.lower;
        if (MONTH_OR_DAY.test(when)) {
          const sentence = a.sentences[t.sentence]!;
          const before = a.tokens.slice(Math.max(sentence.first, t.i - 10), t.i).filter((w) => w.isWord);
          const deadline = before.some((w) => DEADLINE_VERBS.has(w.lemma) && (w.pos === "VERB" || w.lower === "hand"));
          const words = a.tokens.slice(sentence.first, sentence.last);
          // "not until Friday" is right, and "you can submit until Friday" names a window that stays open
          const negated = words.some((w, k) => NEGATIONS.test(w.lower) || w.lemma === "stay" || w.lemma === "keep" || w.lower === "only" || /^(?:can|may|might|allowed)$/.test(w.lower) || (w.lower === "could" && words[k + 1]?.lower !== "you"));
          if (deadline && !negated && !before.some((w) => w.lower === "from" || w.lower === "open")) {
            issues.push(makeIssue("prepositions.by-deadline", { start: t.start, end: t.end }, "preposition", `For a deadline, use "by" ("by ${next.text}"): "until" means the action goes on up to that time.`, matchCase("by", t.text)));
            continue;
          }
        }
      }

      // "it looks good for me" → "looks good to me": an opinion is "to" someone
      if ((t.lemma === "look" || t.lemma === "sound" || t.lemma === "seem") && /^(?:good|fine|great|ok|okay|right|perfect|reasonable)$/.test(next.lower)) {
        const forWord = nextWord(a, next.i);
        const me = forWord && nextWord(a, forWord.i);
        if (forWord?.lower === "for" && me && /^(?:me|us)$/.test(me.lower) && ENDS.test(a.text.slice(me.end))) {
          issues.push(makeIssue("prepositions.to-me", { start: forWord.start, end: forWord.end }, "preposition", `For an opinion, say "${t.lower} ${next.lower} to ${me.lower}".`, "to"));
          continue;
        }
      }

      // "customer service replied me" → "replied to me"
      if (t.lemma === "reply" && t.pos === "VERB" && OBJECT_PRONOUNS.has(next.lower) && next.lower !== "you" && next.start === t.end + 1) {
        issues.push(makeIssue("prepositions.reply-to", { start: t.start, end: next.end }, "preposition", `We "reply to" someone.`, `${a.text.slice(t.start, t.end)} to ${next.text}`));
        continue;
      }

      // "fill a form" → "fill in a form" (or "fill out")
      if (t.lemma === "fill" && (next.lower === "a" || next.lower === "the" || next.lower === "this" || next.lower === "an")) {
        const form = nextWord(a, next.i);
        if (form && /^(?:form|forms|questionnaire|application|survey)$/.test(form.lower)) {
          issues.push(makeIssue("prepositions.fill-in", { start: t.start, end: t.end }, "preposition", `We "fill in" (or "fill out") a form.`, `${a.text.slice(t.start, t.end)} in`));
          continue;
        }
      }

      // "a solution of this problem" → "a solution to"; "an increase of the price" → "an increase in"
      if (next.lower === "of" && t.pos === "NOUN") {
        const det = nextWord(a, next.i);
        const noun = det && /^(?:the|this|that|these|our|my|your|their|his|her)$/.test(det.lower) ? nextWord(a, det.i) : undefined;
        const prev = prevWord(a, t.i);
        const counted = prev && /^(?:a|an|the|this|that|any|no|big|huge|sharp|small|large|slight|steady)$/.test(prev.lower);
        if (/^solutions?$/.test(t.lower) && noun && /^(?:problems?|issues?|crisis|situation)$/.test(noun.lower)) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `We find a "solution to" a problem.`, `${t.text} to`));
          continue;
        }
        if (/^(?:increase|decrease|rise|drop|fall|reduction|growth)$/.test(t.lower) && counted && noun && /^(?:numbers?|prices?|costs?|amount|rate|level|temperature|population|demand|traffic|rent|salary|salaries|taxes|size|use|quality)$/.test(noun.lower)) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `A change is "${t.lower} in" the thing that changes ("an increase in the price"); "of" gives the amount ("an increase of 5%").`, `${t.text} in`));
          continue;
        }
      }

      // "spent a lot of money for new windows" → "on": money and time are spent "on" something
      if (t.lower === "for" && /^(?:money|fortune|euros|dollars|pounds)$/.test(prevWord(a, t.i)?.lower ?? "")) {
        const sentence = a.sentences[t.sentence]!;
        const spend = a.tokens.slice(Math.max(sentence.first, t.i - 7), t.i).find((w) => w.lemma === "spend" && w.pos === "VERB");
        const what = next.pos === "ADJ" || next.pos === "NOUN" || /^(?:the|new|a|an|his|her|my|our|their)$/.test(next.lower);
        const purpose = /^(?:nothing|the benefit|the sake|good|this reason|that reason|charity)$/.test(next.lower) || /^(?:benefit|sake|reason|reasons|purpose)$/.test(nextWord(a, next.i)?.lower ?? "");
        if (spend && what && !purpose) {
          issues.push(makeIssue("prepositions.spend-on", { start: t.start, end: t.end }, "preposition", `We spend money or time "on" something.`, matchCase("on", t.text)));
          continue;
        }
      }

      // "our developers are familiar to it" → "familiar with it": a person is familiar "with" a thing
      if (t.lower === "familiar" && next.lower === "to") {
        const it = nextWord(a, next.i);
        const subject = a.tokens.slice(a.sentences[t.sentence]!.first, t.i).filter((w) => w.isWord && (w.pos === "PRON" || w.pos === "NOUN")).pop();
        const person = subject && /^(?:i|we|you|they|he|she|developers|people|users|engineers|students|everyone|everybody|team|staff)$/.test(subject.lower);
        if (it && /^(?:it|them|this|that)$/.test(it.lower) && /^[ \t]*(?:[.,!?;]|$)/.test(a.text.slice(it.end)) && person) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `A person is "familiar with" something; a thing is "familiar to" a person.`, `${t.text} with`));
          continue;
        }
      }

      // "introduced me with everyone" → "introduced me to everyone"
      if (t.lemma === "introduce" && t.pos === "VERB" && OBJECT_PRONOUNS.has(next.lower)) {
        const withWord = nextWord(a, next.i);
        const who = withWord && nextWord(a, withWord.i);
        const people = who && (/^(?:everyone|everybody|all)$/.test(who.lower) || (/^(?:my|his|her|our|their|the|your)$/.test(who.lower) && /^(?:colleagues|team|parents|family|friends|boss|manager|neighbours|neighbors|classmates|wife|husband|sister|brother|mother|father|teacher)$/.test(nextWord(a, who.i)?.lower ?? "")));
        if (withWord?.lower === "with" && people) {
          issues.push(makeIssue("prepositions.collocation", withWord, "preposition", `We introduce one person "to" another.`, matchCase("to", withWord.text)));
          continue;
        }
      }

      // "enter in the room", "reach to the station", "attend to the meeting", "join to the team": these verbs take a direct object
      if (t.pos === "VERB" && /^(?:enter|reach|attend|join)$/.test(t.lemma) && (next.lower === "in" || next.lower === "into" || next.lower === "to")) {
        const det = nextWord(a, next.i);
        let what = det && /^(?:the|a|an|my|our|your|his|her|their|this|that)$/.test(det.lower) ? nextWord(a, det.i) : undefined;
        // "a running club", "the new office"
        if (what && (what.pos === "ADJ" || /ing$/.test(what.lower)) && nextWord(a, what.i)?.pos === "NOUN") what = nextWord(a, what.i);
        const after = what && nextWord(a, what.i);
        const objects: Record<string, RegExp> = {
          enter: /^(?:room|house|building|office|classroom|class|flat|apartment|shop|store|restaurant|kitchen|car|church|museum|hall|station)$/,
          reach: /^(?:station|city|hotel|airport|office|village|destination|top|border|coast|town|school|beach)$/,
          attend: /^(?:meeting|class|classes|lecture|conference|wedding|course|seminar|workshop|school|university|party|concert|ceremony|funeral|training)$/,
          join: /^(?:team|club|group|company|army|gym|choir|band|meeting|party|community|project)$/,
        };
        const fits = what && objects[t.lemma]!.test(what.lower) && !(after && after.pos === "NOUN" && after.start === what.end + 1);
        // "enter into an agreement" and "attend to a patient" are right; only "in" fits "enter", only "to" the others
        const prepOk = t.lemma === "enter" ? next.lower === "in" : next.lower === "to";
        if (fits && prepOk) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `"${t.lemma}" takes a direct object: drop "${next.lower}" ("${t.lower} ${a.text.slice(det!.start, what!.end)}").`, a.text.slice(t.start, t.end)));
          continue;
        }
      }

      // "complained for the noise" → "complained about" (but "complained for hours")
      if (t.lemma === "complain" && t.pos === "VERB" && next.lower === "for") {
        const det = nextWord(a, next.i);
        const what = det && nextWord(a, det.i);
        if (det && /^(?:the|this|that|my|our|their|his|her)$/.test(det.lower) && what && (what.pos === "NOUN" || what.pos === "ADJ") && !TIME_UNITS.test(what.lower) && !/^(?:whole|entire|rest|first|last|next|same)$/.test(what.lower)) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `We "complain about" something.`, `${a.text.slice(t.start, t.end)} about`));
          continue;
        }
      }

      // "go to home" → "go home"; "went to shopping", "go to the shopping" → "went shopping"
      if (GOING.has(t.lemma) && t.pos === "VERB" && (next.lower === "to" || (next.lower === "in" && nextWord(a, next.i)?.lower === "home"))) {
        let what = nextWord(a, next.i);
        if (t.lemma === "go" && what?.lower === "the" && GO_ACTIVITIES.has(nextWord(a, what.i)?.lower ?? "")) what = nextWord(a, what.i);
        const after = what && nextWord(a, what.i);
        const compound = !!after && after.pos === "NOUN" && after.start === what!.end + 1 && !DAY_WORDS.has(after.lower);
        const home = what?.lower === "home" && !compound;
        // not "went to the swimming pool", "to the shopping centre"
        const activity = t.lemma === "go" && what && GO_ACTIVITIES.has(what.lower) && !compound;
        if (what && (home || activity)) {
          issues.push(makeIssue("prepositions.go-home", { start: next.start, end: what.end }, "preposition", home ? `We say "${t.lower} home", without "${next.lower}".` : `We say "${t.lower} ${what.lower}", without "to".`, what.text));
          continue;
        }
      }

      // "in Monday" → "on Monday": days take "on"
      // ("in Tuesday's paper" is about the paper)
      if ((t.lower === "in" || t.lower === "at") && DAYS.test(next.lower) && next.start === t.end + 1 && !/^['’]s$/.test(a.tokens[next.i + 1]?.text ?? "")) {
        issues.push(makeIssue("prepositions.on-day", { start: t.start, end: t.end }, "preposition", `Days take "on": "on ${next.text}".`, matchCase("on", t.text)));
        continue;
      }

      // "I moved in Madrid" → "moved to Madrid" (but "moved in with friends", "moved in 2015")
      if (t.lemma === "move" && t.pos === "VERB" && next.lower === "in") {
        const place = nextWord(a, next.i);
        if (place && place.pos === "PROPN" && /^\p{Lu}/u.test(place.text) && !MONTHS_DAYS.test(place.lower)) {
          issues.push(makeIssue("prepositions.move-to", { start: next.start, end: next.end }, "preposition", `You move "to" a place: "${t.lower} to ${place.text}".`, "to"));
          continue;
        }
      }

      // "based in a true story" → "based on"
      if (t.lower === "based" && next.lower === "in") {
        let k = nextWord(a, next.i);
        if (k && (k.pos === "DET" || k.pos === "PRON")) k = nextWord(a, k.i);
        if (k && STORIES.has(k.lower)) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `A film or a book is "based on" a story or facts.`, `${t.text} on`));
          continue;
        }
      }

      // "prefer cycling than driving" → "to driving"
      if (t.lemma === "prefer" && t.pos === "VERB") {
        const sentence = a.sentences[t.sentence]!;
        for (let k = t.i + 1, n = 0; k < sentence.last && n < 8; k++) {
          const w = a.tokens[k]!;
          if (!w.isWord) { if (/[,;:.]/.test(w.text)) break; continue; }
          n++;
          if (w.lower === "rather" || w.lower === "to") break;
          // "prefer a saga when there are more than three steps": another comparison's "than"
          if (w.lower === "than" && /^(?:more|less|fewer|other|rather|better|worse|longer|shorter|bigger|smaller)$/.test(prevWord(a, w.i)?.lower ?? "")) break;
          if (w.lower === "than") {
            issues.push(makeIssue("prepositions.prefer-to", { start: w.start, end: w.end }, "preposition", `We "prefer" one thing "to" another (or "would rather … than").`, "to"));
            break;
          }
        }
      }

      // "go to work with the bus" → "by bus"
      if (t.lower === "with") {
        let k: Token | undefined = next;
        if (k.lower === "the" || k.lower === "a") k = nextWord(a, k.i);
        const after = k && nextWord(a, k.i);
        if (k && VEHICLES.has(k.lower) && goingBefore(a, t) && !(after && after.pos === "NOUN" && after.start === k.end + 1)) {
          issues.push(makeIssue("prepositions.by-vehicle", { start: t.start, end: k.end }, "preposition", `We travel "by ${k.lower}", without an article.`, `by ${k.text}`));
          continue;
        }
      }

      // "wait the review" → "wait for the review" (but "wait a minute")
      // ("waiting your answer"; but "wait your turn")
      if (t.lemma === "wait" && t.pos === "VERB" && (next.pos === "DET" || OBJECT_PRONOUNS.has(next.lower) || POSSESSIVES.has(next.lower)) && next.start === t.end + 1) {
        const after = nextWord(a, next.i);
        if (!(after && (TIME_UNITS.test(after.lower) || after.lower === "turn")) && !(next.lower === "a" && after && /^(?:bit|few|couple|moment|while|little|second|minute)$/.test(after.lower))) {
          issues.push(makeIssue("prepositions.wait-for", { start: t.start, end: t.end }, "preposition", `We "wait for" something or someone.`, `${a.text.slice(t.start, t.end)} for`));
          continue;
        }
      }

      // "listen music" → "listen to music" (but "listen carefully")
      // ("a listen process", "listen_socket.cc" are names, not the verb)
      // ("the server's listening socket", "in listen mode": a bare noun after it is a compound, except things we hear)
      const listenPrev = prevWord(a, t.i);
      const listenNoun = /[_./]/.test(a.text.slice(t.start - 1, t.start) + a.text.slice(t.end, t.end + 1)) || /^(?:DET|ADJ|ADP)$/.test(listenPrev?.pos ?? "") || /^['’]s$/.test(listenPrev?.text ?? "");
      const heard = next.pos === "NOUN" && /^(?:music|radio|podcasts?|songs?|audiobooks?|people|news|jazz|rock|pop|classical|birds|children|teachers|parents|customers|users|others)$/.test(next.lower);
      if (t.lemma === "listen" && t.pos === "VERB" && !listenNoun && (next.pos === "DET" || heard || OBJECT_PRONOUNS.has(next.lower) || POSSESSIVES.has(next.lower)) && next.start === t.end + 1) {
        issues.push(makeIssue("prepositions.listen-to", { start: t.start, end: t.end }, "preposition", `We "listen to" something or someone.`, `${a.text.slice(t.start, t.end)} to`));
        continue;
      }

      // "he said me that" → "he told me that": "say" does not take a person as its object
      if (t.lemma === "say" && t.pos === "VERB" && /^(?:me|him|her|us|them)$/.test(next.lower) && next.start === t.end + 1) {
        const told = { say: "tell", says: "tells", said: "told", saying: "telling" }[t.lower] ?? "tell";
        issues.push(makeIssue("prepositions.say-to", { start: t.start, end: next.end }, "preposition", `"Say" does not take a person as its object: "${told} ${next.lower}" or "${t.lower} to ${next.lower}".`, `${matchCase(told, t.text)} ${next.text}`));
        continue;
      }

      // "I gave to him the book" → "gave him the book": before the thing given, the person needs no "to"
      if (/^(?:give|send|show|tell|offer|lend|bring|pass|hand|teach|buy)$/.test(t.lemma) && t.pos === "VERB" && next.lower === "to" && next.start === t.end + 1) {
        const person = nextWord(a, next.i);
        const det = person && nextWord(a, person.i);
        const thing = det && nextWord(a, det.i);
        if (person && det && thing && OBJECT_PRONOUNS.has(person.lower) && /^(?:the|a|an|my|your|his|her|our|their|some|this|that)$/.test(det.lower) && (thing.pos === "NOUN" || thing.pos === "ADJ") && person.start === next.end + 1) {
          issues.push(makeIssue("prepositions.indirect-object", { start: next.start, end: person.end }, "preposition", `Before the thing given, the person needs no "to": "${t.lower} ${person.lower} ${det.lower} …" (or "${t.lower} ${det.lower} … to ${person.lower}").`, person.text));
          continue;
        }
      }
      // "I go to work by the bus" → "by bus": a way of travelling takes no article (but "waited by the
      // bus", "by the bus stop": only after a verb of going, with nothing after the vehicle)
      if (t.lower === "by" && next.lower === "the" && spaced(a, t, next)) {
        const vehicle = nextWord(a, next.i);
        const after = vehicle && a.tokens[vehicle.i + 1];
        if (vehicle && VEHICLES.has(vehicle.lower) && spaced(a, next, vehicle) && goingBefore(a, t) && (!after || !after.isWord || /^(?:to|from|every|each|because|and|or|but|when|if|instead|today|yesterday|now)$/.test(after.lower))) {
          issues.push(makeIssue("prepositions.by-vehicle", { start: t.start, end: vehicle.end }, "article", `We travel "by ${vehicle.lower}", without an article.`, `${t.text} ${vehicle.text}`));
          continue;
        }
      }
      // "We faced with a lot of problems" → "faced a lot of problems": active "face" takes its object directly
      if (t.lemma === "face" && t.pos === "VERB" && t.lower !== "face" && next.lower === "with" && spaced(a, t, next)) {
        const subject = prevWord(a, t.i);
        if (subject && (PERSONAL_SUBJECTS.has(subject.lower) || subject.pos === "NOUN" || subject.pos === "PROPN") && spaced(a, subject, t)) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `"Face" takes its object directly: "${t.lower} a problem" (or "were faced with").`, t.text));
          continue;
        }
      }
      // "In spite the rain" → "In spite of the rain"
      if (t.lower === "spite" && prevWord(a, t.i)?.lower === "in" && next.lower !== "of" && (next.pos === "DET" || POSSESSIVES.has(next.lower) || next.pos === "PRON")) {
        issues.push(makeIssue("prepositions.in-spite-of", { start: t.start, end: t.end }, "preposition", `It is "in spite of" (or "despite", without "of").`, `${t.text} of`));
        continue;
      }
      // "I'm going to the home now" → "going home", "I went to the bed at midnight" → "went to bed"
      if (t.lower === "to" && next.lower === "the" && GOING.has(prevWord(a, t.i)?.lemma ?? "") && prevWord(a, t.i)!.pos === "VERB") {
        const place = nextWord(a, next.i);
        const rule = place && PLACES_WITHOUT_THE_AFTER_GOING[place.lower];
        const after = place && a.tokens[place.i + 1];
        if (place && rule && (!after || !after.isWord || rule.follows.test(after.lower))) {
          issues.push(makeIssue(`prepositions.${rule.id}`, { start: (rule.dropTo ? t : next).start, end: place.end }, rule.category, rule.message, place.text));
          continue;
        }
      }
      // "We arrived in the airport" → "at the airport": "arrive in" a city or a country, "at" a building
      if (t.lemma === "arrive" && t.pos === "VERB" && next.lower === "in") {
        const det = nextWord(a, next.i);
        const place = det && nextWord(a, det.i);
        if (det && place && /^(?:the|a|an|my|our|his|her|their|your)$/.test(det.lower) && BUILDINGS.has(place.lower) && !(nextWord(a, place.i)?.pos === "NOUN" && nextWord(a, place.i)!.start === place.end + 1)) {
          issues.push(makeIssue("prepositions.arrive-at", { start: next.start, end: next.end }, "preposition", `We "arrive at" a building or a place in town ("arrive in" a city or a country).`, matchCase("at", next.text)));
          continue;
        }
      }
      // "She is capable to do it" → "capable of doing it"
      if (t.lower === "capable" && next.lower === "to") {
        const verb = nextWord(a, next.i);
        if (verb && verb.pos === "VERB" && verb.lower === verb.lemma && spaced(a, t, next)) {
          issues.push(makeIssue("prepositions.capable-of", { start: next.start, end: verb.end }, "preposition", `"Capable" takes "of" + -ing: "capable of ${ingForm(verb.lemma)}" (or "able to ${verb.lower}").`, `of ${ingForm(verb.lemma)}`));
          continue;
        }
      }
      // "See you on next week" → "next week": "next" and "last" take no preposition
      if (/^(?:on|in|at)$/.test(t.lower) && (next.lower === "next" || next.lower === "last") && spaced(a, t, next)) {
        const when = nextWord(a, next.i);
        const after = when && a.tokens[when.i + 1];
        if (when && NEXT_LAST_TIMES.test(when.lower) && spaced(a, next, when) && !(after && /^['’]s$/.test(after.lower))) {
          issues.push(makeIssue("prepositions.next-last", { start: t.start, end: next.end }, "preposition", `"${next.lower} ${when.lower}" needs no "${t.lower}".`, next.text));
          continue;
        }
      }
      // "by foot" → "on foot" (but "by the foot", "by foot and by bus" stay as written: only the bare phrase)
      if (t.lower === "by" && next.lower === "foot" && next.start === t.end + 1) {
        issues.push(makeIssue("prepositions.on-foot", { start: t.start, end: next.end }, "preposition", `We go "on foot" (but "by bus", "by car").`, matchCase("on foot", t.text)));
        continue;
      }
      // "entered into the room" → "entered the room": "enter" takes the place directly ("enter into an agreement" is another sense)
      if (t.lemma === "enter" && t.pos === "VERB" && next.lower === "into") {
        const det = nextWord(a, next.i);
        const place = det && nextWord(a, det.i);
        if (det && place && /^(?:the|a|an|my|our|his|her|their|your|this)$/.test(det.lower) && PLACES_TO_ENTER.has(place.lower)) {
          issues.push(makeIssue("prepositions.collocation", { start: t.start, end: next.end }, "preposition", `We "${t.lower}" a place, without "into": "${t.lower} ${det.lower} ${place.lower}".`, t.text));
          continue;
        }
      }
      // "explain me how" → "explain to me how"
      if (t.lemma === "explain" && OBJECT_PRONOUNS.has(next.lower) && next.start === t.end + 1) {
        issues.push(makeIssue("prepositions.explain-to", { start: t.start, end: next.end }, "preposition", `Say "explain to ${next.lower}" (or "explain … to ${next.lower}"): "explain" does not take a person as its object.`, `${a.text.slice(t.start, t.end)} to ${next.text}`));
        continue;
      }

      // "avoid to call" → "avoid calling"
      // ("things to consider to make it accessible": the second "to" gives a purpose)
      if (GERUND_VERBS.has(t.lemma) && t.pos === "VERB" && next.lower === "to" && prevWord(a, t.i)?.lower !== "to") {
        // "it is recommended to use", "would be considered to have": a passive takes "to"
        const passive = /ed$/.test(t.lower) && a.tokens.slice(Math.max(0, t.i - 4), t.i).some((w) => /^(?:is|are|was|were|be|been|being|it's|it’s|'s|’s)$/.test(w.lower));
        if (passive) continue;
        const verb = nextWord(a, next.i);
        if (verb && verb.pos === "VERB" && verb.lower === verb.lemma) {
          issues.push(makeIssue("prepositions.gerund", { start: t.start, end: verb.end }, "grammar", `"${t.lemma}" is followed by the -ing form: "${t.lower} ${ingForm(verb.lemma)}".`, `${a.text.slice(t.start, t.end)} ${ingForm(verb.lemma)}`));
        }
        continue;
      }

      // "look forward to see you" → "look forward to seeing you"
      if (t.lower === "forward" && next.lower === "to" && prevWord(a, t.i)?.lemma === "look") {
        const verb = nextWord(a, next.i);
        if (verb && verb.lower === verb.lemma && (verb.pos === "VERB" || verb.pos === "AUX") && !/ing$/.test(verb.lower)) {
          issues.push(makeIssue("prepositions.gerund", { start: verb.start, end: verb.end }, "grammar", `After "look forward to", use the -ing form: "${ingForm(verb.lemma)}".`, ingForm(verb.lemma)));
        }
        continue;
      }

      // "travel during hours to reach it" → "for hours": a bare plural of time is a length, not an event
      // ("during hours of darkness", "during office hours", "during hours when we are closed" name a period)
      if (t.lower === "during" && /^(?:hours|days|weeks|months|years|ages|decades)$/.test(next.lower) && spaced(a, t, next)) {
        const follow = a.tokens[next.i + 1];
        if (!follow || !follow.isWord ? /^[ \t]*(?:[.,!?;]|$)/.test(a.text.slice(next.end)) : /^(?:to|and|without|before|until|just|only)$/.test(follow.lower)) {
          issues.push(makeIssue("prepositions.for-duration", { start: t.start, end: t.end }, "preposition", `For a length of time, use "for": "for ${next.lower}" ("during" needs an event, as in "during the trip").`, matchCase("for", t.text)));
          continue;
        }
      }

      // "I'm living in Madrid from 2019" → "since 2019": a state that goes on to now starts "since"
      // (not "from 2019 to 2021", "worked there from 2019", "data from 2019")
      if (t.lower === "from" && /^(?:19|20)\d\d$/.test(next.text) && /^\s*(?:[.!?]|$)/.test(a.text.slice(next.end))) {
        const s = a.sentences[t.sentence]!;
        const words = a.tokens.slice(s.first, t.i).filter((w) => w.isWord);
        // ("I'm" is one word to the tokenizer)
        const subject = (words[0]?.lower ?? "").split(/['’]/)[0]!;
        const now = PERSONAL_SUBJECTS.has(subject) && (/['’](?:m|re|ve|s)$/.test(words[0]!.lower) || words.some((w) => /^(?:am|is|are|have|has|live|lives|work|works)$/.test(w.lower)));
        const ongoing = words.some((w) => /^(?:living|working|studying|live|lives|work|works|been|lived|worked|known|had)$/.test(w.lower));
        if (now && ongoing) {
          issues.push(makeIssue("prepositions.since-year", t, "preposition", `For something that started then and goes on now, say "since ${next.text}".`, matchCase("since", t.text)));
          continue;
        }
      }
      // "since three years" → "for three years"; "during two hours" → "for two hours"; "the service is
      // down from two hours" → "for two hours" (but "from two hours to three", "two hours from now")
      // (only after a state that goes on, with the phrase ending at the unit)
      const fromDuration = t.lower === "from" && /^(?:down|offline|broken|unavailable|waiting|working|living|failing|stuck|here|there)$/.test(prevWord(a, t.i)?.lower ?? "") && endsPhrase(a, nextWord(a, next.i) ?? next);
      if ((t.lower === "since" || t.lower === "during" || fromDuration) && (next.pos === "NUM" || next.lower === "a" || next.lower === "many" || next.lower === "several")) {
        const unit = nextWord(a, next.i);
        const unit2 = unit && (unit.lower === "long" || unit.lower === "few" || unit.lower === "couple") ? unit : undefined;
        if (unit && (TIME_UNITS.test(unit.lower) || (unit2 && unit2.lower === "long" && nextWord(a, unit2.i)?.lower === "time"))) {
          const word = t.lower === "during" ? `"during" needs an event ("during the outage")` : `"${t.lower}" needs a point in time ("${t.lower} 2021", "${t.lower} Monday")`;
          issues.push(makeIssue("prepositions.for-duration", { start: t.start, end: t.end }, "preposition", `For a length of time, use "for": ${word}.`, matchCase("for", t.text)));
        }
      }
    }
    return issues;
  },
};
