/**
 * Number after quantifiers: "two server" → "two servers", "many request" → "many requests",
 * "forty bag of bottles" → "forty bags", "one of my friend" → "one of my friends", "thousands of
 * designer" → "thousands of designers", "six more month" → "six more months", and the letter
 * closing "Best regard" → "Best regards". Only nouns known to be countable (the backend list and
 * an everyday one), so "many data" (an uncountables issue) and "two factor authentication"
 * (a compound: a noun follows) are left alone.
 */
import { endsPhrase, nextWord, prevWord, spaced, type Analysis, type Token } from "../text/analyze.ts";
import { COUNTABLE } from "./articles.ts";
import { DAY_WORDS } from "./phrases.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";
import { matchCase } from "../text/morph.ts";

const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen"];
const QUANTIFIERS = new Set([...NUMBER_WORDS, "many", "several", "few", "multiple", "various", "both", "these", "those", "numerous", "hundreds", "thousands", "millions"]);
/** "thousands of designer": these plurals count a plural noun after "of". */
const COUNTING_PLURALS = new Set(["hundreds", "thousands", "millions", "billions", "dozens", "couple", "number", "pair"]);
const OF_DETERMINERS = new Set(["the", "my", "your", "his", "her", "our", "their", "these", "those"]);

/**
 * Everyday countable nouns, on top of the backend list in articles.ts: the things a learner counts
 * in daily life. Words that are also uncountable or units in common use ("time", "paper", "hair",
 * "chicken", "percent", "dollar" in "a five dollar note") stay off.
 */
export const EVERYDAY_COUNTABLE = new Set(
  `pizza sandwich burger apple banana orange egg cake biscuit cookie bottle glass cup plate bowl box bag suitcase
  ticket seat chair table sofa bed room bedroom bathroom kitchen window door wall floor house flat apartment building
  shop store restaurant cafe café bar hotel hospital school university college museum park garden street road bridge
  car bus train plane bike bicycle motorbike taxi boat ship station airport
  friend brother sister cousin uncle aunt son daughter child parent neighbour neighbor colleague classmate student
  teacher doctor nurse employee worker manager customer guest tourist visitor passenger driver player member person
  book page chapter letter email message photo picture film movie song game toy phone laptop computer tablet screen
  key pen pencil notebook dress shirt shoe sock jacket coat hat coin card gift
  week month year day hour minute second weekend holiday lesson class course exam test essay question answer mistake
  idea reason problem solution example option rule job task project meeting interview trip journey flight
  country city town village island mountain river lake beach tree flower animal dog cat bird horse cow
  weakness strength skill hobby habit dream goal language word sentence line paragraph
  payment order invoice account user line item product device charger cable battery printer
  designer writer photographer artist engineer developer programmer scientist farmer singer actor lawyer musician
  kilometre kilometer mile thing place`.split(/\s+/),
);

/**
 * Things people count and never measure, so "not enough charging station" needs the plural. Kept to
 * objects and people: "enough room", "enough time", "enough cake", "enough battery" are right.
 */
const ENOUGH_COUNTED = new Set(
  `station seat chair table bed bench bin toilet shelter playground ticket car bus train bike bicycle taxi teacher doctor
  nurse student friend volunteer player member employee worker colleague guest school hospital shop store park bank
  book computer laptop phone bathroom bedroom window plate cup option example job house flat apartment
  hotel restaurant cafe café supermarket pharmacy tree charger socket classroom lesson`.split(/\s+/),
);

/**
 * Nouns that "a lot of" can only count, never measure: "a lot of friend" → "friends". Not the ones
 * also eaten or had as an amount ("a lot of cake", "a lot of room", "a lot of work").
 */
const LOT_COUNTED = new Set(
  `friend brother sister cousin student teacher colleague classmate tourist visitor person child parent neighbour neighbor
  book car thing problem question idea reason mistake country city place word example option project task meeting game
  movie film song photo picture hobby language shop restaurant museum`.split(/\s+/),
);

/** What one asks about having "any" of: "any questions", "any problems" ("any idea" is an idiom). */
const ANY_COUNTED = new Set(["question", "problem", "suggestion", "comment", "concern", "doubt", "issue", "change", "update", "recommendation"]);

/** A noun a learner counts: the article rule's list (bare use needs an article) or an everyday count noun. */
export const isCountable = (lower: string) => COUNTABLE.has(lower) || EVERYDAY_COUNTABLE.has(lower);

export function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:^|[^f])fe$/.test(noun) && !/^(?:cafe|safe)$/.test(noun)) return `${noun.slice(0, -2)}ves`;
  if (/^(?:child)$/.test(noun)) return "children";
  if (/^(?:person)$/.test(noun)) return "people";
  return `${noun}s`;
}

