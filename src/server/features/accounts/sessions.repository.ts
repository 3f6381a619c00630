import type { Kysely } from "kysely";
import type { Tables } from "../../../db/tables.ts";
import { param, prepare } from "../../../db/prepared.ts";
import { toUser } from "./users.repository.ts";

export function createSessionsRepository(db: Kysely<Tables>) {
  // Runs on every authenticated request: compiled once.
  const lookup = prepare(
    db,
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .selectAll("users")
      .select(["sessions.expires_at as session_expires_at"])
      .where("sessions.id", "=", param("id"))
      .where("sessions.expires_at", ">", param<number>("now")),
  );

  return {
    async create(s: { id: string; userId: string; now: number; expiresAt: number; userAgent: string | null }) {
      await db
        .insertInto("sessions")
        .values({
          id: s.id,
          user_id: s.userId,
          created_at: s.now,
          expires_at: s.expiresAt,
          last_seen_at: s.now,
          user_agent: s.userAgent,
        })
        .execute();
    },

    async findActive(id: string, now: number) {
      const row = await lookup.first({ id, now });
      if (!row) return undefined;
      return { user: toUser(row), expiresAt: row.session_expires_at };
    },

    async extend(id: string, now: number, expiresAt: number) {
      await db.updateTable("sessions").set({ expires_at: expiresAt, last_seen_at: now }).where("id", "=", id).execute();
    },

    async delete(id: string) {
      await db.deleteFrom("sessions").where("id", "=", id).execute();
    },

    async deleteAllForUser(userId: string, exceptId?: string) {
      let q = db.deleteFrom("sessions").where("user_id", "=", userId);
      if (exceptId) q = q.where("id", "!=", exceptId);
      await q.execute();
    },

    async deleteExpired(now: number) {
      const r = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
