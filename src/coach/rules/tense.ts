/**
 * Tense consistency: a sentence about a finished time ("yesterday", "last week", "two hours ago")
 * narrates in the past ("Yesterday we deploy the fix" → "deployed"; "Last week the backup fail"
 * → "failed"; "Last week we have migrated" → "migrated"), and so do the timeline sentences of an incident report ("At 14:05 the alert
 * fires" → "fired"). Clauses that state what is still true ("that the cache is too small",
 * "because the index is missing") are left alone.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";
import { matchCase, participleForm, pastForm, thirdPersonForm } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import { determinerOf, pastMarkerAt } from "./phrases.ts";
import type { Issue } from "../types.ts";
import { wordTable } from "../text/word-table.ts";

const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
/** Words that open a clause about the present or a condition: stop checking there. */
const STOP_WORDS = new Set(["that", "which", "who", "because", "so", "if", "whether", "although", "though", "now", "today", "currently", "still", "usually", "always", "generally", "normally", "since", "until", "unless", "why", "how", "what", "where", "whenever"]);
const MODALS = new Set(["will", "would", "can", "could", "should", "shall", "may", "might", "must", "to", "did", "do", "does", "'ll", "’ll", "'d", "’d"]);
/** Verbs that report now what happened then: "she says", "he thinks", "the log shows". */
const REPORTING_LEMMAS = new Set(["say", "think", "believe", "know", "show", "hope", "feel", "mean", "seem", "suggest", "claim", "suspect", "guess", "remember", "admit", "agree"]);
const PRESENT_BE = wordTable<string>({ is: "was", are: "were", am: "was" });

function hasClockTime(a: Analysis, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (/^\d{1,2}[:.]\d{2}$/.test(a.tokens[i]!.text)) return true;
  return false;
}

/** The past-tense fix for a present-tense finite verb, or undefined. */
function pastFix(a: Analysis, v: Token): { span: { start: number; end: number }; replacement: string } | undefined {
  const be = PRESENT_BE[v.lower];
  const prev = prevWord(a, v.i);
  if (be && (v.pos === "AUX" || v.pos === "VERB")) {
    // "is going to", "is being" and the like stay as they are.
    const n = nextWord(a, v.i);
    if (n && (n.lower === "going" || n.lower === "being")) return undefined;
    return { span: { start: v.start, end: v.end }, replacement: matchCase(be, v.text) };
  }
  if ((v.lower === "has" || v.lower === "have") && v.pos === "AUX") {
    const p = nextWord(a, v.i);
    // "I have been to Japan two years ago" → "went to"; "we have been busy last week" → "were"
    if (p?.lower === "been") {
      const to = nextWord(a, p.i);
      if (to?.lower === "to") return { span: { start: v.start, end: p.end }, replacement: "went" };
      if (to && /ing$/.test(to.lower)) return undefined;
      const subject = prevWord(a, v.i);
      return { span: { start: v.start, end: p.end }, replacement: v.lower === "has" || subject?.lower === "i" ? "was" : "were" };
    }
    if (p && p.pos === "VERB" && p.lower !== p.lemma && /(?:ed|en|wn|ne|t)$/.test(p.lower)) {
      return { span: { start: v.start, end: p.end }, replacement: pastForm(p.lemma) };
    }
    return undefined;
  }
  if (v.pos !== "VERB") return undefined;
  if (prev && MODALS.has(prev.lower)) return undefined;
  // a question: "Did you see it yesterday?", "Can you send me yesterday's logs?"
  const beforeSubject = prev && prevWord(a, prev.i);
  if (prev && (prev.pos === "PRON" || prev.pos === "NOUN" || prev.pos === "PROPN") && beforeSubject && (MODALS.has(beforeSubject.lower) || beforeSubject.pos === "AUX")) return undefined;
  // "with my university friends": a noun after a preposition is no subject, so the word after it is no verb
  if (prev && prev.pos === "NOUN" && governedByPreposition(a, prev)) return undefined;
  const thirdPerson = v.lower !== v.lemma && v.lower === thirdPersonForm(v.lemma);
  const pluralSubject = prev !== undefined && ((SUBJECT_PRONOUNS.has(prev.lower) && !["he", "she", "it"].includes(prev.lower)) || (prev.pos === "NOUN" && prev.lower !== prev.lemma && /s$/.test(prev.lower)));
  // "the nightly backup fail": a bare verb after a singular noun subject with its determiner
  // ("the team lead reviewed": a verb right after shows that "lead" was a noun)
  const following = nextWord(a, v.i);
  const singularSubject = prev !== undefined && prev.pos === "NOUN" && prev.lower === prev.lemma && determinerOf(a, prev) !== undefined && !(following && (following.pos === "VERB" || following.pos === "AUX"));
  const bareAfterSubject = v.lower === v.lemma && (pluralSubject || singularSubject) && !/(?:ing|ed)$/.test(v.lower);
  if (!thirdPerson && !bareAfterSubject) return undefined;
  if (v.lemma === "be") return undefined;
  // "a lot of calls", "its unit tests;": an -s word after a preposition or a determiner, or a noun
  // at the end of its clause, is a plural noun; "say three times" is "for example"
  if (prev && (prev.pos === "ADP" || prev.pos === "DET" || POSSESSIVES.has(prev.lower))) return undefined;
  if (thirdPerson && prev?.pos === "NOUN" && (!following || /[,;:.!?]/.test(a.text.slice(v.end, following.start)))) return undefined;
  if (v.lower === "say") return undefined;
  return { span: { start: v.start, end: v.end }, replacement: matchCase(pastForm(v.lemma), v.text) };
}

