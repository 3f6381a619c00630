/**
 * Vocabulary: which target words the learner used (and whether a mistake sits on them), which
 * glossary terms appear, and a 0–100 score for range (varied words), domain terms and precision.
 */
import type { Analysis } from "../text/analyze.ts";
import type { Lexicon } from "../lexicon.ts";
import type { Issue, TargetTerm, VocabularyReport } from "../types.ts";
import { STOPWORDS } from "./units.ts";

interface Target {
  term: string;
  keys: string[][];
}

function targetsOf(list: readonly (TargetTerm | string)[], lexicon: Lexicon | undefined): Target[] {
  return list.map((item) => {
    const entry = typeof item === "string" ? lexicon?.terms.get(item) : item.id ? lexicon?.terms.get(item.id) : undefined;
    const term = entry?.term ?? (typeof item === "string" ? item : item.term);
    const spellings = entry
      ? [entry.term, ...(entry.aliases ?? []), ...(entry.expansion ? [entry.expansion] : [])]
      : typeof item === "string"
        ? [item]
        : [item.term, ...(item.aliases ?? [])];
    const keys = lexicon ? spellings.map((s) => lexicon.keysOf(s)).filter((k) => k.length > 0) : spellings.map((s) => s.toLowerCase().split(/\s+/));
    return { term, keys };
  });
}

/** Spans where a key sequence occurs in the analysed text. */
function occurrences(a: Analysis, keys: readonly string[]): { start: number; end: number }[] {
  const words = a.tokens.filter((t) => t.isWord);
  const out: { start: number; end: number }[] = [];
  for (let w = 0; w + keys.length <= words.length; w++) {
    let ok = true;
    for (let k = 0; k < keys.length && ok; k++) ok = words[w + k]!.key === keys[k] || words[w + k]!.lower === keys[k];
    if (ok) out.push({ start: words[w]!.start, end: words[w + keys.length - 1]!.end });
  }
  return out;
}

export function assessVocabulary(
  a: Analysis,
  targets: readonly (TargetTerm | string)[],
  lexicon: Lexicon | undefined,
  issues: readonly Issue[],
): { report: VocabularyReport; score: number } {
  const used: VocabularyReport["used"] = [];
  const misused: VocabularyReport["misused"] = [];
  const unused: string[] = [];
  for (const target of targetsOf(targets, lexicon)) {
    const spans = target.keys.flatMap((k) => occurrences(a, k)).sort((x, y) => x.start - y.start);
    if (spans.length === 0) {
      unused.push(target.term);
      continue;
    }
    const span = spans[0]!;
    const problem = issues.find((i) => i.severity === "error" && i.start < span.end + 1 && i.end > span.start - 1);
    if (problem) misused.push({ term: target.term, span, message: problem.message });
    else used.push({ term: target.term, span });
  }

  const found = lexicon ? lexicon.findTerms(a) : [];
  const domainIds = [...new Set(found.map((m) => m.termId))];
  const domainTerms = domainIds.map((id) => lexicon?.terms.get(id)?.term ?? id);

  // Range: moving-average type–token ratio over content lemmas (window 30).
  const lemmas = a.tokens.filter((t) => t.isWord && !STOPWORDS.has(t.lower)).map((t) => t.lemma);
  let range = 0.5;
  if (lemmas.length >= 5) {
    const window = Math.min(30, lemmas.length);
    const counts = new Map<string, number>();
    const add = (w: string, d: number) => {
      const c = (counts.get(w) ?? 0) + d;
      if (c === 0) counts.delete(w);
      else counts.set(w, c);
    };
    for (let k = 0; k < window; k++) add(lemmas[k]!, 1);
    let sum = counts.size / window;
    let n = 1;
    for (let s = 1; s + window <= lemmas.length; s++) {
      add(lemmas[s - 1]!, -1);
      add(lemmas[s + window - 1]!, 1);
      sum += counts.size / window;
      n++;
    }
    range = Math.max(0, Math.min(1, (sum / n - 0.55) / 0.35));
  }
  const words = Math.max(1, a.words);
  const domain = Math.min(1, domainIds.length / Math.max(1, words / 25));
  const precision = used.length + misused.length > 0 ? used.length / (used.length + misused.length) : 1;
  const targetShare = targets.length ? used.length / targets.length : null;
  const score =
    targetShare === null
      ? 0.35 * range + 0.45 * domain + 0.2 * precision
      : 0.4 * targetShare + 0.2 * range + 0.25 * domain + 0.15 * precision;
  return { report: { used, misused, unused, domainTerms }, score: Math.round(100 * score) };
}
