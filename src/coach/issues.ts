/**
 * Merging issues from harper and the coach's rules into one list without duplicates. When two
 * findings overlap, the more specific one stays: a coach language rule (written for learners,
 * with a learner's explanation) beats harper's general finding, and a mistake beats a style note.
 */
import type { Issue } from "./types.ts";

function rank(i: Issue): number {
  if (i.severity === "error") return i.source === "coach" ? 0 : i.category === "spelling" ? 2 : 1;
  return i.source === "coach" ? 3 : 4;
}

const overlaps = (a: Issue, b: Issue) => a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end);

export function mergeIssues(lists: readonly (readonly Issue[])[]): Issue[] {
  const all = lists.flat().slice().sort((a, b) => rank(a) - rank(b) || a.start - b.start || a.end - b.end);
  const kept: Issue[] = [];
  for (const issue of all) {
    const clash = kept.some((k) => overlaps(k, issue) && (k.severity === issue.severity || rank(k) <= 1));
    if (!clash) kept.push(issue);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || rank(a) - rank(b));
}
