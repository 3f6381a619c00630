/**
 * Roleplays over HTTP (`/api/roleplays/…`): start a conversation with a scenario's counterpart,
 * send replies, ask for a hint, end early, read the report. Everything needs a session, checked
 * before the body is validated (after it is read, so 413 and 415 come first, as everywhere); every
 * query is scoped to the signed-in user, so another user's conversation is simply not found.
 */
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { LlmConfig } from "../../../coach/llm/config.ts";
import type { Tables } from "../../../db/tables.ts";
import { requireUser } from "../../plugins/session.ts";
import { EmptyBody, errorResponses } from "../../schemas.ts";
import type { ContentRepository } from "../content/content.repository.ts";
import { createRoleplayRepository } from "./roleplay.repository.ts";
import {
  HintView,
  MAX_TURN_LENGTH,
  RoleplayReport,
  RoleplaySummary,
  RoleplayView,
  SessionParams,
  SessionsQuery,
  StartBody,
  TurnBody,
} from "./roleplay.schemas.ts";
import { createRoleplayService, type Clock } from "./roleplay.service.ts";

const tags = ["roleplay"];
const security = [{ session: [] }];
const read = errorResponses(400, 401, 404, 429);
const write = errorResponses(400, 401, 403, 404, 409, 413, 415, 429);
const coached = errorResponses(400, 401, 403, 404, 409, 413, 415, 429, 503);

export const roleplayRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Tables>;
  content: ContentRepository;
  clock: Clock;
  llm: LlmConfig | null;
  coachPerUserPerMinute: number;
}> = async (app, opts) => {
  const roleplay = createRoleplayService({
    repo: createRoleplayRepository(opts.db),
    content: opts.content,
    coach: app.coach,
    clock: opts.clock,
    llm: opts.llm,
    logger: app.log,
  });
  const coachLimit = {
    rateLimit: {
      max: opts.coachPerUserPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => (request.user ? `coach:${request.user.id}` : `coach:${request.ip}`),
    },
  };

  await app.register(async (scope) => {
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.addHook("preValidation", async (request) => {
      requireUser(request);
    });
    const user = (request: FastifyRequest) => requireUser(request);

    r.post(
      "/api/roleplays",
      {
        schema: {
          tags,
          security,
          summary: "Start a conversation with a scenario's counterpart, who speaks first",
          body: StartBody,
          response: { 201: z.object({ roleplay: RoleplayView }), ...write },
        },
      },
      async (request, reply) => reply.code(201).send({ roleplay: await roleplay.start(user(request), request.body.role, request.body.scenario) }),
    );

    r.get(
      "/api/roleplays",
      {
        schema: {
          tags,
          security,
          summary: "The learner's conversations, newest first",
          querystring: SessionsQuery,
          response: { 200: z.object({ roleplays: z.array(RoleplaySummary) }), ...read },
        },
      },
      async (request) => ({ roleplays: await roleplay.list(user(request), request.query) }),
    );

    r.get(
      "/api/roleplays/:session",
      {
        schema: { tags, security, summary: "A conversation: its brief, turns with feedback, and progress through the goals", params: SessionParams, response: { 200: z.object({ roleplay: RoleplayView }), ...read } },
      },
      async (request) => ({ roleplay: await roleplay.get(user(request), request.params.session) }),
    );

    r.post(
      "/api/roleplays/:session/turns",
      {
        schema: {
          tags,
          security,
          summary: "Say something: the coach checks the reply, and the counterpart answers",
          description: `An empty reply is 400; one over ${MAX_TURN_LENGTH} characters is 413; a reply to a conversation that has ended is 409. Replies sent at once are applied one after the other, in the order they arrive; a retried request with the same clientTurnId is applied once.`,
          params: SessionParams,
          body: TurnBody,
          response: { 200: z.object({ roleplay: RoleplayView }), ...coached },
        },
        config: coachLimit,
      },
      async (request) => ({ roleplay: await roleplay.turn(user(request), request.params.session, request.body) }),
    );

    r.post(
      "/api/roleplays/:session/hint",
      {
        schema: { tags, security, summary: "A useful phrase for the counterpart's question now open", params: SessionParams, body: EmptyBody, response: { 200: HintView, ...write } },
      },
      async (request) => roleplay.hint(user(request), request.params.session),
    );

    r.post(
      "/api/roleplays/:session/end",
      {
        schema: { tags, security, summary: "End the conversation now; the counterpart closes it and the report is ready", params: SessionParams, body: EmptyBody, response: { 200: z.object({ roleplay: RoleplayView }), ...write } },
      },
      async (request) => ({ roleplay: await roleplay.end(user(request), request.params.session) }),
    );

    r.get(
      "/api/roleplays/:session/report",
      {
        schema: {
          tags,
          security,
          summary: "The report of an ended conversation: goals, vocabulary, language, tone, better phrasings, the model dialogue",
          params: SessionParams,
          response: { 200: z.object({ report: RoleplayReport }), ...errorResponses(400, 401, 404, 409, 429) },
        },
      },
      async (request) => ({ report: await roleplay.report(user(request), request.params.session) }),
    );
  });
};
