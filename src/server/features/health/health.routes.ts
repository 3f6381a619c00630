import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../../db/database.ts";
import { migrationsAreCurrent } from "../../../db/migrate.ts";

const Status = z.object({ status: z.enum(["ok", "unavailable"]), checks: z.record(z.string(), z.string()).optional() });

export const healthRoutes: FastifyPluginAsyncZod<{ database: DatabaseHandle }> = async (app, { database }) => {
  app.get(
    "/healthz",
    { schema: { tags: ["health"], summary: "The process is alive", response: { 200: Status } } },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    {
      schema: {
        tags: ["health"],
        summary: "The database is reachable and its migrations are current",
        response: { 200: Status, 503: Status },
      },
    },
    async (_request, reply) => {
      let database_ = "ok";
      let migrations = "ok";
      try {
        await database.ping();
        if (!(await migrationsAreCurrent(database))) migrations = "pending";
      } catch {
        database_ = "unreachable";
        migrations = "unknown";
      }
      const ok = database_ === "ok" && migrations === "ok";
      return reply.code(ok ? 200 : 503).send({
        status: ok ? ("ok" as const) : ("unavailable" as const),
        checks: { database: database_, migrations },
      });
    },
  );
};
