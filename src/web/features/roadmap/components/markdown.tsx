import type { ReactNode } from "react";
import { Link } from "react-router";
import type { HighlightedCode } from "../../../types/learning";

/**
 * A small Markdown renderer for the roadmap's topic sections: headings, paragraphs, lists (nested
 * by indentation), block quotes, pipe tables, fenced code, and inline code, bold, italics and
 * links. It builds React elements — never HTML strings — so whatever a content file holds is
 * shown as text: there is nothing to sanitise and no script can get in. Links keep only safe
 * targets (http, https, mailto, a path on this site, `term:<id>` for the glossary); any other
 * target is shown as plain text. Code is highlighted on the server when the content is loaded
 * (src/content/code-highlight.ts), so no highlighter is in the bundle: a fenced block whose code
 * the server sent as spans is shown as those spans — text, each in a class for its kind — and any
 * other block as written, with its language named.
 */

export type MarkdownProps = {
  source: string;
  /** The server's highlighting of the source's code blocks; a block is matched by its exact code. */
  code?: readonly HighlightedCode[];
  /** Where a `term:<id>` link goes. */
  termHref: (termId: string) => string;
  /** Level of the first heading level in the text ("##" → this). */
  headingBase?: 3 | 4;
};

type Block =
  | { kind: "heading"; depth: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "code"; lang: string; text: string }
  | { kind: "list"; ordered: boolean; items: ListItem[] }
  | { kind: "quote"; blocks: Block[] }
  | { kind: "table"; header: string[]; rows: string[][] };

type ListItem = { text: string; children: Block[] };

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+#.-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());

const indentOf = (line: string) => line.match(/^\s*/)![0].replace(/\t/g, "    ").length;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
  };

  while (i < lines.length) {
    const line = lines[i]!;
    const fence = line.match(FENCE);
    if (fence) {
      flush();
      const marker = fence[2]!;
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(marker)) body.push(lines[i++]!);
      i++;
      blocks.push({ kind: "code", lang: fence[3] ?? "", text: body.join("\n") });
      continue;
    }
    if (line.trim() === "") {
      flush();
      i++;
      continue;
    }
    const heading = line.match(HEADING);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", depth: heading[1]!.length, text: heading[2]! });
      i++;
      continue;
    }
    if (line.trimStart().startsWith(">")) {
      flush();
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.trimStart().startsWith(">")) quoted.push(lines[i++]!.trimStart().replace(/^>\s?/, ""));
      blocks.push({ kind: "quote", blocks: parseMarkdown(quoted.join("\n")) });
      continue;
    }
    if (line.includes("|") && i + 1 < lines.length && TABLE_RULE.test(lines[i + 1]!)) {
      flush();
      const header = cells(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.includes("|") && lines[i]!.trim() !== "") rows.push(cells(lines[i++]!));
      blocks.push({ kind: "table", header, rows });
      continue;
    }
    const bullet = line.match(BULLET);
    if (bullet) {
      flush();
      const base = indentOf(line);
      const ordered = /\d/.test(bullet[2]!);
      const items: ListItem[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        if (l.trim() === "") {
          // A blank line ends the list unless the list goes on after it.
          const after = lines[i + 1];
          if (after !== undefined && BULLET.test(after) && indentOf(after) >= base) {
            i++;
            continue;
          }
          break;
        }
        const m = l.match(BULLET);
        const indent = indentOf(l);
        if (m && indent === base) {
          items.push({ text: m[3]!, children: [] });
          i++;
        } else if (indent > base && items.length) {
          // A nested list or continuation lines (nested code too) belong to the last item.
          const nested: string[] = [];
          while (i < lines.length) {
            const cur = lines[i]!;
            const belongs = cur.trim() === "" ? indentOf(lines[i + 1] ?? "") > base : indentOf(cur) > base;
            if (!belongs) break;
            nested.push(cur);
            i++;
          }
          const cut = Math.min(...nested.filter((x) => x.trim() !== "").map(indentOf));
          const inner = parseMarkdown(nested.map((x) => x.replace(/\t/g, "    ").slice(cut)).join("\n"));
          const last = items.at(-1)!;
          const first = inner[0];
          if (first?.kind === "paragraph" && last.children.length === 0) {
            last.text += ` ${first.text}`;
            inner.shift();
          }
          last.children.push(...inner);
        } else break;
      }
      flush();
      blocks.push({ kind: "list", ordered, items });
      continue;
    }
    paragraph.push(line.trim());
    i++;
  }
  flush();
  return blocks;
}

