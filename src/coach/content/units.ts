/**
 * Concept units: what the content matcher compares. A unit is a content word (by its lemma stem)
 * or a glossary term spanning several words ("pull request", "PR" → one concept). Function words
 * are dropped; each unit carries a weight (rare, specific words count more than "use" or "make"),
 * its clause and whether that clause is negated.
 */
import type { Analysis } from "../text/analyze.ts";
import type { Lexicon } from "../lexicon.ts";

export interface Unit {
  /** The stem key, or "term:<id>" for a glossary concept. */
  key: string;
  /** A small number standing for the key (same key, same id), for fast comparisons. */
  id: number;
  /** Lower-case lemma (for synonyms); empty for concepts. */
  lemma: string;
  /** Keys of the individual words of a concept ("pull", "request"), so "request" alone still partly matches. */
  parts: readonly string[];
  weight: number;
  /** Part of speech of the word, "TERM" for a glossary concept, "COMPOUND" for "at-most-once". */
  pos: string;
  start: number;
  end: number;
  sentence: number;
  clause: number;
  negated: boolean;
  isNumber: boolean;
}

/** Function words: never units. (wink's stop list also drops "put", "call", "first", "two"…, which matter here.) */
export const STOPWORDS = new Set(
  `a an the this that these those some any each every either neither no nor not n't n’t never none
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs myself ourselves yourself itself themselves
  what which who whom whose when where why how whether
  be is am are was were been being 's 're 'm ’s ’re ’m have has had having 've ’ve do does did doing done
  will would shall should can could may might must 'll ’ll 'd ’d
  and or but so because if then than as while although though unless until since whereas yet also
  of in on at to for from by with without about into onto over under between through during before after above below
  up down out off again further once here there very too quite rather really just only even still already
  such same other another more most less least much many few several lot lots
  there's it's that's what's let's let
  like well ok okay yes yeah um uh basically actually literally etc e.g i.e via per`
    .split(/\s+/)
    .filter(Boolean),
);

/** Frequent words that carry little meaning on their own. */
export const GENERIC = new Set(
  `use used using make made get got go going goes went give take put thing things way ways good better best bad
  need needs want wants say says said mean means know think see look work works working time times people person
  able different example case kind type sort part lot new old big small simple easy hard important main usually
  often always sometimes something everything anything nothing someone everyone also just first second next last one
  two three many much able possible sure right wrong real actually basically generally normally typically specific
  certain whole various general common help helps try tries happen happens happened let keep start stop change changes
  do does did done call called`
    .split(/\s+/)
    .filter(Boolean),
);

const ids = new Map<string, number>();
/** The number standing for a key, the same for the life of the process. */
export function keyId(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(key, id);
  }
  return id;
}

/** How much a unit counts: 1 for an ordinary content word, more for rare words and glossary terms. */
export interface WordWeights {
  weightOf(key: string): number;
}

export const UNIFORM_WEIGHTS: WordWeights = { weightOf: () => 1 };

/**
 * Inverse document frequency over a corpus of texts (the content pack's answers, definitions and
 * topics), mapped to 0.5–1.5 so that no single word dominates. Words the corpus never saw count as rare.
 */
export function createWordWeights(documents: readonly (readonly string[])[]): WordWeights {
  const df = new Map<string, number>();
  for (const doc of documents) for (const key of new Set(doc)) df.set(key, (df.get(key) ?? 0) + 1);
  const n = documents.length;
  if (n === 0) return UNIFORM_WEIGHTS;
  const maxIdf = Math.log(n + 1);
  return {
    weightOf(key) {
      const idf = Math.log((n + 1) / ((df.get(key) ?? 0) + 1));
      return 0.5 + idf / maxIdf;
    },
  };
}

/** The units of an analysed text. */
export function toUnits(a: Analysis, lexicon: Lexicon | undefined, weights: WordWeights): Unit[] {
  const units: Unit[] = [];
  const terms = lexicon ? lexicon.findTerms(a) : [];
  let ti = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const term = terms[ti];
    if (term && term.first === i) {
      const first = a.tokens[term.first]!;
      const parts: string[] = [];
      let negated = first.negated;
      for (let k = term.first; k < term.last; k++) {
        const t = a.tokens[k]!;
        if (t.isWord && !STOPWORDS.has(t.lower)) parts.push(t.key);
        negated = negated || t.negated;
      }
      units.push({
        key: `term:${term.termId}`,
        id: keyId(`term:${term.termId}`),
        lemma: "",
        parts,
        weight: Math.min(1.6, Math.max(...parts.map((p) => weights.weightOf(p)), 1) + 0.2),
        pos: "TERM",
        start: term.start,
        end: term.end,
        sentence: first.sentence,
        clause: first.clause,
        negated,
        isNumber: false,
      });
      i = term.last - 1;
      ti++;
      continue;
    }
    const t = a.tokens[i]!;
    // "at-most-once", "read-modify-write": a hyphenated chain with function words is one unit.
    const chain = hyphenChain(a, i);
    if (chain > i && a.tokens.slice(i, chain + 1).some((c) => c.isWord && STOPWORDS.has(c.lower))) {
      const last = a.tokens[chain]!;
      const words = a.tokens.slice(i, chain + 1).filter((c) => c.isWord);
      const compound = `cmp:${words.map((c) => c.lower).join("-")}`;
      units.push({
        key: compound,
        id: keyId(compound),
        lemma: "",
        parts: words.filter((c) => !STOPWORDS.has(c.lower)).map((c) => c.key),
        weight: 1.3,
        pos: "COMPOUND",
        start: t.start,
        end: last.end,
        sentence: t.sentence,
        clause: t.clause,
        negated: t.negated,
        isNumber: false,
      });
      i = chain;
      continue;
    }
    if (!t.isWord || STOPWORDS.has(t.lower) || STOPWORDS.has(t.lemma)) continue;
    const isNumber = /^\d/.test(t.text);
    const generic = GENERIC.has(t.lemma) || GENERIC.has(t.lower);
    units.push({
      key: t.key,
      id: keyId(t.key),
      lemma: t.lemma,
      parts: [t.key],
      weight: generic ? 0.3 : weights.weightOf(t.key),
      pos: t.pos,
      start: t.start,
      end: t.end,
      sentence: t.sentence,
      clause: t.clause,
      negated: t.negated,
      isNumber,
    });
  }
  return units;
}

/** The index of the last token of a hyphenated chain starting at i ("at-most-once"), or i. */
function hyphenChain(a: Analysis, i: number): number {
  let k = i;
  while (
    a.tokens[k]?.isWord &&
    a.tokens[k + 1]?.text === "-" &&
    a.tokens[k + 1]!.start === a.tokens[k]!.end &&
    a.tokens[k + 2]?.isWord &&
    a.tokens[k + 2]!.start === a.tokens[k + 1]!.end
  ) {
    k += 2;
  }
  return k;
}
