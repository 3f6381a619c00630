/**
 * Content grading: how much of what a good answer says does this answer say?
 *
 * With key points, each key point (and each of its accepted wordings) is matched against the
 * answer (see match.ts); the best wording wins, and a reference adds the share of its words the
 * answer says. Without key points, the score is the weighted recall of the reference's words,
 * with a penalty for statements given to the wrong subject (referenceOnlyScore), and the
 * reference's ideas (sentences, long ones cut into clauses) are matched whole to report what is
 * covered and missed. Words of the question count for less: repeating the question is not an
 * answer. The result is a content score 0–1, mapped to the 0–5 band scale by a fixed, monotone
 * calibration.
 */
import type { Analysis } from "../text/analyze.ts";
import type { CoveredKeyPoint, KeyPointInput, MissedKeyPoint } from "../types.ts";
import { createMatcher, matchPhrase, prepareStatement, similarityWith, subjectOf, type Matcher, type MatchResult, type Similarity } from "./match.ts";
import { toUnits, type Unit, type WordWeights } from "./units.ts";
import { acronymUnits } from "./acronyms.ts";
import type { Lexicon } from "../lexicon.ts";
import type { Thesaurus } from "./wordnet.ts";

export interface ContentTools {
  /** Analyse a task text (question, key point, reference); callers may cache. */
  analyze(text: string): Analysis;
  /** The concept units of a task text; callers may cache. */
  units(text: string): Unit[];
  lexicon: Lexicon | undefined;
  thesaurus: Thesaurus;
  weights: WordWeights;
  /** Unit similarity from similarityWith(thesaurus, …), made once so its synonym cache is kept. */
  similarity?: Similarity;
}

export interface ContentInput {
  question?: string;
  reference?: string;
  keyPoints?: readonly (KeyPointInput | string)[];
  answer: Analysis;
}

export interface ContentResult {
  /** 0–1, or null when there was nothing to compare with. */
  score: number | null;
  covered: CoveredKeyPoint[];
  missed: MissedKeyPoint[];
  /** Share of the answer's weighted words that relate to the question or reference (0–1). */
  relevance: number;
  /** Content units in the answer. */
  answerUnits: number;
  /**
   * How to put the score on the 0–5 scale: "rich" for key points (with a reference), "plain" for
   * key points without accepted wordings, "reference" when the score is already calibrated (a
   * reference alone, and plain key points once blended with a reference-style grade).
   */
  calibration: Calibration;
}

export type Calibration = "rich" | "plain" | "reference";

/** Score above which a key point counts as covered, and above which it is partly there. */
export const COVERED = 0.65;
export const PARTIAL = 0.4;
const QUESTION_DEMOTION = 0.5;
/** Share of the key-point score from whole key points matched (the rest is the recall of their words). */
const KP_MATCH = 0.6;
/** What a contradicted or swapped statement takes away, as a share of its own weight. */
const CONTRADICTION = 0.5;
/** Share of the reference recall from its ideas matched whole (the rest is the recall of its words). */
const IDEA_SHARE = 0.2;

const normalizeKeyPoint = (k: KeyPointInput | string): KeyPointInput => (typeof k === "string" ? { text: k } : k);

function demote(units: Unit[], questionKeys: ReadonlySet<string>): Unit[] {
  if (questionKeys.size === 0) return units;
  return units.map((u) => (questionKeys.has(u.key) ? { ...u, weight: u.weight * QUESTION_DEMOTION } : u));
}

/** 0–1 strength from a match score: nothing below 0.3, full at 0.8 and above. */
const strengthOf = (score: number) => Math.max(0, Math.min(1, (score - 0.3) / 0.5));

interface Idea {
  units: Unit[];
  /** The idea's text in the reference: whole clauses. */
  start: number;
  end: number;
}

/** Reference ideas: sentences, and long sentences cut at clause boundaries into parts of 5+ units. */
function ideasOf(a: Analysis, units: readonly Unit[]): Idea[] {
  const bySentence = new Map<number, Unit[]>();
  for (const u of units) {
    const list = bySentence.get(u.sentence) ?? [];
    list.push(u);
    bySentence.set(u.sentence, list);
  }
  const clauseSpan = (first: Unit, last: Unit) => {
    const c0 = a.clauses[first.clause]!;
    const c1 = a.clauses[last.clause]!;
    return { start: a.tokens[c0.first]!.start, end: a.tokens[c1.last - 1]!.end };
  };
  const ideas: Idea[] = [];
  for (const list of bySentence.values()) {
    if (list.length <= 8) {
      const s = a.sentences[list[0]!.sentence]!;
      ideas.push({ units: list, start: s.start, end: s.end });
      continue;
    }
    let current: Unit[] = [];
    const close = () => {
      if (current.length) ideas.push({ units: current, ...clauseSpan(current[0]!, current[current.length - 1]!) });
      current = [];
    };
    for (let k = 0; k < list.length; k++) {
      const u = list[k]!;
      if (current.length >= 5 && u.clause !== current[current.length - 1]!.clause && list.length - k >= 4) close();
      current.push(u);
    }
    close();
  }
  return ideas;
}

