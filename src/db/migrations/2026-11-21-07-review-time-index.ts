// Frozen: never edit a migration that has shipped; add a new one.
//
// The daily goal sums each review's time per local day (src/server/features/learning): with the
// duration in the index, a year of reviews is summed from the index alone, without reading a row.
// It replaces the (user_id, reviewed_at) index, whose queries it serves as well.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("review_logs_user_time_duration").on("review_logs").columns(["user_id", "reviewed_at", "duration_ms"]).execute();
  await db.schema.dropIndex("review_logs_user_time").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("review_logs_user_time").on("review_logs").columns(["user_id", "reviewed_at"]).execute();
  await db.schema.dropIndex("review_logs_user_time_duration").execute();
}
