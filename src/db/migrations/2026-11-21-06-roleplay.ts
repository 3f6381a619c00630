// Frozen: never edit a migration that has shipped; add a new one.
//
// Roleplays: a learner's conversation with a scenario's counterpart, and its turns in order.
// `turn_count` is the number of turns recorded; a turn is written only if it is still the count
// that was read (so two requests can never both write turn n), and (session, seq) is the key.
// Scenario ids are not foreign keys: content items are retired, never deleted.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("roleplay_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("scenario_id", "text", (c) => c.notNull())
    .addColumn("turn_count", "integer", (c) => c.notNull())
    // JSON array of the beat ids the learner asked a hint for.
    .addColumn("hinted_beats", "text", (c) => c.notNull())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("completed_at", "bigint")
    // "finished" (every beat done), "learner" (ended early); null while going on.
    .addColumn("ended_by", "text")
    // Set when the conversation ends, so lists and progress need not replay it.
    .addColumn("goals_met", "integer")
    .addColumn("goals_total", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("roleplay_sessions_user").on("roleplay_sessions").columns(["user_id", "started_at"]).execute();

  await db.schema
    .createTable("roleplay_turns")
    .addColumn("session_id", "text", (c) => c.notNull().references("roleplay_sessions.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("speaker", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("beat_id", "text", (c) => c.notNull())
    // Counterpart: opening | follow-up | pushback | advance | closing. Learner: null.
    .addColumn("act", "text")
    // Counterpart: "embedded" or "llm", who wrote the line. Learner: null.
    .addColumn("source", "text")
    // Learner: JSON array of the move ids the turn made, and the coach's feedback.
    .addColumn("moves", "text")
    .addColumn("feedback", "text")
    // Learner: the id the page sent with the turn, so a retried request is applied once.
    .addColumn("client_turn_id", "text")
    .addColumn("dictated", "integer")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("roleplay_turns_pkey", ["session_id", "seq"])
    .execute();
  await db.schema.createIndex("roleplay_turns_client").on("roleplay_turns").columns(["session_id", "client_turn_id"]).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["roleplay_turns", "roleplay_sessions"]) await db.schema.dropTable(t).execute();
}
