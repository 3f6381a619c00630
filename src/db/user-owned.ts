/**
 * Every table that holds a user's rows, by the column that names the user. Deleting an account
 * walks this list in one transaction; a test checks that every table with a user_id column is
 * listed, so a new feature's table cannot be forgotten.
 */
export const USER_OWNED_TABLES: ReadonlyArray<{ table: string; column: string }> = [
  { table: "sessions", column: "user_id" },
  { table: "exercise_answers", column: "user_id" },
  { table: "set_attempts", column: "user_id" },
  { table: "topic_progress", column: "user_id" },
  { table: "review_settings", column: "user_id" },
  { table: "review_cards", column: "user_id" },
  { table: "review_logs", column: "user_id" },
  { table: "interview_answers", column: "user_id" },
  { table: "question_reveals", column: "user_id" },
  { table: "kit_scorecards", column: "user_id" },
  { table: "interview_kits", column: "user_id" },
  { table: "mock_interviews", column: "user_id" },
  { table: "roleplay_turns", column: "user_id" },
  { table: "roleplay_sessions", column: "user_id" },
];
