/**
 * The curriculum, read-only and public (no sign-in): the catalog, a role's overview and topic
 * areas, the glossary, the roadmap's topics, the interview bank, roleplay briefs and exercise sets.
 * Lists are paginated with `limit` (1–100, default 20) and `offset`, and answer
 * `{items, total, limit, offset, nextOffset}`. Answer keys never leave: see content.schemas.ts.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorResponses } from "../../schemas.ts";
import {
  AreaParams,
  AreasQuery,
  AreaView,
  ExerciseSetSummary,
  ExerciseSetsQuery,
  ExerciseSetView,
  page,
  QuestionsQuery,
  QuestionSummary,
  QuestionView,
  RoleItemParams,
  RoleOverview,
  RoleParams,
  RoleSummary,
  ScenariosQuery,
  ScenarioSummary,
  ScenarioView,
  TermsQuery,
  TermSummary,
  TermView,
  TopicsQuery,
  TopicSummary,
  TopicView,
} from "./content.schemas.ts";
import type { ContentService } from "./content.service.ts";

const tags = ["content"];
const listErrors = errorResponses(400, 404, 429);

export const contentRoutes: FastifyPluginAsyncZod<{ content: ContentService }> = async (app, { content }) => {
  app.get(
    "/api/catalog",
    {
      schema: {
        tags,
        summary: "The roles Parlance teaches and their topic areas",
        response: { 200: z.object({ roles: z.array(RoleSummary) }), ...errorResponses(429) },
      },
    },
    async () => ({ roles: await content.catalog() }),
  );

  app.get(
    "/api/roles/:role",
    {
      schema: {
        tags,
        summary: "A role's overview: its topic areas with how many terms, topics, questions, scenarios and exercises each has by level",
        params: RoleParams,
        response: { 200: z.object({ role: RoleOverview }), ...listErrors },
      },
    },
    async (request) => ({ role: await content.overview(request.params.role) }),
  );

  app.get(
    "/api/roles/:role/areas",
    {
      schema: {
        tags,
        summary: "A role's topic areas in learning-path order",
        params: RoleParams,
        querystring: AreasQuery,
        response: { 200: page(AreaView), ...listErrors },
      },
    },
    async (request) => content.areas(request.params.role, request.query),
  );

  app.get(
    "/api/roles/:role/areas/:area",
    {
      schema: {
        tags,
        summary: "One topic area",
        params: AreaParams,
        response: { 200: z.object({ area: AreaView }), ...listErrors },
      },
    },
    async (request) => ({ area: await content.area(request.params.role, request.params.area) }),
  );

  app.get(
    "/api/roles/:role/terms",
    {
      schema: {
        tags,
        summary: "The glossary, alphabetical; with q, the terms that match best first",
        params: RoleParams,
        querystring: TermsQuery,
        response: { 200: page(TermSummary), ...listErrors },
      },
    },
    async (request) => content.terms(request.params.role, request.query),
  );

  app.get(
    "/api/roles/:role/terms/:id",
    {
      schema: {
        tags,
        summary: "A term: pronunciation, examples, collocations, related terms, the usual mistake, where it is used",
        params: RoleItemParams,
        response: { 200: z.object({ term: TermView }), ...listErrors },
      },
    },
    async (request) => ({ term: await content.term(request.params.role, request.params.id) }),
  );

  app.get(
    "/api/roles/:role/topics",
    {
      schema: {
        tags,
        summary: "The roadmap's topics in path order (area, then level)",
        params: RoleParams,
        querystring: TopicsQuery,
        response: { 200: page(TopicSummary), ...listErrors },
      },
    },
    async (request) => content.topics(request.params.role, request.query),
  );

  app.get(
    "/api/roles/:role/topics/:id",
    {
      schema: {
        tags,
        summary: "A roadmap topic: its sections as Markdown, vocabulary, prerequisites and next topics",
        params: RoleItemParams,
        response: { 200: z.object({ topic: TopicView }), ...listErrors },
      },
    },
    async (request) => ({ topic: await content.topic(request.params.role, request.params.id) }),
  );

  app.get(
    "/api/roles/:role/questions",
    {
      schema: {
        tags,
        summary: "The interview bank; with q, the questions that match best first",
        params: RoleParams,
        querystring: QuestionsQuery,
        response: { 200: page(QuestionSummary), ...listErrors },
      },
    },
    async (request) => content.questions(request.params.role, request.query),
  );

  app.get(
    "/api/roles/:role/questions/:id",
    {
      schema: {
        tags,
        summary: "An interview question with tips and useful phrases (the model answer comes after an attempt)",
        params: RoleItemParams,
        response: { 200: z.object({ question: QuestionView }), ...listErrors },
      },
    },
    async (request) => ({ question: await content.question(request.params.role, request.params.id) }),
  );

  app.get(
    "/api/roles/:role/scenarios",
    {
      schema: {
        tags,
        summary: "Roleplay scenarios",
        params: RoleParams,
        querystring: ScenariosQuery,
        response: { 200: page(ScenarioSummary), ...listErrors },
      },
    },
    async (request) => content.scenarios(request.params.role, request.query),
  );

  app.get(
    "/api/roles/:role/scenarios/:id",
    {
      schema: {
        tags,
        summary: "A roleplay's brief: situation, roles, goals, target vocabulary, useful phrases",
        params: RoleItemParams,
        response: { 200: z.object({ scenario: ScenarioView }), ...listErrors },
      },
    },
    async (request) => ({ scenario: await content.scenario(request.params.role, request.params.id) }),
  );

  app.get(
    "/api/roles/:role/exercise-sets",
    {
      schema: {
        tags,
        summary: "Exercise sets in path order (area, then level)",
        params: RoleParams,
        querystring: ExerciseSetsQuery,
        response: { 200: page(ExerciseSetSummary), ...listErrors },
      },
    },
    async (request) => content.exerciseSets(request.params.role, request.query),
  );

  app.get(
    "/api/roles/:role/exercise-sets/:id",
    {
      schema: {
        tags,
        summary: "An exercise set, its exercises without their answers (options and items shuffled, the same way every time)",
        params: RoleItemParams,
        response: { 200: z.object({ exerciseSet: ExerciseSetView }), ...listErrors },
      },
    },
    async (request) => ({ exerciseSet: await content.exerciseSet(request.params.role, request.params.id) }),
  );
};
