/**
 * Comparatives and superlatives of short adjectives: "more easy" → "easier", "the most good" →
 * "the best", "the most happy day" → "the happiest day"; and adjective order with a colour ("a red
 * big car" → "a big red car"). Learners carry "more/most" over from languages that build every
 * comparative that way. "More better" and "most best" are left to harper, which already flags them.
 *
 * "more" and "most" are also quantifiers ("more new features", "most new users sign up on mobile",
 * "the most new users came in March"), so the rule fires only where the adjective cannot belong to
 * a noun: "more ADJ" after a linking verb or right before "than", with nothing noun-like after
 * it; "the/my most ADJ" before a singular countable noun or at the end of the phrase.
 */
import { endsPhrase, nextWord, prevWord, spaced, type Analysis, type Token } from "../text/analyze.ts";
import { matchCase } from "../text/morph.ts";
import { PERSONAL_SUBJECTS, POSSESSIVES } from "./phrases.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

/** Comparative and superlative forms that are not the adjective plus -er/-est. */
const IRREGULAR: Record<string, readonly [string, string]> = {
  good: ["better", "best"],
  bad: ["worse", "worst"],
  far: ["further", "furthest"],
};

/**
 * Adjectives that take -er/-est and nothing else in careful English. Left out on purpose: those
 * where "more" is also accepted (simple, quiet, clever, friendly, common, polite, likely, healthy,
 * narrow, clear, strict, fair, kind, sure, true, free, full, close, calm, angry, hungry, lonely,
 * weird), colours (redder/more red), and words that are also nouns after "more" (light, fun).
 */
const ER_ADJECTIVES: ReadonlySet<string> = new Set([
  "good", "bad", "far",
  "big", "small", "cheap", "fast", "slow", "hard", "high", "low", "long", "short", "old", "young", "new", "nice",
  "hot", "cold", "warm", "cool", "large", "quick", "clean", "strong", "weak", "rich", "poor", "tall", "great",
  "deep", "thick", "thin", "wide", "loud", "soft", "bright", "dark", "sharp", "fresh", "sweet", "tough", "safe",
  "late", "cute", "rude", "wet", "dry", "flat", "fat", "sad", "tight", "smart", "slim",
  "easy", "happy", "busy", "early", "heavy", "funny", "lucky", "dirty", "noisy", "pretty", "ugly", "lazy", "crazy",
  "tiny", "sunny", "windy", "cloudy", "tasty", "messy", "scary", "spicy", "salty", "tidy",
]);

/** Words between a linking verb and "more": "is much more easy", "got a bit more cheap". */
const INTENSIFIERS: ReadonlySet<string> = new Set(["much", "even", "far", "way", "still", "slightly", "somewhat", "lot", "bit", "little", "a", "not", "n't", "n’t", "never", "always", "now", "really"]);

/** Linking verbs: what follows them describes the subject ("was more easy", "feels more cheap"). */
const LINKING = new Set(["be", "seem", "become", "get", "look", "feel", "sound", "appear", "stay", "remain", "grow", "turn"]);

/** "make it more easy", "found them more cheap": an object pronoun after these verbs. */
const OBJECT_COMPLEMENT_VERBS = new Set(["make", "keep", "find", "consider"]);
const OBJECT_PRONOUNS = new Set(["it", "them", "me", "us", "him", "her", "you", "things", "life"]);

/**
 * Words that may follow a predicate adjective. Anything else (a noun above all) could make the
 * adjective part of a noun phrase after a quantifier: "is more cheap hardware".
 */
const AFTER_PREDICATE = new Set(["than", "to", "for", "and", "or", "but", "because", "when", "if", "now", "today", "nowadays", "in", "at", "with", "after", "since", "so", "compared", "every", "these", "this", "on", "during", "there", "here", "again", "too", "though", "anyway", "from"]);

/** Nouns that name a mass: "the most fresh food" is "the largest amount of fresh food". */
const MASS_NOUNS = new Set([
  "food", "water", "money", "information", "advice", "news", "work", "time", "stuff", "equipment", "furniture", "traffic",
  "luggage", "baggage", "music", "research", "data", "feedback", "software", "hardware", "code", "fun", "help", "evidence",
  "progress", "weather", "energy", "power", "air", "bread", "fruit", "meat", "coffee", "tea", "milk", "wine", "beer",
  "talent", "content", "space", "room", "traffic", "snow", "rain", "sun", "light", "heat", "damage", "support", "interest",
  "attention", "value", "revenue", "profit", "income", "business", "experience", "knowledge", "homework", "fish", "produce",
  "labour", "labor", "land", "oil", "gas", "electricity", "storage", "bandwidth", "capacity", "demand", "rainfall", "sunshine",
  "growth", "funding", "cash", "debt", "stock", "inventory", "material", "paper", "sugar", "rice", "cheese", "juice", "luck",
]);

