// Frozen: never edit a migration that has shipped; add a new one.
//
// Interview prep: answers to bank questions (practice, or a step of a mock interview), the
// learner's reveals of a model answer, mock interview sessions (with a revocable share token,
// stored hashed), and interviewers' kits and scorecards. Question ids are not foreign keys:
// content items are retired, never deleted.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mock_interviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    // An area id, or "mixed".
    .addColumn("focus", "text", (c) => c.notNull())
    .addColumn("seconds_per_question", "integer", (c) => c.notNull())
    // JSON array of question ids in the order asked: frozen at the start.
    .addColumn("questions", "text", (c) => c.notNull())
    // When the step now open (a question or its follow-up) was first shown: the timer resumes from it.
    .addColumn("step_started_at", "bigint", (c) => c.notNull())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("completed_at", "bigint")
    // SHA-256 of the share token; null when not shared (or revoked).
    .addColumn("share_hash", "text", (c) => c.unique())
    .addColumn("shared_at", "bigint")
    .execute();
  await db.schema.createIndex("mock_interviews_user").on("mock_interviews").columns(["user_id", "started_at"]).execute();

  await db.schema
    .createTable("interview_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("question_id", "text", (c) => c.notNull())
    // "practice:<question>" for practice; "<mock id>:<index>:main|follow-up" in a mock interview.
    // Unique with the text's hash, so a double click or a retried request records once.
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("mock_id", "text", (c) => c.references("mock_interviews.id").onDelete("cascade"))
    .addColumn("step", "integer")
    .addColumn("follow_up", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("text_hash", "text", (c) => c.notNull())
    .addColumn("feedback", "text", (c) => c.notNull())
    .addColumn("overall", "integer", (c) => c.notNull())
    .addColumn("band", "integer", (c) => c.notNull())
    // Set when the learner had revealed the model answer before this answer.
    .addColumn("revealed", "integer", (c) => c.notNull())
    .addColumn("seconds", "integer")
    .addColumn("dictated", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("interview_answers_scope").on("interview_answers").columns(["user_id", "scope", "text_hash"]).unique().execute();
  await db.schema.createIndex("interview_answers_question").on("interview_answers").columns(["user_id", "role_id", "question_id", "created_at"]).execute();
  await db.schema.createIndex("interview_answers_mock").on("interview_answers").columns(["mock_id"]).execute();

  await db.schema
    .createTable("question_reveals")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("revealed_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("question_reveals_pkey", ["user_id", "role_id", "question_id"])
    .execute();

  await db.schema
    .createTable("interview_kits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull())
    // JSON array of items: bank questions by id, or the interviewer's own (src/server/features/interview).
    .addColumn("items", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("interview_kits_user").on("interview_kits").columns(["user_id", "updated_at"]).execute();

  await db.schema
    .createTable("kit_scorecards")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kit_id", "text", (c) => c.notNull().references("interview_kits.id").onDelete("cascade"))
    .addColumn("candidate", "text", (c) => c.notNull())
    // JSON: per kit item, key points heard, notes and a rating 1–4.
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("recommendation", "text")
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("kit_scorecards_kit").on("kit_scorecards").columns(["user_id", "kit_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["kit_scorecards", "interview_kits", "question_reveals", "interview_answers", "mock_interviews"]) await db.schema.dropTable(t).execute();
}
