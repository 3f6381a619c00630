/**
 * YAML text → data, with the line of every value, so that a problem found later (by Zod or by the
 * validator) can point at the line an author has to edit. Pure.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from "yaml";
import { fieldPath } from "./model.ts";

export interface ParsedYaml {
  /** The document as plain data; undefined when the text is not valid YAML. */
  data: unknown;
  /** Line of every value by dotted path; "" is the document itself. */
  lines: Record<string, number>;
  /** Syntax errors, each with its line. */
  errors: { line: number; message: string }[];
}

/**
 * Parse one YAML document. `firstLine` is the file line the text starts on (2 for Markdown front
 * matter, which follows the opening `---`).
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;

  const lines: Record<string, number> = {};
  const walk = (node: unknown, path: string, line: number): void => {
    lines[path] = line;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        walk(pair.value, fieldPath(path, key), keyRange ? lineAt(keyRange[0]) : line);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] } | null)?.range;
        walk(item, fieldPath(path, i), range ? lineAt(range[0]) : line);
      });
    }
  };
  const rootRange = (doc.contents as { range?: [number, number, number] } | null)?.range;
  walk(doc.contents, "", rootRange ? lineAt(rootRange[0]) : firstLine);

  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: yamlMessage(e.code, e.message) }));
  return { data: errors.length > 0 ? undefined : doc.toJS(), lines, errors };
}

/** yaml's messages, with advice for the mistake authors make most: an unquoted ": " in text. */
function yamlMessage(code: string, message: string): string {
  const text = message.replace(/\s+/g, " ").trim();
  const advice =
    code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY"
      ? ' (a value that contains ": " must be quoted or written as a block scalar with > or |)'
      : "";
  return `not valid YAML: ${text.charAt(0).toLowerCase()}${text.slice(1)}${advice}`;
}
