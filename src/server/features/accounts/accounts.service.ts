/**
 * Accounts and sessions: the rules live here; SQL lives in the repositories; HTTP in the routes.
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Tables } from "../../../db/tables.ts";
import { USER_OWNED_TABLES } from "../../../db/user-owned.ts";
import { AppError, fieldError } from "../../errors.ts";
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from "./passwords.ts";
import { createSessionsRepository } from "./sessions.repository.ts";
import { createThrottleRepository, type ThrottlePolicy } from "./throttle.repository.ts";
import { createUsersRepository } from "./users.repository.ts";
import type { User } from "./user.ts";

export const SESSION_TTL_MS = 30 * 24 * 3600_000;
/** A session is renewed (sliding expiry) once less than this much of its life is left. */
const RENEW_WHEN_LEFT_MS = SESSION_TTL_MS - 24 * 3600_000;

const PER_ACCOUNT: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };
const PER_ADDRESS: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

export interface Clock {
  now(): number;
}

export interface IssuedSession {
  token: string;
  expiresAt: number;
  /** Seconds until expiry, by the service's clock (the cookie's Max-Age). */
  maxAgeSeconds: number;
}

const INVALID_CREDENTIALS = "The e-mail address or password is not correct.";

// Compared against when the e-mail is unknown, so both failures take the same time.
const decoyHash = hashPassword(randomBytes(16).toString("hex"));

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createAccountsService(deps: { db: Kysely<Tables>; secret: string; clock: Clock }) {
  const { db, clock } = deps;
  const users = createUsersRepository(db);
  const sessions = createSessionsRepository(db);
  const throttle = createThrottleRepository(db);

  const sessionId = (token: string) => createHmac("sha256", deps.secret).update(token).digest("base64url");

  async function issueSession(userId: string, userAgent: string | null): Promise<IssuedSession> {
    const token = randomBytes(32).toString("base64url");
    const now = clock.now();
    const expiresAt = now + SESSION_TTL_MS;
    await sessions.create({ id: sessionId(token), userId, now, expiresAt, userAgent });
    return { token, expiresAt, maxAgeSeconds: SESSION_TTL_MS / 1000 };
  }

  async function checkThrottle(keys: string[]) {
    const now = clock.now();
    for (const key of keys) {
      const ms = await throttle.blockedFor(key, now);
      if (ms > 0) {
        const seconds = Math.ceil(ms / 1000);
        throw new AppError(
          "rate_limited",
          `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
          undefined,
          { "retry-after": String(seconds) },
        );
      }
    }
  }

  return {
    async signUp(input: { email: string; password: string; displayName: string; timeZone?: string }, userAgent: string | null) {
      const problem = passwordProblem(input.password);
      if (problem) throw fieldError("password", problem);
      const user = await users.insert({
        id: randomUUID(),
        email: normalizeEmail(input.email),
        passwordHash: await hashPassword(input.password),
        displayName: input.displayName,
        timeZone: input.timeZone ?? "UTC",
        now: clock.now(),
      });
      if (!user) throw new AppError("email_taken", "An account with this e-mail address already exists.");
      return { user, session: await issueSession(user.id, userAgent) };
    },

    async signIn(input: { email: string; password: string }, client: { ip: string; userAgent: string | null }) {
      const email = normalizeEmail(input.email);
      const keys = [`account:${email}`, `address:${client.ip}`];
      await checkThrottle(keys);
      const creds = await users.findCredentialsByEmail(email);
      const ok = await verifyPassword(input.password, creds?.password_hash ?? (await decoyHash));
      if (!creds || !ok) {
        const now = clock.now();
        await throttle.recordFailure(keys[0]!, now, PER_ACCOUNT);
        await throttle.recordFailure(keys[1]!, now, PER_ADDRESS);
        throw new AppError("invalid_credentials", INVALID_CREDENTIALS);
      }
      await throttle.clear(keys[0]!);
      if (needsRehash(creds.password_hash)) {
        await users.setPasswordHash(creds.id, await hashPassword(input.password), clock.now());
      }
      const user = (await users.findById(creds.id))!;
      return { user, session: await issueSession(creds.id, client.userAgent) };
    },

    /** The signed-in user for a cookie token, renewing the session when it is past its renewal point. */
    async authenticate(token: string): Promise<{ user: User; sessionId: string; renewed?: IssuedSession } | undefined> {
      if (token.length > 200) return undefined;
      const id = sessionId(token);
      const now = clock.now();
      const found = await sessions.findActive(id, now);
      if (!found) return undefined;
      if (found.expiresAt - now < RENEW_WHEN_LEFT_MS) {
        const expiresAt = now + SESSION_TTL_MS;
        await sessions.extend(id, now, expiresAt);
        return { user: found.user, sessionId: id, renewed: { token, expiresAt, maxAgeSeconds: SESSION_TTL_MS / 1000 } };
      }
      return { user: found.user, sessionId: id };
    },

    async signOut(sessionIdValue: string) {
      await sessions.delete(sessionIdValue);
    },

    async updateProfile(userId: string, patch: Parameters<typeof users.updateProfile>[1]) {
      const user = await users.updateProfile(userId, patch, clock.now());
      if (!user) throw new AppError("not_found", "This account no longer exists.");
      return user;
    },

    /** Changes the password and signs out every other session of the user. */
    async changePassword(userId: string, currentSessionId: string, input: { currentPassword: string; newPassword: string }) {
      const hash = await users.passwordHash(userId);
      if (!hash || !(await verifyPassword(input.currentPassword, hash))) {
        throw fieldError("currentPassword", "is not your current password");
      }
      const problem = passwordProblem(input.newPassword);
      if (problem) throw fieldError("newPassword", problem);
      const newHash = await hashPassword(input.newPassword);
      await db.transaction().execute(async (trx) => {
        await createUsersRepository(trx).setPasswordHash(userId, newHash, clock.now());
        await createSessionsRepository(trx).deleteAllForUser(userId, currentSessionId);
      });
    },

    /** Deletes the account and every row that belongs to it, all or nothing. */
    async deleteAccount(userId: string, password: string) {
      const hash = await users.passwordHash(userId);
      if (!hash || !(await verifyPassword(password, hash))) throw fieldError("password", "is not your current password");
      await db.transaction().execute(async (trx) => {
        for (const { table, column } of USER_OWNED_TABLES) {
          await (trx as Kysely<any>).deleteFrom(table).where(column, "=", userId).execute();
        }
        await createUsersRepository(trx).delete(userId);
      });
    },

    /** Housekeeping: drop expired sessions and old throttle rows. */
    async sweep() {
      const now = clock.now();
      await sessions.deleteExpired(now);
      await throttle.deleteStale(now, 24 * 3600_000);
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
