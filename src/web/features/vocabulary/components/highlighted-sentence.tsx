import { highlightTerm } from "../lib/highlight";

/** A sentence with the uses of a term marked. */
export function HighlightedSentence({ text, spellings }: { text: string; spellings: readonly string[] }) {
  return (
    <>
      {highlightTerm(text, spellings).map((piece, i) =>
        piece.match ? (
          <mark key={i} className="term-mark">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
