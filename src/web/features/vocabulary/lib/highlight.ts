/**
 * Where a sentence uses a term, for highlighting examples: the term and its aliases, whole words,
 * case-insensitive, with the common endings (-s, -es, -ed, -d, -ing, -er, -ies). A display aid
 * only; the server decides what counts as using a term.
 */
export type Piece = { text: string; match: boolean };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function highlightTerm(sentence: string, spellings: readonly string[]): Piece[] {
  const forms = [...new Set(spellings.map((s) => s.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((s) => {
      const base = escape(s).replace(/\\?[\s-]+/g, "[\\s-]?");
      const stem = /y$/i.test(s) ? `(?:${base}|${escape(s.slice(0, -1))}(?:ies|ied))` : base;
      return `${stem}(?:s|es|ed|d|ing|er|ers)?`;
    });
  if (forms.length === 0) return [{ text: sentence, match: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of sentence.matchAll(pattern)) {
    if (m.index > at) pieces.push({ text: sentence.slice(at, m.index), match: false });
    pieces.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at), match: false });
  return pieces;
}
