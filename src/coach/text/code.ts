/**
 * Code in prose: paths and URLs ("/api/v1/orders?status=open"), identifiers ("user_id",
 * "getUser", "config.yaml"), versions ("v1", "p99") and anything in `backticks`. The coach never
 * comments on the language of these spans.
 */
import type { Span } from "../types.ts";

const CODE_CHUNK = /[/\\=?&_$@#{}<>[\]|]|::|->|\(\)|\p{Ll}\p{Lu}|\p{L}\.\p{L}|\p{L}\d|\d\p{L}/u;

export function codeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/`[^`\n]*`/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/\S+/g)) {
    // trim sentence punctuation around the chunk
    const lead = /^["'“‘(]*/.exec(m[0])![0].length;
    const trail = /["'”’).,;:!?]*$/.exec(m[0].slice(lead))![0].length;
    const chunk = m[0].slice(lead, m[0].length - trail);
    if (chunk.length > 1 && CODE_CHUNK.test(chunk)) spans.push({ start: m.index + lead, end: m.index + lead + chunk.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export const insideCode = (spans: readonly Span[], s: Span) => spans.some((c) => s.start < c.end && c.start < s.end);