const POSSESSIVES = new Set(["my", "your", "his", "her", "its", "our", "their"]);

/** Whether a noun is inside a prepositional phrase: "in the small meeting room", "with my friends". */
function governedByPreposition(a: Analysis, noun: Token): boolean {
  let k = prevWord(a, noun.i);
  for (let n = 0; k && n < 4 && (k.pos === "NOUN" || k.pos === "ADJ" || k.pos === "PROPN" || k.pos === "NUM"); n++) k = prevWord(a, k.i);
  // a determiner opens the noun phrase: what governs it stands right before
  if (k && (k.pos === "DET" || POSSESSIVES.has(k.lower))) k = prevWord(a, k.i);
  // "the on-call engineer": a preposition inside a hyphenated modifier governs nothing
  return k?.pos === "ADP" && k.lower !== "of" && a.text[k.end] !== "-";
}

/** "We are using X since 2019" → "have been using": a state that started in the past and goes on. */
/** "since" naming a point in time ("since 2019", "since Monday", "since I was a child"), not a reason. */
function sinceTimePoint(a: Analysis, s: { first: number; last: number }, durationToo = false): Token | undefined {
  const since = a.tokens.slice(s.first, s.last).find((t) => t.lower === "since");
  if (!since) return undefined;
  const what = nextWord(a, since.i);
  if (!what) return undefined;
  // "since three years" is "for three years" (another rule says so), not a point in time; a
  // progressive with it needs both fixes ("have been working … for"), so that case asks for it
  if (!durationToo && what.pos === "NUM" && /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/.test(nextWord(a, what.i)?.lower ?? "")) return undefined;
  if (what.pos === "NUM" || /^(?:last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|september|october|november|december|then|the|morning|childhood)$/.test(what.lower)) return since;
  const be = nextWord(a, what.i);
  return /^(?:i|we|you|they|he|she)$/.test(what.lower) && be && /^(?:was|were)$/.test(be.lower) ? since : undefined;
}

const HAVE_FOR = wordTable<string>({ i: "have", we: "have", you: "have", they: "have", he: "has", she: "has", it: "has" });

/**
 * A present or past simple verb with "since" + a point in time: "I work here since 2019" → "have
 * worked", "the printer doesn't work since Monday" → "hasn't worked", "my city changed a lot since I
 * was a child" → "has changed". Only regular verbs in the past, whose participle is their past.
 */
