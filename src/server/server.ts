/**
 * Runs Parlance: opens the database, applies migrations, loads content (skipped when unchanged),
 * listens, and shuts down gracefully on SIGTERM/SIGINT (stop accepting, finish in-flight requests,
 * close the database).
 */
import closeWithGrace from "close-with-grace";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config/env.ts";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { buildApp } from "./app.ts";
import { loadContent } from "./features/content/content.loader.ts";

export async function startServer(config: Readonly<Config>): Promise<FastifyInstance> {
  const database = openDatabase(config.database);
  let loaded;
  try {
    await migrateToLatest(database);
    // Refuses a pack with problems (ContentProblemsError lists each as file:line field — message).
    loaded = await loadContent(database, config.contentDir);
  } catch (err) {
    await database.close();
    throw err;
  }
  const app = await buildApp({ config, database, warmCoach: true });
  app.addHook("onClose", async () => {
    await database.close();
  });
  for (const report of loaded) app.log.info({ role: report.role, status: report.status, changes: report.changes }, "content");

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, "shutting down after an error");
    else app.log.info({ signal }, "shutting down");
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
  return app;
}
