/**
 * Configuration: read once from environment variables, validated, frozen. Every invalid variable
 * is reported (not just the first) so an operator fixes them in one go.
 */
import { z } from "zod";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { DEFAULT_CONTENT_DIR } from "./paths.ts";
import { llmConfigFromEnv, LlmConfigError, type LlmConfig } from "../coach/llm/config.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const port = z.coerce.number().int().min(0).max(65535);

/** Coached requests (feedback, interview answers, roleplay turns) a user may send per minute by default. */
export const DEFAULT_COACH_RATE_PER_MINUTE = 60;

const EnvSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default("localhost"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .min(1)
    .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(postgres(ql)?|sqlite):\/\//i.test(v), {
      message: "must be a SQLite file path or a postgres:// URL",
    })
    .optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  CONTENT_DIR: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx) => {
      if (/^(true|1|yes)$/i.test(v)) return true as const;
      if (/^(false|0|no|)$/i.test(v)) return false as const;
      if (/^\d+$/.test(v)) return Number(v);
      if (/^[\d.:a-f/, ]+$/i.test(v)) return v.split(",").map((s) => s.trim()).filter(Boolean);
      ctx.addIssue({ code: "custom", message: "must be true, false, a hop count or a list of addresses" });
      return z.NEVER;
    }),
  PUBLIC_ORIGIN: z
    .string()
    .url()
    .transform((v) => new URL(v).origin)
    .optional(),
  BODY_LIMIT: z.coerce.number().int().positive().default(1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  COACH_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  COACH_RATE_PER_MINUTE: z.coerce.number().int().positive().default(DEFAULT_COACH_RATE_PER_MINUTE),
});

export type Database =
  | { kind: "sqlite"; file: string }
  | { kind: "postgres"; url: string; schema?: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: Database;
  sessionSecret: string;
  logLevel: (typeof LOG_LEVELS)[number];
  contentDir: string;
  trustProxy: boolean | number | string[];
  /** When set, cookie-authenticated writes must come from this origin; otherwise from the Host. */
  publicOrigin: string | undefined;
  bodyLimit: number;
  rateLimitPerMinute: number;
  /** Worker threads for the coach; each holds its own grammar checker. */
  coachWorkers: number;
  coachPerUserPerMinute: number;
  /** The optional LLM (COACH_LLM_*), null when none is configured. */
  llm: LlmConfig | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

/**
 * Parses the environment into a Config. Creates the data directory and, on first start, the
 * session secret stored in it (so restarts keep sessions valid without any set-up).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${String(i.path[0] ?? "environment")}: ${i.message}`),
    );
  }
  const e = parsed.data;
  let llm: LlmConfig | null;
  try {
    llm = llmConfigFromEnv(env);
  } catch (err) {
    if (err instanceof LlmConfigError) throw new ConfigError(err.problems);
    throw err;
  }
  const dataDir = resolve(cwd, e.DATA_DIR);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new ConfigError([`DATA_DIR: cannot create ${dataDir} (${(err as Error).message})`]);
  }

  const database: Database =
    e.DATABASE_URL && /^postgres(ql)?:\/\//i.test(e.DATABASE_URL)
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "sqlite", file: resolveSqliteFile(e.DATABASE_URL, dataDir, cwd) };

  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    contentDir: e.CONTENT_DIR ? resolve(cwd, e.CONTENT_DIR) : DEFAULT_CONTENT_DIR,
    trustProxy: e.TRUST_PROXY,
    publicOrigin: e.PUBLIC_ORIGIN,
    bodyLimit: e.BODY_LIMIT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    // One by default: each worker holds its own grammar checker (600–700 MB once warm), and the
    // default server stays under 1 GB. Raise COACH_WORKERS towards the core count when memory allows.
    coachWorkers: e.COACH_WORKERS ?? 1,
    coachPerUserPerMinute: e.COACH_RATE_PER_MINUTE,
    llm,
  });
}

function resolveSqliteFile(url: string | undefined, dataDir: string, cwd: string): string {
  if (!url) return resolve(dataDir, "parlance.db");
  const path = url.replace(/^sqlite:(\/\/)?/i, "");
  if (path === ":memory:") return path;
  return isAbsolute(path) ? path : resolve(cwd, path);
}

function readOrCreateSecret(dataDir: string): string {
  const file = resolve(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