/** Possessives that make "most" superlative: "my most happy memory". "her" needs care: "gave her most…". */

const COLOURS = new Set(["red", "blue", "green", "yellow", "black", "white", "brown", "grey", "gray", "pink", "purple"]);
const SIZE_OR_AGE = new Set(["big", "small", "large", "little", "huge", "tiny", "tall", "short", "long", "old", "new", "young", "ancient", "enormous"]);

function regular(adj: string, ending: "er" | "est"): string {
  if (adj.endsWith("e")) return adj + ending.slice(1);
  if (/[^aeiou]y$/.test(adj)) return `${adj.slice(0, -1)}i${ending}`;
  // one vowel before one final consonant doubles it: big → bigger, hot → hottest
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(adj)) return `${adj}${adj.at(-1)}${ending}`;
  return adj + ending;
}

export const comparativeOf = (adj: string): string => IRREGULAR[adj]?.[0] ?? regular(adj, "er");
export const superlativeOf = (adj: string): string => IRREGULAR[adj]?.[1] ?? regular(adj, "est");


/** The adjective is a whole word, not the start of a compound: "more easy-to-use tools". */
const standsAlone = (a: Analysis, t: Token) => !/^[-–‐]/.test(a.text.slice(t.end, t.end + 1)) && !/[-–‐]$/.test(a.text.slice(t.start - 1, t.start));

/**
 * Punctuation or the end of the text comes next. A line break is not enough: wrapped text breaks
 * lines in the middle of a phrase.
 */

/** Whether the word before "more" (past any "much", "a bit") makes what follows a predicate. */
function afterLinkingVerb(a: Analysis, more: Token): boolean {
  let p = prevWord(a, more.i);
  let steps = 0;
  while (p && INTENSIFIERS.has(p.lower) && steps < 3) {
    p = prevWord(a, p.i);
    steps++;
  }
  if (!p) return false;
  // "there is more cheap food": a quantity, whatever follows
  if (p.lemma === "be" && prevWord(a, p.i)?.lower === "there") return false;
  if ((p.pos === "AUX" || p.pos === "VERB") && LINKING.has(p.lemma)) return true;
  if (OBJECT_PRONOUNS.has(p.lower)) {
    const verb = prevWord(a, p.i);
    return verb !== undefined && OBJECT_COMPLEMENT_VERBS.has(verb.lemma);
  }
  return false;
}

/** "more clean, readable code", "more cheap and fast options": the adjective is one of a noun's. */
function leadsToNoun(a: Analysis, adj: Token): boolean {
  let k = adj.i + 1;
  let sawJoin = false;
  for (; k < a.tokens.length && a.tokens[k]!.sentence === adj.sentence; k++) {
    const t = a.tokens[k]!;
    if (t.pos === "SPACE") continue;
    if (t.text === "," || t.lower === "and" || t.lower === "or") {
      sawJoin = true;
      continue;
    }
    if (!sawJoin) return false;
    if (t.pos === "ADJ" || t.pos === "ADV" || ER_ADJECTIVES.has(t.lower)) continue;
    return t.pos === "NOUN" || t.pos === "PROPN";
  }
  return false;
}

/** After "than", words that name the usual measure, not a second quality: "more easy than usual". */
const BASELINES = new Set(["usual", "normal", "necessary", "needed", "possible", "ever", "average", "before", "required", "expected", "planned", "anticipated", "predicted", "thought", "imagined", "hoped", "feared", "promised", "advertised", "estimated", "assumed", "intended", "last", "previously", "originally", "ours", "mine", "yours", "theirs", "his", "hers"]);

/** "more cheap than expensive", "more lucky than clever", "looks more new than used": two qualities compared, which is correct. */
function comparesQualities(a: Analysis, than: Token): boolean {
  const after = nextWord(a, than.i);
  if (!after || after.sentence !== than.sentence || BASELINES.has(after.lower)) return false;
  if (after.pos === "ADJ" || ER_ADJECTIVES.has(after.lower) || /(?:ly|ed)$/.test(after.lower)) {
    const then = nextWord(a, after.i);
    return !then || then.pos !== "NOUN";
  }
  return false;
}

