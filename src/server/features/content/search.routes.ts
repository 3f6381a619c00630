/** Full-text search over the curriculum's terms, topics, questions and scenarios. Public. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorResponses } from "../../schemas.ts";
import { page, SearchQuery, SearchResult } from "./content.schemas.ts";
import type { ContentService } from "./content.service.ts";

export const searchRoutes: FastifyPluginAsyncZod<{ content: ContentService }> = async (app, { content }) => {
  app.get(
    "/api/search",
    {
      schema: {
        tags: ["content"],
        summary: "Search terms, topics, questions and scenarios",
        description:
          "Every word must match; the last also matches as a prefix (\"idempot\" finds idempotent). A term whose name or alias is exactly the query comes first, then by relevance (title, then aliases, then text). Punctuation is ignored.",
        querystring: SearchQuery,
        response: { 200: page(SearchResult), ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const { q, role, kinds, limit, offset } = request.query;
      return content.search(q, { role, kinds, limit, offset });
    },
  );
};
