/**
 * The learning path, for the signed-in learner: the path page, an area, today's plan, the
 * roadmap and its marks, runs through exercise sets (and the review-my-mistakes set), answers
 * with instant feedback, and a run's summary. Keys and explanations leave only in an answer's
 * result, after it is recorded.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Tables } from "../../../db/tables.ts";
import { requireUser } from "../../plugins/session.ts";
import { EmptyBody, errorResponses } from "../../schemas.ts";
import { createContentRepository } from "../content/content.repository.ts";
import { coachGrader } from "./coach-grader.ts";
import { createLearningRepository } from "./learning.repository.ts";
import {
  AnswerBody,
  AnswerResponse,
  AreaPage,
  AttemptParams,
  AttemptView,
  PathView,
  RoadmapView,
  RoleItemParams,
  RoleParams,
  SummaryView,
  TodayView,
  TopicProgressBody,
  TopicProgressView,
} from "./learning.schemas.ts";
import { createInterviewRepository } from "../interview/interview.repository.ts";
import { createRoleplayRepository } from "../roleplay/roleplay.repository.ts";
import { createLearningService, type Clock, type ReviewDeckPort } from "./learning.service.ts";
import { createReviewDeckPort } from "./review-deck.ts";

const tags = ["learning"];
const security = [{ session: [] }];
const readErrors = errorResponses(400, 401, 404, 429);
const writeErrors = errorResponses(400, 401, 403, 404, 409, 413, 415, 429);

export const learningRoutes: FastifyPluginAsyncZod<{ db: Kysely<Tables>; clock: Clock; reviews?: ReviewDeckPort | null }> = async (app, opts) => {
  const repository = createLearningRepository(opts.db);
  const interviews = createInterviewRepository(opts.db);
  const roleplays = createRoleplayRepository(opts.db);
  const learning = createLearningService({
    learning: repository,
    content: createContentRepository(opts.db),
    clock: opts.clock,
    // The vocabulary deck's due cards and term states; null turns them off (mastery without vocabulary).
    reviews: opts.reviews === undefined ? createReviewDeckPort(opts.db, opts.clock, repository) : opts.reviews,
    practice: {
      questions: (userId, roleId) => interviews.practiceStats(userId, roleId),
      roleplays: (userId, roleId) => roleplays.progressByScenario(userId, roleId),
    },
  });

  app.get(
    "/api/learning/roles/:role/path",
    {
      schema: {
        tags,
        security,
        summary: "The learning path: every topic area with its levels and the learner's mastery, what to do next, the streak, recommended writing and speaking",
        params: RoleParams,
        response: { 200: z.object({ path: PathView }), ...readErrors },
      },
    },
    async (request) => ({ path: await learning.path(requireUser(request), request.params.role) }),
  );

  app.get(
    "/api/learning/roles/:role/today",
    {
      schema: {
        tags,
        security,
        summary: "Today's plan: the streak and today's minutes, due reviews, the next exercise set",
        params: RoleParams,
        response: { 200: z.object({ today: TodayView }), ...readErrors },
      },
    },
    async (request) => ({ today: await learning.today(requireUser(request), request.params.role) }),
  );

  app.get(
    "/api/learning/roles/:role/areas/:id",
    {
      schema: {
        tags,
        security,
        summary: "A topic area with the learner's progress: mastery, exercise sets by level, terms, topics, questions and roleplays",
        params: RoleItemParams,
        response: { 200: z.object({ area: AreaPage }), ...readErrors },
      },
    },
    async (request) => ({ area: await learning.area(requireUser(request), request.params.role, request.params.id) }),
  );

  app.get(
    "/api/learning/roles/:role/roadmap",
    {
      schema: {
        tags,
        security,
        summary: "The roadmap's topics by area, with prerequisites, what comes next and the learner's marks",
        params: RoleParams,
        response: { 200: z.object({ roadmap: RoadmapView }), ...readErrors },
      },
    },
    async (request) => ({ roadmap: await learning.roadmap(requireUser(request), request.params.role) }),
  );

  app.put(
    "/api/learning/roles/:role/topics/:id/progress",
    {
      schema: {
        tags,
        security,
        summary: "Mark a roadmap topic done, learning or skipped (null clears the mark)",
        params: RoleItemParams,
        body: TopicProgressBody,
        response: { 200: z.object({ progress: TopicProgressView }), ...writeErrors },
      },
    },
    async (request) => ({
      progress: await learning.setTopicStatus(requireUser(request), request.params.role, request.params.id, request.body.status),
    }),
  );

  app.post(
    "/api/learning/roles/:role/exercise-sets/:id/attempts",
    {
      schema: {
        tags,
        security,
        summary: "Start a run through an exercise set: its exercises without answers, shuffled with the run as seed",
        params: RoleItemParams,
        body: EmptyBody,
        response: { 201: z.object({ attempt: AttemptView }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const attempt = await learning.startSet(requireUser(request), request.params.role, request.params.id);
      return reply.code(201).send({ attempt });
    },
  );

  app.post(
    "/api/learning/roles/:role/mistakes/attempts",
    {
      schema: {
        tags,
        security,
        summary: "Start a run through the review-my-mistakes set: exercises whose latest answer was wrong (409 when there are none)",
        params: RoleParams,
        body: EmptyBody,
        response: { 201: z.object({ attempt: AttemptView }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const attempt = await learning.startMistakes(requireUser(request), request.params.role);
      return reply.code(201).send({ attempt });
    },
  );

  app.get(
    "/api/learning/attempts/:attempt",
    {
      schema: {
        tags,
        security,
        summary: "A run: its exercises as shown, and the results of the answers given so far",
        params: AttemptParams,
        response: { 200: z.object({ attempt: AttemptView }), ...readErrors },
      },
    },
    async (request) => ({ attempt: await learning.attempt(requireUser(request), request.params.attempt) }),
  );

  app.post(
    "/api/learning/attempts/:attempt/answers",
    {
      schema: {
        tags,
        security,
        summary: "Answer one exercise of a run: graded at once (written answers by the coach), with the correct answer and the explanation",
        description:
          "The same answer sent again is recorded once and answers the recorded result (replayed: true); a different answer to an exercise already answered in this run is 409.",
        params: AttemptParams,
        body: AnswerBody,
        response: { 200: AnswerResponse, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 429, 503) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const coach = request.server.coach as Parameters<typeof coachGrader>[0] | undefined;
      return learning.submit(user, request.params.attempt, request.body, coach ? coachGrader(coach) : null);
    },
  );

  app.get(
    "/api/learning/attempts/:attempt/summary",
    {
      schema: {
        tags,
        security,
        summary: "A run's summary: score, time, results, terms missed (to add to the review deck), the area's mastery and the streak",
        params: AttemptParams,
        response: { 200: z.object({ summary: SummaryView }), ...readErrors },
      },
    },
    async (request) => ({ summary: await learning.summary(requireUser(request), request.params.attempt) }),
  );
};