interface Proposition {
  units: Unit[];
  /** What the proposition is about: its own first noun, or that of the proposition before it. */
  subject: Unit | undefined;
}

/** A proposition needs this many units before a following clause starts a new one. */
const PROPOSITION_UNITS = 3;

/**
 * Reference propositions: clauses, short ones joined to their neighbour, each with its subject.
 * A clause that does not name what it is about ("it stacks the rows…", "…, so it can run
 * anywhere") is about the subject of the proposition before it.
 */
function propositionsOf(a: Analysis, units: readonly Unit[]): Proposition[] {
  const byClause = new Map<number, Unit[]>();
  for (const u of units) (byClause.get(u.clause) ?? byClause.set(u.clause, []).get(u.clause)!).push(u);
  const groups: { units: Unit[]; sentence: number }[] = [];
  for (const c of a.clauses) {
    const list = byClause.get(c.index);
    if (!list?.length) continue;
    const last = groups[groups.length - 1];
    if (last && last.sentence === c.sentence && (last.units.length < PROPOSITION_UNITS || list.length < 2)) last.units.push(...list);
    else groups.push({ units: [...list], sentence: c.sentence });
  }
  const out: Proposition[] = [];
  let previous: { subject: Unit | undefined; sentence: number } | undefined;
  for (const g of groups) {
    const own = subjectOf(g.units, a) ?? firstNounBeforeVerb(g.units);
    const subject = own && own.weight > GENERIC_WEIGHT ? own : previous?.sentence === g.sentence ? previous.subject : undefined;
    out.push({ units: g.units, subject });
    previous = { subject, sentence: g.sentence };
  }
  return out;
}

const GENERIC_WEIGHT = 0.3;
const NOMINAL_POS = new Set(["NOUN", "PROPN", "TERM", "COMPOUND"]);

/** "All threads of a process share…": the first noun before the verb, past quantifiers and adjectives. */
function firstNounBeforeVerb(units: readonly Unit[]): Unit | undefined {
  for (const u of units) {
    if (NOMINAL_POS.has(u.pos)) return u;
    if (u.pos === "VERB" || u.pos === "AUX") return undefined;
  }
  return undefined;
}

/**
 * A reference word found with the opposite polarity counts half: negation cues are words, and a
 * paraphrase often moves them ("keeps secrets out of the repository" / "secrets are not in the
 * repository"). A reversed statement still loses half its words, and its idea is reported missed.
 */
const OPPOSITE_POLARITY = 0.5;
/** Share of precision (how much of the answer is about the reference) next to recall. */
const REFERENCE_PRECISION = 0.1;
/** How much of the credit a statement given to the wrong thing takes, as a share of what the answer gets right. */
const SWAP_PENALTY = 0.8;
/** What two texts on one subject share by chance: below it, nothing of the reference was said. */
const CHANCE = 0.03;
/**
 * The raw reference score above chance that earns full marks, and the exponent of the curve up
 * to it: nobody says every word of a reference, and the first ideas said count most. Fit on the
 * dev half of the development set (see eval/coach).
 */
const FULL_MARKS = 0.5;
const CURVE = 0.5;
/**
 * With a reference alone, the share of the reference's own words (not the question's) an answer
 * must say for the question's words to count in full, and what they count with none of them.
 * Fit on the development sets.
 */
const ECHO_FULL = 0.3;
const ECHO_FLOOR = 0.3;
const weightOf = (list: readonly Unit[]) => list.reduce((sum, u) => sum + u.weight, 0);
/** Share of the reference-style grade for key points given as plain sentences. */
const PLAIN_AS_REFERENCE = 0.5;

/**
 * Grading against a reference answer alone (0–1, on the band scale once multiplied by 5): the
 * weighted recall of the reference's concepts (lemmas, glossary concepts, synonyms; words of the
 * question count half, and less while the answer says none of the reference's own), a little
 * precision, and a penalty for statements the answer attributes to the other thing the question
 * names ("a UNION matches rows…" for "a JOIN matches rows…"),
 * found by splitting the reference into propositions with their subjects — whole propositions,
 * or one thing's qualities given to the other ("UDP is the reliable one").
 */
