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

export interface Tables {
  users: UsersTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  app_meta: AppMetaTable;
}

// Kept for later tables with auto-increment keys.
export type { Generated };
