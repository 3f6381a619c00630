/**
 * Builds the real app on a real (fresh) database for API tests, and a small client that keeps the
 * session cookie and sends the Origin header a browser would.
 */
import type { FastifyInstance, InjectOptions } from "fastify";
import { loadConfig, type Config } from "../../src/config/env.ts";
import { buildApp } from "../../src/server/app.ts";
import type { Clock } from "../../src/server/features/accounts/accounts.service.ts";
import { loadTestContent } from "./content.ts";
import type { TestDialect, TestDatabase } from "./databases.ts";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ORIGIN = "http://localhost";

export interface TestApp {
  app: FastifyInstance;
  config: Readonly<Config>;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function buildTestApp(
  dialect: TestDialect,
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<TestApp> {
  const database = await dialect.create();
  await loadTestContent(database.handle);
  const base = loadConfig(
    { DATA_DIR: mkdtempSync(join(tmpdir(), "parlance-data-")), LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000", ...env },
    process.cwd(),
  );
  const config = Object.freeze({ ...base, database: database.config });
  const app = await buildApp({ config, database: database.handle, logger: false, ...(options.clock && { clock: options.clock }) });
  await app.ready();
  return {
    app,
    config,
    database,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
  text: string;
}

/** A browser-like client: remembers cookies, sends Origin on writes, JSON bodies. */
export function client(app: FastifyInstance, options: { origin?: string | null } = {}) {
  const cookies = new Map<string, string>();
  const origin = options.origin === undefined ? ORIGIN : options.origin;

  async function request(method: InjectOptions["method"], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const cookieHeader = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await app.inject({
      method,
      url,
      headers: {
        host: "localhost",
        ...(cookieHeader && { cookie: cookieHeader }),
        ...(origin && method !== "GET" && { origin }),
        ...(body !== undefined && { "content-type": "application/json" }),
        ...headers,
      },
      ...(body !== undefined && { payload: JSON.stringify(body) }),
    });
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === "";
      if (expired) cookies.delete(c.name);
      else cookies.set(c.name, c.value);
    }
    let parsed: unknown;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.statusCode, headers: res.headers, body: parsed, text: res.body };
  }

  return {
    cookies,
    get: (url: string, headers?: Record<string, string>) => request("GET", url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => request("POST", url, body ?? {}, headers),
    patch: (url: string, body?: unknown, headers?: Record<string, string>) => request("PATCH", url, body ?? {}, headers),
    delete: (url: string, body?: unknown, headers?: Record<string, string>) => request("DELETE", url, body, headers),
    raw: request,
  };
}
export type Client = ReturnType<typeof client>;

let counter = 0;
/** A new account, signed in on the returned client. Overrides as needed. */
export async function signUp(app: FastifyInstance, overrides: Partial<{ email: string; password: string; displayName: string }> = {}) {
  const c = client(app);
  const account = {
    email: `learner${++counter}-${process.pid}@example.com`,
    password: "a long passphrase 42",
    displayName: `Learner ${counter}`,
    ...overrides,
  };
  const res = await c.post("/api/auth/sign-up", account);
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
  return { client: c, user: res.body.user as { id: string; email: string }, ...account };
}