function referenceOnlyScore(ref: Analysis, refUnits: readonly Unit[], matcher: Matcher, questionKeys: ReadonlySet<string>): number {
  // Each concept once: a reference that says "cache" six times does not make "cache" six ideas.
  // The question's words count in full only once the answer says some of the reference's own:
  // an answer that shares nothing with the reference but the topic's name is about something else.
  const distinct = prepareStatement(refUnits);
  const own = distinct.filter((u) => !questionKeys.has(u.key));
  const echo = distinct.filter((u) => questionKeys.has(u.key));
  const ownWeight = weightOf(own);
  const echoWeight = weightOf(echo);
  const ownFound = matcher.recall(own, true, OPPOSITE_POLARITY) * ownWeight;
  const echoFound = matcher.recall(echo, true, OPPOSITE_POLARITY) * echoWeight;
  const gate = ownWeight > 0 ? ECHO_FLOOR + (1 - ECHO_FLOOR) * Math.min(1, ownFound / ownWeight / ECHO_FULL) : 1;
  const recall = (ownFound + gate * echoFound) / (ownWeight + echoWeight || 1);
  const precision = matcher.precision(refUnits, true, OPPOSITE_POLARITY);
  const propositions = propositionsOf(ref, refUnits);
  // Swaps are about the things the question names ("a JOIN and a UNION"): other subjects are too
  // often the tagger's guess.
  const statements = propositions.map((p) => ({ units: p.units, subject: p.subject && questionKeys.has(p.subject.key) ? p.subject : undefined }));
  const swaps = matcher.swapped(statements);
  let wrong = 0;
  // A swap told in a few words ("UDP is the reliable one"), quality by quality.
  const qualities = matcher.misattributed(statements);
  if (qualities.wrong > 0) wrong = qualities.wrong / (qualities.wrong + qualities.right);
  if (swaps.some(Boolean)) {
    let support = 0;
    let swapped = 0;
    for (const [k, p] of propositions.entries()) {
      const w = weightOf(p.units);
      if (swaps[k]) {
        const m = matcher.match(p.units);
        swapped += w * strengthOf(Math.max(m.unsignedScore, m.score));
      } else support += w * strengthOf(matcher.match(p.units, p.subject).score);
    }
    wrong = Math.max(wrong, support + swapped > 0 ? swapped / (support + swapped) : 0);
  }
  const raw = (recall + REFERENCE_PRECISION * precision) * (1 - SWAP_PENALTY * wrong);
  return Math.min(1, (Math.max(0, raw - CHANCE) / FULL_MARKS) ** CURVE);
}

