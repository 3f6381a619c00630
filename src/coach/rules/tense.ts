/**
 * Tense consistency: a sentence about a finished time ("yesterday", "last week", "two hours ago")
 * narrates in the past ("Yesterday we deploy the fix" → "deployed"; "Last week the backup fail"
 * → "failed"; "Last week we have migrated" → "migrated"), and so do the timeline sentences of an incident report ("At 14:05 the alert
 * fires" → "fired"). Clauses that state what is still true ("that the cache is too small",
 * "because the index is missing") are left alone.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { isQuestion, nextWord, prevWord } from "../text/analyze.ts";
import { BASE_FORM_PAST, matchCase, participleForm, pastForm, thirdPersonForm } from "../text/morph.ts";
import { makeIssue, spanOf, type Rule } from "./rule.ts";
import { determinerOf, pastMarkerAt, PERSONAL_SUBJECTS, POSSESSIVES } from "./phrases.ts";
import type { Issue } from "../types.ts";
import { wordTable } from "../text/word-table.ts";

const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
/** Words that open a clause about the present or a condition: stop checking there. */
const STOP_WORDS = new Set(["that", "which", "who", "because", "so", "if", "whether", "although", "though", "now", "today", "currently", "still", "usually", "always", "generally", "normally", "since", "until", "unless", "why", "how", "what", "where", "whenever"]);
const MODALS = new Set(["will", "would", "can", "could", "should", "shall", "may", "might", "must", "to", "did", "do", "does", "'ll", "’ll", "'d", "’d"]);
/** Verbs that report now what happened then: "she says", "he thinks", "the log shows". */
const REPORTING_LEMMAS = new Set(["say", "think", "believe", "know", "show", "hope", "feel", "mean", "seem", "suggest", "claim", "suspect", "guess", "remember", "admit", "agree"]);
const PRESENT_BE = wordTable<string>({ is: "was", are: "were", am: "was" });

