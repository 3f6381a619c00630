/**
 * Does an answer express a statement? The statement (a key point, one of its accepted wordings,
 * or an idea of the reference answer) and the answer are both lists of concept units. Each unit of
 * the statement looks for its best partner in a window of the answer (one sentence, or two
 * neighbouring sentences): the same word or concept (1), a WordNet synonym (0.8), a word of a
 * multi-word term (0.5). Word order does not matter, but three things do:
 *
 * - polarity: a unit only matches a unit whose clause has the same polarity, so "PUT is not
 *   idempotent" does not express "PUT is idempotent";
 * - spread: matches scattered over several clauses count a little less than matches in one;
 * - the subject: when the statement is about something (its first noun or term, "a process",
 *   "a primary key"), that subject must be what the matching clause talks about. "A thread has its
 *   own isolated memory" does not express "a process has its own isolated memory", even though
 *   the accepted wording "isolated memory" is there.
 */
import type { Analysis } from "../text/analyze.ts";
import type { Thesaurus } from "./wordnet.ts";
import { keyId, type Unit } from "./units.ts";
import { stemOf } from "../text/analyze.ts";

export interface MatchResult {
  /** 0–1, weighted share of the statement's units found with the right polarity and subject. */
  score: number;
  /** The same, ignoring polarity: high here and low above means the answer says the opposite. */
  unsignedScore: number;
  /** The score before the subject check: with polarity, without asking what the clause is about. */
  polarScore: number;
  /** Span of the answer units that matched (or null). */
  evidence: { start: number; end: number } | null;
}

const SYNONYM = 0.8;
const PART = 0.5;
/** What a match keeps when the statement's subject is not what the answer's clause is about. */
const WRONG_SUBJECT = 0.6;
const SUBJECT_POS = new Set(["NOUN", "PROPN", "TERM", "COMPOUND"]);
/** A match spread over a sentence, or two, instead of one clause and its subject. */
const SENTENCE = 0.85;
const TWO_SENTENCES = 0.65;
/**
 * What `misattributed` weighs: qualities ("reliable", "faster", "globally"), not nouns or verbs. A
 * reference names only some of what each thing has or does ("UDP sends datagrams"; TCP sends too),
 * and a noun said in one thing's clause is often another's ("threads share its memory").
 */
const ATTRIBUTE_POS = new Set(["ADJ", "ADV"]);
/** Below this weight a quality is too common a word to be one thing's ("new", "also"). */
const ATTRIBUTE_WEIGHT = 0.5;
const PRONOUN_SUBJECTS = new Set(["it", "they", "this", "these", "that", "those", "he", "she", "its", "their"]);

/**
 * WordNet knows general English: for a domain word ("cache", "server", "table") its frequent
 * senses are the wrong ones (a hoard, a waiter, to postpone), so domain words get no synonyms.
 */
export function unitSimilarity(a: Unit, b: Unit, thesaurus: Thesaurus, isDomainWord: (lower: string) => boolean = () => false): number {
  if (a.id === b.id) return 1;
  if (a.isNumber || b.isNumber) return 0;
  if (a.lemma && b.lemma) {
    if (a.lemma === b.lemma) return 1;
    if (isDomainWord(a.lemma) || isDomainWord(b.lemma)) return 0;
    if (thesaurus.synonyms(a.lemma).has(b.lemma) || thesaurus.synonyms(b.lemma).has(a.lemma)) return SYNONYM;
    return 0;
  }
  // A concept against a word or another concept: share a word of the term.
  for (const p of a.parts) if (b.parts.includes(p)) return PART;
  return 0;
}

export type Similarity = (a: Unit, b: Unit) => number;

/**
 * A fast similarity function: each word's synonyms are looked up once and kept as the set of
 * their key ids, so comparing two units is a few set look-ups. Make one per coach and keep it:
 * the sets are its cache.
 */