export function gradeContent(input: ContentInput, tools: ContentTools): ContentResult {
  const keyPoints = (input.keyPoints ?? []).map(normalizeKeyPoint).filter((k) => k.text.trim());
  const taskTexts = [input.reference ?? "", ...keyPoints.flatMap((k) => [k.text, ...(k.accept ?? [])])].filter((t) => t.trim()).map((t) => ({ a: tools.analyze(t), units: tools.units(t) }));
  const ownUnits = toUnits(input.answer, tools.lexicon, tools.weights);
  const spelled = acronymUnits(input.answer, ownUnits, taskTexts);
  const answerUnits = spelled.length ? [...ownUnits, ...spelled].sort((x, y) => x.start - y.start) : ownUnits;
  const similarity = tools.similarity ?? similarityWith(tools.thesaurus, tools.lexicon ? (w) => tools.lexicon!.isDomainWord(w) : undefined);
  const question = input.question ? tools.units(input.question) : [];
  const questionKeys = new Set(question.map((u) => u.key));
  const matcher = createMatcher(input.answer, answerUnits, similarity, questionKeys);
  const text = input.answer.text;

  const covered: CoveredKeyPoint[] = [];
  const missed: MissedKeyPoint[] = [];
  const parts: { score: number; weight: number }[] = [];

  if (keyPoints.length > 0) {
    let sum = 0;
    let contradicted = 0;
    const statements = keyPoints.map((kp) => {
      const a = tools.analyze(kp.text);
      const units = tools.units(kp.text);
      return { subject: kp.kind === "move" ? undefined : subjectOf(units, a), units };
    });
    const swaps = matcher.swapped(statements);
    for (const [index, kp] of keyPoints.entries()) {
      let best: MatchResult = { score: 0, unsignedScore: 0, polarScore: 0, evidence: null };
      const kpAnalysis = tools.analyze(kp.text);
      // A move describes what the speaker does ("Gives the duration…"): it has no subject to check.
      const subject = kp.kind === "move" ? undefined : subjectOf(tools.units(kp.text), kpAnalysis);
      for (const wording of [kp.text, ...(kp.accept ?? [])]) {
        const analysis = tools.analyze(wording);
        const phrase = matchPhrase(analysis, input.answer);
        if (phrase) {
          const score = subject && !matcher.hasSubject(subject, new Set([phrase.clause])) ? 0.6 : 1;
          const m: MatchResult = { score, unsignedScore: 1, polarScore: 1, evidence: { start: phrase.start, end: phrase.end } };
          best = { ...(m.score > best.score ? m : best), unsignedScore: 1, polarScore: 1 };
          continue;
        }
        const units = demote(tools.units(wording), questionKeys);
        if (units.length === 0) continue;
        const m = matcher.match(units, subject);
        best = {
          ...(m.score > best.score ? m : best),
          unsignedScore: Math.max(best.unsignedScore, m.unsignedScore),
          polarScore: Math.max(best.polarScore, m.polarScore),
        };
      }
      if (swaps[index]) best = { ...best, score: Math.min(best.score, PARTIAL - 0.01), polarScore: 0, unsignedScore: 1 };
      sum += strengthOf(best.score);
      const verdict = classify(kp.text, best, text);
      if (verdict.kind === "covered") covered.push(verdict.item);
      else {
        if (verdict.item.reason === "contradicted") contradicted++;
        missed.push(verdict.item);
      }
    }
    // Soft recall of all key-point words, for what is said in other words or spread out.
    const allUnits = keyPoints.flatMap((kp) => demote(tools.units(kp.text), questionKeys));
    const recall = matcher.recall(allUnits, true);
    const keyPointScore = Math.max(0, (KP_MATCH * sum) / keyPoints.length + (1 - KP_MATCH) * recall - (CONTRADICTION * contradicted) / keyPoints.length);
    parts.push({ score: keyPointScore, weight: input.reference ? 0.7 : 1 });
  }

  let relevance = 0;
  let referenceOnly = false;
  if (input.reference && input.reference.trim()) {
    const refAnalysis = tools.analyze(input.reference);
    const refUnits = demote(tools.units(input.reference), questionKeys);
    const ideas = ideasOf(refAnalysis, refUnits);
    let ideaSum = 0;
    let ideaWeight = 0;
    const ideaSubjects = ideas.map((idea) => subjectOf(idea.units, refAnalysis));
    const ideaSwaps = matcher.swapped(ideas.map((idea, k) => ({ subject: ideaSubjects[k], units: idea.units })));
    let swappedWeight = 0;
    for (const [k, idea] of ideas.entries()) {
      let m = matcher.match(idea.units, ideaSubjects[k]);
      if (ideaSwaps[k]) m = { ...m, score: Math.min(m.score, PARTIAL - 0.01), polarScore: 0, unsignedScore: 1 };
      const w = weightOf(idea.units);
      ideaSum += w * strengthOf(m.score);
      ideaWeight += w;
      if (ideaSwaps[k] || (m.unsignedScore >= COVERED && m.polarScore < PARTIAL)) swappedWeight += w;
      if (keyPoints.length === 0) {
        const ideaText = input.reference.slice(idea.start, idea.end).replace(/^[,;:\s]+|[,;:\s]+$/g, "");
        const verdict = classify(ideaText, m, text);
        if (verdict.kind === "covered") covered.push(verdict.item);
        else missed.push(verdict.item);
      }
    }
    if (keyPoints.length === 0) {
      parts.push({ score: referenceOnlyScore(refAnalysis, refUnits, matcher, questionKeys), weight: 1 });
      referenceOnly = true;
    } else {
      const recall = matcher.recall(refUnits, true);
      const ideaScore = ideaWeight ? ideaSum / ideaWeight : 0;
      // Mostly: how much of the reference the answer says (recall, and its ideas matched whole);
      // partly: how much of the answer is about the reference (precision), which sinks padding.
      const precision = matcher.precision(refUnits, true);
      const contradiction = ideaWeight ? (CONTRADICTION * swappedWeight) / ideaWeight : 0;
      const referenceScore = Math.max(0, 0.7 * (IDEA_SHARE * ideaScore + (1 - IDEA_SHARE) * recall) + 0.3 * precision - contradiction);
      parts.push({ score: referenceScore, weight: 0.3 });
    }
    relevance = matcher.precision([...refUnits, ...question], false);
  } else if (question.length) {
    relevance = matcher.precision(question, false);
  }

  // How many content units a full answer needs, judged by the reference or the key points.
  const expected = Math.max(
    input.reference?.trim() ? tools.units(input.reference).length : 0,
    keyPoints.reduce((sum, kp) => sum + Math.min(4, tools.units(kp.text).length), 0),
  );
  let score: number | null = null;
  if (parts.length) {
    const w = parts.reduce((s, p) => s + p.weight, 0);
    score = parts.reduce((s, p) => s + p.score * p.weight, 0) / w;
    // Repeating the question is not an answer: little that the question does not already say.
    let total = 0;
    let novel = 0;
    for (const u of answerUnits) {
      total += u.weight;
      if (!questionKeys.has(u.key)) novel += u.weight;
    }
    const novelty = total ? novel / total : 0;
    if (novelty < 0.25) score *= novelty / 0.25;
    // A fragment cannot be a full answer to a question whose key points say much more. (With a
    // reference alone, recall already keeps fragments low, and a short reference may be answered
    // in a few words.)
    const n = answerUnits.length;
    if (!referenceOnly) {
      if (n < 3 && expected >= 6) score = Math.min(score, 0.1);
      else if (n < 6 && expected >= 12) score = Math.min(score, 0.2);
    }
  }
  const plain = !input.reference?.trim() && keyPoints.every((k) => !k.accept?.length);
  if (plain && score !== null) {
    // Key points given as plain sentences are a short reference too. Matched one by one they miss
    // what is said in other words or spread over sentences; graded together as a reference they
    // miss which idea is which. Half of each, on the band scale.
    const joined = keyPoints.map((k) => k.text.trim().replace(/[.!?]*$/, ".")).join(" ");
    const asReference = referenceOnlyScore(tools.analyze(joined), demote(tools.units(joined), questionKeys), matcher, questionKeys);
    const blended = (1 - PLAIN_AS_REFERENCE) * (contentToScale(score, "plain") / 5) + PLAIN_AS_REFERENCE * asReference;
    return { score: blended, covered, missed, relevance, answerUnits: answerUnits.length, calibration: "reference" };
  }
  return { score, covered, missed, relevance, answerUnits: answerUnits.length, calibration: referenceOnly ? "reference" : plain ? "plain" : "rich" };
}