/** Whether a verb of saying or thinking is followed by a clause already in the past: "I think (that) I was". */
function reportsPast(a: Analysis, verb: Token): boolean {
  let k = nextWord(a, verb.i);
  if (k?.lower === "that") k = nextWord(a, k.i);
  const v = k && SUBJECT_PRONOUNS.has(k.lower) ? nextWord(a, k.i) : undefined;
  return v !== undefined && (/^(?:was|were|had|did|could|would)$/.test(v.lower) || (v.pos === "VERB" && v.lower !== v.lemma && v.lower === pastForm(v.lemma)));
}

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
    // "have had", "has come": a participle the suffixes alone do not show
    if (p && p.pos === "VERB" && !/ing$/.test(p.lower) && ((p.lower !== p.lemma && /(?:ed|en|wn|ne|t)$/.test(p.lower)) || p.lower === participleForm(p.lemma))) {
      return { span: { start: v.start, end: p.end }, replacement: pastForm(p.lemma) };
    }
    return undefined;
  }
  if (v.pos !== "VERB") return undefined;
  if (prev && MODALS.has(prev.lower)) return undefined;
  // "The team members who joined last week": an -s word right after a determiner, or after "the" +
  // a noun with a relative clause or an auxiliary after it, is a plural the tagger read as a verb
  // ("last week the server crashes twice" keeps its verb)
  const nextW = nextWord(a, v.i);
  if (/s$/.test(v.lower) && prev && (prev.pos === "DET" || (prev.pos === "NOUN" && prevWord(a, prev.i)?.pos === "DET" && /^(?:who|that|which|are|were|have|had|will|would|can|could)$/.test(nextW?.lower ?? "")))) return undefined;
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
  // "Last June my cousin Laura get married": a name as the subject, not inside a prepositional phrase
  const beforeName = prev?.pos === "PROPN" ? prevWord(a, prev.i) : undefined;
  const nameSubject = prev !== undefined && prev.pos === "PROPN" && beforeName?.pos !== "ADP" && beforeName?.pos !== "DET" && !(following && (following.pos === "VERB" || following.pos === "AUX"));
  const bareAfterSubject = v.lower === v.lemma && (pluralSubject || singularSubject || nameSubject) && !/(?:ing|ed)$/.test(v.lower);
  if (!thirdPerson && !bareAfterSubject) return undefined;
  if (v.lemma === "be") return undefined;
  // "a lot of calls", "its unit tests;": an -s word after a preposition or a determiner, or a noun
  // at the end of its clause, is a plural noun; "say three times" is "for example"
  if (prev && (prev.pos === "ADP" || prev.pos === "DET" || POSSESSIVES.has(prev.lower))) return undefined;
  if (thirdPerson && prev?.pos === "NOUN" && (!following || /[,;:.!?]/.test(a.text.slice(v.end, following.start)))) return undefined;
  if (v.lower === "say") return undefined;
  return { span: { start: v.start, end: v.end }, replacement: matchCase(pastForm(v.lemma), v.text) };
}


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
  // "since this morning", "since this year"
  if (what.lower === "this" && /^(?:morning|afternoon|evening|week|month|year|spring|summer|autumn|winter)$/.test(nextWord(a, what.i)?.lower ?? "")) return since;
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
    const verbAt = before.findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
    if (verbAt < 0) continue;
    // the subject is the last noun before the verb that no preposition governs: "the integration tests fail"
    const head = before.slice(0, verbAt).filter((x) => ((x.pos === "PRON" && !POSSESSIVES.has(x.lower)) || x.pos === "NOUN" || x.pos === "PROPN") && !(x.pos !== "PRON" && governedByPreposition(a, x))).at(-1);
    if (!head) continue;
    if (head.pos === "PRON" && !(head.lower in HAVE_FOR)) continue;
    const verb = before[verbAt]!;
    const plural = head.pos === "PRON" ? HAVE_FOR[head.lower] === "have" : head.lower !== head.lemma;
    // "doesn't work since Monday" → "hasn't worked"
    if (verb.lemma === "do" && verb.pos === "AUX") {
      const not = nextWord(a, verb.i);
      const main = not && nextWord(a, not.i);
      if (!not || !/^(?:n't|not|n’t)$/.test(not.lower) || !main || main.pos !== "VERB" || main.lower !== main.lemma) continue;
      // "didn't" is past only with a date, a day or "then": "I didn't go since I was ill" gives a reason
      const point = nextWord(a, since.i);
      if (verb.lower === "did" && !(point && (SINCE_POINT.test(point.lower) || point.lower === "then"))) continue;
      const subjectPlural = head.pos === "PRON" ? HAVE_FOR[head.lower] === "have" : head.lower !== head.lemma;
      const have = verb.lower === "does" ? "has" : verb.lower === "do" ? "have" : subjectPlural ? "have" : "has";
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

/** Adverbs of frequency that stand between a subject and its verb. "still" is left out: "I still remember" speaks of now. */
const FREQUENCY_ADVERBS = new Set(["often", "always", "usually", "sometimes", "never", "rarely", "seldom", "normally", "generally", "also", "then", "finally", "suddenly"]);

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
    if (!inClause.some((x) => (x.pos === "VERB" && x.lower !== x.lemma && x.lower === pastForm(x.lemma)) || (x.pos === "AUX" && /^(?:was|were)$/.test(x.lower))) || inClause.some((x) => x.pos === "AUX" && /^(?:will|can|have|has|do|does|is|are|am)$/.test(x.lower))) continue;
    const subject = nextWord(a, comma.i);
    let verb = subject && nextWord(a, subject.i);
    // "When I was at school, I often stay up late": a frequency adverb between subject and verb
    if (verb && FREQUENCY_ADVERBS.has(verb.lower)) verb = nextWord(a, verb.i);
    if (!subject || !verb || !/^(?:i|we|you|they|he|she|it)$/.test(subject.lower) || verb.pos !== "VERB") continue;
    const present = verb.lower === verb.lemma || verb.lower === thirdPersonForm(verb.lemma);
    if (!present || verb.lemma === "be" || verb.lower === pastForm(verb.lemma)) continue;
    // "When I was a child, I think I was happier": a verb of saying or thinking speaks from now
    if (REPORTING_LEMMAS.has(verb.lemma)) continue;
    // "When I was a child, I loved it, and now I teach it": a main clause about now
    if (a.tokens.slice(comma.i + 1, s.last).some((x) => /^(?:now|today|nowadays|still|anymore|currently)$/.test(x.lower))) continue;
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
      if (!/^(?:am|is|are|'m|'re|’m|’re|'s|’s)$/.test(be.lower) || !verb || !/ing$/.test(verb.lower)) continue;
      // the same clause: no comma or other clause break between the verb and "since"
      if (a.tokens.slice(verb.i + 1, since.i).some((x) => x.text === "," || x.text === ";")) continue;
      const subject = prevWord(a, i);
      // a contraction stays one: "it's raining" → "it's been raining", "I'm waiting" → "I've been waiting"
      const contracted = /^['’]/.test(be.text) && be.start === subject?.end;
      const have = contracted ? (/s$/.test(be.lower) ? be.text : `${be.text[0]}ve`) : subject && /^(?:he|she|it)$/.test(subject.lower) ? "has" : be.lower === "is" ? "has" : "have";
      const shown = contracted ? `${subject!.text}${have} been ${verb.lower}` : `${have} been ${verb.lower}`;
      issues.push(makeIssue("tense.since-perfect", { start: be.start, end: verb.end }, "tense", `With "since", use the present perfect: "${shown}".`, `${have} been ${verb.text}`));
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
/** States of a service that say it is (not) running: "the server is down since Monday". */
const SERVER_STATES = new Set(["down", "up", "offline", "online"]);

function sinceState(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const be = a.tokens[i]!;
      if (!/^(?:am|is|are)$/.test(be.lower)) continue;
      // "the database is very slow since Friday": a degree word before the state
      const degree = nextWord(a, i);
      const state = degree && /^(?:very|really|so|quite|extremely|still|completely|totally)$/.test(degree.lower) ? nextWord(a, degree.i) : degree;
      // ("down", "up", "offline": the state of a server, whatever the tagger calls it)
      if (!state || !(state.pos === "ADJ" || SERVER_STATES.has(state.lower) || (state.pos === "VERB" && /(?:ed|en)$/.test(state.lower) && state.lower !== state.lemma))) continue;
      let since: Token | undefined;
      for (let k = state.i + 1; k < s.last; k++) {
        const x = a.tokens[k]!;
        if (/^[,;:]$/.test(x.text) || x.pos === "CCONJ" || x.pos === "SCONJ" && x.lower !== "since" || x.pos === "VERB" || x.pos === "AUX") break;
        if (x.lower === "since") { since = x; break; }
      }
      const point = since && nextWord(a, since.i);
      // "since morning", "since this morning", "since the morning"
      const dayPart = point && (/^(?:this|the)$/.test(point.lower) ? nextWord(a, point.i) : point);
      if (!since || !point || !(SINCE_POINT.test(point.lower) || (dayPart && /^(?:morning|afternoon|noon|midnight|lunch|lunchtime)$/.test(dayPart.lower)))) continue;
      const subject = prevWord(a, i);
      const have = be.lower === "is" ? "has" : "have";
      if (!subject) continue;
      const what = a.text.slice((degree ?? state).start, state.end).toLowerCase();
      issues.push(makeIssue("tense.since-perfect", { start: be.start, end: be.end }, "tense", `With "since" and a point in time, use the present perfect: "${have} been ${what}".`, `${have} been`));
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
 * "I work there ever since" → "have worked": "ever since" closing a clause reaches from then up to
 * now, so the clause's verb takes the present perfect. Only a subject pronoun and a present verb.
 */
function everSincePresent(a: Analysis, issues: Issue[]): void {
  for (const ever of a.tokens) {
    if (ever.lower !== "ever" || nextWord(a, ever.i)?.lower !== "since") continue;
    const since = nextWord(a, ever.i)!;
    const after = a.tokens[since.i + 1];
    if (after && !/^[.,;!]$/.test(after.text)) continue;
    const s = a.sentences[ever.sentence]!;
    for (let k = s.first; k < ever.i; k++) {
      const subject = a.tokens[k]!;
      if (!PERSONAL_SUBJECTS.has(subject.lower) || subject.pos !== "PRON") continue;
      const verb = nextWord(a, k);
      if (!verb || verb.pos !== "VERB" || verb.lemma === "be" || verb.lemma === "have") break;
      const third = /^(?:he|she)$/.test(subject.lower);
      if (verb.lower !== (third ? thirdPersonForm(verb.lemma) : verb.lemma)) break;
      if (a.tokens.slice(verb.i + 1, ever.i).some((x) => x.pos === "VERB" || x.pos === "AUX" || x.pos === "SCONJ" || x.pos === "CCONJ" || /^[,;:]$/.test(x.text))) break;
      const fix = `${third ? "has" : "have"} ${participleForm(verb.lemma)}`;
      issues.push(makeIssue("tense.since-perfect", spanOf(verb), "tense", `"Ever since" reaches up to now, so use the present perfect: "${subject.text === "I" ? "I" : subject.lower} ${fix}".`, fix));
      break;
    }
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
    // "I have already finished it last night": past "already" and "just" too
    let participle = nextWord(a, i);
    const adverb = participle && /^(?:already|just)$/.test(participle.lower) ? participle : undefined;
    if (adverb) participle = nextWord(a, adverb.i);
    // "the feature has been released on Tuesday" → "was released"
    const been = participle?.lower === "been" && !adverb ? participle : undefined;
    if (been) participle = nextWord(a, been.i);
    if (!participle || participle.pos !== "VERB" || (participle.lower === participle.lemma && participle.lower !== participleForm(participle.lemma)) || /ing$/.test(participle.lower) || participle.lemma === "be") continue;
    const before = prevWord(a, i);
    if (!before || !/^(?:i|we|you|they|he|she|it)$/.test(before.lower) && before.pos !== "NOUN") continue;
    const s = a.sentences[have.sentence]!;
    let marker = -1;
    for (let k = participle.i + 1; k < s.last; k++) {
      const x = a.tokens[k]!;
      // ("last" in "last night" is read as a verb now and then)
      // ("the other exercises": a plural after a determiner or adjective that the tagger read as a verb)
      const pluralNoun = x.pos === "VERB" && /s$/.test(x.lower) && /^(?:DET|ADJ|NOUN|NUM)$/.test(a.tokens[k - 1]?.pos ?? "");
      if (/^[,;:]$/.test(x.text) || x.pos === "CCONJ" || x.pos === "SCONJ" || (x.pos === "VERB" && x.lower !== "last" && !pluralNoun) || x.pos === "AUX" || /^(?:since|for|ever|never|already|yet|just|before|until|that|which|who|than)$/.test(x.lower)) break;
      // ("we have scheduled releases every two weeks on Friday": a habit, not one finished time)
      if (/^(?:every|each)$/.test(x.lower)) break;
      if (pastMarkerAt(a, k, k + 1) === k || perfectOnlyMarker(a, k, participle.lemma)) { marker = k; break; }
    }
    if (marker < 0) continue;
    const past = been ? `${have.lower === "has" || before.lower === "i" ? "was" : "were"} ${participle.lower}` : adverb ? `${adverb.lower} ${pastForm(participle.lemma)}` : pastForm(participle.lemma);
    if (issues.some((x) => x.start <= have.start && x.end >= have.end)) continue;
    issues.push(makeIssue("tense.past-narrative", { start: have.start, end: participle.end }, "tense", `Use the past tense: "${markerPhrase(a, marker)}" is a finished time, so "${past}", not "${a.text.slice(have.start, participle.end).toLowerCase()}".`, past));
  }
}

/** The words of a finished time around its marker word: "last week", "two days ago", "on Sunday". */
function markerPhrase(a: Analysis, k: number): string {
  const t = a.tokens[k]!;
  if (t.lower === "ago") {
    const unit = prevWord(a, k);
    const count = unit && prevWord(a, unit.i);
    return count ? a.text.slice(count.start, t.end) : t.text;
  }
  const n = /^(?:last|on|in)$/.test(t.lower) ? nextWord(a, k) : undefined;
  return n ? a.text.slice(t.start, n.end) : t.text;
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Events that happen at one moment: "in 2022" can only place them in a finished past. */
const MOMENT_VERBS = new Set(["graduate", "finish", "start", "begin", "join", "move", "arrive", "leave", "found", "launch", "release", "marry", "win", "retire", "quit", "open", "close", "buy", "sell", "meet", "die"]);

/**
 * Times that rule out a present perfect but not a present ("on Monday I start" is a plan): "we
 * have come back on Sunday" → "came"; "I have graduated in 2022" → "graduated" (a year only with
 * a verb of one moment: "revenue has doubled in 2026" can be said during 2026).
 */
function perfectOnlyMarker(a: Analysis, k: number, lemma: string): boolean {
  const t = a.tokens[k]!;
  const n = nextWord(a, k);
  if (!n) return false;
  if (t.lower === "on") return WEEKDAYS.test(n.lower);
  return t.lower === "in" && /^(?:1[89]|20)\d\d$/.test(n.text) && MOMENT_VERBS.has(lemma);
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
/**
 * "How long are you living here?" → "How long have you been living here?": a question about how
 * long something has lasted up to now takes the present perfect.
 */
function howLongPresent(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const how = a.tokens[s.first]!;
    const long = nextWord(a, how.i);
    const be = long && nextWord(a, long.i);
    const subject = be && nextWord(a, be.i);
    const verb = subject && nextWord(a, subject.i);
    if (how.lower !== "how" || long?.lower !== "long" || !be || !subject || !verb || !/^(?:am|is|are)$/.test(be.lower) || !isQuestion(a, how)) continue;
    if (!(PERSONAL_SUBJECTS.has(subject.lower) || subject.lower === "it") || verb.pos !== "VERB" || !/ing$/.test(verb.lower)) continue;
    // "How long are you staying?": a plan, not a time that has passed — only where "here", "now", "for", "since" says so
    const rest = a.tokens.slice(verb.i + 1, s.last).map((x) => x.lower);
    if (!rest.some((w) => /^(?:here|there|now|since|already|at|in|with|for)$/.test(w)) || /^(?:stay|staying|going|leaving|coming)$/.test(verb.lower)) continue;
    const have = /^(?:he|she|it)$/.test(subject.lower) ? "has" : "have";
    issues.push(makeIssue("tense.how-long-perfect", { start: be.start, end: verb.end }, "tense", `"How long" up to now takes the present perfect: "How long ${have} ${subject.text === "I" ? "I" : subject.lower} been ${verb.lower}".`, `${matchCase(have, be.text)} ${subject.text} been ${verb.text}`));
  }
}

/**
 * "It's the first time I see this film" → "I've seen": "the first (second…) time" counted up to
 * now takes the present perfect; "It was the first time I visit London" → "I had visited": counted
 * up to a moment in the past, the past perfect.
 */
function firstTimePresent(a: Analysis, issues: Issue[]): void {
  for (const t of a.tokens) {
    if (t.lower !== "time" || !/^(?:first|second|third|only)$/.test(prevWord(a, t.i)?.lower ?? "")) continue;
    const the = prevWord(a, prevWord(a, t.i)!.i);
    const be = the && prevWord(a, the.i);
    if (the?.lower !== "the" || !be || !/^(?:is|'s|’s|it's|it’s|was)$/.test(be.lower)) continue;
    const then = be.lower === "was";
    let subject = nextWord(a, t.i);
    if (subject?.lower === "that") subject = nextWord(a, subject.i);
    const verb = subject && nextWord(a, subject.i);
    if (!subject || !verb || !PERSONAL_SUBJECTS.has(subject.lower) || verb.pos !== "VERB" || /(?:ing|ed)$/.test(verb.lower)) continue;
    const third = /^(?:he|she)$/.test(subject.lower);
    if (verb.lower !== (third ? thirdPersonForm(verb.lemma) : verb.lemma)) continue;
    const fix = `${then ? "had" : third ? "has" : "have"} ${participleForm(verb.lemma)}`;
    const why = then ? `"The first time" up to a moment in the past takes the past perfect` : `"The first time" up to now takes the present perfect`;
    issues.push(makeIssue("tense.first-time-perfect", { start: verb.start, end: verb.end }, "tense", `${why}: "${subject.text === "I" ? "I" : subject.lower} ${fix}".`, fix));
  }
}

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


/**
 * Everyday event verbs: after "I relaxed and", a bare one of these ("finish", "go") breaks the
 * story's past. Verbs of states or feelings ("I moved here in 2010 and love it") are left out on
 * purpose: the second verb may speak of now.
 */
const EVENT_VERBS = new Set([
  "finish", "go", "come", "take", "make", "get", "buy", "eat", "drink", "see", "watch", "start", "leave", "arrive", "call", "ask",
  "tell", "give", "send", "write", "open", "close", "walk", "run", "drive", "try", "order", "pay", "sit", "stand", "fall", "break",
  "lose", "find", "bring", "meet", "return", "decide", "turn", "pick", "check", "fix", "wash", "cook", "clean", "change", "fill",
  "answer", "explain", "forget", "carry", "throw", "catch", "pull", "push", "jump", "climb", "wait", "stay", "spend", "sleep", "wake",
  "dance", "play", "laugh", "cry", "shout", "speak", "say", "show", "visit", "book", "rent", "sell", "complete",
  "restart", "reboot", "deploy", "merge", "push", "revert", "install", "upload", "download", "delete", "remove", "add",
  "post", "reply", "thank", "hug", "kiss", "smile", "sign", "join", "enter", "invite", "follow", "listen", "look", "help",
  "offer", "disappear", "escape", "pull", "hide", "rush", "hurry", "grab", "drop", "knock", "ring", "press", "shake", "hand",
]);
const PAST_SUBJECTS = new Set(["i", "we", "you", "they", "he", "she"]);
/** "She heard them laugh and sing", "they made us wait and pay": bare verbs that belong to the object. */
const OBJECT_VERB_PASTS = new Set(["heard", "saw", "watched", "made", "let", "helped", "felt", "noticed", "had", "bade", "observed"]);
/** Words that show the second verb speaks of now or of a habit, not of the story. */
const NOW_MARKERS = new Set(["now", "still", "today", "usually", "always", "often", "sometimes", "every", "currently", "nowadays", "anymore", "never"]);

/**
 * "I relaxed and finish the speech" → "finished"; "we went to the pub and have a drink" → "had":
 * two verbs joined by "and" share their subject and their tense. Only a past verb right after its
 * subject pronoun (or one adverb after it), an "and" in the same clause with no other verb,
 * infinitive "to" or clause break between, and a bare event verb followed by its object or a
 * preposition.
 */
function pastAndBare(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    if (a.tokens.slice(s.first, s.last).some((x) => NOW_MARKERS.has(x.lower) || x.text === "?" || x.text === "\"" || x.text === "“")) continue;
    for (let i = s.first; i < s.last; i++) {
      const past = a.tokens[i]!;
      if (past.pos !== "VERB" || past.lower === past.lemma || past.lower !== pastForm(past.lemma) || !/^[a-z]+$/.test(past.lower)) continue;
      // ("he only smiled and disappear": an adverb may sit between the subject and its verb)
      let subject = prevWord(a, i);
      if (subject && subject.pos === "ADV" && /^(?:only|just|then|quickly|slowly|suddenly|finally|immediately|also)$/.test(subject.lower)) subject = prevWord(a, subject.i);
      if (!subject || !PAST_SUBJECTS.has(subject.lower) || OBJECT_VERB_PASTS.has(past.lower)) continue;
      const before = subject && prevWord(a, subject.i);
      // "the bug we fixed and ship today", "if I called and ask": another clause's subject
      if (before && (before.pos === "NOUN" || before.pos === "SCONJ" || /^(?:that|which|who|if|when|unless)$/.test(before.lower))) continue;
      for (let k = i + 1, n = 0; k < s.last && n < 8; k++) {
        const x = a.tokens[k]!;
        if (x.pos === "SPACE") continue;
        n++;
        if (x.lower === "and") {
          const verb = nextWord(a, k);
          const after = verb && nextWord(a, verb.i);
          // ("called me and offer me the job": the tagger may read the bare verb as a noun; its object shows it)
          const verbByObject = !!verb && verb.pos === "NOUN" && EVENT_VERBS.has(verb.lower) && !!after && /^(?:me|him|her|us|them|it)$/.test(after.lower);
          if (!verb || !(verb.pos === "VERB" || verbByObject) || verb.lower !== verb.lemma || !EVENT_VERBS.has(verb.lemma) || BASE_FORM_PAST.has(verb.lemma)) break;
          if (a.text.slice(x.end, verb.start).trim() !== "") break;
          const objectNext = !after || /^[.!]$/.test(after.text) || after.pos === "DET" || after.pos === "ADP" || after.pos === "PART" || POSSESSIVES.has(after.lower) || /^(?:it|them|him|her|me|us|home|back|out|up|down|off|away)$/.test(after.lower);
          if (!objectNext) break;
          if (issues.some((y) => y.start <= verb.start && y.end >= verb.end)) break;
          const fix = matchCase(pastForm(verb.lemma), verb.text);
          issues.push(makeIssue("tense.past-narrative", { start: verb.start, end: verb.end }, "tense", `"${past.text}" and "${verb.text}" share one subject, so keep both in the past: "${fix}".`, fix));
          break;
        }
        // ("ran to my grandfather and pull him": "to" before a noun phrase is a preposition, not an infinitive)
        const toPlace = x.lower === "to" && /^(?:the|a|an|my|your|his|her|our|their|this|that)$/.test(nextWord(a, k)?.lower ?? "");
        if (/^[,;:.!?()]$/.test(x.text) || x.pos === "VERB" || x.pos === "AUX" || x.pos === "SCONJ" || x.pos === "CCONJ" || (/^(?:to|that|which|who|when|while|if|because)$/.test(x.lower) && !toPlace)) break;
      }
    }
  }
}

/**
 * "When we have finished dinner, we went for a walk" → "had finished": a time clause about what
 * was over before a past event takes the past perfect, not the present perfect.
 */
function perfectBeforePast(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const first = a.tokens[s.first]!;
    if (!/^(?:when|after|once)$/.test(first.lower)) continue;
    const comma = a.tokens.slice(s.first, s.last).find((x) => x.text === ",");
    if (!comma) continue;
    const clause = a.tokens.slice(s.first + 1, comma.i);
    const haveAt = clause.findIndex((x) => /^(?:have|has|'ve|’ve)$/.test(x.lower) && x.pos === "AUX");
    if (haveAt < 1) continue;
    const have = clause[haveAt]!;
    const participle = nextWord(a, have.i);
    if (!participle || participle.pos !== "VERB" || participle.lower === participle.lemma || /ing$/.test(participle.lower)) continue;
    if (!PAST_SUBJECTS.has(clause[haveAt - 1]!.lower)) continue;
    const subject = nextWord(a, comma.i);
    const verb = subject && nextWord(a, subject.i);
    if (!subject || !verb || !PAST_SUBJECTS.has(subject.lower) || verb.pos !== "VERB") continue;
    if (verb.lower === verb.lemma || verb.lower !== pastForm(verb.lemma)) continue;
    issues.push(makeIssue("tense.past-perfect", { start: have.start, end: have.end }, "tense", `The main clause is in the past, so what was over before it takes the past perfect: "had ${participle.lower}".`, matchCase("had", have.text)));
  }
}

/** Verbs of state that are not used in the progressive: "I was knowing" → "knew". */
const STATE_ING = wordTable<string>({ knowing: "know", belonging: "belong", consisting: "consist", seeming: "seem", deserving: "deserve", possessing: "possess", resembling: "resemble", owning: "own", understanding: "understand" });

/** "having three years of experience", "having good knowledge of": what one has, not does. */
function hasExperience(a: Analysis, having: Token): boolean {
  let k = nextWord(a, having.i);
  for (let n = 0; k && n < 6 && !/^(?:experience|knowledge|expertise)$/.test(k.lower); n++) {
    if (!(k.pos === "NUM" || k.pos === "ADJ" || /^(?:years?|months?|of|a|lot|lots|some|much|good|strong|deep|solid|plus|\+)$/.test(k.lower))) return false;
    k = nextWord(a, k.i);
  }
  return !!k && /^(?:experience|knowledge|expertise)$/.test(k.lower);
}

/** "Nobody was knowing that the job existed" → "knew": verbs of state have no progressive. */
function stateProgressive(a: Analysis, issues: Issue[]): void {
  for (const be of a.tokens) {
    // wink keeps "I'm" and "we're" as one token
    const fused = /^(i|you|we|they)['’](?:m|re)$/.exec(be.lower);
    if (!fused && !/^(?:am|is|are|was|were)$/.test(be.lower)) continue;
    const ing = nextWord(a, be.i);
    if (!ing) continue;
    // "I am having three years of experience" → "I have": having experience or knowledge is a state
    if (ing.lower === "having" && hasExperience(a, ing)) {
      const fix = /^(?:was|were)$/.test(be.lower) ? "had" : be.lower === "is" ? "has" : "have";
      const replacement = fused ? `${be.text.slice(0, fused[1]!.length)} ${fix}` : matchCase(fix, be.text);
      issues.push(makeIssue("tense.state-progressive", { start: be.start, end: ing.end }, "tense", `Having experience is a state, not an action: write "${fix}".`, replacement));
      continue;
    }
    if (!(ing.lower in STATE_ING)) continue;
    const lemma = STATE_ING[ing.lower]!;
    const after = nextWord(a, ing.i);
    // "her look was knowing", "a knowing smile": the adjective; "containing the fire" (holding it back) is left out of the table
    if (lemma === "know" && (!after || after.pos === "NOUN" || /^[.,;!?]$/.test(after.text))) continue;
    // "she is very understanding": the adjective; the verb has its object ("understanding the problem")
    // and a person understands: "the hard part is understanding the nuances" is a gerund
    if (lemma === "understand" && (!after || !["DET", "PRON"].includes(after.pos) || after.start !== ing.end + 1 || !(fused || PERSONAL_SUBJECTS.has(prevWord(a, be.i)?.lower ?? "")))) continue;
    if (!fused && !prevWord(a, be.i)) continue;
    let fix: string;
    if (/^(?:was|were)$/.test(be.lower)) fix = pastForm(lemma);
    else if (be.lower === "is") fix = thirdPersonForm(lemma);
    else fix = lemma;
    const replacement = fused ? `${be.text.slice(0, fused[1]!.length)} ${fix}` : matchCase(fix, be.text);
    const start = be.start;
    issues.push(makeIssue("tense.state-progressive", { start, end: ing.end }, "tense", `"${lemma}" describes a state and is not used in the continuous form: write "${fix}".`, replacement));
  }
}


/** Verbs of expecting: "than I expect" after a past comparison keeps to the past. */
const EXPECT_VERBS = wordTable<string>({ expect: "expected", think: "thought", imagine: "imagined", hope: "hoped", plan: "planned", believe: "believed", fear: "feared", predict: "predicted", guess: "guessed" });

/**
 * "The test was easier than I expect" → "expected": a comparison with "was/were" looks back at
 * what the speaker expected then. Only "was/were" + a comparative in the same clause before
 * "than" + a subject pronoun + a verb of expecting at the end of the clause.
 */
function thanExpected(a: Analysis, issues: Issue[]): void {
  for (const than of a.tokens) {
    if (than.lower !== "than") continue;
    const subject = nextWord(a, than.i);
    const verb = subject && nextWord(a, subject.i);
    if (!subject || !verb || !/^(?:i|we|they|he|she|you|everyone|anyone)$/.test(subject.lower) || !(verb.lower in EXPECT_VERBS)) continue;
    const end = nextWord(a, verb.i);
    if (end && !/^[.,;!?]$/.test(end.text) && !/^(?:and|but|so|at|when)$/.test(end.lower)) continue;
    const s = a.sentences[than.sentence]!;
    let past = false;
    for (let k = than.i - 1; k >= s.first; k--) {
      const x = a.tokens[k]!;
      if (/^[,;:]$/.test(x.text) || x.pos === "SCONJ" || x.pos === "CCONJ") break;
      if (/^(?:is|are|am|'s|will|be|can|does|do)$/.test(x.lower)) break;
      if (/^(?:was|were)$/.test(x.lower)) { past = true; break; }
    }
    if (!past) continue;
    const fix = EXPECT_VERBS[verb.lower]!;
    issues.push(makeIssue("tense.past-narrative", { start: verb.start, end: verb.end }, "tense", `The comparison is about the past ("was"), so what you expected then is in the past too: "than ${subject.lower} ${fix}".`, matchCase(fix, verb.text)));
  }
}

/**
 * "If you had told me, I would come" → "would have come": when the "if" clause is about a past
 * that did not happen (had + participle), the result is "would have" + participle. Only event
 * verbs, and not with "now/today/still" (a present result: "I would be rich now").
 */
function thirdConditional(a: Analysis, issues: Issue[]): void {
  for (const s of a.sentences) {
    const first = a.tokens[s.first]!;
    if (first.lower !== "if") continue;
    const words = a.tokens.slice(s.first, s.last);
    if (words.some((x) => NOW_MARKERS.has(x.lower) || x.text === "?")) continue;
    const comma = words.find((x) => x.text === ",");
    if (!comma) continue;
    const clause = words.filter((x) => x.i < comma.i);
    const hadAt = clause.findIndex((x) => x.lower === "had" || x.lower === "'d" || x.lower === "’d");
    if (hadAt < 2) continue;
    const participle = clause[hadAt + 1];
    if (!participle || participle.pos !== "VERB" || participle.lower === participle.lemma || /ing$/.test(participle.lower) || participle.lower !== participleForm(participle.lemma)) continue;
    const subject = nextWord(a, comma.i);
    const modal = subject && nextWord(a, subject.i);
    const verb = modal && nextWord(a, modal.i);
    if (!subject || !modal || !verb || !/^(?:i|we|you|they|he|she|it)$/.test(subject.lower) || !/^(?:would|could|might)$/.test(modal.lower)) continue;
    if (verb.lower !== verb.lemma || !EVENT_VERBS.has(verb.lemma) || BASE_FORM_PAST.has(verb.lemma)) continue;
    const fix = `${modal.lower} have ${participleForm(verb.lemma)}`;
    issues.push(makeIssue("tense.third-conditional", { start: modal.start, end: verb.end }, "tense", `The "if" clause is about a past that did not happen, so the result takes "${modal.lower} have" + participle: "${fix}".`, matchCase(fix, modal.text)));
  }
}


/** Activities that go on for a while: "I cooked dinner when suddenly …" wants "was cooking". */
const ACTIVITY_PASTS = wordTable<string>({
  cooked: "cooking", watched: "watching", read: "reading", walked: "walking", drove: "driving", slept: "sleeping", worked: "working",
  ate: "eating", studied: "studying", played: "playing", sat: "sitting", waited: "waiting", talked: "talking", wrote: "writing",
  listened: "listening", showered: "showering", cleaned: "cleaning", swam: "swimming", cycled: "cycling", rode: "riding",
  danced: "dancing", relaxed: "relaxing", chatted: "chatting", sunbathed: "sunbathing", jogged: "jogging", shopped: "shopping",
  debugged: "debugging", coded: "coding", typed: "typing", presented: "presenting",
});

/**
 * "I cooked dinner when suddenly the lights went out" → "was cooking": an activity that was going
 * on when something interrupted it takes the past continuous. Only "when suddenly", which leaves
 * no reading where the first action came after or was complete.
 */
function interruptedActivity(a: Analysis, issues: Issue[]): void {
  for (const when of a.tokens) {
    if (when.lower !== "when" || nextWord(a, when.i)?.lower !== "suddenly") continue;
    const s = a.sentences[when.sentence]!;
    for (let k = s.first; k < when.i; k++) {
      const verb = a.tokens[k]!;
      const ing = ACTIVITY_PASTS[verb.lower];
      const subject = prevWord(a, k);
      if (!ing || verb.pos !== "VERB" || !subject || !PAST_SUBJECTS.has(subject.lower)) continue;
      if (a.tokens.slice(k + 1, when.i).some((x) => /^[,;:.!?]$/.test(x.text) || x.pos === "VERB" || x.pos === "AUX" || x.pos === "SCONJ" || x.pos === "CCONJ")) continue;
      const be = /^(?:i|he|she)$/.test(subject.lower) ? "was" : "were";
      issues.push(makeIssue("tense.past-continuous", { start: verb.start, end: verb.end }, "tense", `For an activity that was going on when something interrupted it, use the past continuous: "${be} ${ing}".`, `${be} ${ing}`));
    }
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
    everSincePresent(a, issues);
    forDurationPresent(a, issues);
    howLongPresent(a, issues);
    firstTimePresent(a, issues);
    perfectBeforePast(a, issues);
    stateProgressive(a, issues);
    thanExpected(a, issues);
    thirdConditional(a, issues);
    interruptedActivity(a, issues);
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
        // "When I was a child, I think I was happier": thinking now about a past already told in the past
        if (REPORTING_LEMMAS.has(t.lemma) && reportsPast(a, t)) continue;
        // "It was discussed long ago and the issues have been fixed": a present perfect after "and" may speak of now
        if (marker && markerAt < i && /^(?:has|have)$/.test(t.lower) && a.tokens.slice(markerAt, i).some((x) => x.lower === "and" || x.lower === "but")) continue;
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
    pastAndBare(a, issues);
    return issues;
  },
};
