/**
 * The databases every data-layer and API test runs against: SQLite always, PostgreSQL when
 * PARLANCE_TEST_DATABASE_URL is set. Each test gets a fresh database (a temporary SQLite file, or
 * a new PostgreSQL database dropped afterwards), built by the real migrations.
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
    // A database per test, not a schema: Kysely's migrator looks for its tables across every schema
    // of a database, and a schema dropped by a parallel test file at that moment fails the lookup.
    sweep ??= sweepLeftovers();
    await sweep;
    const name = `parlance_t_${process.pid}_${randomBytes(4).toString("hex")}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(PG_URL!);
    url.pathname = `/${name}`;
    const config: Database = { kind: "postgres", url: url.href };
    const handle = openDatabase(config);
    await migrateToLatest(handle);
    return {
      config,
      handle,
      async destroy() {
        await handle.close();
        // Not forced: a connection still open would be cut under its owner. A database that cannot
        // be dropped yet is swept by a later run once this process has gone.
        await adminQuery(`drop database if exists ${name}`).catch(() => {});
      },
    };
  },
};

async function adminQuery(text: string): Promise<pg.QueryResult> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    return await admin.query(text);
  } finally {
    await admin.end();
  }
}

let sweep: Promise<void> | undefined;

/** Drops test databases left by test processes that have ended. */
async function sweepLeftovers(): Promise<void> {
  const { rows } = await adminQuery("select datname from pg_database where datname like 'parlance_t_%'");
  for (const { datname } of rows as { datname: string }[]) {
    const pid = Number(/^parlance_t_(\d+)_/.exec(datname)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    await adminQuery(`drop database if exists ${datname} with (force)`).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export const DIALECTS: TestDialect[] = [sqlite, postgres];

if (!PG_URL) console.log("# PostgreSQL suites skipped: PARLANCE_TEST_DATABASE_URL is not set");
