// Frozen: never edit a migration that has shipped; add a new one.
//
// Vocabulary review (src/server/features/review/): a learner's settings, the cards of the terms in
// their deck with each card's FSRS state as columns, and one log row per review holding the state
// before and after it (undo restores the before-state; stats and the daily queue read the log).
// Card content is not stored: it is derived from the term each time (src/srs/cards.ts).
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("review_settings")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("desired_retention", "double precision", (c) => c.notNull())
    .addColumn("new_per_day", "integer", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("review_cards")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("term_id", "text", (c) => c.notNull())
    .addColumn("card_type", "text", (c) => c.notNull())
    // An opaque id for the API: a card's term must not be readable from its id before it is answered.
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("added_at", "bigint", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("due", "bigint", (c) => c.notNull())
    .addColumn("stability", "double precision", (c) => c.notNull())
    .addColumn("difficulty", "double precision", (c) => c.notNull())
    .addColumn("scheduled_days", "integer", (c) => c.notNull())
    .addColumn("learning_steps", "integer", (c) => c.notNull())
    .addColumn("reps", "integer", (c) => c.notNull())
    .addColumn("lapses", "integer", (c) => c.notNull())
    .addColumn("last_review", "bigint")
    .addPrimaryKeyConstraint("review_cards_pkey", ["user_id", "role_id", "term_id", "card_type"])
    .execute();
  await db.schema.createIndex("review_cards_id").on("review_cards").column("id").unique().execute();
  // The daily queue reads scheduled cards due before a horizon, and the oldest new cards.
  await db.schema.createIndex("review_cards_due").on("review_cards").columns(["user_id", "phase", "due"]).execute();
  await db.schema.createIndex("review_cards_added").on("review_cards").columns(["user_id", "phase", "added_at"]).execute();

  await db.schema
    .createTable("review_logs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("term_id", "text", (c) => c.notNull())
    .addColumn("card_type", "text", (c) => c.notNull())
    .addColumn("grade", "text", (c) => c.notNull())
    .addColumn("reviewed_at", "bigint", (c) => c.notNull())
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    // Copied out of before_state: the queue (new cards introduced today) and true retention filter on it.
    .addColumn("before_phase", "text", (c) => c.notNull())
    .addColumn("before_state", "text", (c) => c.notNull())
    .addColumn("after_state", "text", (c) => c.notNull())
    // What the learner typed or chose, so a retried request gets the same answer back.
    .addColumn("answer", "text")
    .addColumn("idempotency_key", "text")
    .execute();
  await db.schema.createIndex("review_logs_user_time").on("review_logs").columns(["user_id", "reviewed_at"]).execute();
  // A card's history, newest last: undo, replays (an idempotency key is looked up among its card's logs).
  await db.schema
    .createIndex("review_logs_card")
    .on("review_logs")
    .columns(["user_id", "role_id", "term_id", "card_type", "reviewed_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["review_logs", "review_cards", "review_settings"]) await db.schema.dropTable(t).execute();
}
