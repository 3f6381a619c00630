/**
 * Review benchmarks (`npm run bench`, or `node --import tsx bench/review.ts`), on SQLite and — when
 * PARLANCE_TEST_DATABASE_URL is set — PostgreSQL, each against a bare Fastify baseline measured in
 * the same run (bench/review-server.ts sets the servers up in a child process):
 *
 * - building the daily queue for a learner with 10,000 cards and 100,000 logged reviews (and one
 *   with 2,000 and 20,000): p50/p95 of the service call in-process, and of GET /api/review/queue
 *   over HTTP, one request at a time, against the baseline's latency;
 * - grading: requests per second with 50 concurrent clients, each grade a real state change
 *   (a card is graded again only after its previous grade returned, with the version it returned),
 *   for self-graded recognition cards and typed recall cards checked on the server — with the
 *   ratio to the baseline's requests per second.
 *
 * Results: bench/results/review.json. Floors from the issue (SQLite): queue p95 ≤ 20 ms,
 * grading ≥ 2,000 requests/s.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const HTTP_QUEUE_RUNS = Number(process.env.BENCH_QUEUE_RUNS ?? 300);

interface Setup {
  dialect: string;
  url: string;
  baseline: string;
  heavyCookie: string;
  lightCookie: string;
  queue: Record<"heavy" | "light", { cards: number; reviews: number; runs: number; queueSize: number; p50Ms: number; p95Ms: number }>;
  graders: { cookie: string; recognition: { id: string; version: string }[]; recall: { id: string; version: string; answer: string }[] }[];
}

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 100) / 100;
}

/** Latency of one request at a time, after a warm-up. */
async function sequential(url: string, headers: Record<string, string> = {}, runs = HTTP_QUEUE_RUNS) {
  for (let i = 0; i < 20; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  replayed?: number;
}

async function constantLoad(url: string): Promise<Load> {
  const r = await autocannon({ url, duration: DURATION, connections: CONNECTIONS });
  return { requestsPerSecond: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

/**
 * Grading under load. A pool of cards (each with its owner's cookie): a request takes one, and its
 * response puts it back with the version the grade returned, so every request is a real grade.
 */
async function gradingLoad(setup: Setup, kind: "recognition" | "recall"): Promise<Load> {
  type Card = { id: string; version: string; answer?: string; cookie: string };
  const pool: Card[] = setup.graders.flatMap((g) => g[kind].map((c) => ({ ...c, cookie: g.cookie })));
  let replayed = 0;
  const origin = setup.url;
  const r = await autocannon({
    url: setup.url,
    duration: DURATION,
    connections: CONNECTIONS,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const card = pool.shift();
          if (!card) throw new Error("the card pool ran dry");
          (context as { card?: Card }).card = card;
          return {
            ...request,
            method: "POST",
            path: `/api/review/cards/${card.id}/grade`,
            headers: { "content-type": "application/json", cookie: card.cookie, origin },
            body: JSON.stringify(
              kind === "recognition"
                ? { stateVersion: card.version, durationMs: 3000, grade: "good" }
                : { stateVersion: card.version, durationMs: 5000, answer: card.answer },
            ),
          };
        },
        onResponse: (status, body, context) => {
          const card = (context as { card?: Card }).card;
          if (!card) return;
          if (status === 200) {
            const parsed = JSON.parse(body) as { replayed: boolean; card: { stateVersion: string } };
            if (parsed.replayed) replayed++;
            card.version = parsed.card.stateVersion;
          }
          pool.push(card);
        },
      },
    ],
  });
  return { requestsPerSecond: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors, replayed };
}

