/**
 * Grammar and spelling from harper.js, turned into coach issues. The linter instance is created
 * once per process (see resources.ts) and passed in. Harper knows general English; the coach adds
 * what it does not: domain words are never spelling mistakes (the glossary is also in harper's
 * user dictionary), code-like tokens (paths, identifiers, versions) are skipped, words built from
 * known words and British spellings are not misspellings (derived-words.ts, dialect.ts), and only
 * the rules aimed at learners' mistakes run (harper-rules.ts).
 */
import type { Lint, LintConfig, Linter } from "harper.js";
import type { Issue, IssueCategory } from "../types.ts";
import { isDialectVariant } from "./dialect.ts";
import { ENABLED_HARPER_RULES } from "./harper-rules.ts";
import { wordTable } from "../text/word-table.ts";

/** The part of harper's Linter the coach uses. */
export type GrammarLinter = Pick<Linter, "organizedLints" | "setLintConfig" | "getDefaultLintConfig" | "importWords">;

/**
 * Harper's configuration with only the coach's rules on (harper-rules.ts), and the names among
 * them this version of harper does not know (a rule renamed upstream: the tests fail on it).
 */
export function learnerLintConfig(defaults: LintConfig): { config: LintConfig; unknown: string[] } {
  const config: LintConfig = {};
  for (const rule of Object.keys(defaults)) config[rule] = ENABLED_HARPER_RULES.has(rule);
  const unknown = [...ENABLED_HARPER_RULES].filter((rule) => !(rule in defaults));
  return { config, unknown };
}

/** Standard English (British or American) that harper's American dictionary flags: "afterwards" → "afterwords". */
const STANDARD_WORDS_HARPER_LACKS = ["afterwards", "backwards", "forwards", "upwards", "downwards", "amongst", "whilst", "learnt", "spelt", "burnt", "dreamt", "leant", "maths"];

/** Configure a linter for the coach: the learner rules only, and the glossary in its dictionary. */
export async function configureLinter(linter: GrammarLinter, dictionaryWords: readonly string[]): Promise<void> {
  await linter.setLintConfig(learnerLintConfig(await linter.getDefaultLintConfig()).config);
  const words = new Set<string>();
  for (const w of dictionaryWords) {
    words.add(w);
    words.add(w.toLowerCase());
    if (/^[a-z]/.test(w)) words.add(w.charAt(0).toUpperCase() + w.slice(1));
    if (/^[A-Z0-9]+$/.test(w) || w.length <= 6) words.add(w.toUpperCase());
  }
  await linter.importWords([...words, ...STANDARD_WORDS_HARPER_LACKS]);
}

const KIND_CATEGORY: Record<string, IssueCategory> = {
  Spelling: "spelling",
  Typo: "spelling",
  Agreement: "agreement",
  Capitalization: "capitalization",
  Punctuation: "punctuation",
  Formatting: "punctuation",
  Grammar: "grammar",
  BoundaryError: "grammar",
  WordOrder: "grammar",
  Miscellaneous: "grammar",
  Nonstandard: "grammar",
  Usage: "word-choice",
  WordChoice: "word-choice",
  Malapropism: "word-choice",
  Eggcorn: "word-choice",
  Redundancy: "word-choice",
  Repetition: "grammar",
  Style: "style",
  Readability: "style",
  Enhancement: "style",
  Regionalism: "style",
};

