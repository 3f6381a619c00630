/**
 * Prepositions and verb patterns in common collocations: "depend of" → "depend on", "discuss
 * about" → "discuss", "explain me" → "explain to me", "avoid to call" → "avoid calling",
 * "since three years" → "for three years", "listen music" → "listen to music", "said me" → "told
 * me". Each entry names the word (by lemma), the wrong continuation and the right one.
 */
import type { Token } from "../text/analyze.ts";
import { matchesWords, nextWord, prevWord } from "../text/analyze.ts";
import { ingForm, matchCase } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
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
];

/** Fixed phrases with the wrong preposition. */
const PHRASES: readonly { words: readonly string[]; right: string }[] = [
  { words: ["in", "the", "other", "hand"], right: "on the other hand" },
  { words: ["on", "my", "opinion"], right: "in my opinion" },
  { words: ["in", "my", "point", "of", "view"], right: "from my point of view" },
  { words: ["explain", "about"], right: "explain" },
  { words: ["the", "same", "than"], right: "the same as" },
  { words: ["in", "the", "weekend"], right: "at the weekend" }, // or "on the weekend" in American English
];

/** Verbs of going: "go home", not "go to home"; "go shopping", not "go to shopping". */
const GOING = new Set(["go", "come", "get", "arrive", "return", "walk", "drive", "run", "hurry", "head", "travel", "fly"]);
/** Activities that follow "go" directly. */
const GO_ACTIVITIES = new Set(["shopping", "swimming", "running", "fishing", "skiing", "dancing", "hiking", "camping", "sightseeing", "jogging", "cycling", "sailing", "surfing", "skating", "climbing", "bowling"]);
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
const VEHICLES = new Set(["bus", "train", "car", "plane", "taxi", "metro", "tram", "bike", "bicycle", "underground", "subway", "coach", "ferry", "boat", "motorbike"]);
const STORIES = new Set(["story", "stories", "book", "novel", "film", "movie", "play", "idea", "event", "events", "fact", "facts", "true", "real", "research", "data", "experience", "legend"]);

const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them", "you"]);
/** Verbs followed by -ing, not "to": "avoid calling", "suggest using". */
const GERUND_VERBS = new Set(["avoid", "suggest", "recommend", "consider", "finish", "enjoy", "mind", "keep", "risk"]);
const TIME_UNITS = /^(?:second|minute|hour|day|week|month|year|decade|sprint)s?$/;

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

      const c = collocation(t, next);
      if (c) {
        // "the answer to", "a request for", "in contact with" are nouns, whatever the tagger says.
        const prev = prevWord(a, t.i);
        const nounish = prev && /^(?:the|a|an|this|that|my|our|your|their|his|her|its|in|no|any|each)$/.test(prev.lower);
        if (c.pos?.includes("VERB") && nounish) continue;
        if (c.lemma === "attention" && prev?.lemma !== "pay") continue;
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

      // "go to home" → "go home"; "went to shopping" → "went shopping"
      if (GOING.has(t.lemma) && t.pos === "VERB" && next.lower === "to") {
        const what = nextWord(a, next.i);
        const after = what && nextWord(a, what.i);
        const home = what?.lower === "home" && !(after && after.pos === "NOUN" && after.start === what.end + 1);
        const activity = t.lemma === "go" && what && GO_ACTIVITIES.has(what.lower);
        if (what && (home || activity)) {
          issues.push(makeIssue("prepositions.go-home", { start: next.start, end: what.end }, "preposition", home ? `We say "${t.lower} home", without "to".` : `We say "${t.lower} ${what.lower}", without "to".`, what.text));
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
        if (place && place.pos === "PROPN" && /^\p{Lu}/u.test(place.text)) {
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
        const moving = a.tokens.slice(Math.max(a.sentences[t.sentence]!.first, t.i - 8), t.i).some((w) => GOING.has(w.lemma) || w.lemma === "commute");
        if (k && VEHICLES.has(k.lower) && moving && !(after && after.pos === "NOUN" && after.start === k.end + 1)) {
          issues.push(makeIssue("prepositions.by-vehicle", { start: t.start, end: k.end }, "preposition", `We travel "by ${k.lower}", without an article.`, `by ${k.text}`));
          continue;
        }
      }

      // "wait the review" → "wait for the review" (but "wait a minute")
      if (t.lemma === "wait" && t.pos === "VERB" && (next.pos === "DET" || OBJECT_PRONOUNS.has(next.lower)) && next.start === t.end + 1) {
        const after = nextWord(a, next.i);
        if (!(after && TIME_UNITS.test(after.lower)) && !(next.lower === "a" && after?.lower === "bit")) {
          issues.push(makeIssue("prepositions.wait-for", { start: t.start, end: t.end }, "preposition", `We "wait for" something or someone.`, `${a.text.slice(t.start, t.end)} for`));
          continue;
        }
      }

      // "listen music" → "listen to music" (but "listen carefully")
      if (t.lemma === "listen" && t.pos === "VERB" && (next.pos === "DET" || next.pos === "NOUN" || OBJECT_PRONOUNS.has(next.lower)) && next.start === t.end + 1) {
        issues.push(makeIssue("prepositions.listen-to", { start: t.start, end: t.end }, "preposition", `We "listen to" something or someone.`, `${a.text.slice(t.start, t.end)} to`));
        continue;
      }

      // "he said me that" → "he told me that": "say" does not take a person as its object
      if (t.lemma === "say" && t.pos === "VERB" && /^(?:me|him|her|us|them)$/.test(next.lower) && next.start === t.end + 1) {
        const told = { say: "tell", says: "tells", said: "told", saying: "telling" }[t.lower] ?? "tell";
        issues.push(makeIssue("prepositions.say-to", { start: t.start, end: next.end }, "preposition", `"Say" does not take a person as its object: "${told} ${next.lower}" or "${t.lower} to ${next.lower}".`, `${matchCase(told, t.text)} ${next.text}`));
        continue;
      }

      // "explain me how" → "explain to me how"
      if (t.lemma === "explain" && OBJECT_PRONOUNS.has(next.lower) && next.start === t.end + 1) {
        issues.push(makeIssue("prepositions.explain-to", { start: t.start, end: next.end }, "preposition", `Say "explain to ${next.lower}" (or "explain … to ${next.lower}"): "explain" does not take a person as its object.`, `${a.text.slice(t.start, t.end)} to ${next.text}`));
        continue;
      }

      // "avoid to call" → "avoid calling"
      if (GERUND_VERBS.has(t.lemma) && t.pos === "VERB" && next.lower === "to") {
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

      // "since three years" → "for three years"; "during two hours" → "for two hours"
      if ((t.lower === "since" || t.lower === "during") && (next.pos === "NUM" || next.lower === "a" || next.lower === "many" || next.lower === "several")) {
        const unit = nextWord(a, next.i);
        const unit2 = unit && (unit.lower === "long" || unit.lower === "few" || unit.lower === "couple") ? unit : undefined;
        if (unit && (TIME_UNITS.test(unit.lower) || (unit2 && unit2.lower === "long" && nextWord(a, unit2.i)?.lower === "time"))) {
          const word = t.lower === "since" ? `"since" needs a point in time ("since 2021", "since Monday")` : `"during" needs an event ("during the outage")`;
          issues.push(makeIssue("prepositions.for-duration", { start: t.start, end: t.end }, "preposition", `For a length of time, use "for": ${word}.`, matchCase("for", t.text)));
        }
      }
    }
    return issues;
  },
};
