/**
 * Where to cut a text so that two threads can lint it at once (see GrammarShare in coach.ts):
 * at a sentence end, so that no harper finding spans the cut. The thread that gives the feedback
 * also does everything else — analysis, the coach's own rules, content — about 40% of harper's
 * time on the same text, so it keeps the first ~30% and the other thread lints the rest.
 */

/** Texts shorter than this are not shared: sending the part costs more than linting it. */
export const MIN_SHARED_LENGTH = 400;
export const HEAD_SHARE = 0.3;

/**
 * A sentence end: ".", "!" or "?" (with closing quotes or brackets), white space, and a capital
 * letter — not "e.g. the", which harper would read as a sentence starting in lower case.
 */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=["'“‘([]?\p{Lu})/gu;

/** The index of the sentence start closest to `share` of the text, or undefined when it should not be cut. */
export function grammarCut(text: string, share = HEAD_SHARE): number | undefined {
  if (text.length < MIN_SHARED_LENGTH) return undefined;
  const target = text.length * share;
  let best: number | undefined;
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index + m[0].length;
    if (best === undefined || Math.abs(at - target) < Math.abs(best - target)) best = at;
    if (at > target) break;
  }
  return best;
}
