/**
 * Words harper.js's dictionary lacks that English builds from words it has: developers write
 * "unindexed", "redelivery", "misconfigured", "retryable" and "the runbook's owner" as a matter of
 * course, and flagging them as misspellings is a false alarm. A word counts as built when it is a
 * known word with a possessive, a prefix (the rest six letters or more, so "untill" and "misstake"
 * stay misspellings), or "-able"/"-ible" on a known verb ("responsable" stays one: "response" is
 * no verb). Pure; the word list comes in as `knows` (WordNet) and `isDomainWord` (the glossary).
 */
import type { WordNetPos } from "../content/wordnet.ts";

export type Knows = (lemma: string, pos?: WordNetPos) => boolean;

const PREFIXES = ["un", "re", "pre", "mis", "non", "over", "under", "sub", "co", "de", "auto", "multi", "inter", "micro"];
const PRONOUNS = new Set(["another", "one", "other", "someone", "anyone", "everyone", "nobody", "somebody", "anybody", "everybody", "else"]);

/** The word or what it is inflected from: "indexed" → "index", "cached" → "cache", "retries" → "retry". */
function knownForm(word: string, knows: Knows, isDomainWord: (lower: string) => boolean): boolean {
  const candidates = [word];
  if (word.endsWith("ies")) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ied")) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) candidates.push(word.slice(0, -2));
  if (word.endsWith("s")) candidates.push(word.slice(0, -1));
  if (word.endsWith("ed")) candidates.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) candidates.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return candidates.some((c) => c.length >= 3 && (knows(c) || isDomainWord(c)));
}

export function isBuiltFromKnownWords(lower: string, knows: Knows, isDomainWord: (lower: string) => boolean): boolean {
  const possessive = /^(.+)['’]s$/.exec(lower)?.[1];
  if (possessive) return PRONOUNS.has(possessive) || knownForm(possessive, knows, isDomainWord);
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length).replace(/^-/, "");
    if (rest.length >= 6 && knownForm(rest, knows, isDomainWord)) return true;
  }
  const able = /^(.{4,})[ai]ble$/.exec(lower)?.[1];
  if (able) {
    const stems = [able, `${able}e`, able.endsWith("i") ? `${able.slice(0, -1)}y` : ""].filter(Boolean);
    if (stems.some((stem) => knows(stem, "verb") || isDomainWord(stem))) return true;
  }
  return false;
}