function checkMore(a: Analysis, more: Token, issues: Issue[]): void {
  const adj = nextWord(a, more.i);
  if (!adj || !ER_ADJECTIVES.has(adj.lower) || !spaced(a, more, adj) || !standsAlone(a, adj)) return;
  const before = prevWord(a, more.i);
  // "the more, the better", "the more cheap options we have"; "more and more"; "any more", "no more"
  if (before && /^(?:the|and|any|no|once|one)$/.test(before.lower)) return;
  // "do more good than harm"
  if (IRREGULAR[adj.lower] && before && (before.lemma === "do" || before.lemma === "cause")) return;
  const after = nextWord(a, adj.i);
  const endsHere = endsPhrase(a, adj);
  const beforeThan = after?.lower === "than" && !endsHere;
  if (beforeThan && comparesQualities(a, after!)) return;
  // "try something more easy": after "something", the adjective describes it like a predicate
  const linked = afterLinkingVerb(a, more) || (before !== undefined && /^(?:something|anything|nothing|everything|someone|somebody|anyone|anybody|somewhere|anywhere)$/.test(before.lower));
  const predicate = linked && (endsHere || (after !== undefined && AFTER_PREDICATE.has(after.lower)));
  if (!beforeThan && !predicate) return;
  if (leadsToNoun(a, adj)) return;
  const fix = matchCase(comparativeOf(adj.lower), more.text);
  issues.push(
    makeIssue(
      "comparatives.more-er",
      { start: more.start, end: adj.end },
      "grammar",
      `"${adj.lower}" is a short adjective: its comparative is "${fix.toLowerCase()}"${adj.lower === "far" ? ` (or "farther")` : ""}, not "more ${adj.lower}".`,
      fix,
    ),
  );
}

/** A noun that can only be counted one at a time: "holiday", "day", "option" (not "food", "users"). */
function singularCountable(t: Token): boolean {
  return (t.pos === "NOUN" || t.lower === "one") && t.lemma === t.lower && !/s$/.test(t.lower) && !MASS_NOUNS.has(t.lower);
}

function checkMost(a: Analysis, most: Token, issues: Issue[]): void {
  const adj = nextWord(a, most.i);
  if (!adj || !ER_ADJECTIVES.has(adj.lower) || !spaced(a, most, adj) || !standsAlone(a, adj)) return;
  const det = prevWord(a, most.i);
  if (!det) return;
  const isThe = det.lower === "the";
  const isPossessive = POSSESSIVES.has(det.lower) && det.pos !== "VERB";
  if (!isThe && !isPossessive) return;
  const beforeDet = prevWord(a, det.i);
  // "do the most good"; "gave her most new …"; "sold the most fresh food"
  if (beforeDet && beforeDet.lemma === "do") return;
  if (isThe && beforeDet && beforeDet.pos === "VERB" && beforeDet.lemma !== "be") return;
  if (det.lower === "her" && beforeDet && beforeDet.pos === "VERB") return;
  const after = nextWord(a, adj.i);
  const endsHere = endsPhrase(a, adj);
  // "one of the most cheap cities": the superlative reading, even with a plural
  const oneOf = isThe && beforeDet?.lower === "of" && /^(?:one|some|two|three)$/.test(prevWord(a, beforeDet.i)?.lower ?? "");
  let superlative = false;
  if (endsHere || (after && /^(?:of|in|among|ever|on|at)$/.test(after.lower))) {
    superlative = true;
  } else if (after && /^(?:i|you|we|they|he|she)$/.test(after.lower)) {
    // "the most early I could start": a clause about the superlative follows
    superlative = true;
  } else if (after && standsAlone(a, after) && beforeDet?.lower !== "with") {
    // "the most high quality product": an unhyphenated compound ("high quality") describes the noun
    const following = nextWord(a, after.i);
    if (following && following.pos === "NOUN" && spaced(a, after, following)) return;
    // "the most happy day", but not "which plan gets the most new users" or "sold the most fresh food"
    const plural = after.pos === "NOUN" && /s$/.test(after.lower) && after.lemma !== after.lower;
    if (oneOf && plural) superlative = true;
    else if (singularCountable(after)) superlative = true;
  }
  if (!superlative) return;
  const fix = superlativeOf(adj.lower);
  issues.push(
    makeIssue(
      "comparatives.most-est",
      { start: most.start, end: adj.end },
      "grammar",
      `"${adj.lower}" is a short adjective: its superlative is "${det.lower} ${fix}", not "${det.lower} most ${adj.lower}".`,
      matchCase(fix, most.text),
    ),
  );
}

