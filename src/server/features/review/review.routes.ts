/**
 * Vocabulary review over HTTP. Public: the daily spotlight and the glossary as a download. Signed
 * in (`/api/review/…`): settings, the deck, the daily queue, grading and undo, stats, export and
 * import. Every route of the learner's data checks the session before it validates anything else
 * but the body (preValidation), and every query is scoped to the signed-in user, so another
 * learner's card or review is simply not found.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { DatabaseHandle } from "../../../db/database.ts";
import { AppError } from "../../errors.ts";
import { requireUser } from "../../plugins/session.ts";
import { EmptyBody, NoContent, errorResponses } from "../../schemas.ts";
import type { Clock } from "../accounts/accounts.service.ts";
import { createReviewRepository } from "./review.repository.ts";
import {
  AddResult,
  CardIdParams,
  CardView,
  DeckAreaParams,
  DeckEntry,
  DeckPage,
  DeckQuery,
  DeckTermParams,
  ExportQuery,
  GlossaryExportParams,
  GradeBody,
  GradeResult,
  ImportQuery,
  ImportReport,
  Queue,
  QueueQuery,
  ReviewIdParams,
  ReviewView,
  Settings,
  SettingsBody,
  Spotlight,
  Stats,
  UndoBody,
  UndoResult,
} from "./review.schemas.ts";
import { createReviewService, importTooLarge, MAX_IMPORT_BYTES, type Download } from "./review.service.ts";
import { RoleParams } from "../content/content.schemas.ts";

const tags = ["review"];
const security = [{ session: [] }];
/** A body-less write: the web client sends `{}`. */

function download(reply: FastifyReply, file: Download, privateData: boolean) {
  return reply
    .header("content-disposition", `attachment; filename="${file.filename}"`)
    .header("cache-control", privateData ? "private, no-store" : "public, max-age=300")
    .type(file.contentType)
    .send(file.body);
}

