/**
 * Starts the real server on a random loopback port with a fresh SQLite database, as `parlance
 * serve` would (migrations, content, built web app), for browser tests and benchmarks.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/env.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { buildApp } from "../../src/server/app.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { Clock } from "../../src/server/features/accounts/accounts.service.ts";
import { loadTestContent } from "./content.ts";

export interface RunningServer {
  url: string;
  /** The server's database, for tests and benchmarks that arrange data directly. */
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "parlance-server-"));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "100000", ...env });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  await loadTestContent(database);
  const app = await buildApp({ config, database, logger: false, ...(options.clock && { clock: options.clock }) });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url: address,
    database,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
