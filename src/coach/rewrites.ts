/**
 * "Say it better": rewrites of the two or three weakest sentences. A sentence's weakness is the
 * weight of the issues in it (a mistake counts double a suggestion). The rewrite applies every
 * replacement the issues propose, and splits a sentence that is too long at its most central
 * clause boundary. Deterministic and conservative: a sentence with nothing to apply is skipped.
 */
import type { Analysis } from "./text/analyze.ts";
import type { Issue, Rewrite } from "./types.ts";

const REASONS: Partial<Record<Issue["category"], string>> = {
  spelling: "fixes the spelling",
  grammar: "fixes the grammar",
  article: "adds the missing article",
  agreement: "makes the verb agree with its subject",
  tense: "keeps the story in the past tense",
  uncountable: "treats the uncountable noun correctly",
  preposition: "uses the right preposition",
  "word-choice": "uses the natural word",
  punctuation: "fixes the punctuation",
  capitalization: "fixes the capitals",
  filler: "drops the filler",
  hedging: "sounds more confident",
  vague: "is more specific",
  register: "fits a formal answer",
  tone: "turns an order into a suggestion",
  "long-sentence": "splits a long sentence",
  passive: "names who acted",
  style: "reads more smoothly",
};

const BREAKS = [/;\s+/g, /,\s+(?:and|but|so|which)\s+/g, /\s+(?:and then|because|but|so)\s+/g];

/** Split a long sentence once, at the boundary nearest its middle. */
function split(sentence: string): string | undefined {
  const middle = sentence.length / 2;
  let best: { index: number; length: number } | undefined;
  for (const re of BREAKS) {
    for (const m of sentence.matchAll(re)) {
      if (m.index < 20 || sentence.length - m.index < 20) continue;
      if (!best || Math.abs(m.index - middle) < Math.abs(best.index - middle)) best = { index: m.index, length: m[0].length };
    }
    if (best) break;
  }
  if (!best) return undefined;
  const head = sentence.slice(0, best.index).replace(/[,;]$/, "");
  const joint = sentence.slice(best.index, best.index + best.length).trim().replace(/^[,;]\s*/, "");
  let tail = sentence.slice(best.index + best.length);
  // "…, which …" becomes "… This …"; "…, so …" becomes "… So …"
  const connector = joint.toLowerCase();
  if (connector === "which") tail = `This ${tail}`;
  else if (connector === "and" || connector === "" || connector === "and then") tail = tail.charAt(0).toUpperCase() + tail.slice(1);
  else tail = `${connector.charAt(0).toUpperCase()}${connector.slice(1)} ${tail}`;
  return `${head}. ${tail}`;
}

export function proposeRewrites(a: Analysis, issues: readonly Issue[], limit = 3): Rewrite[] {
  const candidates: { rewrite: Rewrite; weight: number; index: number }[] = [];
  for (const s of a.sentences) {
    const inside = issues.filter((i) => i.start >= s.start && i.end <= s.end);
    if (inside.length === 0) continue;
    let text = a.text.slice(s.start, s.end);
    let weight = 0;
    const reasons = new Set<string>();
    // apply replacements right to left so offsets stay valid
    const edits = inside.filter((i) => i.replacement !== undefined).sort((x, y) => y.start - x.start);
    let lastStart = Infinity;
    for (const e of edits) {
      if (e.end > lastStart) continue;
      text = text.slice(0, e.start - s.start) + e.replacement + text.slice(e.end - s.start);
      lastStart = e.start;
      reasons.add(REASONS[e.category] ?? "reads better");
    }
    for (const i of inside) weight += i.severity === "error" ? 2 : 1;
    if (inside.some((i) => i.category === "long-sentence")) {
      const parts = split(text);
      if (parts) {
        text = parts;
        reasons.add(REASONS["long-sentence"]!);
      }
    }
    text = text.replace(/\s{2,}/g, " ").replace(/\s+([,.;:!?])/g, "$1").trim();
    if (text.length && /^[a-z]/.test(text) && s.start === a.sentences[s.index]!.start) text = text.charAt(0).toUpperCase() + text.slice(1);
    const original = a.text.slice(s.start, s.end);
    if (text === original || reasons.size === 0) continue;
    candidates.push({
      rewrite: { start: s.start, end: s.end, original, suggestion: text, reason: `This version ${[...reasons].slice(0, 3).join(", ")}.`, source: "coach" },
      weight,
      index: s.index,
    });
  }
  return candidates
    .sort((x, y) => y.weight - x.weight || x.index - y.index)
    .slice(0, limit)
    .sort((x, y) => x.index - y.index)
    .map((c) => c.rewrite);
}
