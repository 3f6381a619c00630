/**
 * Resolves the session cookie to the signed-in user on every API request. Sessions live in the
 * database (hashed), so any app instance can serve any user.
 */
import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../errors.ts";
import type { AccountsService, IssuedSession } from "../features/accounts/accounts.service.ts";
import type { User } from "../features/accounts/user.ts";

export const SESSION_COOKIE = "parlance_session";

declare module "fastify" {
  interface FastifyRequest {
    user: User | null;
    sessionId: string | null;
  }
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: IssuedSession) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    maxAge: session.maxAgeSeconds,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure: request.protocol === "https" });
}

/** The signed-in user, or a 401. */
export function requireUser(request: FastifyRequest): User {
  if (!request.user) throw new AppError("unauthenticated", "Sign in to do this.");
  return request.user;
}

export const sessionPlugin = fp(async (app: FastifyInstance, opts: { accounts: AccountsService }) => {
  await app.register(cookie);
  app.decorateRequest("user", null);
  app.decorateRequest("sessionId", null);

  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await opts.accounts.authenticate(token);
    if (!found) return;
    request.user = found.user;
    request.sessionId = found.sessionId;
    if (found.renewed) setSessionCookie(request, reply, found.renewed);
  });
});