/** "a red big car": size and age come before colour ("a big red car"). */
function checkColourOrder(a: Analysis, colour: Token, issues: Issue[]): void {
  const size = nextWord(a, colour.i);
  if (!size || !SIZE_OR_AGE.has(size.lower) || !spaced(a, colour, size) || !standsAlone(a, colour) || !standsAlone(a, size)) return;
  const noun = nextWord(a, size.i);
  if (!noun || !spaced(a, size, noun) || noun.pos !== "NOUN" || !standsAlone(a, noun)) return;
  if (colour.text !== colour.lower || size.text !== size.lower) return;
  issues.push(
    makeIssue(
      "comparatives.adjective-order",
      { start: colour.start, end: size.end },
      "grammar",
      `Size and age come before colour: "${size.lower} ${colour.lower} ${noun.text}".`,
      `${size.text} ${colour.text}`,
    ),
  );
}

/** Long adjectives that make their comparative with "more": "more expensive than". */
const MORE_ADJECTIVES = new Set(["expensive", "beautiful", "interesting", "important", "difficult", "dangerous", "comfortable", "popular", "modern", "famous", "useful", "crowded", "boring", "exciting", "intelligent", "polluted", "relaxing", "stressful", "careful", "successful", "efficient", "reliable", "convenient", "peaceful", "delicious", "attractive", "helpful", "practical", "complicated", "confident", "independent", "tiring", "healthy", "polite", "serious", "patient", "creative", "friendly", "spacious", "affordable", "enjoyable", "colourful", "colorful", "valuable", "powerful", "effective", "expensive"]);

