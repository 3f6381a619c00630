/**
 * Deletions that leave clean text: removing "Basically, " at the start of a sentence capitalises
 * the next word; removing ", like," between commas leaves one space.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { nextWord } from "../text/analyze.ts";

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Delete the words from first to last (inclusive) and the punctuation that would dangle. */
export function deleteWords(a: Analysis, first: Token, last: Token): Edit {
  const text = a.text;
  const sentence = a.sentences[first.sentence]!;
  const left = text.slice(sentence.start, first.start);
  const right = text.slice(last.end, sentence.end);

  if (/^[\s\-*•]*$/.test(left)) {
    const gap = /^,?\s*/.exec(right)?.[0].length ?? 0;
    const next = nextWord(a, last.i);
    if (next && next.start === last.end + gap) {
      const word = text.slice(next.start, next.end);
      const capital = /^(?:I|I'm|I've|I'd|I'll)$/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1);
      return { start: first.start, end: next.end, replacement: capital };
    }
    return { start: first.start, end: last.end + gap, replacement: "" };
  }
  const commaBefore = /,\s*$/.exec(left);
  if (commaBefore && right.startsWith(",")) return { start: first.start - commaBefore[0].length, end: last.end + 1, replacement: "" };
  if (commaBefore && (right === "" || /^[.!?;:]/.test(right))) return { start: first.start - commaBefore[0].length, end: last.end, replacement: "" };
  if (left.endsWith(" ") && (right.startsWith(",") || right === "" || /^[.!?;:]/.test(right))) return { start: first.start - 1, end: last.end, replacement: "" };
  if (left.endsWith(" ") && right.startsWith(" ")) return { start: first.start, end: last.end + 1, replacement: "" };
  return { start: first.start, end: last.end, replacement: "" };
}
