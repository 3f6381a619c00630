import type { Kysely } from "kysely";
import type { Tables } from "../../../db/tables.ts";

export interface ThrottlePolicy {
  /** Failures allowed within the window before the key is blocked. */
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

/**
 * Failed sign-in counters, kept in the database so that every app instance sees the same counts.
 */
export function createThrottleRepository(db: Kysely<Tables>) {
  return {
    /** Milliseconds until the key may try again, or 0. */
    async blockedFor(key: string, now: number): Promise<number> {
      const row = await db.selectFrom("auth_throttle").select("blocked_until").where("key", "=", key).executeTakeFirst();
      return row && row.blocked_until > now ? row.blocked_until - now : 0;
    },

    async recordFailure(key: string, now: number, policy: ThrottlePolicy): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom("auth_throttle").selectAll().where("key", "=", key).executeTakeFirst();
        const fresh = !row || now - row.window_started_at > policy.windowMs;
        const failures = fresh ? 1 : row.failures + 1;
        const values = {
          key,
          failures,
          window_started_at: fresh ? now : row.window_started_at,
          blocked_until: failures >= policy.maxFailures ? now + policy.blockMs : (row?.blocked_until ?? 0),
        };
        await trx
          .insertInto("auth_throttle")
          .values(values)
          .onConflict((oc) =>
            oc.column("key").doUpdateSet({
              failures: values.failures,
              window_started_at: values.window_started_at,
              blocked_until: values.blocked_until,
            }),
          )
          .execute();
      });
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom("auth_throttle").where("key", "=", key).execute();
    },

    async deleteStale(now: number, olderThanMs: number): Promise<void> {
      await db
        .deleteFrom("auth_throttle")
        .where("window_started_at", "<", now - olderThanMs)
        .where("blocked_until", "<", now)
        .execute();
    },
  };
}
export type ThrottleRepository = ReturnType<typeof createThrottleRepository>;