export function similarityWith(thesaurus: Thesaurus, isDomainWord: (lower: string) => boolean = () => false): Similarity {
  // By lemma, not by key: words that share a stem ("general", "generally") have their own
  // synonyms, and a cache kept across requests must not depend on which came first.
  const synonymIds = new Map<string, ReadonlySet<number>>();
  const synonymsOf = (u: Unit): ReadonlySet<number> => {
    let set = synonymIds.get(u.lemma);
    if (!set) {
      set = isDomainWord(u.lemma) ? new Set() : new Set([...thesaurus.synonyms(u.lemma)].map((w) => keyId(stemOf(w))));
      synonymIds.set(u.lemma, set);
    }
    return set;
  };
  return (a, b) => {
    if (a.id === b.id) return 1;
    if (a.isNumber || b.isNumber) return 0;
    if (a.lemma && b.lemma) {
      if (a.lemma === b.lemma) return 1;
      return synonymsOf(a).has(b.id) || synonymsOf(b).has(a.id) ? SYNONYM : 0;
    }
    for (const p of a.parts) if (b.parts.includes(p)) return PART;
    return 0;
  };
}

/**
 * A statement's units without repeats ("REST stands for Representational State Transfer" is one
 * concept said twice).
 */
export function prepareStatement(units: readonly Unit[]): Unit[] {
  const seen = new Set<number>();
  const out: Unit[] = [];
  for (const u of units) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    out.push(u);
  }
  return out;
}

/**
 * A word the light tagger calls a verb that is really a noun subject: it is followed by a finite
 * verb ("Merge adds a commit", "while rebase rewrites history").
 */
function looksLikeSubject(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.lower !== t.lemma && !/^[A-Z]/.test(t.text)) return false;
  let k = i + 1;
  while (k < a.tokens.length && !a.tokens[k]!.isWord) k++;
  const next = a.tokens[k];
  if (!next || next.clause !== t.clause) return false;
  return next.pos === "AUX" || (next.pos === "VERB" && next.lower !== next.lemma && /s$/.test(next.lower));
}

/**
 * The statement's subject: its first unit when that is a noun, a term or a compound, or a word
 * tagged as a verb that is followed by a finite verb ("Rebase gives a linear history").
 */
export function subjectOf(units: readonly Unit[], statement?: Analysis): Unit | undefined {
  const first = units[0];
  if (!first) return undefined;
  if (SUBJECT_POS.has(first.pos)) return first;
  if (statement && (first.pos === "VERB" || first.pos === "ADJ")) {
    const i = statement.tokens.findIndex((t) => t.start === first.start);
    if (i >= 0 && looksLikeSubject(statement, i)) return first;
  }
  return undefined;
}

interface Window {
  /** Indices into the answer's units. */
  units: number[];
  /** 1 for a clause with its subject, less for a sentence or two. */
  factor: number;
}

export interface Matcher {
  /**
   * Match a statement. `subject`, when given, must be what the matching clause is about (see the
   * module comment); it may or may not be one of the statement's own units.
   */
  match(statement: readonly Unit[], subject?: Unit): MatchResult;
  /** Whether the subject is what the given answer clauses talk about. */
  hasSubject(subject: Unit, clauses: ReadonlySet<number>): boolean;
  /**
   * For statements about different things (JOIN and UNION, process and thread), which ones the
   * answer attributes to the wrong thing: what the statement says is said, in a clause about
   * another statement's subject and not about its own.
   */
  swapped(statements: readonly { subject: Unit | undefined; units: readonly Unit[] }[]): boolean[];
  /**
   * The same question word by word: of what only one of the things is said to be or do ("reliable"
   * of TCP, "faster" of UDP), the weight the answer gives to another of the things (`wrong`) and to
   * its own (`right`). Catches a swap told in a few words, which `swapped` (whole statements) does not.
   */
  misattributed(statements: readonly { subject: Unit | undefined; units: readonly Unit[] }[]): { wrong: number; right: number };
  /**
   * Weighted share of the given units that have a partner among the answer's. When signed, a
   * partner of the opposite polarity counts `opposite` (default 0) of a full one.
   */
  recall(from: readonly Unit[], signed: boolean, opposite?: number): number;
  /** Weighted share of the answer's units that have a partner among the given units (polarity as for recall). */
  precision(to: readonly Unit[], signed: boolean, opposite?: number): number;
  units: readonly Unit[];
}

