/**
 * Syntax highlighting of the curriculum's code blocks, done once when content is turned into rows
 * (never in the browser): highlight.js grammars through lowlight, whose tree of spans is flattened
 * here into `CodeToken`s. Every grammar highlight.js ships is registered, so an author can name any
 * language it knows; a fence without a language, or with one it does not know, stays plain. Pure.
 */
import { all, common, createLowlight } from "lowlight";
import type { CodeHighlighter, CodeToken, TokenKind } from "./code-tokens.ts";

/**
 * highlight.js scopes (https://highlightjs.readthedocs.io/en/latest/css-classes-reference.html) →
 * our kinds. A scope not listed is transparent: its text keeps the kind of the span around it.
 * null resets to plain: an interpolation (`${id}` in a template string) is code, not string.
 */
const SCOPE_KINDS: Readonly<Record<string, TokenKind | null>> = {
  keyword: "keyword",
  "selector-tag": "keyword",
  "template-tag": "keyword",
  "variable.language": "keyword",
  name: "keyword",
  built_in: "type",
  type: "type",
  "title.class": "type",
  literal: "number",
  number: "number",
  string: "string",
  regexp: "string",
  char: "string",
  symbol: "string",
  link: "string",
  addition: "string",
  comment: "comment",
  quote: "comment",
  title: "function",
  section: "function",
  attr: "property",
  attribute: "property",
  property: "property",
  variable: "property",
  "template-variable": "property",
  "selector-id": "property",
  "selector-class": "property",
  "selector-attr": "property",
  "selector-pseudo": "property",
  meta: "meta",
  doctag: "meta",
  bullet: "meta",
  deletion: "meta",
  subst: null,
};

/**
 * lowlight writes a scope such as `title.function.invoke` as the classes
 * `hljs-title function_ invoke__`; the most specific listed prefix decides.
 */
export function scopeKind(classNames: readonly string[]): TokenKind | null | undefined {
  const [first, ...rest] = classNames;
  if (!first?.startsWith("hljs-")) return undefined;
  const parts = [first.slice("hljs-".length), ...rest.map((c) => c.replace(/_+$/, ""))];
  for (let n = parts.length; n > 0; n--) {
    const scope = parts.slice(0, n).join(".");
    if (scope in SCOPE_KINDS) return SCOPE_KINDS[scope];
  }
  return undefined;
}

/** The part of lowlight's hast tree that highlighting produces: spans and text. */
type HastNode =
  | { type: "text"; value: string }
  | { type: "element"; properties?: { className?: unknown }; children: HastNode[] }
  | { type: string; children?: HastNode[] };

/** Neighbouring spans of the same kind as one, empty spans dropped. */
function mergeNeighbours(tokens: readonly CodeToken[]): CodeToken[] {
  const out: CodeToken[] = [];
  for (const { text, kind } of tokens) {
    if (text === "") continue;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text;
    else out.push({ text, kind });
  }
  return out;
}

/** A highlighted tree → spans in reading order, neighbours of the same kind merged. */
export function flattenTree(root: { children: readonly HastNode[] }): CodeToken[] {
  const tokens: CodeToken[] = [];
  const push = (text: string, kind: TokenKind | null) => tokens.push({ text, kind });
  const walk = (nodes: readonly HastNode[], inherited: TokenKind | null) => {
    for (const node of nodes) {
      if (node.type === "text" && "value" in node) push(node.value, inherited);
      else if ("children" in node && node.children) {
        const className = node.type === "element" && "properties" in node ? node.properties?.className : undefined;
        const kind = Array.isArray(className) ? scopeKind(className.map(String)) : undefined;
        walk(node.children, kind === undefined ? inherited : kind);
      }
    }
  };
  walk(root.children, null);
  return mergeNeighbours(tokens);
}

type LanguageFn = NonNullable<(typeof all)[string]>;

/**
 * highlight.js's HTTP grammar guesses a message body's language among every registered grammar:
 * about a second for the curriculum's few requests, and often a wrong guess. Bodies here are JSON
 * or XML (anything else stays plain), so the guess is limited to those.
 */
const httpWithKnownBodies: LanguageFn = (hljs) => {
  const grammar = all.http!(hljs);
  const seen = new Set<object>();
  const limit = (mode: unknown) => {
    if (typeof mode !== "object" || mode === null || seen.has(mode)) return;
    seen.add(mode);
    const m = mode as { subLanguage?: unknown };
    if (Array.isArray(m.subLanguage) && m.subLanguage.length === 0) m.subLanguage = ["json", "xml"];
    for (const value of Object.values(mode)) (Array.isArray(value) ? value : [value]).forEach(limit);
  };
  limit(grammar);
  return grammar;
};

/**
 * The grammars: highlight.js's common set, which covers the usual languages of backend work, and
 * the few others the curriculum uses. Not all 190: registering them costs more at load, and the
 * rare language an author might name is shown plain rather than highlighted.
 */
const GRAMMARS: Readonly<Record<string, LanguageFn>> = {
  ...common,
  http: httpWithKnownBodies,
  nginx: all.nginx!,
  protobuf: all.protobuf!,
  dockerfile: all.dockerfile!,
  pgsql: all.pgsql!,
  powershell: all.powershell!,
  properties: all.properties!,
  scala: all.scala!,
  elixir: all.elixir!,
  erlang: all.erlang!,
  haskell: all.haskell!,
  groovy: all.groovy!,
  apache: all.apache!,
};

/**
 * An HTTP block often shows a request and then its response. The grammar treats everything after
 * the first blank line as one body, so each message (from a start line after a blank line) is
 * highlighted on its own.
 */
const HTTP_START = /(?<=\n\n)(?=(?:[A-Z]+ \S+ HTTP\/[\d.]+|HTTP\/[\d.]+ \d{3}\b[^\n]*)$)/gm;
export const httpMessages = (code: string): string[] => code.split(HTTP_START);

export function createCodeHighlighter(): CodeHighlighter {
  const lowlight = createLowlight(GRAMMARS);
  const tokensOf = (name: string, code: string): CodeToken[] => flattenTree(lowlight.highlight(name, code) as { children: HastNode[] });
  return (code, language) => {
    const name = language.trim().toLowerCase();
    if (name === "" || !lowlight.registered(name)) return null;
    let tokens: CodeToken[];
    try {
      const parts = name === "http" || name === "https" ? httpMessages(code) : [code];
      tokens = parts.flatMap((part) => tokensOf(name, part));
    } catch {
      // A grammar that fails on some input must not stop the content from loading: show it plain.
      return null;
    }
    // The renderer relies on the spans spelling the code exactly; anything else is shown plain.
    if (tokens.map((t) => t.text).join("") !== code) return null;
    return { language: name, tokens: mergeNeighbours(tokens) };
  };
}
