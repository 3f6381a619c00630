/**
 * The parts of a topic file: YAML front matter between `---` lines, then a Markdown body made of
 * level-2 sections. Pure; line numbers are the file's, so problems can point into it.
 */
import type { TopicSection } from "./model.ts";

export interface TopicParts {
  frontMatter: string;
  /** File line of the front matter's first line. */
  frontMatterLine: number;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

/** Split a topic file, or return null when it does not open with a `---` front matter block. */
export function splitFrontMatter(text: string): TopicParts | null {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return null;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (close === -1) return null;
  return {
    frontMatter: lines.slice(1, close).join("\n"),
    frontMatterLine: 2,
    body: lines.slice(close + 1).join("\n"),
    bodyLine: close + 2,
  };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The level-2 sections of a Markdown body. Headings inside fenced code blocks do not count, so a
 * shell comment such as `## build` in an example stays part of its section.
 */
export function parseSections(body: string, bodyLine: number): TopicSection[] {
  const sections: { title: string; line: number; lines: string[] }[] = [];
  let fence: string | null = null;
  body.split(/\r?\n/).forEach((text, i) => {
    const fenceMatch = FENCE.exec(text);
    if (fence === null && fenceMatch) fence = fenceMatch[1]!;
    else if (fence !== null && fenceMatch && fenceMatch[1]!.startsWith(fence) && fenceMatch[2]!.trim() === "") fence = null;
    else if (fence === null) {
      const heading = /^ {0,3}##[ \t]+(.*?)[ \t#]*$/.exec(text);
      if (heading) {
        sections.push({ title: heading[1]!.trim(), line: bodyLine + i, lines: [] });
        return;
      }
    }
    sections.at(-1)?.lines.push(text);
  });
  return sections.map((s) => ({ title: s.title, line: s.line, markdown: s.lines.join("\n").trim() }));
}

/**
 * Fenced code blocks in a section: the language named after the opening fence ("" when none) and
 * the code. A fence may be indented (inside a list item); its code lines lose as much indentation
 * as the fence has, which is what the web app's renderer shows, so the two agree on the code.
 */
export function codeBlocks(markdown: string): { language: string; code: string }[] {
  const blocks: { language: string; code: string }[] = [];
  let open: { fence: string; indent: number; language: string; lines: string[] } | null = null;
  for (const text of markdown.split("\n")) {
    const match = /^([ \t]*)(`{3,}|~{3,})(.*)$/.exec(text);
    if (open === null) {
      if (match) open = { fence: match[2]!, indent: match[1]!.length, language: match[3]!.trim().split(/\s+/)[0] ?? "", lines: [] };
    } else if (match && match[2]!.startsWith(open.fence) && match[3]!.trim() === "") {
      blocks.push({ language: open.language, code: open.lines.join("\n") });
      open = null;
    } else {
      const indent = /^[ \t]*/.exec(text)![0].length;
      open.lines.push(text.slice(Math.min(indent, open.indent)));
    }
  }
  // An unclosed fence runs to the end of the section, as in CommonMark.
  if (open) blocks.push({ language: open.language, code: open.lines.join("\n") });
  return blocks;
}

/** Top-level bullet items ("- ", "* " or "+ " with at most one space of indent). */
export const bulletItems = (markdown: string): string[] =>
  markdown
    .split("\n")
    .map((line) => /^ ?[-*+][ \t]+(\S.*)$/.exec(line)?.[1])
    .filter((item): item is string => item !== undefined);

/** Links to glossary terms, written `[text](term:id)`. */
export const termLinks = (markdown: string): { text: string; id: string }[] =>
  [...markdown.matchAll(/\[([^\]]*)\]\(term:([^)\s]*)\)/g)].map((m) => ({ text: m[1]!, id: m[2]! }));
