/**
 * Row types of every table, as Kysely sees them. Timestamps are milliseconds since the epoch in a
 * 64-bit integer column on both databases, so code never meets driver-specific date types.
 */
import type { Generated } from "kysely";

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
}

// Kept for later tables with auto-increment keys.
export type { Generated };
