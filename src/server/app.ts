/**
 * The application as a Fastify plugin tree. The registration order is the architecture:
 * infrastructure (errors, sessions, security, limits, metrics, docs) → features → the web app.
 * Building the app does no I/O of its own: the caller opens the database and hands it in.
 */
import rateLimit from "@fastify/rate-limit";
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "../config/env.ts";
import { WEB_DIST_DIR } from "../config/paths.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { errorBody, errorsPlugin } from "./plugins/errors.ts";
import { metricsPlugin } from "./plugins/metrics.ts";
import { openapiPlugin } from "./plugins/openapi.ts";
import { securityPlugin } from "./plugins/security.ts";
import { sessionPlugin } from "./plugins/session.ts";
import { webPlugin } from "./plugins/web.ts";
import { coachPlugin } from "./plugins/coach.ts";
import { coachRoutes } from "./features/coach/coach.routes.ts";
import { accountsRoutes } from "./features/accounts/accounts.routes.ts";
import { createAccountsService, type Clock } from "./features/accounts/accounts.service.ts";
import { contentRoutes } from "./features/content/content.routes.ts";
import { createContentRepository } from "./features/content/content.repository.ts";
import { createContentService } from "./features/content/content.service.ts";
import { createSearchRepository } from "./features/content/search.repository.ts";
import { searchRoutes } from "./features/content/search.routes.ts";
import { healthRoutes } from "./features/health/health.routes.ts";
import { reviewRoutes } from "./features/review/review.routes.ts";
import { learningRoutes } from "./features/learning/learning.routes.ts";
import { interviewRoutes } from "./features/interview/interview.routes.ts";
import { roleplayRoutes } from "./features/roleplay/roleplay.routes.ts";
import { VERSION } from "../version.ts";

export interface AppDeps {
  config: Readonly<Config>;
  /** Migrated, with the content loaded (features/content/content.loader.ts). */
  database: DatabaseHandle;
  clock?: Clock;
  /** pino options or false; defaults to JSON logs at the configured level. */
  logger?: FastifyServerOptions["logger"];
  webDir?: string;
  /** Start the coach's workers at once (the server does) rather than on first use (tests). */
  warmCoach?: boolean;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimit,
    trustProxy:
      typeof config.trustProxy === "number"
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    // Connections are closed on shutdown once in-flight requests finish.
    forceCloseConnections: "idle",
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });

  const accounts = createAccountsService({ db: database.db, secret: config.sessionSecret, clock: deps.clock ?? Date });
  const content = createContentService({ content: createContentRepository(database.db), search: createSearchRepository(database) });

  await app.register(errorsPlugin);
  await app.register(sessionPlugin, { accounts });
  await app.register(securityPlugin, { publicOrigin: config.publicOrigin });
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    allowList: (request) => request.url === "/healthz" || request.url === "/readyz",
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody("rate_limited", `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`),
    }),
  });
  await app.register(metricsPlugin);
  await app.register(openapiPlugin, { version: VERSION });
  await app.register(coachPlugin, { workers: config.coachWorkers, contentDir: config.contentDir, warm: deps.warmCoach ?? false });

  await app.register(healthRoutes, { database });
  await app.register(accountsRoutes, { accounts });
  await app.register(contentRoutes, { content });
  await app.register(searchRoutes, { content });
  await app.register(reviewRoutes, { database, clock: deps.clock ?? Date });
  await app.register(learningRoutes, { db: database.db, clock: deps.clock ?? Date });
  await app.register(coachRoutes, { perUserPerMinute: config.coachPerUserPerMinute });
  await app.register(interviewRoutes, { db: database.db, content: createContentRepository(database.db), search: createSearchRepository(database), clock: deps.clock ?? Date, coachPerUserPerMinute: config.coachPerUserPerMinute });

  await app.register(roleplayRoutes, { db: database.db, content: createContentRepository(database.db), clock: deps.clock ?? Date, llm: config.llm, coachPerUserPerMinute: config.coachPerUserPerMinute });

  await app.register(webPlugin, { dir: deps.webDir ?? WEB_DIST_DIR });
  return app;
}