function sinceSimple(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const since = sinceTimePoint(a, s);
    if (!since) continue;
    const before = a.tokens.slice(s.first, since.i);
    // keep to one clause: one subject and its verb, then "since"
    if (before.some((x) => x.text === "," || x.text === ";" || x.pos === "SCONJ" || x.pos === "CCONJ" || x.lower === "that" || x.lower === "which" || x.lower === "who")) continue;
    if (before.some((x) => /^(?:first|best|last|only|worst|ever)$/.test(x.lower))) continue;
    const head = before.find((x) => (x.pos === "PRON" && !POSSESSIVES.has(x.lower)) || x.pos === "NOUN" || x.pos === "PROPN");
    const verbAt = before.findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
    if (!head || verbAt < 0 || head.i > before[verbAt]!.i) continue;
    if (head.pos === "PRON" && !(head.lower in HAVE_FOR)) continue;
    const verb = before[verbAt]!;
    const plural = head.pos === "PRON" ? HAVE_FOR[head.lower] === "have" : head.lower !== head.lemma;
    // "doesn't work since Monday" → "hasn't worked"
    if (verb.lemma === "do" && verb.pos === "AUX") {
      const not = nextWord(a, verb.i);
      const main = not && nextWord(a, not.i);
      if (!not || !/^(?:n't|not|n’t)$/.test(not.lower) || !main || main.pos !== "VERB" || main.lower !== main.lemma) continue;
      if (verb.lower === "did") continue;
      const have = verb.lower === "does" ? "has" : "have";
      const fix = `${matchCase(have, verb.text)}n't ${participleForm(main.lemma)}`;
      issues.push(makeIssue("tense.since-perfect", { start: verb.start, end: main.end }, "tense", `With "since" and a point in time, use the present perfect: "${fix}".`, fix));
      continue;
    }
    if (verb.pos !== "VERB" || verb.lemma === "be" || verb.lemma === "have") continue;
    if (before.slice(verbAt + 1).some((x) => x.pos === "VERB" || x.pos === "AUX")) continue;
    const present = verb.lower === verb.lemma ? plural : verb.lower === thirdPersonForm(verb.lemma) && !plural;
    const regularPast = /ed$/.test(verb.lower) && verb.lower === pastForm(verb.lemma) && participleForm(verb.lemma) === verb.lower;
    if (!present && !regularPast) continue;
    const perfect = `${plural ? "have" : "has"} ${participleForm(verb.lemma)}`;
    issues.push(makeIssue("tense.since-perfect", { start: verb.start, end: verb.end }, "tense", `With "since" and a point in time, use the present perfect: "${perfect}".`, perfect));
  }
}

/**
 * After a time clause in the past, the main clause goes on in the past: "When I opened the door, I
 * see a dog" → "saw".
 */
function pastTimeClause(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const first = a.tokens[s.first]!;
    if (!/^(?:when|after|before|while|as)$/.test(first.lower)) continue;
    const comma = a.tokens.slice(s.first, s.last).find((x) => x.text === ",");
    if (!comma) continue;
    const inClause = a.tokens.slice(s.first + 1, comma.i);
    if (!inClause.some((x) => x.pos === "VERB" && x.lower !== x.lemma && x.lower === pastForm(x.lemma)) || inClause.some((x) => x.pos === "AUX" && /^(?:will|can|have|has|do|does|is|are|am)$/.test(x.lower))) continue;
    const subject = nextWord(a, comma.i);
    const verb = subject && nextWord(a, subject.i);
    if (!subject || !verb || !/^(?:i|we|you|they|he|she|it)$/.test(subject.lower) || verb.pos !== "VERB") continue;
    const present = verb.lower === verb.lemma || verb.lower === thirdPersonForm(verb.lemma);
    if (!present || verb.lemma === "be" || verb.lower === pastForm(verb.lemma)) continue;
    const past = matchCase(pastForm(verb.lemma), verb.text);
    issues.push(makeIssue("tense.past-narrative", { start: verb.start, end: verb.end }, "tense", `The time clause is in the past, so the story goes on in the past: "${past}".`, past));
  }
}

/** Reported in the past, what had happened before goes one step back: "I realised I have left it" → "had left". */
const BACKSHIFT_VERBS = new Set(["realised", "realized", "noticed", "discovered", "remembered", "forgot", "knew", "thought", "said", "told", "found", "learned", "learnt", "understood", "saw"]);
function reportedPerfect(a: Analysis, issues: Issue[]): void {
  for (const t of a.tokens) {
    if (!BACKSHIFT_VERBS.has(t.lower) || t.pos !== "VERB") continue;
    let k = nextWord(a, t.i);
    if (k?.lower === "that") k = nextWord(a, k.i);
    if (k && (k.lower === "me" || k.lower === "him" || k.lower === "her" || k.lower === "us" || k.lower === "them") && t.lower === "told") k = nextWord(a, k.i);
    if (k?.lower === "that") k = nextWord(a, k.i);
    const have = k && /^(?:i|we|you|they|he|she|it)$/.test(k.lower) ? nextWord(a, k.i) : undefined;
    const participle = have && nextWord(a, have.i);
    if (!have || !participle || !/^(?:has|have)$/.test(have.lower) || participle.pos !== "VERB" || participle.lower === participle.lemma || /ing$/.test(participle.lower)) continue;
    // "she said she has lived here since last year": still true now, so no step back is needed
    const rest = a.tokens.slice(participle.i + 1, a.sentences[t.sentence]!.last);
    if (rest.some((x) => x.lower === "since" || x.lower === "for")) continue;
    issues.push(makeIssue("tense.backshift", { start: have.start, end: have.end }, "tense", `After "${t.lower}", what happened before that goes into the past perfect: "had ${participle.lower}".`, matchCase("had", have.text)));
  }
}

