/**
 * The servers of a load benchmark with signed-in learners: Parlance on SQLite (the coach on
 * `workers` threads) and a bare Fastify app answering a constant JSON body, the baseline. They run
 * in a child process — the benchmark file itself, started with --serve — so the load generator
 * does not share their event loop.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { DEFAULT_COACH_RATE_PER_MINUTE } from "../src/config/env.ts";

/**
 * The load every server benchmark runs under, and the coach workers `parlance serve` would start
 * (cores, at most 4). `learnerIntervalMs` is the pace of a learner sending coached requests as fast
 * as the server lets one user (COACH_RATE_PER_MINUTE, 60 a minute by default): the open-loop runs.
 */
export const BENCH = {
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  workers: String(Math.min(4, availableParallelism())),
  learnerIntervalMs: 60_000 / DEFAULT_COACH_RATE_PER_MINUTE,
};

export interface LearnerServers {
  parlance: string;
  baseline: string;
  /** One session cookie per learner. */
  cookies: string[];
}

/** In the child: starts both servers, signs `learners` learners up, and prints where they are. */
export async function serveLearners(learners: number, workers: string): Promise<void> {
  const Fastify = (await import("fastify")).default;
  const { startServer } = await import("../test/helpers/server.ts");
  const server = await startServer({ RATE_LIMIT_PER_MINUTE: "100000000", COACH_RATE_PER_MINUTE: "100000000", COACH_WORKERS: workers });
  const bare = Fastify({ logger: false });
  bare.get("/constant", async () => ({ status: "ok" }));
  bare.post("/constant", async () => ({ status: "ok" }));
  const baseline = await bare.listen({ port: 0, host: "127.0.0.1" });
  const cookies: string[] = [];
  for (let i = 0; i < learners; i++) {
    const res = await fetch(`${server.url}/api/auth/sign-up`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `bench-${i}@example.com`, password: "a long bench passphrase", displayName: `Bench ${i}` }),
    });
    cookies.push(res.headers.get("set-cookie")!.split(";")[0]!);
  }
  const ready: LearnerServers = { parlance: server.url, baseline, cookies };
  console.log(JSON.stringify(ready));
  process.on("SIGTERM", async () => {
    await bare.close();
    await server.close();
    process.exit(0);
  });
}

/** In the parent: runs `benchFile` with --serve and waits for its servers. */
export async function startLearnerServers(benchFile: string): Promise<LearnerServers & { stop(): void }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(benchFile), "--serve"], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", resolve));
  return { ...(JSON.parse(line) as LearnerServers), stop: () => child.kill("SIGTERM") };
}

/** A POST as learner `client`, with the headers a browser would send. */
export const postAs = (servers: LearnerServers, client: number, path: string, body: unknown) =>
  fetch(`${servers.parlance}${path}`, {
    method: "POST",
    headers: { cookie: servers.cookies[client]!, "content-type": "application/json", origin: servers.parlance },
    body: JSON.stringify(body),
  });

/** The baseline's answer to the same kind of request. */
export const postBaseline = (servers: LearnerServers) => fetch(`${servers.baseline}/constant`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });

/** Writes a benchmark's results to bench/results/<name>.json and says so. */
export function writeResults(name: string, results: unknown): void {
  writeFileSync(new URL(`./results/${name}.json`, import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to bench/results/${name}.json`);
}