/** "as expensive like in London" → "as … as": the second "as" is part of the comparison. */
function checkAsLike(a: Analysis, t: Token, issues: Issue[]): void {
  const adjective = nextWord(a, t.i);
  const like = adjective && nextWord(a, adjective.i);
  const before = prevWord(a, t.i);
  if (!adjective || !like || adjective.pos !== "ADJ" || like.lower !== "like" || !spaced(a, t, adjective) || !spaced(a, adjective, like)) return;
  // "such as": a list, not a comparison; "as well like" is no comparison either
  if (before && /^(?:such|just)$/.test(before.lower)) return;
  if (!before || !(LINKING.has(before.lemma) || /^(?:not|n't|n’t|just|almost|nearly|twice|half)$/.test(before.lower))) return;
  issues.push(makeIssue("comparatives.as-as", like, "grammar", `The comparison is "as ${adjective.lower} as", not "as … like".`, matchCase("as", like.text)));
}

/** "expensive than" → "more expensive than"; "cheap than" → "cheaper than" */
function checkThan(a: Analysis, t: Token, issues: Issue[]): void {
  const adjective = prevWord(a, t.i);
  if (!adjective || !spaced(a, adjective, t) || !standsAlone(a, adjective)) return;
  const before = prevWord(a, adjective.i);
  if (before && /^(?:more|less|rather|other|as|so|too|no|any|the|an|different)$/.test(before.lower)) return;
  if (adjective.lower === "elder") {
    issues.push(makeIssue("comparatives.elder", adjective, "grammar", `Before "than", use "older": "elder" only goes before a noun ("my elder brother").`, matchCase("older", adjective.text)));
    return;
  }
  if (!before || !(LINKING.has(before.lemma) || /^(?:much|far|a|lot|bit|even|slightly|way)$/.test(before.lower))) return;
  if (MORE_ADJECTIVES.has(adjective.lower)) {
    issues.push(makeIssue("comparatives.than-positive", adjective, "grammar", `A comparison with "than" needs the comparative: "more ${adjective.lower} than".`, `more ${adjective.text}`));
    return;
  }
  if (ER_ADJECTIVES.has(adjective.lower) && adjective.lower !== "far") {
    const form = comparativeOf(adjective.lower);
    issues.push(makeIssue("comparatives.than-positive", adjective, "grammar", `A comparison with "than" needs the comparative: "${form} than".`, matchCase(form, adjective.text)));
  }
}

/** The comparatives of the -er adjectives: "taller", "better", "bigger". */
export const COMPARATIVES: ReadonlySet<string> = new Set([...ER_ADJECTIVES].map(comparativeOf));
const SUPERLATIVES: ReadonlySet<string> = new Set([...ER_ADJECTIVES].map(superlativeOf));

/** "the most beautiful place than I have seen" → "that": a superlative goes on with "that" (or nothing). */
function checkSuperlativeThan(a: Analysis, t: Token, issues: Issue[]): void {
  const noun = prevWord(a, t.i);
  if (!noun || noun.pos !== "NOUN" || !spaced(a, noun, t)) return;
  const adjective = prevWord(a, noun.i);
  if (!adjective || adjective.pos !== "ADJ") return;
  const before = prevWord(a, adjective.i);
  const superlative =
    (before?.lower === "most" && prevWord(a, before.i)?.lower === "the") ||
    (before?.lower === "the" && SUPERLATIVES.has(adjective.lower));
  if (!superlative) return;
  // only when a clause follows: "the best film than I have ever seen"
  const next = nextWord(a, t.i);
  if (!next || !(next.pos === "PRON" || next.pos === "PROPN")) return;
  const the = before!.lower === "most" ? prevWord(a, before!.i)! : before!;
  issues.push(makeIssue("comparatives.superlative-than", t, "grammar", `A superlative ("${a.text.slice(the.start, noun.end)}") goes on with "that", not "than".`, matchCase("that", t.text)));
}

/** Materials: they go right before the noun, after a colour ("a black leather case"). */
const MATERIALS = new Set(["leather", "wooden", "plastic", "cotton", "wool", "woollen", "woolen", "silk", "glass", "denim", "linen", "ceramic", "velvet", "rubber", "suede", "cardboard"]);

/** "a leather black case" → "a black leather case" */
function checkMaterialColour(a: Analysis, t: Token, issues: Issue[]): void {
  const colour = nextWord(a, t.i);
  const noun = colour && nextWord(a, colour.i);
  const before = prevWord(a, t.i);
  if (!colour || !noun || !COLOURS.has(colour.lower) || !spaced(a, t, colour) || !spaced(a, colour, noun) || noun.pos !== "NOUN") return;
  if (!before || !(before.pos === "DET" || before.pos === "ADJ" || POSSESSIVES.has(before.lower))) return;
  issues.push(makeIssue("comparatives.adjective-order", { start: t.start, end: colour.end }, "grammar", `The colour comes before the material: "${colour.lower} ${t.lower} ${noun.lower}".`, `${colour.text} ${t.text}`));
}

/** Groups that make "the …-er one in …" a superlative: "the taller person in the office". */
const GROUPS = /^(?:world|office|class|team|family|company|city|country|school|group|building|town|village|department|street|shop|store|restaurant|room|house|market)$/;
const COMPARATIVE_OF = new Map([...ER_ADJECTIVES].map((adj) => [comparativeOf(adj), adj]));

/** "He's the taller person in the office" → "tallest": one out of a group takes the superlative. */
function checkComparativeAsSuperlative(a: Analysis, t: Token, issues: Issue[]): void {
  const comparative = nextWord(a, t.i);
  const noun = comparative && nextWord(a, comparative.i);
  const inWord = noun && nextWord(a, noun.i);
  const det = inWord && nextWord(a, inWord.i);
  const group = det && nextWord(a, det.i);
  const adj = comparative && COMPARATIVE_OF.get(comparative.lower);
  if (!adj || !noun || noun.pos !== "NOUN" || !inWord) return;
  const superlative = superlativeOf(adj);
  // "It was the worse morning of my life", "the better meal I have ever had": one out of all
  const ofAll = (inWord.lower === "of" && det !== undefined && (det.lower === "all" || (POSSESSIVES.has(det.lower) && /^(?:life|lives|career)$/.test(group?.lower ?? "")))) || inWord.lower === "ever" || (PERSONAL_SUBJECTS.has(inWord.lower) && /^(?:have|'ve|’ve|had|'d|’d)$/.test(det?.lower ?? "") && group?.lower === "ever");
  if (ofAll) {
    issues.push(makeIssue("comparatives.superlative", { start: comparative.start, end: comparative.end }, "grammar", `One out of all takes the superlative: "the ${superlative} ${noun.lower}".`, matchCase(superlative, comparative.text)));
    return;
  }
  if (inWord.lower !== "in" || !det || !/^(?:the|my|our|his|her|their|this|our|your)$/.test(det.lower) || !group || !GROUPS.test(group.lower)) return;
  issues.push(makeIssue("comparatives.superlative", { start: comparative.start, end: comparative.end }, "grammar", `One out of a whole group takes the superlative: "the ${superlative} ${noun.lower} in ${det.lower} ${group.lower}".`, matchCase(superlative, comparative.text)));
}

export const comparatives: Rule = {
  id: "comparatives",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (const t of a.tokens) {
      if (!t.isWord) continue;
      if (t.lower === "more") checkMore(a, t, issues);
      else if (t.lower === "most") checkMost(a, t, issues);
      else if (COLOURS.has(t.lower)) checkColourOrder(a, t, issues);
      else if (t.lower === "as") checkAsLike(a, t, issues);
      else if (MATERIALS.has(t.lower)) checkMaterialColour(a, t, issues);
      else if (t.lower === "than") {
        checkThan(a, t, issues);
        checkSuperlativeThan(a, t, issues);
      }
      else if (t.lower === "the") checkComparativeAsSuperlative(a, t, issues);
    }
    return issues;
  },
};