// --- inline ----------------------------------------------------------------------------------

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** Inline Markdown → React nodes: `code`, **bold**, *italic* / _italic_, [text](target). */
export function renderInline(text: string, termHref: (id: string) => string, key = "i"): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let n = 0;
  const pattern = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*([\s\S]+?)\*\*|__([\s\S]+?)__|\*([^*\s][^*]*?)\*|(?<![\w])_([^_\s][^_]*?)_(?![\w])|\[([^\]]+)\]\(([^)\s]+)\)/;
  while (rest.length) {
    const m = rest.match(pattern);
    if (!m || m.index === undefined) {
      out.push(rest);
      break;
    }
    if (m.index > 0) out.push(rest.slice(0, m.index));
    const k = `${key}-${n++}`;
    if (m[1]) out.push(<code key={k}>{m[2]!.trim()}</code>);
    else if (m[3] !== undefined || m[4] !== undefined) out.push(<strong key={k}>{renderInline(m[3] ?? m[4]!, termHref, k)}</strong>);
    else if (m[5] !== undefined || m[6] !== undefined) out.push(<em key={k}>{renderInline(m[5] ?? m[6]!, termHref, k)}</em>);
    else {
      const label = renderInline(m[7]!, termHref, k);
      const target = m[8]!;
      if (target.startsWith("term:")) out.push(<Link key={k} to={termHref(target.slice(5))}>{label}</Link>);
      else if (target.startsWith("/") && !target.startsWith("//")) out.push(<Link key={k} to={target}>{label}</Link>);
      else if (SAFE_URL.test(target)) out.push(<a key={k} href={target} rel="noopener noreferrer nofollow" target={target.startsWith("#") ? undefined : "_blank"}>{label}</a>);
      else out.push(<span key={k}>{label}</span>);
    }
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

// --- blocks ------------------------------------------------------------------------------------

type Spans = ReadonlyMap<string, HighlightedCode["tokens"]>;

/**
 * The server's spans by the code they spell. Matching by text rather than by position keeps a
 * block plain, never wrong, wherever this parser and the server's disagree on what a block holds.
 */
const spansByCode = (code: readonly HighlightedCode[]): Spans => new Map(code.map((c) => [c.tokens.map((t) => t.text).join(""), c.tokens]));

function BlockView({ block, termHref, headingBase, spans, k }: { block: Block; termHref: (id: string) => string; headingBase: number; spans: Spans; k: string }): ReactNode {
  switch (block.kind) {
    case "heading": {
      const level = Math.min(6, headingBase + Math.max(0, block.depth - 2));
      const Tag = `h${level}` as "h3";
      return <Tag className="md__heading">{renderInline(block.text, termHref, k)}</Tag>;
    }
    case "paragraph":
      return <p>{renderInline(block.text, termHref, k)}</p>;
    case "code":
      return (
        <figure className="md__code">
          {block.lang ? <figcaption className="md__lang">{block.lang}</figcaption> : null}
          <pre tabIndex={0} aria-label={block.lang ? `${block.lang} code` : "Code"}>
            <code className={block.lang ? `language-${block.lang}` : undefined}>
              {block.lang && spans.has(block.text)
                ? spans.get(block.text)!.map((t, i) => (t.kind ? <span key={i} className={`md__tok md__tok--${t.kind}`}>{t.text}</span> : t.text))
                : block.text}
            </code>
          </pre>
        </figure>
      );
    case "list": {
      const Tag = block.ordered ? "ol" : "ul";
      return (
        <Tag>
          {block.items.map((item, i) => (
            <li key={i}>
              {renderInline(item.text, termHref, `${k}-${i}`)}
              {item.children.map((child, j) => (
                <BlockView key={j} block={child} termHref={termHref} headingBase={headingBase} spans={spans} k={`${k}-${i}-${j}`} />
              ))}
            </li>
          ))}
        </Tag>
      );
    }
    case "quote":
      return (
        <blockquote>
          {block.blocks.map((b, j) => (
            <BlockView key={j} block={b} termHref={termHref} headingBase={headingBase} spans={spans} k={`${k}-${j}`} />
          ))}
        </blockquote>
      );
    case "table":
      return (
        <div className="md__table" tabIndex={0} role="region" aria-label="Table">
          <table>
            <thead>
              <tr>
                {block.header.map((h, j) => (
                  <th key={j} scope="col">
                    {renderInline(h, termHref, `${k}-h${j}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((c, j) => (
                    <td key={j}>{renderInline(c, termHref, `${k}-${r}-${j}`)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function Markdown({ source, code = [], termHref, headingBase = 3 }: MarkdownProps) {
  const blocks = parseMarkdown(source);
  const spans = spansByCode(code);
  return (
    <div className="md">
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} termHref={termHref} headingBase={headingBase} spans={spans} k={String(i)} />
      ))}
    </div>
  );
}
