/**
 * Small English morphology for writing suggestions: a/an, -ing, -s and past forms. Only what the
 * rules need to propose a replacement; when unsure, callers skip the replacement.
 */
import { wordTable } from "./word-table.ts";

const IRREGULAR_PAST = wordTable<string>({
  be: "was", have: "had", do: "did", go: "went", see: "saw", find: "found", take: "took", get: "got", make: "made",
  run: "ran", write: "wrote", break: "broke", come: "came", begin: "began", know: "knew", tell: "told", say: "said",
  give: "gave", send: "sent", spend: "spent", build: "built", think: "thought", bring: "brought", buy: "bought",
  catch: "caught", teach: "taught", keep: "kept", leave: "left", lose: "lost", feel: "felt", mean: "meant", meet: "met",
  hold: "held", stand: "stood", understand: "understood", choose: "chose", drive: "drove", rise: "rose", fall: "fell",
  grow: "grew", throw: "threw", fly: "flew", hit: "hit", put: "put", set: "set", cut: "cut", let: "let", shut: "shut",
  read: "read", spread: "spread", cost: "cost", hurt: "hurt", quit: "quit", split: "split", become: "became",
  forget: "forgot", freeze: "froze", lead: "led", pay: "paid", sell: "sold", sit: "sat", sleep: "slept", speak: "spoke",
  win: "won", wake: "woke", feed: "fed", fight: "fought", hang: "hung", hide: "hid", seek: "sought", shake: "shook",
  shoot: "shot", strike: "struck", undo: "undid", withdraw: "withdrew", draw: "drew", eat: "ate", bend: "bent",
  blow: "blew", deal: "dealt", lend: "lent", overcome: "overcame", rebuild: "rebuilt", rewrite: "rewrote",
  override: "overrode", mislead: "misled", show: "showed", hear: "heard", sink: "sank", slide: "slid", wear: "wore",
  light: "lit", ring: "rang", shine: "shone", bind: "bound", dig: "dug", drink: "drank", tear: "tore",
});

const VOWELS = /[aeiou]/;

/** Whether a one-syllable word ends consonant–vowel–consonant, so the consonant doubles ("stop" → "stopping"). */
function doublesFinal(verb: string): boolean {
  if (!/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return false;
  return (verb.match(/[aeiou]+/g) ?? []).length === 1;
}

export function ingForm(verb: string): string {
  const v = verb.toLowerCase();
  if (v === "be" || v === "see" || v === "flee" || v === "agree") return `${v}ing`;
  if (v.endsWith("ie")) return `${v.slice(0, -2)}ying`;
  if (v.endsWith("e") && !v.endsWith("ee") && v.length > 2) return `${v.slice(0, -1)}ing`;
  if (doublesFinal(v)) return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}

export function pastForm(verb: string): string {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR_PAST[v];
  if (irregular) return irregular;
  if (v.endsWith("e")) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (doublesFinal(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}

export function thirdPersonForm(verb: string): string {
  const v = verb.toLowerCase();
  if (v === "be") return "is";
  if (v === "have") return "has";
  if (v === "do" || v === "go") return `${v}es`;
  if (/(s|x|z|ch|sh|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

/** Acronym letters whose names start with a vowel sound: "an API", "an SQL query", "an HTTP call". */
const VOWEL_SOUND_LETTERS = new Set(["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"]);

/** "a" or "an" for the word that follows. */
export function indefiniteArticle(word: string): "a" | "an" {
  if (/^[A-Z]{2,}s?$/.test(word) && !/^(?:SCSI|NASA|SOAP|REST|CRUD|JSON|YAML|SAML|OAUTH|AJAX|CORS|GIF|JPEG|WASM)$/.test(word)) {
    return VOWEL_SOUND_LETTERS.has(word[0]!) ? "an" : "a";
  }
  const w = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return "an";
  if (/^(?:uni[qtfovxcs]|use|usu|uti|ure|eu|ewe|one|once|u[bcfgklmprstv][aeiouy])/.test(w)) return "a";
  return VOWELS.test(w[0] ?? "") ? "an" : "a";
}

/** The word with its first letter in upper case: "monday" → "Monday". */
export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Keep the capitalisation of the word being replaced: "Change" → "Consider". */
export function matchCase(replacement: string, original: string): string {
  if (original.length > 0 && original[0] === original[0]!.toUpperCase() && original[0] !== original[0]!.toLowerCase()) {
    return capitalize(replacement);
  }
  return replacement;
}

/** Verbs whose past tense is their base form: "it hit a timeout", "the system let it through". */
export const BASE_FORM_PAST: ReadonlySet<string> = new Set(["hit", "set", "put", "cut", "let", "cost", "hurt", "quit", "shut", "spread", "split", "read", "bet", "burst", "cast", "reset", "broadcast", "forecast", "upset", "rid", "shed", "offset"]);

/** Verbs whose past participle is their base form: "is set", "was run", "is read" are passives. */
export const BASE_FORM_PARTICIPLE: ReadonlySet<string> = new Set([...BASE_FORM_PAST, "run", "come", "become", "overcome", "output", "input", "upload", "download"]);

/** Past participles that are not the past tense: "gone", "seen", "written". */
const IRREGULAR_PARTICIPLE = wordTable<string>({
  be: "been", go: "gone", see: "seen", do: "done", take: "taken", write: "written", eat: "eaten", give: "given",
  break: "broken", speak: "spoken", choose: "chosen", forget: "forgotten", drive: "driven", fall: "fallen",
  steal: "stolen", begin: "begun", know: "known", grow: "grown", throw: "thrown", fly: "flown", ride: "ridden",
  wear: "worn", drink: "drunk", swim: "swum", sing: "sung", ring: "rung", show: "shown", hide: "hidden",
  wake: "woken", shake: "shaken", forgive: "forgiven", freeze: "frozen", come: "come", run: "run", become: "become",
});

/** The past participle of a verb's base form: "change" → "changed", "go" → "gone", "put" → "put". */
export function participleForm(verb: string): string {
  const v = verb.toLowerCase();
  return IRREGULAR_PARTICIPLE[v] ?? (BASE_FORM_PAST.has(v) ? v : pastForm(v));
}
