/**
 * `npm run bench`: loads Parlance and, in the same run, a bare Fastify baseline with autocannon
 * (loopback only, bounded duration), and reports each case as requests/s, p50/p99 latency and a
 * ratio to the baseline. Results go to bench/results/latest.json. Timing never goes into tests.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Case {
  name: string;
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
}

interface Result {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  ratioToBaseline?: number;
}

async function load(c: Case): Promise<Result> {
  const r = await autocannon({
    url: c.url,
    method: c.method ?? "GET",
    headers: c.headers,
    body: c.body,
    duration: DURATION,
    connections: c.connections ?? CONNECTIONS,
  });
  return {
    name: c.name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

const child = spawn(process.execPath, ["--import", "tsx", "bench/servers.ts"], { stdio: ["ignore", "pipe", "inherit"] });
const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once("line", resolve));
const { parlance, baseline } = JSON.parse(line) as { parlance: string; baseline: string };

try {
  const account = { email: "bench@example.com", password: "a long bench passphrase", displayName: "Bench" };
  const signUp = await fetch(`${parlance}/api/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
  const cookie = signUp.headers.get("set-cookie")!.split(";")[0]!;

  const cases: Case[] = [
    { name: "baseline: bare Fastify, constant JSON", url: `${baseline}/constant` },
    { name: "GET /healthz", url: `${parlance}/healthz` },
    { name: "GET /api/account (signed in: session + user row)", url: `${parlance}/api/account`, headers: { cookie } },
    {
      name: "POST /api/auth/sign-in (scrypt by design)",
      url: `${parlance}/api/auth/sign-in`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: account.email, password: account.password }),
      connections: 8,
    },
  ];

  // Warm up both servers (JIT, caches) before measuring.
  await autocannon({ url: `${baseline}/constant`, duration: 1, connections: 10 });
  await autocannon({ url: `${parlance}/api/account`, headers: { cookie }, duration: 1, connections: 10 });

  const results: Result[] = [];
  for (const c of cases) results.push(await load(c));
  const base = results[0]!.requestsPerSecond;
  for (const r of results) r.ratioToBaseline = Math.round((r.requestsPerSecond / base) * 1000) / 1000;

  console.log(`\n${DURATION}s per case, ${CONNECTIONS} connections (sign-in: 8), loopback\n`);
  console.log("case".padEnd(52), "req/s".padStart(8), "p50 ms".padStart(8), "p99 ms".padStart(8), "ratio".padStart(7), "non-2xx".padStart(8));
  for (const r of results) {
    console.log(
      r.name.padEnd(52),
      String(r.requestsPerSecond).padStart(8),
      String(r.p50Ms).padStart(8),
      String(r.p99Ms).padStart(8),
      `${(r.ratioToBaseline! * 100).toFixed(1)}%`.padStart(7),
      String(r.non2xx + r.errors).padStart(8),
    );
  }
  const out = { date: new Date().toISOString(), node: process.version, durationSeconds: DURATION, connections: CONNECTIONS, results };
  writeFileSync(new URL("./results/latest.json", import.meta.url), JSON.stringify(out, null, 2) + "\n");
  console.log("\nwritten to bench/results/latest.json");
} finally {
  child.kill("SIGTERM");
}
