/**
 * Articles: a singular countable noun needs a determiner ("we deployed new service" → "a new
 * service"; "the request goes to server" → "the server"), and "a/an" does not go with a plural
 * ("a services"). Only nouns on a list of clearly countable words are checked, and the many
 * zero-article idioms ("by email", "in production", "per request", "on call") are left alone.
 */
import type { Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";
import { indefiniteArticle, matchCase } from "../text/morph.ts";
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
  sandbox benchmark cron deadlock bottleneck workaround tradeoff trade-off checklist runbook postmortem rollback
  hotfix patch fix wrapper helper constructor decorator singleton iterator generator expert rate architect member
  specialist consultant
  car house apartment flat room door window chair desk phone computer book letter story film movie song picture photo
  camera city country village friend teacher student child doctor nurse boss neighbor neighbour parent brother sister
  restaurant hotel shop store museum park station airport bank trip journey party lesson course exam essay hobby
  dog cat bike bicycle bag wallet umbrella pen notebook jacket coat dress shirt sweater hat ticket sandwich cake gift
  bottle cup`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns whose zero-article use is normal after these prepositions ("by email", "in production"). */
const IDIOMS: Record<string, ReadonlySet<string>> = {
  by: new Set(["email", "phone", "hand", "design", "default", "request", "name", "mistake", "chance", "type", "key", "id", "index", "row", "field", "column", "team", "service", "region", "user", "customer", "client", "version", "node", "file", "page", "step", "day", "hour", "minute", "car", "bike", "bicycle", "letter", "train", "bus", "plane"]),
  per: new Set([...COUNTABLE]),
  on: new Set(["call", "demand", "time", "purpose", "top", "hold", "board", "request", "release", "commit", "merge", "startup", "page", "screen", "site", "schedule", "paper", "average", "disk"]),
  in: new Set(["production", "place", "practice", "theory", "time", "order", "parallel", "memory", "sync", "use", "case", "charge", "turn", "line", "common", "person", "advance", "total", "detail", "return", "response", "general", "code", "review", "progress", "transit", "flight", "batch", "bulk", "sequence", "staging", "development", "isolation", "town", "class", "hospital", "prison", "church", "college"]),
  at: new Set(["scale", "runtime", "random", "night", "work", "home", "first", "least", "once", "all", "rest", "hand", "risk", "startup", "boot", "compile", "peak", "load", "launch", "release", "login", "school", "university", "college", "church", "sea"]),
  from: new Set(["scratch", "memory", "time", "start", "source", "disk", "cache", "day", "school", "university", "college", "home", "work"]),
  to: new Set(["scale", "date", "disk", "production", "staging", "master", "main", "school", "university", "college", "church", "town", "bed", "work", "hospital", "prison", "class"]),
  under: new Set(["load", "pressure", "review", "test", "construction", "control"]),
  for: new Set(["example", "instance", "sure", "free", "now", "good", "review", "testing", "production", "dinner", "lunch", "breakfast"]),
  into: new Set(["production", "memory", "account", "play"]),
  after: new Set(["release", "deployment", "deploy", "merge", "login", "startup"]),
  before: new Set(["release", "deployment", "deploy", "merge", "login", "startup"]),
  via: new Set([...COUNTABLE]),
  with: new Set(["care", "ease"]),
  // "keep a copy as backup", "used as input": a role, not a thing
  as: new Set(["backup", "fallback", "input", "output", "default", "reference", "proof", "evidence"]),
  during: new Set(["startup", "deployment", "deploy", "release", "migration", "review", "testing", "development", "onboarding", "load", "rollout", "maintenance", "failover"]),
  of: new Set(["record"]),
  without: new Set(["downtime", "warning", "notice"]),
};

/** Tokens that already make a noun phrase definite or indefinite. */
const DETERMINERS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "no", "another", "some", "which", "what",
  "whose", "my", "our", "your", "their", "his", "her", "its", "one", "either", "neither", "such", "same", "whichever",
  "whatever", "either", "per", "'s", "’s", "all", "both", "half", "many", "more", "most", "much", "few", "several",
  "enough", "less", "own",
]);

const KIND_WORDS = new Set(["kind", "type", "sort", "form", "category", "class", "flavor", "flavour", "name", "version", "lot", "number", "part", "piece", "instead", "out", "because", "terms"]);
const TIME_NOUNS = new Set(["week", "month", "year", "day", "time", "night", "morning", "evening", "afternoon", "quarter", "weekend"]);
/** Nouns the tagger may read as nouns that end a noun phrase rather than continue it: "new service yesterday". */
const TIME_ADVERBS = new Set(["yesterday", "today", "tomorrow", "tonight", "now", "last", "next", "every", "this", "again", "too", "first"]);
const NAMING_VERBS = new Set(["called", "named", "titled", "labeled", "labelled"]);

function isSingularCountable(ctx: RuleContext, t: Token): boolean {
  if (!COUNTABLE.has(t.lower) || t.lemma !== t.lower) return false;
  if (t.text === t.lower) return t.pos === "NOUN";
  // Capitalised only as the first word of a sentence: "Server crashed at noon."
  const sentenceStart = ctx.a.sentences[t.sentence]!.first === t.i;
  return sentenceStart && t.text === t.lower.charAt(0).toUpperCase() + t.lower.slice(1) && (t.pos === "NOUN" || t.pos === "PROPN");
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

/** The first token of the noun phrase ending at head, and the word before it (same sentence), if any. */
function phraseStart(ctx: RuleContext, head: Token): { first: Token; before: Token | undefined } {
  const a = ctx.a;
  let first = head;
  for (let k = 0; k < 4; k++) {
    const p = prevWord(a, first.i);
    if (!p) return { first, before: undefined };
    const gap = a.text.slice(p.end, first.start);
    const hyphenated = gap === "-";
    // "on-call engineer", "read-only replica", "the dual-write problem": a hyphenated compound is
    // one modifier, whatever its parts; "an IN query", "the SQL layer": a name in capitals too
    const inCompound = hyphenated || a.text[p.start - 1] === "-";
    // "the cache hit rate", "an aggressive retry policy": a verb's base form right before the head
    // is part of a compound (the finite verb of "we deploy new service" is not next to the noun)
    const compoundVerb = first === head && p.pos === "VERB" && p.lower === p.lemma && !/(?:ed|ing)$/.test(p.lower);
    const modifier = inCompound || compoundVerb || p.pos === "ADJ" || p.pos === "NOUN" || p.pos === "PROPN" || (p.pos === "ADV" && /ly$/.test(p.lower)) || /^[A-Z][A-Z0-9]+$/.test(p.text);
    if ((gap !== " " && !hyphenated) || !modifier || DETERMINERS.has(p.lower)) return { first, before: determinedThroughModifiers(ctx, p) ?? p };
    first = p;
  }
  return { first, before: prevWord(a, first.i) };
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
const GENERAL_ABSTRACTS = new Set(["life", "health", "happiness", "love", "society", "mathematics", "maths", "math", "physics", "chemistry", "friendship", "freedom", "nature"]);
/** Countries and cities named without "the" (not "the Netherlands", "the UK", "the Philippines"). */
const PLACES_WITHOUT_THE = new Set([
  "spain", "france", "italy", "germany", "japan", "china", "brazil", "mexico", "canada", "india", "england", "scotland", "wales", "ireland", "poland", "turkey", "russia", "portugal", "greece",
  "egypt", "australia", "argentina", "peru", "chile", "colombia", "vietnam", "thailand", "sweden", "norway", "finland", "denmark", "austria", "switzerland", "belgium", "hungary", "romania",
  "ukraine", "morocco", "nigeria", "kenya", "iran", "indonesia", "korea", "europe", "asia", "africa", "america",
  "paris", "london", "madrid", "berlin", "rome", "tokyo", "lisbon", "barcelona", "milan", "moscow", "warsaw", "istanbul", "cairo", "beijing", "shanghai", "seoul", "delhi", "mumbai", "sydney",
]);

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
    // in general, at the start of a sentence and right before its verb: "The health is more important than money"
    const opens = a.sentences[t.sentence]!.first === t.i;
    const verb = after && (after.pos === "AUX" || after.pos === "VERB") && after.start === noun.end + 1;
    if (opens && verb && GENERAL_ABSTRACTS.has(noun.lower)) {
      issues.push(makeIssue("articles.extra-the", { start: t.start, end: noun.end }, "article", `"${noun.lower}" in general takes no article: "${noun.lower.charAt(0).toUpperCase()}${noun.lower.slice(1)}".`, `${noun.text.charAt(0).toUpperCase()}${noun.text.slice(1)}`));
    }
  }
}

export const articles: Rule = {
  id: "articles",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    needlessThe(ctx, issues);
    for (const t of a.tokens) {
      if (!t.isWord) continue;

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
      if (next && next.start <= t.end + 1 && !TIME_ADVERBS.has(next.lower) && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "NUM" || next.lower === "'s" || next.lower === "’s")) continue;
      if (next && /^[A-Z0-9_`"'/]/.test(next.text) && next.start === t.end + 1 && next.pos !== "PRON" && next.text !== "I") continue;
      if (nextToken && nextToken.pos !== "SPACE" && !nextToken.isWord && /^[-:_/'"`(]$/.test(nextToken.text) && nextToken.start <= t.end + 1) continue;
      // "event sourcing", "load balancing": a compound with a gerund
      if (next && next.start === t.end + 1 && /ing$/.test(next.lower) && next.pos !== "ADP") continue;
      // Bare coordinated nouns read as a pair: "between client and server"; verbs in a list: "develop, test and deploy".
      if (next && (next.lower === "and" || next.lower === "or") && nextWord(a, next.i)?.pos === "NOUN") continue;
      const wordBefore = prevWord(a, t.i);
      if (wordBefore && wordBefore.pos === "VERB" && a.text.slice(wordBefore.end, t.start) === ", " && /^\s*(?:,|and\b|or\b)/.test(a.text.slice(t.end))) continue;
      // Followed by an object, it is a verb the tagger read as a noun: "test it there", "unit test the rules".
      if (next && next.start === t.end + 1 && (next.pos === "DET" || /^(?:it|them|me|us|him)$/.test(next.lower))) continue;
      if (TIME_NOUNS.has(t.lower)) continue;
      if (/[`"'“]/.test(a.text.slice(Math.max(0, t.start - 1), t.start))) continue;

      const { first, before } = phraseStart(ctx, t);
      // "from next sprint", "since last release": a time expression
      if (/^(?:next|last)$/.test(first.lower)) continue;
      // "metrics such as request rate, error rate or latency": items of a list of examples
      if (before && /^(?:like|as)$/.test(before.lower) && /^\s*(?:,|and\b|or\b)/.test(a.text.slice(t.end))) continue;
      // "lets developers branch and merge": after a plural noun, a verb
      if (wordBefore && wordBefore.pos === "NOUN" && wordBefore.lower !== wordBefore.lemma && /s$/.test(wordBefore.lower) && a.text.slice(wordBefore.end, t.start) === " ") continue;
      // "the created_at column", "an `orders` table": code in front of the noun names it
      const chunkBefore = /(\S+)\s+$/.exec(a.text.slice(Math.max(0, first.start - 60), first.start))?.[1] ?? "";
      if (/[_`./=(){}[\]]|\p{Ll}\p{Lu}/u.test(chunkBefore)) continue;
      // "the retry policy": a noun the tagger read as a verb, after a determiner
      if (before && (before.pos === "VERB" || before.pos === "ADJ")) {
        const det = prevWord(a, before.i);
        if (det && (DETERMINERS.has(det.lower) || det.pos === "DET") && det.end + 1 === before.start) continue;
      }
      if (before && (DETERMINERS.has(before.lower) || before.pos === "DET" || before.pos === "NUM")) continue;
      // After a preposition or verb, a noun followed by a plural read as a verb is a compound:
      // "a day of query logs", "avoid network calls", "delaying password resets".
      if (before && (before.pos === "ADP" || before.pos === "VERB") && next && next.start === t.end + 1 && next.pos === "VERB" && next.lower === `${next.lemma}s`) continue;
      // "calls are request-response": after a plural "are", the noun describes, it does not count.
      if (before && (before.lower === "are" || before.lower === "were")) continue;
      if (before && before.pos === "PRON" && /^(?:my|our|your|their|his|her|its|whose)$/.test(before.lower)) continue;

      // Compound nouns made of names ("Kubernetes", "Postgres") at sentence start read as labels.
      const sentence = a.sentences[t.sentence]!;
      const sentenceWords = a.tokens.slice(sentence.first, sentence.last).filter((x) => x.isWord).length;
      if (sentenceWords <= 4) continue;
      if (first.text !== first.lower && first.i !== sentence.first && first.pos !== "PROPN") continue;

      let article: "a" | "an" | "the";
      if (!before) {
        // Subject at the start of a sentence: only when a verb follows ("Server crashed at noon").
        if (!next || !(next.pos === "VERB" || next.pos === "AUX") || first.i !== sentence.first) continue;
        article = "the";
      } else if (before.pos === "ADP" || before.pos === "SCONJ") {
        const idioms = IDIOMS[before.lower];
        if (idioms?.has(t.lower)) continue;
        if (before.lower === "of" && KIND_WORDS.has(prevWord(a, before.i)?.lower ?? "")) continue;
        if (before.lower === "as" || before.lower === "like") article = indefiniteArticle(first.text);
        else article = "the";
      } else if (before.pos === "VERB" || before.pos === "AUX") {
        if (NAMING_VERBS.has(before.lower)) continue;
        if (before.lemma === "be" && next?.lower === "of") continue;
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
