/**
 * Interview prep over HTTP (`/api/interview/…`): the question bank with the learner's progress,
 * coached practice, mock interviews with their report and share link, and interviewers' kits and
 * scorecards. Everything but a shared report needs a session, checked before the body is validated
 * (after it is read, so 413 and 415 come first, as everywhere); every query is scoped to the
 * signed-in user, so another user's answer, interview, kit or scorecard is simply not found.
 */
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Tables } from "../../../db/tables.ts";
import { requireUser } from "../../plugins/session.ts";
import { EmptyBody, errorResponses, NoContent } from "../../schemas.ts";
import type { ContentRepository } from "../content/content.repository.ts";
import type { SearchRepository } from "../content/search.repository.ts";
import { createInterviewRepository } from "./interview.repository.ts";
import {
  AnswerBody,
  AnswerParams,
  AnswerResponse,
  AnswerView,
  BankQuery,
  BankView,
  KitBody,
  KitParams,
  KitSummary,
  KitView,
  MarkdownExport,
  MAX_ANSWER_LENGTH,
  MockAnswerBody,
  MockBody,
  MockParams,
  MockReport,
  MockSummary,
  MockView,
  PracticeView,
  QuestionParams,
  Reference,
  RoleParams,
  ScorecardBody,
  ScorecardCreateBody,
  ScorecardParams,
  ScorecardSummary,
  ScorecardView,
  ShareView,
  TokenParams,
} from "./interview.schemas.ts";
import { createInterviewService, type Clock } from "./interview.service.ts";

const tags = ["interview"];
const security = [{ session: [] }];
const read = errorResponses(400, 401, 404, 429);
const write = errorResponses(400, 401, 403, 404, 409, 413, 415, 429);
const coached = errorResponses(400, 401, 403, 404, 409, 413, 415, 429, 503);