function classify(statement: string, m: MatchResult, text: string): { kind: "covered"; item: CoveredKeyPoint } | { kind: "missed"; item: MissedKeyPoint } {
  if (m.score >= COVERED && m.evidence) {
    return { kind: "covered", item: { text: statement, evidence: m.evidence, quote: text.slice(m.evidence.start, m.evidence.end), strength: Math.min(1, m.score), source: "coach" } };
  }
  if (m.unsignedScore >= COVERED && m.polarScore < PARTIAL) return { kind: "missed", item: { text: statement, reason: "contradicted", source: "coach" } };
  if (m.score >= PARTIAL && m.evidence) return { kind: "missed", item: { text: statement, reason: "partial", evidence: m.evidence, source: "coach" } };
  return { kind: "missed", item: { text: statement, reason: "absent", source: "coach" } };
}

/**
 * Content (0–1) to the 0–5 band scale: monotone and piecewise linear. The knots are the median
 * content of the development set's answers at rubric levels 0, 3, 4 and 5 (levels 1 and 2 mix
 * fragments with confidently wrong answers, so they are interpolated). Key points given as plain
 * sentences, without accepted wordings, are matched less completely, so they have their own knots.
 * A reference alone is calibrated where it is scored (referenceOnlyScore).
 */
const KNOTS: Record<"rich" | "plain", readonly [number, number][]> = {
  rich: [[0, 0], [0.03, 0.3], [0.31, 3], [0.48, 4], [0.8, 5], [1, 5]],
  plain: [[0, 0], [0.01, 0.2], [0.15, 3], [0.34, 4], [0.68, 5], [1, 5]],
};

export function contentToScale(content: number, kind: Calibration = "rich"): number {
  if (kind === "reference") return 5 * Math.max(0, Math.min(1, content));
  const knots = KNOTS[kind];
  const c = Math.max(0, Math.min(1, content));
  for (let k = 1; k < knots.length; k++) {
    const [x1, y1] = knots[k]!;
    const [x0, y0] = knots[k - 1]!;
    if (c <= x1) return y0 + ((c - x0) / (x1 - x0)) * (y1 - y0);
  }
  return 5;
}
