/**
 * Text as the search index sees it, the same on SQLite and PostgreSQL: diacritics folded, split
 * into words of letters and digits, lower-cased. Both the documents that go into the index and the
 * queries that search it pass through here, so "Node.js", "node js" and "NODE-JS" all meet as
 * "node" "js", whatever tokenizer the database would have applied. Pure.
 */

/** "café naïve" → "cafe naive": decompose, then drop the combining marks. */
export const foldDiacritics = (text: string): string => text.normalize("NFKD").replace(/\p{M}+/gu, "");

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, folded and lower-cased: "Pub/Sub and N+1 queries" → pub, sub, and, n, 1, queries. */
export const searchWords = (text: string): string[] => foldDiacritics(text).toLowerCase().match(WORD) ?? [];

/**
 * The form in which a query and a term (or one of its aliases) are compared for an exact hit:
 * "Pub/Sub" and "pub sub" both give "pub sub".
 */
export const exactKey = (text: string): string => searchWords(text).join(" ");

/**
 * Exact keys joined into one field, each between "|" delimiters, so that one LIKE "%|key|%" tests
 * membership on either database. Keys hold only letters, digits and spaces, never "|", "%" or "_".
 */
export const exactKeysField = (texts: readonly string[]): string => {
  const keys = [...new Set(texts.map(exactKey).filter(Boolean))];
  return keys.length ? `|${keys.join("|")}|` : "";
};

/** Search queries longer than this many words are cut: enough for any real query, bounded in cost. */
export const MAX_QUERY_WORDS = 12;

/**
 * A user's search input as words to match: every word must appear, the last one as a prefix
 * ("idempot" finds "idempotent"). Empty when the input has no letters or digits at all.
 */
export interface SearchQuery {
  words: string[];
  /** exactKey of the whole input, for exact term and alias hits. */
  exact: string;
}

export function parseSearchQuery(input: string): SearchQuery {
  const words = searchWords(input).slice(0, MAX_QUERY_WORDS);
  return { words, exact: words.join(" ") };
}

/** Markdown as plain words for the index: code blocks, link targets and markup removed. */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n {0,3}\1[^\n]*$/gm, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^ {0,3}(#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, "")
    .replace(/(\*\*|__|\*|_|~~)(\S[^*_~]*?\S|\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}
