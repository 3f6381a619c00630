import { Migrator, type Kysely, type MigrationResultSet } from "kysely";
import { migrations } from "./migrations/index.ts";
import type { DatabaseHandle } from "./database.ts";

const MIGRATION_TABLE = "kysely_migration";

/**
 * On PostgreSQL the migration bookkeeping tables are pinned to Parlance's schema: Kysely otherwise
 * looks for them in every schema of the database and can mistake another app's for its own.
 */
function migrator(db: Kysely<any>, schema?: string) {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/** Applies every pending migration; throws (so the caller exits non-zero) when one fails. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const result: MigrationResultSet = await migrator(handle.db, handle.schema).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${(result.error as Error).message ?? String(result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Whether the database has every migration this code knows, and no unknown ones. */
export async function migrationsAreCurrent(handle: DatabaseHandle): Promise<boolean> {
  try {
    const db = handle.db as Kysely<any>;
    const table = handle.schema ? db.withSchema(handle.schema).selectFrom(MIGRATION_TABLE) : db.selectFrom(MIGRATION_TABLE);
    const rows = await table.select("name").execute();
    const applied = new Set(rows.map((r: { name: string }) => r.name));
    return Object.keys(migrations).every((name) => applied.has(name));
  } catch {
    return false;
  }
}
