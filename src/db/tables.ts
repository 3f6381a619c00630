/**
 * Row types of every table, as Kysely sees them. Timestamps are milliseconds since the epoch in a
 * 64-bit integer column on both databases, so code never meets driver-specific date types.
 */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  target_role: string;
  level: string;
  native_language: string | null;
  daily_goal_minutes: number;
  time_zone: string;
  created_at: number;
  updated_at: number;
}

export interface SessionsTable {
  /** HMAC of the cookie token: a leaked table cannot be replayed as cookies. */
  id: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
  user_agent: string | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_started_at: number;
  blocked_until: number;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

// ---------------------------------------------------------------------------------------------
// The curriculum (loaded from content/ at start-up; see src/server/features/content/).
// `data` is the whole item as JSON; `retired_at` is set when an item leaves the pack, which keeps
// it resolvable by id for progress that points at it.

export interface RolesTable {
  id: string;
  position: number;
  title: string;
  data: string;
  retired_at: number | null;
}

/** Columns every kind of content item has. */
export interface ContentItemColumns {
  role_id: string;
  id: string;
  /** Order in lists: path order for areas, alphabetical for terms, area → level → file order otherwise. */
  position: number;
  /** The term, the topic's or scenario's title, the question's prompt. */
  title: string;
  data: string;
  retired_at: number | null;
}

export type AreasTable = ContentItemColumns;

export interface TermsTable extends ContentItemColumns {
  area: string;
  level: string;
  /** Glossary index: "a"–"z", or "#" for a term that starts with anything else. */
  letter: string;
}

export interface TopicsTable extends ContentItemColumns {
  area: string;
  level: string;
}

export interface QuestionsTable extends ContentItemColumns {
  area: string;
  level: string;
  kind: string;
}

export interface ScenariosTable extends ContentItemColumns {
  area: string;
  level: string;
  setting: string;
}

export interface ExerciseSetsTable extends ContentItemColumns {
  area: string;
  level: string;
}

export interface ExercisesTable extends ContentItemColumns {
  set_id: string;
  type: string;
}

/** FTS5 table on SQLite; on PostgreSQL also a generated `document` tsvector, never written. */
export interface SearchEntriesTable {
  role_id: string;
  kind: string;
  item_id: string;
  exact: string;
  title: string;
  aliases: string;
  body: string;
}

export interface RoleplaySessionsTable {
  id: string;
  user_id: string;
  role_id: string;
  scenario_id: string;
  turn_count: number;
  hinted_beats: string;
  started_at: number;
  updated_at: number;
  completed_at: number | null;
  ended_by: string | null;
  goals_met: number | null;
  goals_total: number;
}

export interface RoleplayTurnsTable {
  session_id: string;
  seq: number;
  user_id: string;
  speaker: string;
  text: string;
  beat_id: string;
  act: string | null;
  source: string | null;
  moves: string | null;
  feedback: string | null;
  client_turn_id: string | null;
  dictated: number | null;
  created_at: number;
}

export interface Tables {
  users: UsersTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  app_meta: AppMetaTable;
  roles: RolesTable;
  areas: AreasTable;
  terms: TermsTable;
  topics: TopicsTable;
  questions: QuestionsTable;
  scenarios: ScenariosTable;
  exercise_sets: ExerciseSetsTable;
  exercises: ExercisesTable;
  search_entries: SearchEntriesTable;
  review_settings: ReviewSettingsTable;
  review_cards: ReviewCardsTable;
  review_logs: ReviewLogsTable;
  set_attempts: SetAttemptsTable;
  exercise_answers: ExerciseAnswersTable;
  topic_progress: TopicProgressTable;
  mock_interviews: MockInterviewsTable;
  interview_answers: InterviewAnswersTable;
  question_reveals: QuestionRevealsTable;
  interview_kits: InterviewKitsTable;
  kit_scorecards: KitScorecardsTable;
  roleplay_sessions: RoleplaySessionsTable;
  roleplay_turns: RoleplayTurnsTable;
}


// ---------------------------------------------------------------------------------------------
// The learning path (src/server/features/learning/): runs through exercise sets, the answers in
// them, and the learner's marks on roadmap topics. Booleans are 0/1 integers on both databases.

export interface SetAttemptsTable {
  id: string;
  user_id: string;
  role_id: string;
  /** "set" or "mistakes". */
  kind: string;
  set_id: string | null;
  area: string | null;
  /** JSON: [setId, exerciseId][] in the order of this run. */
  exercises: string;
  total: number;
  answered: number;
  correct: number;
  score_sum: number;
  started_at: number;
  updated_at: number;
  completed_at: number | null;
}

export interface ExerciseAnswersTable {
  id: string;
  user_id: string;
  attempt_id: string;
  role_id: string;
  set_id: string;
  exercise_id: string;
  area: string;
  type: string;
  answer: string;
  result: string;
  correct: number;
  score: number;
  coach_score: number | null;
  seconds: number;
  time_zone: string;
  answered_at: number;
}

export interface TopicProgressTable {
  user_id: string;
  role_id: string;
  topic_id: string;
  /** "done", "learning" or "skipped". */
  status: string;
  updated_at: number;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary review (src/server/features/review/): settings, cards with their FSRS state as
// columns (src/srs/state.ts), and one log row per review with the state before and after it.

export interface ReviewSettingsTable {
  user_id: string;
  /** 0.70–0.99. */
  desired_retention: number;
  new_per_day: number;
  updated_at: number;
}

export interface ReviewCardsTable {
  user_id: string;
  role_id: string;
  term_id: string;
  /** recognition, recall, cloze, listening or usage (src/srs/cards.ts). */
  card_type: string;
  /** A random UUID: what the API calls the card (the key above would give its term away). */
  id: string;
  added_at: number;
  /** new, learning, review or relearning. */
  phase: string;
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: number | null;
}

export interface ReviewLogsTable {
  id: string;
  user_id: string;
  role_id: string;
  term_id: string;
  card_type: string;
  /** again, hard, good or easy. */
  grade: string;
  reviewed_at: number;
  duration_ms: number;
  before_phase: string;
  /** JSON CardState. */
  before_state: string;
  /** JSON CardState. */
  after_state: string;
  /** The typed answer, or the chosen option's index as text; null when self-graded. */
  answer: string | null;
  idempotency_key: string | null;
}

// ---------------------------------------------------------------------------------------------
// Interview prep (src/server/features/interview/): answers to bank questions with the coach's
// feedback, reveals of model answers, mock interviews, and interviewers' kits and scorecards.

export interface MockInterviewsTable {
  id: string;
  user_id: string;
  role_id: string;
  level: string;
  /** An area id or "mixed". */
  focus: string;
  seconds_per_question: number;
  /** JSON: question ids in the order asked. */
  questions: string;
  step_started_at: number;
  started_at: number;
  completed_at: number | null;
  /** SHA-256 (hex) of the share token; null when not shared. */
  share_hash: string | null;
  shared_at: number | null;
}

export interface InterviewAnswersTable {
  id: string;
  user_id: string;
  role_id: string;
  question_id: string;
  scope: string;
  mock_id: string | null;
  step: number | null;
  /** The follow-up question this answers, in a mock interview. */
  follow_up: string | null;
  text: string;
  text_hash: string;
  /** JSON Feedback (src/coach/types.ts). */
  feedback: string;
  overall: number;
  band: number;
  revealed: number;
  seconds: number | null;
  dictated: number;
  created_at: number;
}

export interface QuestionRevealsTable {
  user_id: string;
  role_id: string;
  question_id: string;
  revealed_at: number;
}

export interface InterviewKitsTable {
  id: string;
  user_id: string;
  role_id: string;
  title: string;
  notes: string;
  /** JSON KitItem[]. */
  items: string;
  created_at: number;
  updated_at: number;
}

export interface KitScorecardsTable {
  id: string;
  user_id: string;
  kit_id: string;
  candidate: string;
  /** JSON: Record<item key, {heard: number[], notes, rating}>. */
  answers: string;
  recommendation: string | null;
  summary: string;
  created_at: number;
  updated_at: number;
}
