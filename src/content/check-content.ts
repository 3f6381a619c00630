/**
 * Read, schema-check and cross-check every role under a content directory: what `parlance content
 * check` prints and what the server runs before loading content (it refuses a broken pack).
 */
import { loadCmuDictionary } from "./cmu-dictionary.ts";
import { sortProblems, type ContentPack, type ContentProblem, type PackResult } from "./model.ts";
import type { PronouncingDictionary } from "./pronunciation.ts";
import { readContent } from "./read-pack.ts";
import { packStats, type PackStats } from "./stats.ts";
import { validatePack } from "./validate-pack.ts";

export interface ContentCheck {
  ok: boolean;
  /** Every problem of every role, sorted by file and line. */
  problems: ContentProblem[];
  stats: PackStats[];
  packs: ContentPack[];
}

/** Combine what reading found with what the validator finds. Pure. */
export function checkPacks(results: readonly PackResult[], dictionary: PronouncingDictionary): ContentCheck {
  const problems = results.flatMap(({ pack, problems }) => [...problems, ...validatePack(pack, { dictionary })]);
  if (results.length === 0) {
    problems.push({ file: ".", line: null, field: "", message: "no role folders found; add one, e.g. backend-developer/role.yaml" });
  }
  return {
    ok: problems.length === 0,
    problems: sortProblems(problems),
    stats: results.map(({ pack }) => packStats(pack)),
    packs: results.map(({ pack }) => pack),
  };
}

export async function checkContent(contentDir: string): Promise<ContentCheck> {
  const [results, dictionary] = await Promise.all([readContent(contentDir), loadCmuDictionary()]);
  return checkPacks(results, dictionary);
}
