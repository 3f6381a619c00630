/**
 * Content benchmarks: `parlance content check` time, cold and warm load at start-up, and search
 * latency (p50/p95) over the real pack and over a synthetic pack 20 times larger, built in memory
 * from the real one with renamed ids. SQLite always; PostgreSQL too when PARLANCE_TEST_DATABASE_URL
 * is set. Run alone with `node --import tsx bench/content.ts`, or call `contentBench()`.
 *
 * Cold load: a fresh, migrated database; the files are read, hashed, parsed, validated, turned into
 * rows and written. Warm load: the same again on that database, which finds the hash unchanged.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_CONTENT_DIR } from "../src/config/paths.ts";
import { checkContent } from "../src/content/check-content.ts";
import { loadCmuDictionary } from "../src/content/cmu-dictionary.ts";
import { loadCodeHighlighter } from "../src/content/code-tokens.ts";
import type { ContentPack } from "../src/content/model.ts";
import { readPack } from "../src/content/read-pack.ts";
import { buildRoleRows } from "../src/server/features/content/content-rows.ts";
import { applyRoles, loadContent } from "../src/server/features/content/content.loader.ts";
import { createSearchRepository } from "../src/server/features/content/search.repository.ts";
import { DIALECTS, type TestDatabase } from "../test/helpers/databases.ts";

const ROLE = "backend-developer";
const SCALE = 20;
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 400);

export interface LoadTimes {
  coldMs: number;
  warmMs: number;
}

export interface SearchTimes {
  queries: number;
  p50Ms: number;
  p95Ms: number;
}

export interface ContentBenchResult {
  checkMs: number;
  databases: Record<string, { pack: LoadTimes & SearchTimes & { items: number }; synthetic: LoadTimes & SearchTimes & { items: number } }>;
}

const ms = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** The real pack made `scale` times larger: every item copied with an id suffix, references renamed alike. */
export function scalePack(pack: ContentPack, scale: number): ContentPack {
  const copies = Array.from({ length: scale }, (_, i) => i);
  const r = (i: number) => (id: string) => (i === 0 ? id : `${id}-x${i}`);
  return {
    ...pack,
    terms: copies.flatMap((i) => pack.terms.map((t) => ({ ...t, id: r(i)(t.id), related: t.related.map(r(i)) }))),
    topics: copies.flatMap((i) =>
      pack.topics.map((t) => ({
        ...t,
        id: r(i)(t.id),
        terms: t.terms.map(r(i)),
        prerequisites: t.prerequisites.map(r(i)),
        next: t.next.map(r(i)),
      })),
    ),
    questions: copies.flatMap((i) => pack.questions.map((q) => ({ ...q, id: r(i)(q.id), terms: q.terms.map(r(i)) }))),
    scenarios: copies.flatMap((i) => pack.scenarios.map((s) => ({ ...s, id: r(i)(s.id), targetVocabulary: s.targetVocabulary.map(r(i)) }))),
    exerciseSets: copies.flatMap((i) =>
      pack.exerciseSets.map((set) => ({
        ...set,
        id: r(i)(set.id),
        exercises: set.exercises.map((e) => ({ ...e, id: r(i)(e.id), terms: e.terms.map(r(i)) })),
      })),
    ),
  };
}

/** What people type: whole terms, their first few letters, two-word phrases, and a miss. */
function searchInputs(pack: ContentPack): string[] {
  const inputs: string[] = [];
  pack.terms.forEach((t, i) => {
    inputs.push(i % 3 === 0 ? t.term : t.term.slice(0, 3 + (i % 4)));
    if (i % 5 === 0) inputs.push(`${t.collocations[0] ?? t.term}`);
  });
  inputs.push("how would you design", "tell me about a time", "zzqx");
  return inputs;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

async function searchTimes(database: TestDatabase, inputs: string[]): Promise<SearchTimes> {
  const search = createSearchRepository(database.handle);
  for (const q of inputs.slice(0, 50)) await search.search(q, { limit: 20, offset: 0 });
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const q = inputs[(i * 7919) % inputs.length]!;
    const start = performance.now();
    await search.search(q, { roleId: ROLE, limit: 20, offset: 0 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { queries: QUERIES, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

const itemCount = (pack: ContentPack) =>
  pack.terms.length + pack.topics.length + pack.questions.length + pack.scenarios.length + pack.exerciseSets.reduce((n, s) => n + 1 + s.exercises.length, 0);

export async function contentBench(): Promise<ContentBenchResult> {
  let start = performance.now();
  const check = await checkContent(DEFAULT_CONTENT_DIR);
  const checkMs = ms(start);
  if (!check.ok) throw new Error(`the content has problems; run parlance content check`);

  const dictionary = await loadCmuDictionary();
  const { pack } = await readPack(DEFAULT_CONTENT_DIR, ROLE);
  const big = scalePack(pack, SCALE);
  const bigRows = buildRoleRows(big, { dictionary, highlight: await loadCodeHighlighter(), hash: "synthetic", position: 0 });

  const result: ContentBenchResult = { checkMs, databases: {} };
  for (const dialect of DIALECTS.filter((d) => !d.skip)) {
    // The real pack, as start-up loads it.
    let database = await dialect.create();
    start = performance.now();
    await loadContent(database.handle, DEFAULT_CONTENT_DIR);
    const coldMs = ms(start);
    start = performance.now();
    const warm = await loadContent(database.handle, DEFAULT_CONTENT_DIR);
    const warmMs = ms(start);
    if (warm.some((r) => r.status !== "unchanged")) throw new Error("the warm load was not skipped");
    const packSearch = await searchTimes(database, searchInputs(pack));
    await database.destroy();

    // The synthetic pack: rows are built in memory, so its load times are the database's part.
    database = await dialect.create();
    start = performance.now();
    await applyRoles(database.handle, [bigRows], { roleIds: [ROLE] });
    const bigColdMs = ms(start);
    start = performance.now();
    await applyRoles(database.handle, [bigRows], { roleIds: [ROLE] });
    const bigWarmMs = ms(start);
    const bigSearch = await searchTimes(database, searchInputs(pack));
    await database.destroy();

    result.databases[dialect.name] = {
      pack: { items: itemCount(pack), coldMs, warmMs, ...packSearch },
      synthetic: { items: itemCount(big), coldMs: bigColdMs, warmMs: bigWarmMs, ...bigSearch },
    };
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await contentBench();
  console.log(`\ncontent check: ${result.checkMs} ms\n`);
  console.log(
    "database".padEnd(10),
    "pack".padEnd(14),
    "items".padStart(7),
    "cold ms".padStart(9),
    "warm ms".padStart(9),
    "search p50".padStart(11),
    "p95 ms".padStart(8),
  );
  for (const [name, { pack, synthetic }] of Object.entries(result.databases)) {
    for (const [label, r] of [["real", pack], [`synthetic ×${SCALE}`, synthetic]] as const) {
      console.log(
        name.padEnd(10),
        label.padEnd(14),
        String(r.items).padStart(7),
        String(r.coldMs).padStart(9),
        String(r.warmMs).padStart(9),
        String(r.p50Ms).padStart(11),
        String(r.p95Ms).padStart(8),
      );
    }
  }
  console.log(`\nsearch: ${QUERIES} queries each (whole terms, prefixes, phrases), limit 20, after a warm-up; synthetic cold/warm exclude reading and validating files`);
  writeFileSync(new URL("./results/content.json", import.meta.url), JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2) + "\n");
  console.log("written to bench/results/content.json");
}
