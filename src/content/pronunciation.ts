/**
 * Pronunciation of glossary terms: a stress respelling ("LAY-tun-see") and General American IPA
 * ("/ˈleɪtənsi/"), generated from the CMU Pronouncing Dictionary's ARPAbet transcriptions.
 *
 * Pure: the dictionary is an argument (tests pass a small one; `cmu-dictionary.ts` loads the real
 * one). A term's own `pronunciation` always wins over the generated one.
 */
import type { Pronunciation } from "./schema.ts";

/** Word → ARPAbet with stress digits ("latency" → "L EY1 T AH0 N S IY0"), lower-case keys. */
export type PronouncingDictionary = Readonly<Record<string, string>>;

type Stress = 0 | 1 | 2;
interface Syllable {
  onset: string[];
  vowel: string;
  stress: Stress;
  coda: string[];
}

const VOWELS = new Set(["AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"]);

/** Onsets English allows at the start of a syllable (General American, so no /tj/ or /nj/). */
const ONSETS = new Set(
  [
    // every single consonant except NG
    "B", "CH", "D", "DH", "F", "G", "HH", "JH", "K", "L", "M", "N", "P", "R", "S", "SH", "T", "TH", "V", "W", "Y", "Z", "ZH",
    "P L", "P R", "P Y", "B L", "B R", "B Y", "T R", "T W", "D R", "D W", "K L", "K R", "K W", "K Y",
    "G L", "G R", "G W", "F L", "F R", "F Y", "TH R", "TH W", "SH R", "V Y", "M Y", "HH Y", "HH W",
    "S P", "S T", "S K", "S M", "S N", "S L", "S W", "S F",
    "S P L", "S P R", "S P Y", "S T R", "S K L", "S K R", "S K W", "S K Y",
  ],
);

/** Letter names, for initialisms such as "TCP" that the dictionary lacks. */
const LETTERS: Record<string, string> = {
  a: "EY1", b: "B IY1", c: "S IY1", d: "D IY1", e: "IY1", f: "EH1 F", g: "JH IY1", h: "EY1 CH",
  i: "AY1", j: "JH EY1", k: "K EY1", l: "EH1 L", m: "EH1 M", n: "EH1 N", o: "OW1", p: "P IY1",
  q: "K Y UW1", r: "AA1 R", s: "EH1 S", t: "T IY1", u: "Y UW1", v: "V IY1", w: "D AH1 B AH0 L Y UW0",
  x: "EH1 K S", y: "W AY1", z: "Z IY1",
};

/** Short words said without stress inside a phrase ("man in the middle"). */
const FUNCTION_WORDS = new Set(["a", "an", "the", "of", "to", "in", "at", "by", "for", "and", "or", "as", "with", "from"]);

// ---------------------------------------------------------------------------------------------
// Looking words up

const entry = (dict: PronouncingDictionary, word: string): string[] | null => {
  const phones = dict[word];
  return phones ? phones.trim().split(/\s+/) : null;
};

const VOICELESS = new Set(["P", "T", "K", "F", "TH", "S", "SH", "CH"]);
const SIBILANT = new Set(["S", "Z", "SH", "ZH", "CH", "JH"]);
const last = (phones: string[]) => (phones.at(-1) ?? "").replace(/\d/, "");

/** The ARPAbet an inflectional suffix adds after a base pronunciation. */
const suffixPhones: Record<string, (base: string[]) => string[]> = {
  s: (b) => (SIBILANT.has(last(b)) ? ["IH0", "Z"] : VOICELESS.has(last(b)) ? ["S"] : ["Z"]),
  ed: (b) => (["T", "D"].includes(last(b)) ? ["IH0", "D"] : VOICELESS.has(last(b)) ? ["T"] : ["D"]),
  ing: () => ["IH0", "NG"],
  er: () => ["ER0"],
};

