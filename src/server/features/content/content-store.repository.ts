/**
 * Writes the curriculum: one role per transaction, keyed by the content hash in app_meta. Items
 * are upserted, items that left the pack are retired (never deleted: progress may point at them),
 * items that come back are un-retired, and the role's search rows are rebuilt.
 */
import type { Kysely } from "kysely";
import type { DatabaseHandle } from "../../../db/database.ts";
import { dialectSql } from "../../../db/dialect-sql.ts";
import { ITEM_TABLES, type ItemTable, type RoleRows } from "./stored-content.ts";

export const contentHashKey = (roleId: string) => `content_hash:${roleId}`;
const HASH_PREFIX = "content_hash:";

export interface TableChanges {
  /** Items in the pack now. */
  total: number;
  added: number;
  restored: number;
  retired: number;
}

export type LoadChanges = Record<ItemTable, TableChanges>;

/** Rows per INSERT: well under both databases' limits on bound parameters (SQLite 32766, PostgreSQL 65535). */
const CHUNK = 400;
const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

export function createContentStore(handle: DatabaseHandle) {
  // Item tables share one shape, so the code that writes them is generic over the table name.
  const db = handle.db as unknown as Kysely<any>;
  const dsql = dialectSql(handle.dialect);

  async function upsert(trx: Kysely<any>, table: string, rows: readonly Record<string, unknown>[], key: string[]) {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!).filter((c) => !key.includes(c));
    for (const chunk of chunks(rows)) {
      await trx
        .insertInto(table)
        .values(chunk.map((row) => ({ ...row, retired_at: null })))
        .onConflict((oc) =>
          oc.columns(key as any).doUpdateSet((eb) => ({
            ...Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)])),
            retired_at: null,
          })),
        )
        .execute();
    }
  }

  async function writeItems(trx: Kysely<any>, table: ItemTable, roleId: string, rows: readonly { id: string }[], now: number): Promise<TableChanges> {
    const existing: { id: string; retired_at: number | null }[] = await trx
      .selectFrom(table)
      .select(["id", "retired_at"])
      .where("role_id", "=", roleId)
      .execute();
    const incoming = new Set(rows.map((r) => r.id));
    const before = new Map(existing.map((r) => [r.id, r.retired_at]));
    const toRetire = existing.filter((r) => r.retired_at === null && !incoming.has(r.id)).map((r) => r.id);
    await upsert(trx, table, rows as unknown as Record<string, unknown>[], ["role_id", "id"]);
    for (const ids of chunks(toRetire)) {
      await trx.updateTable(table).set({ retired_at: now }).where("role_id", "=", roleId).where("id", "in", ids).execute();
    }
    return {
      total: rows.length,
      added: rows.filter((r) => !before.has(r.id)).length,
      restored: rows.filter((r) => (before.get(r.id) ?? null) !== null).length,
      retired: toRetire.length,
    };
  }

  return {
    /** The stored content hash of every role that has one. */
    async storedHashes(): Promise<Map<string, string>> {
      const rows = await db.selectFrom("app_meta").select(["key", "value"]).where("key", "like", `${HASH_PREFIX}%`).execute();
      return new Map(rows.map((r: { key: string; value: string }) => [r.key.slice(HASH_PREFIX.length), r.value]));
    },

    /** Ids of the roles that are loaded and not retired. */
    async activeRoleIds(): Promise<string[]> {
      const rows = await db.selectFrom("roles").select("id").where("retired_at", "is", null).execute();
      return rows.map((r: { id: string }) => r.id);
    },

    /**
     * Loads one role's rows in one transaction, unless the stored hash already matches (another
     * server may have loaded the same content meanwhile): then nothing is written and null returned.
     */
    async apply(rows: RoleRows, now: number): Promise<LoadChanges | null> {
      return db.transaction().execute(async (trx) => {
        const lock = dsql.lockContent(rows.roleId);
        if (lock) await lock.execute(trx);
        const key = contentHashKey(rows.roleId);
        const stored = await trx.selectFrom("app_meta").select("value").where("key", "=", key).executeTakeFirst();
        if (stored?.value === rows.hash) return null;

        await upsert(trx, "roles", [rows.role], ["id"]);
        const changes = {} as LoadChanges;
        for (const table of ITEM_TABLES) changes[table] = await writeItems(trx, table, rows.roleId, rows[table], now);

        // The index holds active items only: rebuilt whole, it cannot drift from the tables.
        await trx.deleteFrom("search_entries").where("role_id", "=", rows.roleId).execute();
        for (const chunk of chunks(rows.search)) await trx.insertInto("search_entries").values(chunk).execute();

        await trx
          .insertInto("app_meta")
          .values({ key, value: rows.hash })
          .onConflict((oc) => oc.column("key").doUpdateSet({ value: rows.hash }))
          .execute();
        return changes;
      });
    },

    /** A role whose folder is gone: retire it and everything in it, so ids still resolve. */
    async retireRole(roleId: string, now: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const lock = dsql.lockContent(roleId);
        if (lock) await lock.execute(trx);
        await trx.updateTable("roles").set({ retired_at: now }).where("id", "=", roleId).where("retired_at", "is", null).execute();
        for (const table of ITEM_TABLES) {
          await trx.updateTable(table).set({ retired_at: now }).where("role_id", "=", roleId).where("retired_at", "is", null).execute();
        }
        await trx.deleteFrom("search_entries").where("role_id", "=", roleId).execute();
        await trx.deleteFrom("app_meta").where("key", "=", contentHashKey(roleId)).execute();
      });
    },
  };
}

export type ContentStore = ReturnType<typeof createContentStore>;
