/**
 * Content loads like migrations: at start-up, every role folder is read, hashed and compared with
 * the hash stored when it was last loaded. Unchanged roles cost a read of their files and one
 * query. Changed roles are parsed, validated (a pack with any problem stops the server, with every
 * problem listed as `file:line field — message`), turned into rows and written in one transaction
 * per role. A role whose folder disappeared is retired.
 */
import { checkPacks } from "../../../content/check-content.ts";
import { loadCmuDictionary } from "../../../content/cmu-dictionary.ts";
import { loadCodeHighlighter, type CodeHighlighter } from "../../../content/code-tokens.ts";
import { contentHash } from "../../../content/content-hash.ts";
import type { ContentFile, ContentProblem } from "../../../content/model.ts";
import { parsePack } from "../../../content/parse-pack.ts";
import { listRoles, readPackFiles } from "../../../content/read-pack.ts";
import type { PronouncingDictionary } from "../../../content/pronunciation.ts";
import type { DatabaseHandle } from "../../../db/database.ts";
import { buildRoleRows, ROWS_FORMAT } from "./content-rows.ts";
import { createContentStore, type LoadChanges } from "./content-store.repository.ts";
import type { RoleRows, RoleSource } from "./stored-content.ts";

export interface LoadReport {
  role: string;
  /** unchanged: the stored hash matched, nothing was read beyond the files or written. */
  status: "unchanged" | "loaded" | "retired";
  /** What changed per table, for "loaded". */
  changes?: LoadChanges;
}

/** `file:line field — message`, the shape editors and terminals turn into links. */
export const formatProblem = (p: ContentProblem) =>
  `${p.file}${p.line === null ? "" : `:${p.line}`}${p.field ? ` ${p.field}` : ""} — ${p.message}`;

export class ContentProblemsError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `the content has ${problems.length} problem${problems.length === 1 ? "" : "s"}; fix ${problems.length === 1 ? "it" : "them"} ` +
        `(\`parlance content check\` lists the same) and start again:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "ContentProblemsError";
  }
}

/** The hash stored for a role: its files' hash, and the rows' format so that upgrades reload. */
export const storedHash = (files: readonly ContentFile[]) => `${ROWS_FORMAT}:${contentHash(files)}`;

/** Every role folder's files, in role order, without parsing them (hashing needs no more). */
export async function readContentSources(contentDir: string): Promise<RoleSource[]> {
  const roles = await listRoles(contentDir);
  return Promise.all(roles.map(async (roleId) => ({ roleId, files: await readPackFiles(contentDir, roleId) })));
}

const noRoles = (): ContentProblem => ({
  file: ".",
  line: null,
  field: "",
  message: "no role folders found; add one, e.g. backend-developer/role.yaml",
});

/**
 * Parse, validate and turn role folders into rows. Throws ContentProblemsError listing every
 * problem of every role when any has one. `positions` gives each role's place among all roles.
 */
export async function prepareRoles(
  sources: readonly RoleSource[],
  options: { dictionary?: PronouncingDictionary; highlight?: CodeHighlighter; positions?: ReadonlyMap<string, number> } = {},
): Promise<RoleRows[]> {
  if (sources.length === 0) return [];
  const [dictionary, highlight] = await Promise.all([options.dictionary ?? loadCmuDictionary(), options.highlight ?? loadCodeHighlighter()]);
  const results = sources.map((s) => parsePack(s.roleId, s.files));
  const check = checkPacks(results, dictionary);
  if (!check.ok) throw new ContentProblemsError(check.problems);
  return check.packs.map((pack, i) =>
    buildRoleRows(pack, { dictionary, highlight, hash: storedHash(sources[i]!.files), position: options.positions?.get(pack.id) ?? i }),
  );
}

/**
 * Write prepared roles (each in its own transaction; a role whose stored hash already matches is
 * left alone) and retire loaded roles that are not in `roleIds`.
 */
export async function applyRoles(
  database: DatabaseHandle,
  prepared: readonly RoleRows[],
  options: { roleIds: readonly string[]; now?: number },
): Promise<LoadReport[]> {
  const store = createContentStore(database);
  const now = options.now ?? Date.now();
  const reports: LoadReport[] = [];
  for (const rows of prepared) {
    const changes = await store.apply(rows, now);
    reports.push(changes ? { role: rows.roleId, status: "loaded", changes } : { role: rows.roleId, status: "unchanged" });
  }
  const keep = new Set(options.roleIds);
  for (const roleId of await store.activeRoleIds()) {
    if (keep.has(roleId)) continue;
    await store.retireRole(roleId, now);
    reports.push({ role: roleId, status: "retired" });
  }
  return reports;
}

/** Load role sources, skipping every role whose stored hash matches its files. */
export async function loadSources(
  database: DatabaseHandle,
  sources: readonly RoleSource[],
  options: { now?: number; dictionary?: PronouncingDictionary } = {},
): Promise<LoadReport[]> {
  if (sources.length === 0) throw new ContentProblemsError([noRoles()]);
  const stored = await createContentStore(database).storedHashes();
  const changed = sources.filter((s) => stored.get(s.roleId) !== storedHash(s.files));
  const positions = new Map(sources.map((s, i) => [s.roleId, i]));
  const prepared = await prepareRoles(changed, { positions, ...(options.dictionary && { dictionary: options.dictionary }) });
  const reports = await applyRoles(database, prepared, { roleIds: sources.map((s) => s.roleId), ...(options.now !== undefined && { now: options.now }) });
  const unchanged = sources.filter((s) => !changed.includes(s)).map((s): LoadReport => ({ role: s.roleId, status: "unchanged" }));
  const order = (r: LoadReport) => positions.get(r.role) ?? positions.size;
  return [...reports, ...unchanged].sort((a, b) => order(a) - order(b));
}

/** What `startServer` runs: load every role under the content directory. */
export async function loadContent(database: DatabaseHandle, contentDir: string, options: { now?: number } = {}): Promise<LoadReport[]> {
  let sources: RoleSource[];
  try {
    sources = await readContentSources(contentDir);
  } catch (err) {
    throw new Error(`cannot read the content directory ${contentDir}: ${(err as Error).message}`, { cause: err });
  }
  return loadSources(database, sources, options);
}
