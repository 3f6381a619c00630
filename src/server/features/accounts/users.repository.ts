import type { Kysely, Selectable } from "kysely";
import type { Tables, UsersTable } from "../../../db/tables.ts";
import type { User } from "./user.ts";

type Row = Selectable<UsersTable>;

export function toUser(row: Row): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    targetRole: row.target_role as User["targetRole"],
    level: row.level as User["level"],
    nativeLanguage: row.native_language,
    dailyGoalMinutes: row.daily_goal_minutes,
    timeZone: row.time_zone,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export interface NewUser {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  timeZone: string;
  now: number;
}

export function createUsersRepository(db: Kysely<Tables>) {
  return {
    async insert(u: NewUser): Promise<User | null> {
      const row = await db
        .insertInto("users")
        .values({
          id: u.id,
          email: u.email,
          password_hash: u.passwordHash,
          display_name: u.displayName,
          target_role: "backend-developer",
          level: "junior",
          native_language: null,
          daily_goal_minutes: 15,
          time_zone: u.timeZone,
          created_at: u.now,
          updated_at: u.now,
        })
        .onConflict((oc) => oc.column("email").doNothing())
        .returningAll()
        .executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async findById(id: string): Promise<User | undefined> {
      const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toUser(row);
    },

    async findCredentialsByEmail(email: string) {
      return db.selectFrom("users").select(["id", "password_hash"]).where("email", "=", email).executeTakeFirst();
    },

    async passwordHash(id: string): Promise<string | undefined> {
      const row = await db.selectFrom("users").select("password_hash").where("id", "=", id).executeTakeFirst();
      return row?.password_hash;
    },

    async updateProfile(id: string, patch: Partial<Omit<User, "id" | "email" | "createdAt">>, now: number) {
      const row = await db
        .updateTable("users")
        .set({
          ...(patch.displayName !== undefined && { display_name: patch.displayName }),
          ...(patch.targetRole !== undefined && { target_role: patch.targetRole }),
          ...(patch.level !== undefined && { level: patch.level }),
          ...(patch.nativeLanguage !== undefined && { native_language: patch.nativeLanguage }),
          ...(patch.dailyGoalMinutes !== undefined && { daily_goal_minutes: patch.dailyGoalMinutes }),
          ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
          updated_at: now,
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      return row && toUser(row);
    },

    async setPasswordHash(id: string, hash: string, now: number) {
      await db.updateTable("users").set({ password_hash: hash, updated_at: now }).where("id", "=", id).execute();
    },

    async delete(id: string) {
      await db.deleteFrom("users").where("id", "=", id).execute();
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