function sinceProgressive(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const since = sinceTimePoint(a, s, true);
    if (!since) continue;
    for (let i = s.first; i < since.i; i++) {
      const be = a.tokens[i]!;
      const verb = nextWord(a, i);
      if (!/^(?:am|is|are|'m|'re|’m|’re)$/.test(be.lower) || !verb || !/ing$/.test(verb.lower)) continue;
      // the same clause: no comma or other clause break between the verb and "since"
      if (a.tokens.slice(verb.i + 1, since.i).some((x) => x.text === "," || x.text === ";")) continue;
      const subject = prevWord(a, i);
      const have = subject && /^(?:he|she|it)$/.test(subject.lower) ? "has" : be.lower === "is" ? "has" : "have";
      issues.push(makeIssue("tense.since-perfect", { start: be.start, end: verb.end }, "tense", `With "since", use the present perfect: "${have} been ${verb.lower}".`, `${have} been ${verb.text}`));
    }
  }
}

/** A point in time after "since" that cannot be a reason: "since 2018", "since Monday", "since last year". */
const SINCE_POINT = /^(?:\d{4}|last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|childhood)$/;

/**
 * "The machine is broken since Monday" → "has been broken"; "adverts are banned since 2018" →
 * "have been banned": a state that began at a point in the past and goes on. Only with an
 * adjective or a participle right after "is/are/am", and "since" + a date, day or month in the
 * same clause ("since the manager is ill" may be a reason, so "the" is not a point here).
 */
function sinceState(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const be = a.tokens[i]!;
      if (!/^(?:am|is|are)$/.test(be.lower)) continue;
      const state = nextWord(a, i);
      if (!state || !(state.pos === "ADJ" || (state.pos === "VERB" && /(?:ed|en)$/.test(state.lower) && state.lower !== state.lemma))) continue;
      let since: Token | undefined;
      for (let k = state.i + 1; k < s.last; k++) {
        const x = a.tokens[k]!;
        if (/^[,;:]$/.test(x.text) || x.pos === "CCONJ" || x.pos === "SCONJ" && x.lower !== "since" || x.pos === "VERB" || x.pos === "AUX") break;
        if (x.lower === "since") { since = x; break; }
      }
      const point = since && nextWord(a, since.i);
      if (!since || !point || !SINCE_POINT.test(point.lower)) continue;
      const subject = prevWord(a, i);
      const have = be.lower === "is" ? "has" : "have";
      if (!subject) continue;
      issues.push(makeIssue("tense.since-perfect", { start: be.start, end: be.end }, "tense", `With "since" and a point in time, use the present perfect: "${have} been ${state.lower}".`, `${have} been`));
    }
  }
}

/**
 * "Since then I bought only two shirts" → "have bought"; "Since that day I never went there" →
 * "have never been/gone": a sentence that opens with "since" + a point in time is about the time
 * up to now. Only "since then", "since that day/time/moment/year" and "since" + a year.
 */
