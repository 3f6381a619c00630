/** Words as the server counts them (src/learning/text.ts): runs of non-space characters. */
export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