/** A singular countable noun that ends its phrase here (no compound noun or possessive after it). */
function loneSingular(a: Analysis, noun: Token | undefined, verbFollows = false): noun is Token {
  if (!noun || noun.pos !== "NOUN" || noun.lower !== noun.lemma || !isCountable(noun.lower)) return false;
  // "a thirty-minute chat", "a 30-day target": a hyphenated compound modifier
  if (/[-‐–]$/.test(a.text.slice(0, noun.start))) return false;
  const after = a.tokens[noun.i + 1];
  // "two friend's houses", "two-year", "a 5 star-rated hotel"
  if (after && after.start === noun.end && /^['’-]/.test(after.text)) return false;
  const next = nextWord(a, noun.i);
  // a compound: "two server racks", "many bug reports"; "a two year old"
  // ("three book yesterday": the tagger calls the time words nouns)
  if (next && next.start === noun.end + 1 && (next.pos === "NOUN" || next.pos === "PROPN" || next.lower === "old") && !DAY_WORDS.has(next.lower)) return false;
  // "a few test calls through": the tagger reads the plural head as a verb
  // ("one of the test programs that are built": after "one of" too, when a relative or a verb follows the -s word)
  if (next && next.start === noun.end + 1 && next.pos === "VERB" && next.lower !== next.lemma && /s$/.test(next.lower)) {
    if (!verbFollows || /^(?:that|which|who|are|were|have)$/.test(nextWord(a, next.i)?.lower ?? "")) return false;
  }
  return true;
}

const issueFor = (noun: Token, after: string) =>
  makeIssue("number.plural-after-quantifier", { start: noun.start, end: noun.end }, "grammar", `After "${after}", the noun is plural: "${pluralOf(noun.lower)}".`, matchCase(pluralOf(noun.lower), noun.text));

export const number: Rule = {
  id: "number",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      const prev = prevWord(a, t.i);

      // "one of my friend" → "friends"; "thousands of designer" → "designers"
      if ((t.lower === "one" || COUNTING_PLURALS.has(t.lower)) && nextWord(a, t.i)?.lower === "of") {
        // "a number of", "the majority of": only with the right article
        // "a number of", "a couple of"; "the number of" counts, and the noun after it is the tense rule's business
        if (/^(?:number|couple|pair)$/.test(t.lower) && prev?.lower !== "a") continue;
        const of = nextWord(a, t.i)!;
        let noun = nextWord(a, of.i);
        if (t.lower === "one" && (!noun || !OF_DETERMINERS.has(noun.lower))) continue;
        if (noun && OF_DETERMINERS.has(noun.lower)) noun = nextWord(a, noun.i);
        while (noun && noun.pos === "ADJ") noun = nextWord(a, noun.i);
        // "one of my cousin lives": the verb agrees with "one", so an -s verb may follow
        if (loneSingular(a, noun, t.lower === "one")) issues.push(issueFor(noun, `${t.lower} of`));
        continue;
      }
      // "I have a lot of friend" → "friends": "a lot of" counts a plural here
      if ((t.lower === "lot" && prev?.lower === "a") || t.lower === "lots") {
        const of = nextWord(a, t.i);
        let noun = of?.lower === "of" ? nextWord(a, of.i) : undefined;
        while (noun && noun.pos === "ADJ") noun = nextWord(a, noun.i);
        if (noun && LOT_COUNTED.has(noun.lower) && loneSingular(a, noun)) {
          issues.push(issueFor(noun, t.lower === "lot" ? "a lot of" : "lots of"));
          continue;
        }
      }
      // "spend billion of dollars" → "billions of": without a number before it, the count is plural
      if (/^(?:hundred|thousand|million|billion|dozen)$/.test(t.lower) && nextWord(a, t.i)?.lower === "of" && prev && prev.pos !== "NUM" && prev.pos !== "DET" && !/^(?:a|one|per|several|few)$/.test(prev.lower)) {
        issues.push(makeIssue("number.counting-plural", { start: t.start, end: t.end }, "grammar", `Without a number before it, say "${t.lower}s of": "${t.lower}s of …".`, matchCase(`${t.lower}s`, t.text)));
        continue;
      }
      // "she is on holidays" → "on holiday": away from work is "on holiday"
      if (t.lower === "holidays" && prev?.lower === "on") {
        const before = prevWord(a, prev.i);
        if (before && /^(?:am|is|are|was|were|be|been|being|go|goes|went|gone|going)$/.test(before.lower)) {
          issues.push(makeIssue("number.on-holiday", { start: t.start, end: t.end }, "grammar", `Away from work or school, you are "on holiday" (singular).`, matchCase("holiday", t.text)));
          continue;
        }
      }
      // "Best regard," closing a letter
      if (t.lower === "regard" && prev && /^(?:best|kind|warm|warmest|kindest)$/.test(prev.lower) && /^\s*(?:,|$|\n)/.test(a.text.slice(t.end))) {
        issues.push(makeIssue("number.regards", { start: t.start, end: t.end }, "grammar", `A letter closes with "${prev.text} regards", in the plural.`, matchCase("regards", t.text)));
        continue;
      }

      // "if you have any question" → "questions": after "have any", these are counted
      if (t.lower === "any" && prev && /^(?:have|has|had|got)$/.test(prev.lower)) {
        const noun = nextWord(a, t.i);
        if (noun && ANY_COUNTED.has(noun.lower) && spaced(a, t, noun) && (endsPhrase(a, noun) || /^(?:about|regarding|on|for|with|or|and|please)$/.test(nextWord(a, noun.i)?.lower ?? ""))) {
          issues.push(issueFor(noun, "have any"));
          continue;
        }
      }
      // "not enough charging station in town" → "stations": "enough" counts a plural
      // (not "good enough car": there "enough" goes with the adjective)
      if (t.lower === "enough" && prev && (!["ADJ", "ADV"].includes(prev.pos) || prev.lower === "not")) {
        let noun = nextWord(a, t.i);
        for (let k = 0; k < 2 && noun && (noun.pos === "ADJ" || (/ing$/.test(noun.lower) && noun.pos !== "ADP")) && !ENOUGH_COUNTED.has(noun.lower); k++) noun = nextWord(a, noun.i);
        const follow = noun ? nextWord(a, noun.i) : undefined;
        // the phrase must end at the noun: "enough station staff" is a compound
        const ends = !follow || /[,.;:!?]/.test(a.text.slice(noun!.end, follow.start)) || ["ADP", "CCONJ", "SCONJ", "PART"].includes(follow.pos);
        // the tagger often reads the noun after "enough" as a verb ("enough chair"), so either tag will do
        if (noun && ENOUGH_COUNTED.has(noun.lower) && (noun.pos === "NOUN" || noun.pos === "VERB") && ends && !/^['’-]/.test(a.text.slice(noun.end, noun.end + 1)) && !/[-‐–]$/.test(a.text.slice(0, noun.start))) {
          issues.push(issueFor(noun, "enough"));
          continue;
        }
      }
      const numeric = /^\d+$/.test(t.text) && Number(t.text) > 1;
      if (!(QUANTIFIERS.has(t.lower) || numeric)) continue;
      // "a few" is plural too; "the few" and "few of" behave the same
      if (t.lower === "few" && prev?.lower === "very") continue;
      // "one hundred", "a dozen": the number word is part of a bigger number only when a noun follows it
      let noun = nextWord(a, t.i);
      // "six more month", "two or three day"
      if (noun && (noun.lower === "more" || noun.lower === "extra" || noun.lower === "other")) noun = nextWord(a, noun.i);
      while (noun && noun.pos === "ADJ") noun = nextWord(a, noun.i);
      if (!loneSingular(a, noun)) continue;
      // "both browser and Node.js environments": the noun is one of two modifiers
      const conj = nextWord(a, noun.i);
      if (/^(?:both|either|neither)$/.test(t.lower) && /^(?:and|or|nor)$/.test(conj?.lower ?? "")) continue;
      // "several application and context specific interfaces": two modifiers of one later noun
      if (conj && /^(?:and|or)$/.test(conj.lower) && nextWord(a, conj.i)?.pos === "NOUN") continue;
      // "v1.4.4 release", "your 404 response", "Fastify's 404 handler": a version or a code
      if (numeric && (/\S$/.test(a.text.slice(0, t.start)) || prev?.pos === "PRON" || /^['’]s$/.test(a.tokens[t.i - 1]?.text ?? ""))) continue;
      // "many book their holidays early", "both work here": a quantifier standing alone as the subject
      const object = nextWord(a, noun.i);
      if (!NUMBER_WORDS.includes(t.lower) && !numeric && object && (object.pos === "DET" || object.pos === "PRON" || object.pos === "ADV")) continue;
      // a numbered item: "step 2", "page 85 line", "version 2 release"
 // "a 429 response", "the 2 option": a code or a label, not a count
      if (numeric && (prev?.pos === "DET" || prev?.pos === "NOUN" || prev?.pos === "PROPN" || /^(?:version|step|page|line|port|item|number|option)$/.test(noun.lower))) continue;
      // "line 2", "2 step verification": a number next to its noun with a hyphen reads as a compound
      issues.push(issueFor(noun, t.lower));
    }
    return issues;
  },
};