function sinceThenPast(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const since = a.tokens[s.first]!;
    if (since.lower !== "since") continue;
    let k = nextWord(a, since.i);
    if (!k) continue;
    if (k.lower === "that") {
      const noun = nextWord(a, k.i);
      if (!noun || !/^(?:day|time|moment|year|summer|winter|night|week|month)$/.test(noun.lower)) continue;
      k = noun;
    } else if (!(k.lower === "then" || /^\d{4}$/.test(k.text))) continue;
    const subject = nextWord(a, k.i);
    if (!subject || !/^(?:i|we|you|they|he|she)$/.test(subject.lower)) continue;
    let verb = nextWord(a, subject.i);
    const adverb = verb && /^(?:never|always|only|often|rarely|hardly|also)$/.test(verb.lower) ? verb : undefined;
    if (adverb) verb = nextWord(a, adverb.i);
    if (!verb || verb.pos !== "VERB" || verb.lower === verb.lemma || /ing$/.test(verb.lower) || verb.lemma === "be") continue;
    if (verb.lower !== pastForm(verb.lemma) && !/ed$/.test(verb.lower)) continue;
    const have = /^(?:he|she)$/.test(subject.lower) ? "has" : "have";
    const participle = participleForm(verb.lemma);
    const fix = adverb ? `${have} ${adverb.lower} ${participle}` : `${have} ${participle}`;
    issues.push(makeIssue("tense.since-perfect", { start: (adverb ?? verb).start, end: verb.end }, "tense", `After "since" + a point in time, use the present perfect: "${subject.lower} ${fix}".`, fix));
  }
}

/**
 * "The tenant told me that the boiler has broken three times last winter" → "broke": inside a
 * reported clause too, a present perfect cannot go with a finished time in the same clause.
 */
function perfectWithFinishedTime(a: Analysis, issues: Issue[]): void {
  for (let i = 0; i < a.tokens.length; i++) {
    const have = a.tokens[i]!;
    if (!/^(?:has|have)$/.test(have.lower) || have.pos !== "AUX") continue;
    const participle = nextWord(a, i);
    if (!participle || participle.pos !== "VERB" || participle.lower === participle.lemma || /ing$/.test(participle.lower) || participle.lemma === "be") continue;
    const before = prevWord(a, i);
    if (!before || !/^(?:i|we|you|they|he|she|it)$/.test(before.lower) && before.pos !== "NOUN") continue;
    const s = a.sentences[have.sentence]!;
    let marker = -1;
    for (let k = participle.i + 1; k < s.last; k++) {
      const x = a.tokens[k]!;
      if (/^[,;:]$/.test(x.text) || x.pos === "CCONJ" || x.pos === "SCONJ" || x.pos === "VERB" || x.pos === "AUX" || /^(?:since|for|ever|never|already|yet|just|before|until|that|which|who|than)$/.test(x.lower)) break;
      if (pastMarkerAt(a, k, k + 1) === k) { marker = k; break; }
    }
    if (marker < 0) continue;
    const past = pastForm(participle.lemma);
    if (issues.some((x) => x.start <= have.start && x.end >= have.end)) continue;
    issues.push(makeIssue("tense.past-narrative", { start: have.start, end: participle.end }, "tense", `Use the past tense: "${a.tokens[marker]!.text}" is a finished time, so "${past}", not "${have.lower} ${participle.lower}".`, past));
  }
}

const DURATION_UNITS = /^(?:years?|months?|weeks?|days?|decades?)$/;
const NOW_WORDS = /^(?:now|already|almost|nearly|over)$/;

/**
 * "I know him for ten years" → "have known"; "they are married for a year now" → "have been
 * married"; "she works here for almost nine years now" → "has worked": a present state with "for"
 * + a length of time that reaches up to now. Only "know" (never a plan), "be married", and
 * "live/work" when "now", "already", "almost", "nearly" or "over" shows the time reaches the
 * present ("I work here for two days a week", "we live there for a year" as a plan are left alone).
 */
