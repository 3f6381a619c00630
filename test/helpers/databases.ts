/**
 * The databases every data-layer and API test runs against: SQLite always, PostgreSQL when
 * PARLANCE_TEST_DATABASE_URL is set. Each test gets a fresh database (a temporary SQLite file, or
 * a new PostgreSQL schema dropped afterwards), built by the real migrations.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Database } from "../../src/config/env.ts";
import { openDatabase, type DatabaseHandle } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";

export interface TestDialect {
  name: "sqlite" | "postgres";
  /** Why this dialect is skipped here, or false. */
  skip: string | false;
  create(): Promise<TestDatabase>;
}

export interface TestDatabase {
  config: Database;
  handle: DatabaseHandle;
  /** Closes the handle and removes the database. */
  destroy(): Promise<void>;
}

const PG_URL = process.env.PARLANCE_TEST_DATABASE_URL;

export const sqlite: TestDialect = {
  name: "sqlite",
  skip: false,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), "parlance-test-"));
    const config: Database = { kind: "sqlite", file: join(dir, "test.db") };
    const handle = openDatabase(config);
    await migrateToLatest(handle);
    return {
      config,
      handle,
      async destroy() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgres: TestDialect = {
  name: "postgres",
  skip: PG_URL ? false : "PostgreSQL tests skipped: set PARLANCE_TEST_DATABASE_URL to run them",
  async create() {
    const schema = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const config: Database = { kind: "postgres", url: PG_URL!, schema };
    const handle = openDatabase(config);
    await migrateToLatest(handle);
    return {
      config,
      handle,
      async destroy() {
        await handle.close();
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  },
};

export const DIALECTS: TestDialect[] = [sqlite, postgres];

if (!PG_URL) console.log("# PostgreSQL suites skipped: PARLANCE_TEST_DATABASE_URL is not set");