/** Looks like code, a path, a version or an identifier: never a spelling mistake. */
function isCodeLike(text: string, word: string, start: number, end: number): boolean {
  if (/[0-9_]/.test(word) || /[a-z][A-Z]/.test(word) || /^[A-Z]{2,8}s?$/.test(word)) return true;
  const before = text[start - 1] ?? " ";
  const after = text[end] ?? " ";
  if (/[/\\.`_@#=:<>{}$~]/.test(before) || /[/\\`_@=(<>{}$]/.test(after) || (after === "." && /[\p{L}]/u.test(text[end + 1] ?? ""))) return true;
  // inside a URL or an e-mail address
  const from = text.lastIndexOf(" ", start) + 1;
  const token = text.slice(from, text.indexOf(" ", end) < 0 ? text.length : text.indexOf(" ", end));
  return /:\/\/|www\.|@/.test(token);
}

export interface HarperOptions {
  isDomainWord(lower: string): boolean;
  /**
   * A word harper does not know that is English all the same: the other dialect's or a rarer word
   * ("mould", "omelette"), or one built from words harper knows ("unindexed", "runbook's").
   */
  isKnownWord?(lower: string): boolean;
}

/** Harper's findings on a text, filtered and mapped to coach issues. */
export async function harperIssues(linter: GrammarLinter, text: string, options: HarperOptions): Promise<Issue[]> {
  if (!text.trim()) return [];
  const organized = await linter.organizedLints(text, { language: "plaintext" });
  const issues: Issue[] = [];
  for (const [rule, lints] of Object.entries(organized)) {
    for (const lint of lints) {
      try {
        const issue = toIssue(rule, lint, text, options);
        if (issue) issues.push(issue);
      } finally {
        lint.free();
      }
    }
  }
  return issues;
}

/** A finding of harper's with the text just before and after it. */
interface Finding {
  problem: string;
  before: string;
  after: string;
}

/** Correct English that harper's rules flag, rule by rule. */
const FALSE_ALARMS = wordTable<(f: Finding) => boolean>({
  // "nodes, each holding a value": harper reads the -ing word after "each" as a mass noun
  MassNouns: (f) => /ing$/.test(f.problem.trim()),
  // "I will send them to you tonight": harper reads "you tonight" as "your tonight"
  PossessiveYour: (f) => /^\s+(?:yesterday|today|tonight|tomorrow|now|soon|later|again|first|too|already|before|last|next|this|every)\b/i.test(f.after),
  // "everything was back to normal": not "too"
  ToTwoToo: (f) => /\bback\s+$/i.test(f.before) && /^\s+normal\b/i.test(f.after),
  // "The waiter who served us was friendly": "us" is the object of the verb before it, not the subject of "was"
  PronounInflectionBe: (f) => {
    const word = /(\p{L}+)\s+(?:us|them|me|him|her)\s+$/iu.exec(f.before)?.[1];
    return word !== undefined && !/^(?:and|or|but)$/i.test(word);
  },
});

function toIssue(rule: string, lint: Lint, text: string, options: HarperOptions): Issue | undefined {
  const span = lint.span();
  const start = span.start;
  const end = span.end;
  span.free();
  const kind = lint.lint_kind();
  const problem = text.slice(start, end);
  let category = KIND_CATEGORY[kind] ?? "grammar";
  // harper's first suggestion, read from the WASM side once and only when needed
  let suggested: { replacement: string | undefined } | undefined;
  const replacementOf = () => (suggested ??= { replacement: firstReplacement(lint, problem, kind === "Spelling") }).replacement;
  if (category === "spelling") {
    const word = problem.trim();
    if (options.isDomainWord(word.toLowerCase()) || isCodeLike(text, word, start, end)) return undefined;
    // (a name WordNet knows in lower case, "thursday", still wants its capital)
    if (kind === "Spelling" && options.isKnownWord?.(word.toLowerCase()) && replacementOf()?.toLowerCase() !== word.toLowerCase()) return undefined;
    // A word with no English word near it ("okonomiyaki", a dish; a name) is a word harper does not
    // know, not a slip: a learner's misspelling has a near neighbour to suggest
    if (kind === "Spelling" && replacementOf() === undefined) return undefined;
    // Names (capitalised words the dictionary does not know) are not learner mistakes; a sentence's
    // first word is capitalised anyway, so there only a plain slip of a known word ("Tommorow") counts.
    if (kind === "Spelling" && /^\p{Lu}\p{Ll}+$/u.test(word) && !(startsSentence(text, start) && isSlipOf(word, replacementOf() ?? ""))) return undefined;
  }
  if (FALSE_ALARMS[rule]?.({ problem, before: text.slice(Math.max(0, start - 60), start), after: text.slice(end) })) return undefined;
  const message = lint.message();
  if (/\barticle\b/i.test(message)) {
    category = "article";
    // "an HttpOnly cookie": how an identifier is read is the writer's call
    const nextWord = /^\s*([\p{L}\p{N}_-]+)/u.exec(text.slice(end))?.[1] ?? "";
    if (/\p{Ll}\p{Lu}/u.test(nextWord)) return undefined;
  }
  const replacement = replacementOf();
  // "colour" for "color": the other dialect's spelling is correct English
  if (kind === "Spelling" && replacement && isDialectVariant(problem.trim(), replacement)) return undefined;
  const style = category === "style";
  const issue: Issue = {
    start,
    end,
    category,
    message: cleanMessage(message),
    rule: `harper.${rule}`,
    source: "harper",
    severity: style ? "suggestion" : "error",
  };
  if (replacement !== undefined && replacement !== problem) issue.replacement = replacement;
  return issue;
}

/** Whether a word at `start` opens a sentence (nothing but an opening quote or bracket since the last stop). */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/[\s"'“‘(]+$/u, "");
  return before === "" || /[.!?:]$/.test(before) || /\n\s*$/.test(text.slice(0, start));
}

/** The text harper's first suggestion puts in place of the problem ("" removes it), freeing harper's objects. */
function firstReplacement(lint: Lint, problem: string, spelling: boolean): string | undefined {
  const suggestions = lint.suggestions();
  const textOf = (s: (typeof suggestions)[number]) => {
    const kind = s.kind();
    const text = s.get_replacement_text();
    return kind === 1 ? "" : kind === 2 ? problem + text : text;
  };
  // only a spelling lint's suggestions are weighed against each other; otherwise the first is read
  const replacement = spelling ? learnerChoice(problem.trim(), suggestions.map(textOf)) : suggestions[0] && textOf(suggestions[0]);
  for (const s of suggestions) s.free();
  return replacement;
}

/**
 * harper orders its spelling suggestions by how far they are from the word, and among equals the
 * first may be a rare word: "comming" → "cumming", "writting" → "writhing", "wich" → "wish",
 * "studing" → "studding", "tryed" → "toyed". A learner's slip is mostly a letter doubled or not
 * doubled, one left out, or a y kept or lost at an ending, so among harper's suggestions the one
 * that undoes such a slip comes first; otherwise harper's order stands.
 */
export function learnerChoice(word: string, suggestions: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const score = (suggestion: string): number => {
    const s = suggestion.toLowerCase();
    // the y of "study", "carry", "copy" dropped before -ing
    if (/[^y]ing$/.test(w) && s === w.replace(/ing$/, "ying")) return 3;
    // and the y kept before -ed: "tryed" → "tried"
    if (/[^aeiou]yed$/.test(w) && s === w.replace(/yed$/, "ied")) return 3;
    if (s.length === w.length - 1 && removesDouble(w, s)) return 2;
    if (s.length === w.length + 1 && removesDouble(s, w)) return 2;
    if (s.length === w.length + 1 && dropsOneLetter(s, w)) return 1;
    return 0;
  };
  let best = suggestions[0];
  let bestScore = best === undefined ? -1 : score(best);
  for (const s of suggestions.slice(1)) {
    const sc = score(s);
    if (sc > bestScore) [best, bestScore] = [s, sc];
  }
  return best;
}

/** `shorter` is `longer` with one letter of a doubled pair taken out ("writting" → "writing"). */
function removesDouble(longer: string, shorter: string): boolean {
  for (let i = 1; i < longer.length; i++) {
    if (longer[i] === longer[i - 1] && longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  }
  return false;
}

/** `shorter` is `longer` with one letter left out ("which" → "wich"). */
function dropsOneLetter(longer: string, shorter: string): boolean {
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/**
 * A typist's slip of `suggestion`: a letter doubled or not ("Tommorow"), two neighbours swapped
 * ("Recieve"), or one vowel wrong in a long word ("Definately"). A name is seldom that close to a word.
 */
export function isSlipOf(word: string, suggestion: string): boolean {
  const w = word.toLowerCase();
  const s = suggestion.toLowerCase();
  if (!s || w === s) return false;
  const single = (x: string) => x.replace(/(.)\1+/g, "$1");
  if (single(w) === single(s)) return true;
  if (w.length !== s.length) return false;
  const diff = [...w].flatMap((c, i) => (c === s[i] ? [] : [i]));
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && w[diff[0]!] === s[diff[1]!] && w[diff[1]!] === s[diff[0]!]) return true;
  return diff.length === 1 && w.length >= 6 && /[aeiou]/.test(w[diff[0]!]!) && /[aeiou]/.test(s[diff[0]!]!);
}

/** Harper writes Markdown code spans; learners read plain quotes. */
function cleanMessage(message: string): string {
  return message.replace(/`([^`]*)`/g, "\"$1\"");
}