function forDurationPresent(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const words = a.tokens.slice(s.first, s.last).filter((x) => x.pos !== "SPACE");
    const forAt = words.findIndex((x, n) => x.lower === "for" && (DURATION_UNITS.test(words[n + 2]?.lower ?? "") || DURATION_UNITS.test(words[n + 3]?.lower ?? "")));
    if (forAt < 0) continue;
    let u = forAt + 1;
    const modifier = /^(?:almost|nearly|over|about)$/.test(words[u]!.lower);
    if (modifier) u++;
    if (!(words[u]?.pos === "NUM" || /^(?:a|an)$/.test(words[u]?.lower ?? "")) || !DURATION_UNITS.test(words[u + 1]?.lower ?? "")) continue;
    const rest = words.slice(u + 2);
    const stop = rest.findIndex((x) => /^[,;:.!?]$/.test(x.text));
    const after = stop < 0 ? rest : rest.slice(0, stop);
    if (after.some((x) => /^(?:a|an|of|per|each|every|next|will|'ll|’ll|until|more|in|ago)$/.test(x.lower))) continue;
    const reachesNow = modifier || after.some((x) => NOW_WORDS.test(x.lower)) || words.slice(0, forAt).some((x) => x.lower === "already");
    // the verb: the last verb before "for" in the same clause, right after its subject
    const clause = words.slice(0, forAt);
    const cut = clause.map((x) => /^[,;:]$/.test(x.text) || x.pos === "CCONJ" || x.pos === "SCONJ").lastIndexOf(true);
    const part = clause.slice(cut + 1);
    const vAt = part.findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
    if (vAt < 1) continue;
    const verb = part[vAt]!;
    const subject = part[vAt - 1]!;
    if (part.slice(vAt + 1).some((x) => x.pos === "VERB" || x.pos === "AUX")) continue;
    if (!(subject.pos === "PRON" || subject.pos === "NOUN" || subject.pos === "PROPN") || POSSESSIVES.has(subject.lower)) continue;
    const third = /^(?:he|she|it)$/.test(subject.lower) || (subject.pos !== "PRON" && subject.lower === subject.lemma);
    const have = third ? "has" : "have";
    let fix: string | undefined;
    let end = verb.end;
    if (verb.lemma === "know" && (verb.lower === "know" || verb.lower === "knows")) fix = `${have} known`;
    else if (/^(?:am|is|are)$/.test(verb.lower) && part[vAt + 1]?.lower === "married" && reachesNow) {
      fix = `${have} been married`;
      end = part[vAt + 1]!.end;
    } else if (/^(?:live|lives|work|works)$/.test(verb.lower) && reachesNow) fix = `${have} ${verb.lemma === "live" ? "lived" : "worked"}`;
    if (!fix) continue;
    issues.push(makeIssue("tense.for-perfect", { start: verb.start, end }, "tense", `With "for" + a length of time up to now, use the present perfect: "${fix}".`, fix));
  }
}

export const tense: Rule = {
  id: "tense",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    sinceProgressive(a, issues);
    sinceSimple(a, issues);
    pastTimeClause(a, issues);
    reportedPerfect(a, issues);
    sinceState(a, issues);
    sinceThenPast(a, issues);
    forDurationPresent(a, issues);
    for (const s of a.sentences) {
      const markerAt = pastMarkerAt(a, s.first, s.last);
      const marker = markerAt >= 0;
      const timeline = ctx.structure === "incident-report" && hasClockTime(a, s.first, s.last);
      if (!marker && !timeline) continue;
      for (let i = s.first; i < s.last; i++) {
        const t = a.tokens[i]!;
        if (STOP_WORDS.has(t.lower) && t.pos !== "DET") break;
        if (t.text === "\"" || t.text === "“") break;
        // "I opened it yesterday, and it needs one more approval", "she left last year, and she says
        // she is happier": after the finished time, a new clause may speak of now
        if (t.text === "," && markerAt < i && /^(?:and|but)$/.test(nextWord(a, i)?.lower ?? "")) break;
        const fix = pastFix(a, t);
        if (!fix) continue;
        if (marker && markerAt > i) {
          const between = a.tokens.slice(i + 1, markerAt);
          // "cheaper than it was ten years ago": the finished time belongs to the comparison
          if (between.some((x) => x.lower === "than")) continue;
          // "The report shows that the server crashed last night": the finished time is the reported clause's
          if (between.some((x) => x.lower === "that" && x.pos !== "DET")) continue;
          // "He has worked here for two years, and last week he got a promotion": another clause's time
          const visible = between.filter((x) => x.pos !== "SPACE");
          if (visible.some((x, n) => x.text === "," && /^(?:and|but|so)$/.test(visible[n + 1]?.lower ?? ""))) continue;
          // "My neighbour thinks the pipe froze two days ago": a verb of saying or thinking now, about then
          if (REPORTING_LEMMAS.has(t.lemma) && t.lower !== t.lemma) continue;
          // "I am writing to complain about the service I received last weekend"
          if (/ing$/.test(nextWord(a, i)?.lower ?? "") && PRESENT_BE[t.lower]) continue;
        }
        const why = marker ? "this sentence is about a finished time" : "an incident timeline narrates in the past";
        issues.push(makeIssue("tense.past-narrative", fix.span, "tense", `Use the past tense: ${why}.`, fix.replacement));
      }
    }
    perfectWithFinishedTime(a, issues);
    return issues;
  },
};