/** Spellings of a word without its inflection, with the suffix it carried: "sharding" → shard + ing. */
function inflectionBases(word: string): [string, keyof typeof suffixPhones][] {
  const out: [string, keyof typeof suffixPhones][] = [];
  const undouble = (stem: string) => (/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : []);
  for (const [suffix, kind] of [["ing", "ing"], ["ed", "ed"], ["er", "er"]] as const) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      for (const base of [stem, stem + "e", ...undouble(stem)]) out.push([base, kind]);
    }
  }
  if (word.endsWith("ies") && word.length > 4) out.push([word.slice(0, -3) + "y", "s"]);
  if (word.endsWith("es") && word.length > 3) out.push([word.slice(0, -2), "s"]);
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) out.push([word.slice(0, -1), "s"]);
  return out;
}

/**
 * Latin prefixes that are also dictionary words: "con" + "currency" is not a compound, and its
 * stress does not fall on the first part, so a word is never split right after one of these.
 */
const PREFIXES = new Set(["con", "com", "pre", "pro", "dis", "mis", "non", "sub", "per", "inter", "trans", "anti", "semi", "multi", "over", "under", "counter", "super", "hyper"]);

/** Demote every primary stress to secondary: the second part of a compound ("middle|ware"). */
const demote = (phones: string[]) => phones.map((p) => p.replace("1", "2"));

/**
 * ARPAbet for one written word, in groups that each start a syllable (compound parts, letters of
 * an initialism), or null. Tries, in order: a vowelless initialism in capitals, spelled letter by
 * letter ("TCP", "SQL"); the dictionary; an inflection of a dictionary word ("sharding"); a compound of
 * two dictionary words of three letters or more, stressed on the first ("middleware").
 */