export const reviewRoutes: FastifyPluginAsyncZod<{ database: DatabaseHandle; clock: Clock }> = async (app, opts) => {
  const review = createReviewService({ repo: createReviewRepository(opts.database.db), clock: opts.clock });

  app.get(
    "/api/roles/:role/spotlight",
    {
      schema: {
        tags: ["content"],
        summary: "Today's vocabulary spotlight: four terms, the same for everyone on a UTC day",
        params: RoleParams,
        response: { 200: Spotlight, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => review.spotlight(request.params.role),
  );

  app.get(
    "/api/roles/:role/glossary/export",
    {
      schema: {
        tags: ["content"],
        summary: "The whole glossary as a file: CSV, or an Anki package (.apkg)",
        description:
          "200: the file, as an attachment. CSV (text/csv): UTF-8 with a byte-order mark, RFC 4180; a cell a spreadsheet would run as a formula starts with an apostrophe. Anki (application/octet-stream): one note per term with the fields Term, Definition, Pronunciation, Example.",
        params: GlossaryExportParams,
        querystring: ExportQuery,
        response: { ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => download(reply, await review.exportGlossary(request.params.role, request.query.format), false),
  );

  // The learner's own data.
  await app.register(async (scope) => {
    const signedIn = scope.withTypeProvider<import("fastify-type-provider-zod").ZodTypeProvider>();
    // After the body is read (so 413 and 415 come first, as everywhere), before it is validated.
    signedIn.addHook("preValidation", async (request: FastifyRequest) => {
      requireUser(request);
    });
    const user = (request: FastifyRequest) => requireUser(request);

    signedIn.get(
      "/api/review/settings",
      { schema: { tags, security, summary: "Your review settings", response: { 200: z.object({ settings: Settings }), ...errorResponses(401) } } },
      async (request) => ({ settings: await review.settings(user(request)) }),
    );

    signedIn.patch(
      "/api/review/settings",
      {
        schema: {
          tags,
          security,
          summary: "Change desired retention or new cards per day",
          body: SettingsBody,
          response: { 200: z.object({ settings: Settings }), ...errorResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request) => ({ settings: await review.updateSettings(user(request), request.body) }),
    );

    signedIn.get(
      "/api/review/queue",
      {
        schema: {
          tags,
          security,
          summary: "Today's review queue: due cards first, then new cards up to the daily limit, a term's cards apart",
          description: "Rebuilt from your cards and today's reviews on every call, so it picks up where you left off.",
          querystring: QueueQuery,
          response: { 200: z.object({ queue: Queue }), ...errorResponses(400, 401) },
        },
      },
      async (request) => ({ queue: await review.queue(user(request), request.query.limit) }),
    );

    signedIn.get(
      "/api/review/cards/:cardId",
      {
        schema: {
          tags,
          security,
          summary: "One card of your deck, front only, with when each grade would bring it back",
          params: CardIdParams,
          response: { 200: z.object({ card: CardView }), ...errorResponses(400, 401, 404) },
        },
      },
      async (request) => ({ card: await review.card(user(request), request.params.cardId) }),
    );

    signedIn.post(
      "/api/review/cards/:cardId/grade",
      {
        schema: {
          tags,
          security,
          summary: "Grade a card: Again, Hard, Good or Easy — from your own judgement (recognition) or from your answer (the others)",
          description:
            "Send the card's stateVersion as shown. The same request sent twice is applied once: the second gets the first result with replayed=true. A grade for a version the card has left, with a different answer, is a 409.",
          params: CardIdParams,
          body: GradeBody,
          response: { 200: GradeResult, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request) => review.grade(user(request), request.params.cardId, request.body),
    );

    signedIn.post(
      "/api/review/undo",
      {
        schema: {
          tags,
          security,
          summary: "Take back your most recent review: the card returns to the state it had before",
          body: UndoBody,
          response: { 200: UndoResult, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request) => review.undo(user(request), request.body.reviewId),
    );

    signedIn.get(
      "/api/review/reviews/:reviewId",
      {
        schema: {
          tags,
          security,
          summary: "One of your reviews, as logged",
          params: ReviewIdParams,
          response: { 200: z.object({ review: ReviewView }), ...errorResponses(400, 401, 404) },
        },
      },
      async (request) => ({ review: await review.review(user(request), request.params.reviewId) }),
    );

    signedIn.get(
      "/api/review/deck",
      {
        schema: {
          tags,
          security,
          summary: "The terms in your deck, most recently added first, with their cards",
          querystring: DeckQuery,
          response: { 200: DeckPage, ...errorResponses(400, 401) },
        },
      },
      async (request) => review.deck(user(request), request.query),
    );

    signedIn.get(
      "/api/review/deck/:role/:termId",
      {
        schema: {
          tags,
          security,
          summary: "Whether a term is in your deck, and its cards",
          params: DeckTermParams,
          response: { 200: z.object({ entry: DeckEntry.nullable() }), ...errorResponses(400, 401) },
        },
      },
      async (request) => ({ entry: await review.deckEntry(user(request), request.params.role, request.params.termId) }),
    );

    signedIn.post(
      "/api/review/deck/:role/:termId",
      {
        schema: {
          tags,
          security,
          summary: "Add a term to your deck: one card of each kind it makes",
          params: DeckTermParams,
          body: EmptyBody,
          response: {
            200: AddResult.extend({ entry: DeckEntry }),
            201: AddResult.extend({ entry: DeckEntry }),
            ...errorResponses(400, 401, 403, 404, 409, 413, 415),
          },
        },
      },
      async (request, reply) => {
        const result = await review.addTerm(user(request), request.params.role, request.params.termId);
        return reply.code(result.termsAdded > 0 ? 201 : 200).send(result);
      },
    );

    signedIn.delete(
      "/api/review/deck/:role/:termId",
      {
        schema: {
          tags,
          security,
          summary: "Remove a term from your deck, with its cards' review history",
          params: DeckTermParams,
          body: EmptyBody,
          response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        await review.removeTerm(user(request), request.params.role, request.params.termId);
        return reply.code(204).send();
      },
    );

    signedIn.post(
      "/api/review/deck/:role/areas/:area",
      {
        schema: {
          tags,
          security,
          summary: "Add every term of a topic area to your deck",
          params: DeckAreaParams,
          body: EmptyBody,
          response: { 200: AddResult, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request) => review.addArea(user(request), request.params.role, request.params.area),
    );

    signedIn.get(
      "/api/review/stats",
      {
        schema: {
          tags,
          security,
          summary: "Cards by state, reviews per day (30 days), true retention, due forecast (14 days) — in your time zone",
          response: { 200: z.object({ stats: Stats }), ...errorResponses(401) },
        },
      },
      async (request) => ({ stats: await review.stats(user(request)) }),
    );

    signedIn.get(
      "/api/review/export",
      {
        schema: {
          tags,
          security,
          summary: "Your deck as a file: CSV with every card's state and review history, or an Anki package (.apkg)",
          description:
            "200: the file, as an attachment. CSV columns: role, term_id, term, card_type, record (card or review), added_at, the card's state (phase, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review), and for reviews grade, reviewed_at, duration_ms; a review's state columns hold the state it left. Importing the file gives the same deck back.",
          querystring: ExportQuery,
          response: { ...errorResponses(400, 401) },
        },
      },
      async (request, reply) => download(reply, await review.exportDeck(user(request), request.query.format), true),
    );

    // The import takes the CSV file itself as the body (text/csv), in its own scope so that no
    // other route accepts anything but JSON. The bytes are decoded here, strictly, as UTF-8.
    await signedIn.register(async (csvScope) => {
      const csv = csvScope.withTypeProvider<import("fastify-type-provider-zod").ZodTypeProvider>();
      csv.addContentTypeParser("text/csv", { parseAs: "buffer", bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));
      csv.post(
        "/api/review/import",
        {
          bodyLimit: MAX_IMPORT_BYTES,
          onRequest: async (request) => {
            const length = Number(request.headers["content-length"] ?? 0);
            if (length > MAX_IMPORT_BYTES) throw importTooLarge(length);
          },
          preValidation: async (request) => {
            const type = String(request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
            if (type !== "text/csv" || !Buffer.isBuffer(request.body)) {
              throw new AppError("unsupported_media_type", "Send the CSV file itself as the request body, with Content-Type: text/csv.");
            }
          },
          schema: {
            tags,
            security,
            summary: "Import a CSV file: a list of terms (a term_id or term column) or cards with their review history (as exported)",
            description:
              "The request body is the file (Content-Type: text/csv). All or nothing: a file with a formula cell, a bad value, missing columns or bytes that are not UTF-8 is refused with a 400 naming the line, and nothing changes. Rows whose term the glossary does not have are skipped and listed. Up to 20 MB.",
            consumes: ["text/csv"],
            querystring: ImportQuery,
            response: { 200: ImportReport, ...errorResponses(400, 401, 403, 413, 415) },
          },
        },
        async (request) => review.importCsv(user(request), request.body as Buffer, request.query.role),
      );
    });
  });
};
