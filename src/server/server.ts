/**
 * Runs Parlance: opens the database, applies migrations, loads content, listens, and shuts down
 * gracefully on SIGTERM/SIGINT (stop accepting, finish in-flight requests, close the database).
 */
import closeWithGrace from "close-with-grace";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config/env.ts";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { buildApp } from "./app.ts";
import { readCatalog } from "./features/catalog/file-catalog.ts";

export async function startServer(config: Readonly<Config>): Promise<FastifyInstance> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  const catalog = readCatalog(config.contentDir);
  const app = await buildApp({ config, database, catalog });
  app.addHook("onClose", async () => {
    await database.close();
  });

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, "shutting down after an error");
    else app.log.info({ signal }, "shutting down");
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
  return app;
}
