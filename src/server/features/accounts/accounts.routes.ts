import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EmptyBody, NoContent, errorResponses } from "../../schemas.ts";
import { clearSessionCookie, requireUser, setSessionCookie } from "../../plugins/session.ts";
import type { AccountsService } from "./accounts.service.ts";
import { MAX_PASSWORD_LENGTH } from "./passwords.ts";
import { ProfileFields, User } from "./user.ts";

const Email = z.string().trim().max(254).email("must be an e-mail address");
const Password = z.string().min(1, "must not be empty").max(MAX_PASSWORD_LENGTH);
const UserBody = z.object({ user: User });

export const accountsRoutes: FastifyPluginAsyncZod<{ accounts: AccountsService }> = async (app, { accounts }) => {
  const userAgent = (ua: string | undefined) => (ua ? ua.slice(0, 300) : null);

  app.post(
    "/api/auth/sign-up",
    {
      schema: {
        tags: ["accounts"],
        summary: "Create an account and sign in",
        body: z.strictObject({
          email: Email,
          password: Password,
          displayName: ProfileFields.displayName,
          timeZone: ProfileFields.timeZone.optional(),
        }),
        response: { 201: UserBody, ...errorResponses(400, 403, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { user, session } = await accounts.signUp(request.body, userAgent(request.headers["user-agent"]));
      setSessionCookie(request, reply, session);
      return reply.code(201).send({ user });
    },
  );

  app.post(
    "/api/auth/sign-in",
    {
      schema: {
        tags: ["accounts"],
        summary: "Sign in with e-mail and password",
        body: z.strictObject({ email: Email, password: Password }),
        response: { 200: UserBody, ...errorResponses(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { user, session } = await accounts.signIn(request.body, {
        ip: request.ip,
        userAgent: userAgent(request.headers["user-agent"]),
      });
      setSessionCookie(request, reply, session);
      return { user };
    },
  );

  app.post(
    "/api/auth/sign-out",
    {
      schema: {
        tags: ["accounts"],
        summary: "Sign out of this session",
        body: EmptyBody,
        response: { 204: NoContent, ...errorResponses(400, 403, 415) },
      },
    },
    async (request, reply) => {
      if (request.sessionId) await accounts.signOut(request.sessionId);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/account",
    {
      schema: {
        tags: ["accounts"],
        summary: "The signed-in account",
        security: [{ session: [] }],
        response: { 200: UserBody, ...errorResponses(401) },
      },
    },
    async (request) => ({ user: requireUser(request) }),
  );

  app.patch(
    "/api/account/profile",
    {
      schema: {
        tags: ["accounts"],
        summary: "Update the profile",
        security: [{ session: [] }],
        body: z.strictObject({
          displayName: ProfileFields.displayName.optional(),
          targetRole: ProfileFields.targetRole.optional(),
          level: ProfileFields.level.optional(),
          nativeLanguage: ProfileFields.nativeLanguage.optional(),
          dailyGoalMinutes: ProfileFields.dailyGoalMinutes.optional(),
          timeZone: ProfileFields.timeZone.optional(),
        }),
        response: { 200: UserBody, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return { user: await accounts.updateProfile(user.id, request.body) };
    },
  );

  app.post(
    "/api/account/password",
    {
      schema: {
        tags: ["accounts"],
        summary: "Change the password; signs out every other session",
        security: [{ session: [] }],
        body: z.strictObject({ currentPassword: Password, newPassword: Password }),
        response: { 204: NoContent, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await accounts.changePassword(user.id, request.sessionId!, request.body);
      return reply.code(204).send();
    },
  );

  app.delete(
    "/api/account",
    {
      schema: {
        tags: ["accounts"],
        summary: "Delete the account and everything that belongs to it",
        security: [{ session: [] }],
        body: z.strictObject({ password: Password }),
        response: { 204: NoContent, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await accounts.deleteAccount(user.id, request.body.password);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );
};