async function runDialect(dialect: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/review-server.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, BENCH_DIALECT: dialect },
  });
  const line = await new Promise<string>((resolve, reject) => {
    // The first JSON line; anything else the child prints (a skipped-dialect note) is passed on.
    createInterface({ input: child.stdout }).on("line", (l) => (l.startsWith("{") ? resolve(l) : console.log(l)));
    child.once("exit", (code) => reject(new Error(`bench/review-server.ts exited with ${code}`)));
  });
  const setup = JSON.parse(line) as Setup;
  try {
    // Warm both servers up.
    await autocannon({ url: `${setup.baseline}/constant`, duration: 1, connections: 10 });
    await sequential(`${setup.url}/api/review/queue?limit=3`, { cookie: setup.lightCookie }, 50);

    const baselineLatency = await sequential(`${setup.baseline}/constant`);
    const heavyHttp = await sequential(`${setup.url}/api/review/queue?limit=3`, { cookie: setup.heavyCookie });
    const lightHttp = await sequential(`${setup.url}/api/review/queue?limit=3`, { cookie: setup.lightCookie });
    const baseline = await constantLoad(`${setup.baseline}/constant`);
    const recognition = await gradingLoad(setup, "recognition");
    const recall = await gradingLoad(setup, "recall");
    const ratio = (n: number) => Math.round((n / baseline.requestsPerSecond) * 1000) / 1000;
    return {
      dialect,
      queue: {
        heavy: { ...setup.queue.heavy, http: { ...heavyHttp, p95RatioToBaseline: Math.round((heavyHttp.p95Ms / baselineLatency.p95Ms) * 10) / 10 } },
        light: { ...setup.queue.light, http: { ...lightHttp, p95RatioToBaseline: Math.round((lightHttp.p95Ms / baselineLatency.p95Ms) * 10) / 10 } },
        baselineHttp: baselineLatency,
      },
      grading: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        baseline,
        recognition: { ...recognition, ratioToBaseline: ratio(recognition.requestsPerSecond) },
        recall: { ...recall, ratioToBaseline: ratio(recall.requestsPerSecond) },
      },
    };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

const dialects = ["sqlite", ...(process.env.PARLANCE_TEST_DATABASE_URL ? ["postgres"] : [])];
const results = [];
for (const d of dialects) results.push(await runDialect(d));

console.log(`\nreview: queue build and grading, ${CONNECTIONS} connections × ${DURATION}s for load, loopback\n`);
console.log("database".padEnd(10), "case".padEnd(58), "p50 ms".padStart(8), "p95 ms".padStart(8), "req/s".padStart(8), "ratio".padStart(7));
for (const r of results) {
  for (const [label, q] of [["heavy", r.queue.heavy], ["light", r.queue.light]] as const) {
    const what = `${q.cards} cards, ${q.reviews} reviews (queue of ${q.queueSize})`;
    console.log(r.dialect.padEnd(10), `queue, in-process: ${what}`.padEnd(58), String(q.p50Ms).padStart(8), String(q.p95Ms).padStart(8));
    console.log(r.dialect.padEnd(10), `queue, GET over HTTP: ${label}`.padEnd(58), String(q.http.p50Ms).padStart(8), String(q.http.p95Ms).padStart(8), "".padStart(8), `×${q.http.p95RatioToBaseline}`.padStart(7));
  }
  console.log(r.dialect.padEnd(10), "baseline: bare Fastify, constant JSON (one at a time)".padEnd(58), String(r.queue.baselineHttp.p50Ms).padStart(8), String(r.queue.baselineHttp.p95Ms).padStart(8));
  const g = r.grading;
  console.log(r.dialect.padEnd(10), "baseline: bare Fastify, constant JSON (50 clients)".padEnd(58), String(g.baseline.p50Ms).padStart(8), "".padStart(8), String(g.baseline.requestsPerSecond).padStart(8), "100%".padStart(7));
  for (const [label, l] of [["grade a recognition card (self-graded)", g.recognition], ["grade a recall card (typed, checked)", g.recall]] as const) {
    console.log(
      r.dialect.padEnd(10),
      `${label}${l.non2xx + l.errors ? ` — ${l.non2xx + l.errors} failed` : ""}`.padEnd(58),
      String(l.p50Ms).padStart(8),
      "".padStart(8),
      String(l.requestsPerSecond).padStart(8),
      `${(l.ratioToBaseline * 100).toFixed(1)}%`.padStart(7),
    );
  }
}

const sqlite = results[0]!;
const floors = {
  queueP95AtMost20MsOnSqlite: sqlite.queue.heavy.p95Ms <= 20,
  grading2000PerSecondOnSqlite: sqlite.grading.recognition.requestsPerSecond >= 2000,
};
console.log(`\nfloors (SQLite): queue p95 ≤ 20 ms: ${floors.queueP95AtMost20MsOnSqlite ? "met" : "NOT met"}; grading ≥ 2,000/s: ${floors.grading2000PerSecondOnSqlite ? "met" : "NOT met"}`);
writeFileSync(
  new URL("./results/review.json", import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, floors, results }, null, 2) + "\n",
);
console.log("written to bench/results/review.json");
