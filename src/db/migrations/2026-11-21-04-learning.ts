// Frozen: never edit a migration that has shipped; add a new one.
//
// The learning path's progress: runs through exercise sets (set_attempts), the answers given in
// them (exercise_answers, one per attempt and exercise: that unique key makes a repeated submit
// record once), and the learner's marks on roadmap topics (topic_progress). Content ids are not
// foreign keys: content items are retired, never deleted, so progress keeps pointing at them.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("set_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    // "set": one of the content's exercise sets; "mistakes": the learner's review-my-mistakes set.
    .addColumn("kind", "text", (c) => c.notNull())
    // The content set for kind "set"; null for a mistakes set, whose exercises come from several sets.
    .addColumn("set_id", "text")
    .addColumn("area", "text")
    // The exercises of this run in order, as a JSON array of [set id, exercise id]: frozen at the start.
    .addColumn("exercises", "text", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("answered", "integer", (c) => c.notNull())
    .addColumn("correct", "integer", (c) => c.notNull())
    // Sum of the answers' scores (0–1 each), for the percentage without reading the answers.
    .addColumn("score_sum", "real", (c) => c.notNull())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    // The last activity (start or answer): where the time on the next answer is counted from.
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("completed_at", "bigint")
    .execute();
  await db.schema.createIndex("set_attempts_user_role").on("set_attempts").columns(["user_id", "role_id", "updated_at"]).execute();

  await db.schema
    .createTable("exercise_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("attempt_id", "text", (c) => c.notNull().references("set_attempts.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("set_id", "text", (c) => c.notNull())
    .addColumn("exercise_id", "text", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    // The answer as submitted (JSON), to tell a repeat of the same answer from a different one.
    .addColumn("answer", "text", (c) => c.notNull())
    // The graded result as shown to the learner (JSON), replayed when the same answer comes again.
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("correct", "integer", (c) => c.notNull())
    .addColumn("score", "real", (c) => c.notNull())
    // Written answers: the coach's overall score, 0–100; null for the other types.
    .addColumn("coach_score", "integer")
    // Practice time this answer adds to the day (since the previous answer or the start, capped).
    .addColumn("seconds", "integer", (c) => c.notNull())
    // The learner's time zone when they answered: the day it counts for never moves later.
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("answered_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("exercise_answers_attempt_exercise", ["attempt_id", "exercise_id"])
    .execute();
  await db.schema.createIndex("exercise_answers_user_role").on("exercise_answers").columns(["user_id", "role_id", "answered_at"]).execute();

  await db.schema
    .createTable("topic_progress")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("topic_id", "text", (c) => c.notNull())
    // "done", "learning" or "skipped".
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("topic_progress_pkey", ["user_id", "role_id", "topic_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["topic_progress", "exercise_answers", "set_attempts"]) await db.schema.dropTable(t).execute();
}
