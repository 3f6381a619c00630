/**
 * Highlighted code as the API sends it: a block is a list of text spans, each with a kind from a
 * small fixed set that the web app maps to colours. Plain data, never HTML, so the page shows a
 * span's text as text and there is nothing to sanitise. The highlighter itself lives in
 * `code-highlight.ts` and is imported only when content is turned into rows (`loadCodeHighlighter`),
 * so neither a start with unchanged content nor the web bundle pays for its grammars.
 */

/**
 * The kinds a span can have. Deliberately fewer than highlight.js's scopes: the API stays stable
 * whatever the grammar calls things, and each kind is one colour that must pass contrast checks
 * in both themes.
 */
export const TOKEN_KINDS = ["keyword", "string", "comment", "number", "type", "function", "property", "meta"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface CodeToken {
  text: string;
  /** null: shown in the code's default colour. */
  kind: TokenKind | null;
}

export interface HighlightedCode {
  /** The grammar's name ("typescript" for a fence that says `ts`). */
  language: string;
  /** Concatenated, the spans' texts are exactly the block's code. */
  tokens: CodeToken[];
}

/** `code` highlighted as `language` (a name or alias as written after the fence); null when no grammar knows it. */
export type CodeHighlighter = (code: string, language: string) => HighlightedCode | null;

let loading: Promise<CodeHighlighter> | undefined;

export function loadCodeHighlighter(): Promise<CodeHighlighter> {
  loading ??= import("./code-highlight.ts").then((m) => m.createCodeHighlighter());
  return loading;
}