/** Relative pronouns: they open a clause but are not its subject. */
const RELATIVES = new Set(["which", "that", "who", "whom", "whose", "where", "when"]);

/**
 * `context` holds the keys of the question's words: a subject the question names may go unsaid
 * in the answer ("What is a primary key?" — "It uniquely identifies each row.").
 */
export function createMatcher(answer: Analysis, units: readonly Unit[], similarity: Similarity, context: ReadonlySet<string> = new Set()): Matcher {
  const bySentence = new Map<number, Unit[]>();
  const byClause = new Map<number, Unit[]>();
  for (const u of units) {
    (bySentence.get(u.sentence) ?? bySentence.set(u.sentence, []).get(u.sentence)!).push(u);
    (byClause.get(u.clause) ?? byClause.set(u.clause, []).get(u.clause)!).push(u);
  }

  /** How a clause's subject is given: its own noun, a pronoun (look back), or none (shared with the clause before). */
  const subjectKind = (clause: number): "own" | "pronoun" | "none" => {
    const c = answer.clauses[clause];
    if (!c) return "none";
    for (let i = c.first; i < c.last; i++) {
      const t = answer.tokens[i]!;
      if (!t.isWord || t.pos === "CCONJ" || t.pos === "SCONJ" || t.pos === "DET" || t.pos === "ADV" || t.pos === "ADJ") continue;
      if (t.pos === "VERB" && looksLikeSubject(answer, i)) return "own";
      if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PART") return "none";
      if (t.pos === "PRON") return RELATIVES.has(t.lower) ? "none" : PRONOUN_SUBJECTS.has(t.lower) ? "pronoun" : "own";
      if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM") return "own";
      if (t.pos === "ADP") return "none";
    }
    return "none";
  };
  const kinds = answer.clauses.map((c) => subjectKind(c.index));

  /** A clause and the clauses its subject may come from: back through subjectless clauses, or to a pronoun's antecedent. */
  const regionOf = (clause: number): number[] => {
    const region = [clause];
    const sentence = answer.clauses[clause]?.sentence;
    let k = clause;
    while (kinds[k] === "none" && k > 0 && answer.clauses[k - 1]?.sentence === sentence) {
      k--;
      region.push(k);
    }
    if (kinds[k] === "pronoun") {
      // the antecedent: the clause before, in this sentence or the one before
      const before = answer.clauses[k - 1];
      if (before && sentence !== undefined && before.sentence >= sentence - 1) region.push(before.index);
    }
    return region;
  };
  const regions = answer.clauses.map((c) => regionOf(c.index));

  // Windows are lists of indices into `units`: each clause with its subject region, each
  // sentence, each pair of neighbouring sentences.
  const indexOf = new Map<Unit, number>();
  units.forEach((u, i) => indexOf.set(u, i));
  const indicesOf = (list: readonly Unit[]) => list.map((u) => indexOf.get(u)!);
  const windows: Window[] = [];
  const seen = new Set<string>();
  for (const region of regions) {
    const key = [...region].sort((x, y) => x - y).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    const list = region.flatMap((c) => byClause.get(c) ?? []);
    if (list.length) windows.push({ units: indicesOf(list), factor: 1 });
  }
  const clauseWindows = windows.map((w) => w.units);
  const sentences = [...bySentence.keys()].sort((x, y) => x - y);
  for (let k = 0; k < sentences.length; k++) {
    const one = indicesOf(bySentence.get(sentences[k]!)!);
    windows.push({ units: one, factor: SENTENCE });
    const next = sentences[k + 1];
    if (next !== undefined && next === sentences[k]! + 1) windows.push({ units: [...one, ...indicesOf(bySentence.get(next)!)], factor: TWO_SENTENCES });
  }
  const regionUnits = regions.map((region) => region.flatMap((c) => indicesOf(byClause.get(c) ?? [])));

  /** Similarity of one unit to every answer unit (computed once per key; do not modify). */
  const rows = new Map<number, Float32Array>();
  const row = (s: Unit): Float32Array => {
    let out = rows.get(s.id);
    if (out) return out;
    out = new Float32Array(units.length);
    for (let j = 0; j < units.length; j++) out[j] = similarity(s, units[j]!);
    rows.set(s.id, out);
    return out;
  };

  const subjectFoundWith = (subject: Unit, subjectRow: Float32Array, clause: number): boolean => {
    for (const j of regionUnits[clause] ?? []) if (subjectRow[j]! >= SYNONYM) return true;
    // The question's own subject, left unsaid or referred to with "it" — unless the clause is
    // about another thing the question names ("the difference between a process and a thread").
    if (context.has(subject.key)) {
      for (const j of regionUnits[clause] ?? []) {
        const u = units[j]!;
        if (u.id !== subject.id && context.has(u.key) && SUBJECT_POS.has(u.pos)) return false;
      }
      return true;
    }
    return false;
  };
  const subjectFound = (subject: Unit, clauses: ReadonlySet<number>): boolean => {
    const r = row(subject);
    for (const c of clauses) if (subjectFoundWith(subject, r, c)) return true;
    return false;
  };

  /** The first noun, term or compound of a window, in text order, or -1. */
  const leadOf = (w: readonly number[]): number => {
    let best = -1;
    for (const j of w) if (SUBJECT_POS.has(units[j]!.pos) && (best < 0 || units[j]!.start < units[best]!.start)) best = j;
    return best;
  };

  /** The different things the statements are about (two or more, or none), and which of them a unit is. */
  const thingsOf = (statements: readonly { subject: Unit | undefined }[]) => {
    const subjects: Unit[] = [];
    for (const st of statements) if (st.subject && !subjects.some((x) => similarity(x, st.subject!) >= SYNONYM)) subjects.push(st.subject);
    const rows = subjects.length < 2 ? [] : subjects.map(row);
    const indexOf = (u: Unit) => subjects.findIndex((x) => similarity(x, u) >= SYNONYM);
    /**
     * Whether a clause window is about thing `own` ("own"), about another of them ("other"), or says
     * nothing either way. A window that names both ("X does this, and Y is that") says nothing; the
     * other thing must lead the clause, not just appear in it ("the authenticated user").
     */
    const about = (w: readonly number[], own: number): "own" | "other" | undefined => {
      const present = w.some((j) => rows[own]![j]! >= SYNONYM);
      const lead = leadOf(w);
      const others = lead >= 0 && rows.some((r, k) => k !== own && r[lead]! >= SYNONYM);
      return present && !others ? "own" : others && !present ? "other" : undefined;
    };
    return { count: rows.length, indexOf, about };
  };

  const swapped = (statements: readonly { subject: Unit | undefined; units: readonly Unit[] }[]): boolean[] => {
    const things = thingsOf(statements);
    if (things.count < 2) return statements.map(() => false);
    return statements.map((st) => {
      const subject = st.subject;
      if (!subject) return false;
      const own = things.indexOf(subject);
      const predicate = prepareStatement(st.units).filter((u) => things.indexOf(u) < 0);
      const total = predicate.reduce((sum, u) => sum + u.weight, 0);
      if (total === 0) return false;
      const rows = predicate.map(row);
      const hit = new Uint8Array(units.length);
      for (const r of rows) for (let j = 0; j < units.length; j++) if (r[j]! > 0) hit[j] = 1;
      let support = 0;
      let conflict = 0;
      for (const w of clauseWindows) {
        if (!w.some((j) => hit[j])) continue;
        let found = 0;
        predicate.forEach((p, k) => {
          let best = 0;
          for (const j of w) if (units[j]!.negated === p.negated && rows[k]![j]! > best) best = rows[k]![j]!;
          found += p.weight * best;
        });
        const share = found / total;
        if (share < 0.5) continue;
        const verdict = things.about(w, own);
        if (verdict === "own") support = Math.max(support, share);
        else if (verdict === "other") conflict = Math.max(conflict, share);
      }
      return conflict > support + 0.15;
    });
  };

  const misattributed = (statements: readonly { subject: Unit | undefined; units: readonly Unit[] }[]): { wrong: number; right: number } => {
    const things = thingsOf(statements);
    if (things.count < 2) return { wrong: 0, right: 0 };
    // Each thing's own qualities: said of it and of no other of the things.
    const owners = new Map<number, { unit: Unit; owner: number }>();
    const shared = new Set<number>();
    for (const st of statements) {
      if (!st.subject) continue;
      const owner = things.indexOf(st.subject);
      for (const u of st.units) {
        if (!ATTRIBUTE_POS.has(u.pos) || u.weight < ATTRIBUTE_WEIGHT || things.indexOf(u) >= 0 || shared.has(u.id)) continue;
        const other = [...owners.values()].find((o) => o.owner !== owner && similarity(o.unit, u) >= SYNONYM);
        if (other) {
          shared.add(u.id).add(other.unit.id);
          owners.delete(other.unit.id);
        } else if (!owners.has(u.id)) owners.set(u.id, { unit: u, owner });
      }
    }
    let wrong = 0;
    let right = 0;
    for (const { unit, owner } of owners.values()) {
      const r = row(unit);
      const verdicts = clauseWindows.filter((w) => w.some((j) => r[j]! >= SYNONYM && units[j]!.negated === unit.negated)).map((w) => things.about(w, owner));
      if (verdicts.includes("own")) right += unit.weight;
      else if (verdicts.includes("other")) wrong += unit.weight;
    }
    return { wrong, right };
  };

  const recall = (from: readonly Unit[], signed: boolean, opposite = 0): number => {
    let total = 0;
    let found = 0;
    for (const f of from) {
      total += f.weight;
      const r = row(f);
      let best = 0;
      for (let j = 0; j < units.length && best < 1; j++) {
        const sim = !signed || units[j]!.negated === f.negated ? r[j]! : r[j]! * opposite;
        if (sim > best) best = sim;
      }
      found += f.weight * best;
    }
    return total ? found / total : 0;
  };

  const precision = (to: readonly Unit[], signed: boolean, opposite = 0): number => {
    const best = new Float32Array(units.length);
    for (const t of to) {
      const r = row(t);
      for (let j = 0; j < units.length; j++) {
        const sim = !signed || units[j]!.negated === t.negated ? r[j]! : r[j]! * opposite;
        if (sim > best[j]!) best[j] = sim;
      }
    }
    let total = 0;
    let found = 0;
    units.forEach((u, j) => {
      total += u.weight;
      found += u.weight * best[j]!;
    });
    return total ? found / total : 0;
  };

  return {
    units,
    hasSubject: subjectFound,
    swapped,
    misattributed,
    recall,
    precision,
    match(statementUnits, subject) {
      const statement = prepareStatement(statementUnits);
      let total = 0;
      for (const s of statement) total += s.weight;
      if (total === 0 || windows.length === 0) return { score: 0, unsignedScore: 0, polarScore: 0, evidence: null };
      // A statement that is one glossary concept must share a word with the answer's spelling:
      // "Representational State Transfer" is not expressed by saying "REST".
      const strict = statement.length === 1 && statement[0]!.pos === "TERM";
      const rows = statement.map((s) => {
        if (!strict) return row(s);
        const r = row(s).slice();
        for (let j = 0; j < units.length; j++) if (r[j] === 1 && !s.parts.some((p) => units[j]!.parts.includes(p))) r[j] = PART;
        return r;
      });
      const subjectRow = subject ? row(subject) : undefined;
      // answer units that match anything in the statement: windows without one are skipped
      const hit = new Uint8Array(units.length);
      let any = false;
      for (const r of rows) for (let j = 0; j < units.length; j++) if (r[j]! > 0) hit[j] = 1;
      for (let j = 0; j < units.length; j++) if (hit[j]) any = true;
      if (!any) return { score: 0, unsignedScore: 0, polarScore: 0, evidence: null };

      let best: MatchResult = { score: 0, unsignedScore: 0, polarScore: 0, evidence: null };
      let bestUnsigned = 0;
      let bestPolar = 0;
      for (const w of windows) {
        let relevant = false;
        for (const j of w.units) if (hit[j]) {
          relevant = true;
          break;
        }
        if (!relevant) continue;
        let signed = 0;
        let unsigned = 0;
        const predicateClauses = new Set<number>();
        let start = Infinity;
        let end = -Infinity;
        for (let k = 0; k < statement.length; k++) {
          const s = statement[k]!;
          const r = rows[k]!;
          let bestSigned = 0;
          let bestUnsignedSim = 0;
          let partner = -1;
          for (const j of w.units) {
            const sim = r[j]!;
            if (sim === 0) continue;
            if (sim > bestUnsignedSim) bestUnsignedSim = sim;
            if (units[j]!.negated === s.negated && sim > bestSigned) {
              bestSigned = sim;
              partner = j;
            }
          }
          signed += s.weight * bestSigned;
          unsigned += s.weight * bestUnsignedSim;
          if (partner >= 0) {
            const u = units[partner]!;
            if (!subject || s.id !== subject.id) predicateClauses.add(u.clause);
            start = Math.min(start, u.start);
            end = Math.max(end, u.end);
          }
        }
        const polar = (signed / total) * w.factor;
        bestUnsigned = Math.max(bestUnsigned, (unsigned / total) * w.factor);
        bestPolar = Math.max(bestPolar, polar);
        if (polar <= best.score) continue;
        let score = polar;
        if (subject && subjectRow && predicateClauses.size > 0) {
          let missing = 0;
          for (const c of predicateClauses) if (!subjectFoundWith(subject, subjectRow, c)) missing++;
          score *= 1 - (1 - WRONG_SUBJECT) * (missing / predicateClauses.size);
        }
        if (score > best.score) best = { score, unsignedScore: 0, polarScore: 0, evidence: Number.isFinite(start) ? { start, end } : null };
      }
      return { ...best, unsignedScore: bestUnsigned, polarScore: bestPolar };
    },
  };
}

/**
 * A wording found word for word (by lemma) in the answer, with the same polarity: "who you are",
 * "what you can do" — phrases made of function words that the unit matcher cannot see.
 */
export function matchPhrase(wording: Analysis, answer: Analysis): { start: number; end: number; clause: number } | null {
  const words = wording.tokens.filter((t) => t.isWord);
  if (words.length < 2) return null;
  const negated = words.some((t) => t.negated);
  const text = answer.tokens.filter((t) => t.isWord);
  for (let i = 0; i + words.length <= text.length; i++) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const a = text[i + k]!;
      const b = words[k]!;
      ok = (a.lower === b.lower || a.lemma === b.lemma) && a.sentence === text[i]!.sentence;
    }
    if (!ok) continue;
    const first = text[i]!;
    const last = text[i + words.length - 1]!;
    if (text.slice(i, i + words.length).some((t) => t.negated) !== negated) continue;
    return { start: first.start, end: last.end, clause: first.clause };
  }
  return null;
}
