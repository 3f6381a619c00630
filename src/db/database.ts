/**
 * The one module that knows SQLite from PostgreSQL. Everything else talks to a Kysely<Tables>
 * and stays dialect-agnostic.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import type { Database as DatabaseConfig } from "../config/env.ts";
import type { Tables } from "./tables.ts";

export type Dialect = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** PostgreSQL: the schema that holds Parlance's tables (migrations' own tables included). */
  schema?: string;
  /** Round trip to the database; throws when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const INT8_OID = 20;

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.kind === "sqlite") return openSqlite(config.file);
  return openPostgres(config.url, config.schema);
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run while one writer commits; synchronous=NORMAL is durable across process
  // crashes in WAL mode and only risks the last commits on power loss (see README: Data layer).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: "sqlite",
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

function openPostgres(url: string, schema?: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A schema per test run keeps parallel runs apart on one database.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    schema: schema ?? "public",
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

/**
 * Kysely's SQLite driver prepares every statement again on each query; preparing costs more than
 * running a small query. Statements are kept by their SQL text (least recently used dropped first)
 * and reused — better-sqlite3 statements are reusable, and this connection runs one query at a time.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

/** Consistent online copy of a SQLite database, safe while the server is writing to it. */
export async function backupSqlite(file: string, target: string): Promise<void> {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await sqlite.backup(target);
  } finally {
    sqlite.close();
  }
}