export const interviewRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Tables>;
  content: ContentRepository;
  search: SearchRepository;
  clock: Clock;
  coachPerUserPerMinute: number;
}> = async (app, opts) => {
  const interview = createInterviewService({
    repo: createInterviewRepository(opts.db),
    content: opts.content,
    search: opts.search,
    coach: app.coach,
    clock: opts.clock,
  });
  const coachLimit = {
    rateLimit: {
      max: opts.coachPerUserPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => (request.user ? `coach:${request.user.id}` : `coach:${request.ip}`),
    },
  };

  // The one public route: a report shared by its owner, read by token.
  app.get(
    "/api/interview/shared/:token",
    {
      schema: {
        tags,
        summary: "A mock interview report shared read-only by its owner (404 once the link is revoked)",
        params: TokenParams,
        response: { 200: z.object({ report: MockReport }), ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      reply.header("x-robots-tag", "noindex");
      return { report: await interview.shared(request.params.token) };
    },
  );

  await app.register(async (scope) => {
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.addHook("preValidation", async (request) => {
      requireUser(request);
    });
    const user = (request: FastifyRequest) => requireUser(request);

    // ---- the bank and practice

    r.get(
      "/api/interview/roles/:role/bank",
      {
        schema: {
          tags,
          security,
          summary: "The question bank with filters, search, a count per filter value, and the learner's attempts and best score per question",
          params: RoleParams,
          querystring: BankQuery,
          response: { 200: z.object({ bank: BankView }), ...read },
        },
      },
      async (request) => ({ bank: await interview.bank(user(request), request.params.role, request.query) }),
    );

    r.get(
      "/api/interview/roles/:role/questions/:id",
      {
        schema: {
          tags,
          security,
          summary: "A question to practice: prompt, tips, the learner's answers over time; the model answer and key points once answered or revealed",
          params: QuestionParams,
          response: { 200: z.object({ practice: PracticeView }), ...read },
        },
      },
      async (request) => ({ practice: await interview.practice(user(request), request.params.role, request.params.id) }),
    );

    r.post(
      "/api/interview/roles/:role/questions/:id/reveal",
      {
        schema: {
          tags,
          security,
          summary: "Reveal a question's model answer and key points before answering; later answers are marked as revealed",
          params: QuestionParams,
          body: EmptyBody,
          response: { 200: z.object({ reference: Reference, revealedAt: z.number().int() }), ...write },
        },
      },
      async (request) => interview.reveal(user(request), request.params.role, request.params.id),
    );

    r.post(
      "/api/interview/roles/:role/questions/:id/answers",
      {
        schema: {
          tags,
          security,
          summary: "Answer a question: the coach's feedback, the model answer and a follow-up question; every answer is kept",
          description: `An empty answer is 400; one over ${MAX_ANSWER_LENGTH} characters is 413. The same text sent again is recorded once and answers the recorded result (200, replayed: true).`,
          params: QuestionParams,
          body: AnswerBody,
          response: { 200: AnswerResponse, 201: AnswerResponse, ...coached },
        },
        config: coachLimit,
      },
      async (request, reply) => {
        const result = await interview.answer(user(request), request.params.role, request.params.id, request.body);
        return reply.code(result.replayed ? 200 : 201).send(result);
      },
    );

    r.get(
      "/api/interview/answers/:answer",
      {
        schema: { tags, security, summary: "One of the learner's answers with its feedback", params: AnswerParams, response: { 200: z.object({ answer: AnswerView }), ...read } },
      },
      async (request) => ({ answer: await interview.getAnswer(user(request), request.params.answer) }),
    );

    // ---- mock interviews

    r.post(
      "/api/interview/mocks",
      {
        schema: {
          tags,
          security,
          summary: "Start a mock interview: N questions (default 6: technical, behavioral, one system design) at a level, on one area or mixed",
          body: MockBody,
          response: { 201: z.object({ mock: MockView }), ...write },
        },
      },
      async (request, reply) => reply.code(201).send({ mock: await interview.startMock(user(request), request.body) }),
    );

    r.get(
      "/api/interview/mocks",
      { schema: { tags, security, summary: "The learner's mock interviews, newest first", response: { 200: z.object({ mocks: z.array(MockSummary) }), ...errorResponses(401, 429) } } },
      async (request) => ({ mocks: await interview.mocks(user(request)) }),
    );

    r.get(
      "/api/interview/mocks/:mock",
      {
        schema: {
          tags,
          security,
          summary: "A mock interview: its questions, the answers saved so far and what to answer now (with its deadline) — to resume after a reload",
          params: MockParams,
          response: { 200: z.object({ mock: MockView }), ...read },
        },
      },
      async (request) => ({ mock: await interview.mock(user(request), request.params.mock) }),
    );

    r.post(
      "/api/interview/mocks/:mock/answers",
      {
        schema: {
          tags,
          security,
          summary: "Answer the question being asked (or its follow-up, asked when the answer missed a key point); saved at once",
          description: `An empty answer is 400; over ${MAX_ANSWER_LENGTH} characters 413; the same text again is recorded once (replayed: true); a step that is not the current one is 409.`,
          params: MockParams,
          body: MockAnswerBody,
          response: { 200: z.object({ mock: MockView, replayed: z.boolean() }), ...coached },
        },
        config: coachLimit,
      },
      async (request) => interview.mockAnswer(user(request), request.params.mock, request.body),
    );

    r.get(
      "/api/interview/mocks/:mock/report",
      {
        schema: {
          tags,
          security,
          summary: "A mock interview's report: per-question scores, strengths, three things to work on, vocabulary to review",
          params: MockParams,
          response: { 200: z.object({ report: MockReport }), ...read },
        },
      },
      async (request) => ({ report: await interview.report(user(request), request.params.mock) }),
    );

    r.post(
      "/api/interview/mocks/:mock/share",
      {
        schema: {
          tags,
          security,
          summary: "Create a read-only share link for the report (a new unguessable token; any earlier link stops working)",
          params: MockParams,
          body: EmptyBody,
          response: { 200: z.object({ share: ShareView }), ...write },
        },
      },
      async (request) => ({ share: await interview.share(user(request), request.params.mock) }),
    );

    r.delete(
      "/api/interview/mocks/:mock/share",
      {
        schema: { tags, security, summary: "Revoke the report's share link", params: MockParams, response: { 204: NoContent, ...write } },
      },
      async (request, reply) => {
        await interview.unshare(user(request), request.params.mock);
        return reply.code(204).send();
      },
    );

    // ---- kits and scorecards

    r.get(
      "/api/interview/kits",
      { schema: { tags, security, summary: "The interviewer's kits", response: { 200: z.object({ kits: z.array(KitSummary) }), ...errorResponses(401, 429) } } },
      async (request) => ({ kits: await interview.kits(user(request)) }),
    );

    r.post(
      "/api/interview/kits",
      {
        schema: {
          tags,
          security,
          summary: "Create an interview kit from bank questions and the interviewer's own, in order, with times",
          body: KitBody,
          response: { 201: z.object({ kit: KitView }), ...write },
        },
      },
      async (request, reply) => reply.code(201).send({ kit: await interview.createKit(user(request), request.body) }),
    );

    r.get(
      "/api/interview/kits/:kit",
      {
        schema: {
          tags,
          security,
          summary: "A kit: each question with its model answer, key points as a rubric, green and red flags",
          params: KitParams,
          response: { 200: z.object({ kit: KitView }), ...read },
        },
      },
      async (request) => ({ kit: await interview.kit(user(request), request.params.kit) }),
    );

    r.put(
      "/api/interview/kits/:kit",
      {
        schema: { tags, security, summary: "Replace a kit's title, notes and questions", params: KitParams, body: KitBody, response: { 200: z.object({ kit: KitView }), ...write } },
      },
      async (request) => ({ kit: await interview.updateKit(user(request), request.params.kit, request.body) }),
    );

    r.delete(
      "/api/interview/kits/:kit",
      { schema: { tags, security, summary: "Delete a kit and its scorecards", params: KitParams, response: { 204: NoContent, ...write } } },
      async (request, reply) => {
        await interview.deleteKit(user(request), request.params.kit);
        return reply.code(204).send();
      },
    );

    r.get(
      "/api/interview/kits/:kit/export",
      { schema: { tags, security, summary: "A kit as Markdown", params: KitParams, response: { 200: MarkdownExport, ...read } } },
      async (request) => interview.exportKit(user(request), request.params.kit),
    );

    r.get(
      "/api/interview/kits/:kit/scorecards",
      {
        schema: { tags, security, summary: "The scorecards filled with a kit", params: KitParams, response: { 200: z.object({ scorecards: z.array(ScorecardSummary) }), ...read } },
      },
      async (request) => ({ scorecards: await interview.scorecards(user(request), request.params.kit) }),
    );

    r.post(
      "/api/interview/kits/:kit/scorecards",
      {
        schema: {
          tags,
          security,
          summary: "Start a scorecard: run the kit with a candidate",
          params: KitParams,
          body: ScorecardCreateBody,
          response: { 201: z.object({ scorecard: ScorecardView }), ...write },
        },
      },
      async (request, reply) => reply.code(201).send({ scorecard: await interview.createScorecard(user(request), request.params.kit, request.body.candidate) }),
    );

    r.get(
      "/api/interview/scorecards/:scorecard",
      { schema: { tags, security, summary: "A scorecard with its kit", params: ScorecardParams, response: { 200: z.object({ scorecard: ScorecardView }), ...read } } },
      async (request) => ({ scorecard: await interview.scorecard(user(request), request.params.scorecard) }),
    );

    r.put(
      "/api/interview/scorecards/:scorecard",
      {
        schema: {
          tags,
          security,
          summary: "Save a scorecard: key points heard, notes and a rating 1–4 per question, the overall recommendation",
          params: ScorecardParams,
          body: ScorecardBody,
          response: { 200: z.object({ scorecard: ScorecardView }), ...write },
        },
      },
      async (request) => ({ scorecard: await interview.updateScorecard(user(request), request.params.scorecard, request.body) }),
    );

    r.delete(
      "/api/interview/scorecards/:scorecard",
      { schema: { tags, security, summary: "Delete a scorecard", params: ScorecardParams, response: { 204: NoContent, ...write } } },
      async (request, reply) => {
        await interview.deleteScorecard(user(request), request.params.scorecard);
        return reply.code(204).send();
      },
    );

    r.get(
      "/api/interview/scorecards/:scorecard/export",
      { schema: { tags, security, summary: "A filled scorecard as Markdown", params: ScorecardParams, response: { 200: MarkdownExport, ...read } } },
      async (request) => interview.exportScorecard(user(request), request.params.scorecard),
    );
  });
};