export function wordPhones(token: string, dict: PronouncingDictionary): string[][] | null {
  const word = token.toLowerCase();
  if (/^[B-DF-HJ-NP-TV-XZ]{2,6}$/.test(token)) {
    // An initialism, one syllable group per letter; the stress falls on the last ("tee-see-PEE").
    const letters = [...word].map((c) => (LETTERS[c] ?? "").split(" "));
    return letters.map((l, i) => (i < letters.length - 1 ? demote(l) : l));
  }
  const direct = entry(dict, word);
  if (direct) return [direct];
  if (!/^[a-z']+$/.test(word)) return null;
  for (const [base, suffix] of inflectionBases(word)) {
    const phones = entry(dict, base);
    if (phones) return [[...phones, ...suffixPhones[suffix]!(phones)]];
  }
  for (let cut = word.length - 3; cut >= 3; cut--) {
    const headText = word.slice(0, cut);
    if (PREFIXES.has(headText)) continue;
    const head = entry(dict, headText);
    const tail = entry(dict, word.slice(cut));
    if (head && tail) return [head, demote(tail)];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Syllables

const isVowel = (phone: string) => VOWELS.has(phone.replace(/\d/, ""));

/**
 * Split ARPAbet into syllables by the maximal-onset principle. An unstressed ER before a vowel is
 * a schwa followed by an R that starts the next syllable ("parameter": pə.ˈræ.mə.tɚ).
 */
export function syllabify(phones: readonly string[]): Syllable[] {
  const syllables: Syllable[] = [];
  let pending: string[] = [];
  const expanded = phones.flatMap((p, i) => (p === "ER0" && isVowel(phones[i + 1] ?? "") ? ["AH0", "R"] : [p]));
  for (const phone of expanded) {
    if (!isVowel(phone)) {
      pending.push(phone);
      continue;
    }
    const previous = syllables.at(-1);
    let split = 0;
    if (previous) {
      // The longest tail of the consonant cluster that can start a syllable goes to the next one.
      split = pending.length;
      for (let i = 0; i < pending.length; i++) {
        if (ONSETS.has(pending.slice(i).join(" "))) {
          split = i;
          break;
        }
      }
      previous.coda.push(...pending.slice(0, split));
    }
    syllables.push({
      onset: pending.slice(split),
      vowel: phone.replace(/\d/, ""),
      stress: Number(phone.match(/\d/)?.[0] ?? 0) as Stress,
      coda: [],
    });
    pending = [];
  }
  const final = syllables.at(-1);
  if (final) final.coda.push(...pending);
  return syllables;
}

/** Keep one primary stress per word: when the dictionary marks several, the last one wins. */
function onePrimary(syllables: Syllable[]): Syllable[] {
  const primaries = syllables.filter((s) => s.stress === 1);
  for (const s of primaries.slice(0, -1)) s.stress = 2;
  return syllables;
}

// ---------------------------------------------------------------------------------------------
// IPA

const IPA_VOWEL: Record<string, string> = {
  AA: "ɑ", AE: "æ", AO: "ɔ", AW: "aʊ", AY: "aɪ", EH: "ɛ", EY: "eɪ", IH: "ɪ", IY: "i", OW: "oʊ",
  OY: "ɔɪ", UH: "ʊ", UW: "u",
};
const IPA_CONSONANT: Record<string, string> = {
  B: "b", CH: "tʃ", D: "d", DH: "ð", F: "f", G: "ɡ", HH: "h", JH: "dʒ", K: "k", L: "l", M: "m",
  N: "n", NG: "ŋ", P: "p", R: "r", S: "s", SH: "ʃ", T: "t", TH: "θ", V: "v", W: "w", Y: "j", Z: "z",
  ZH: "ʒ",
};

function ipaVowel(s: Syllable): string {
  if (s.vowel === "AH") return s.stress === 0 ? "ə" : "ʌ";
  if (s.vowel === "ER") return s.stress === 0 ? "ɚ" : "ɝ";
  return IPA_VOWEL[s.vowel] ?? "";
}

function ipaWord(syllables: Syllable[]): string {
  const consonants = (cs: string[]) => cs.map((c) => IPA_CONSONANT[c] ?? "").join("");
  return syllables
    .map((s) => (s.stress === 1 ? "ˈ" : s.stress === 2 ? "ˌ" : "") + consonants(s.onset) + ipaVowel(s) + consonants(s.coda))
    .join("");
}

// ---------------------------------------------------------------------------------------------
// Respelling

/** Vowels that cannot end a stressed syllable in English spelling: "KA-shing" reads wrongly. */
const CHECKED = new Set(["AE", "EH", "IH", "AH", "UH"]);
/** Vowels whose spelling changes before R ("KWEER-ee", "wair"): the R is written with them. */
const R_COLORED = new Set(["AA", "AE", "AO", "AW", "AY", "EH", "IH", "IY", "OW", "UH", "UW"]);

/**
 * Respelling reads syllables as English spelling does, so a consonant after a stressed short vowel
 * is written with that vowel ("KASH-ing", "BIL-ih-tee"), and an R after a vowel joins the vowel.
 */
function respellingSyllables(syllables: Syllable[]): Syllable[] {
  const out = syllables.map((s) => ({ ...s, onset: [...s.onset], coda: [...s.coda] }));
  for (let i = 0; i < out.length - 1; i++) {
    const s = out[i]!;
    const next = out[i + 1]!;
    if (s.coda.length > 0 || next.onset.length === 0) continue;
    const moves =
      (next.onset[0] === "R" && R_COLORED.has(s.vowel)) ||
      (s.stress > 0 && CHECKED.has(s.vowel) && next.onset[0] !== "Y" && next.onset[0] !== "W") ||
      (s.stress === 1 && s.vowel === "AO"); // "LAWG-ing", not "LAW-ghing"
    if (moves) s.coda.push(next.onset.shift()!);
  }
  return out;
}

const RESPELL_CONSONANT: Record<string, string> = {
  B: "b", CH: "ch", D: "d", DH: "th", F: "f", G: "g", HH: "h", JH: "j", K: "k", L: "l", M: "m",
  N: "n", NG: "ng", P: "p", R: "r", S: "s", SH: "sh", T: "t", TH: "th", V: "v", W: "w", Y: "y",
  Z: "z", ZH: "zh",
};

function respellVowel(s: Syllable): { text: string; takesR: boolean } {
  const open = s.coda.length === 0;
  if (s.coda[0] === "R") {
    const beforeR: Record<string, string> = {
      AA: "ar", AE: "arr", AO: "or", AW: "owr", AY: "yr", EH: "air", IH: "eer", IY: "eer", OW: "or", UH: "oor", UW: "oor",
    };
    const text = beforeR[s.vowel];
    if (text) return { text, takesR: true };
  }
  switch (s.vowel) {
    case "AA": return { text: "ah", takesR: false }; // General American: "DAH-ker", "SAH-guh"
    case "AE": return { text: "a", takesR: false };
    case "AH": return { text: open ? "uh" : "u", takesR: false };
    case "AO": return { text: "aw", takesR: false };
    case "AW": return { text: "ow", takesR: false };
    case "AY": return { text: s.onset.length === 0 ? "eye" : "y", takesR: false };
    case "EH": return { text: open ? "eh" : "e", takesR: false };
    case "ER": return { text: s.stress === 0 ? "er" : "ur", takesR: false };
    case "EY": return { text: "ay", takesR: false };
    case "IH": return { text: open ? "ih" : "i", takesR: false };
    case "IY": return { text: "ee", takesR: false };
    case "OW": return { text: "oh", takesR: false };
    case "OY": return { text: "oy", takesR: false };
    default: return { text: "oo", takesR: false }; // UH, UW
  }
}

function respellSyllable(s: Syllable): string {
  const vowel = respellVowel(s);
  const coda = vowel.takesR ? s.coda.slice(1) : s.coda;
  let onset = s.onset.map((c) => RESPELL_CONSONANT[c] ?? "").join("");
  // "g" before e, i or y would read as /dʒ/: write "gh" ("GHET").
  if (s.onset.at(-1) === "G" && /^[eiy]/.test(vowel.text)) onset += "h";
  let codaText = coda.map((c) => RESPELL_CONSONANT[c] ?? "").join("");
  // A lone final s after a vowel would read as /z/ ("bays"): double it ("bayss").
  if (coda.length === 1 && coda[0] === "S" && !vowel.takesR) codaText = "ss";
  // Long i closed by one consonant takes a silent e, as in "type": "TYPE", "tyle".
  const silentE = s.vowel === "AY" && s.onset.length > 0 && coda.length === 1 && coda[0] !== "S" ? "e" : "";
  const text = onset + vowel.text + codaText + silentE;
  return s.stress === 1 ? text.toUpperCase() : text;
}

// ---------------------------------------------------------------------------------------------
// Terms

/** The written words of a term that are pronounced: "pub/sub" → pub, sub; "Big-O notation" → Big, O, notation. */
export const termWords = (term: string): string[] => term.split(/[\s\-/]+/).filter(Boolean);

/**
 * Generate a pronunciation for a term's words, or null when any word cannot be pronounced from the
 * dictionary. Each word keeps its own stress; short function words inside a phrase are unstressed.
 */
export function generatePronunciation(term: string, dict: PronouncingDictionary): Pronunciation | null {
  const words = termWords(term);
  if (words.length === 0) return null;
  const respelled: string[] = [];
  const ipa: string[] = [];
  for (const word of words) {
    const phones = wordPhones(word.replace(/['’]s$/, ""), dict);
    if (!phones) return null;
    const unstressed = words.length > 1 && FUNCTION_WORDS.has(word.toLowerCase());
    const syllables = onePrimary(
      phones.flatMap((group) => syllabify(unstressed ? group.map((p) => p.replace(/\d/, "0")) : group)),
    );
    if (syllables.length === 0) return null;
    ipa.push(ipaWord(syllables));
    respelled.push(respellingSyllables(syllables).map(respellSyllable).join("-"));
  }
  return { respelling: respelled.join(" "), ipa: `/${ipa.join(" ")}/` };
}

/** The pronunciation shown for a term: its own override, else the generated one, else null. */
export function termPronunciation(
  term: { term: string; pronunciation?: Pronunciation | undefined },
  dict: PronouncingDictionary,
): Pronunciation | null {
  return term.pronunciation ?? generatePronunciation(term.term, dict);
}
