/**
 * Interview benchmark: submitting a practice answer with the coach's feedback
 * (POST /api/interview/roles/:role/questions/:id/answers), each request a new text so that none is
 * a replay, with 50 concurrent clients (50 learners) for BENCH_SECONDS: p50/p95/p99 and requests
 * per second, against a bare Fastify app answering a constant JSON body under the same load in the
 * same run. SQLite, the coach on as many workers as `parlance serve` would start (cores, at most 4).
 * The servers run in a child process (this file with --serve). Results: bench/results/interview.json.
 * Run alone with `node --import tsx bench/interview.ts`.
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { closedLoop, round } from "./closed-loop.ts";

const ROLE = "backend-developer";
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WORKERS = String(Math.min(4, availableParallelism()));

async function serve() {
  const Fastify = (await import("fastify")).default;
  const { startServer } = await import("../test/helpers/server.ts");
  const server = await startServer({ RATE_LIMIT_PER_MINUTE: "100000000", COACH_RATE_PER_MINUTE: "100000000", COACH_WORKERS: WORKERS });
  const bare = Fastify({ logger: false });
  bare.get("/constant", async () => ({ status: "ok" }));
  bare.post("/constant", async () => ({ status: "ok" }));
  const baseline = await bare.listen({ port: 0, host: "127.0.0.1" });
  const cookies: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const res = await fetch(`${server.url}/api/auth/sign-up`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `bench-${i}@example.com`, password: "a long bench passphrase", displayName: `Bench ${i}` }),
    });
    cookies.push(res.headers.get("set-cookie")!.split(";")[0]!);
  }
  console.log(JSON.stringify({ parlance: server.url, baseline, cookies }));
  process.on("SIGTERM", async () => {
    await bare.close();
    await server.close();
    process.exit(0);
  });
}

async function main() {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once("line", resolve));
  const { parlance, baseline, cookies } = JSON.parse(line) as { parlance: string; baseline: string; cookies: string[] };
  try {
    const { preparedContent } = await import("../test/helpers/content.ts");
    const questions = (await preparedContent()).rows.find((r) => r.roleId === ROLE)!.questions.map((q) => JSON.parse(q.data) as { id: string; modelAnswer: string });
    // Answers of about 100 words: a model answer's first sentences, with a counter so each is new.
    const answer = (client: number, n: number) => {
      const q = questions[(client * 7 + n) % questions.length]!;
      const words = q.modelAnswer.split(/\s+/).slice(0, 100).join(" ");
      return { id: q.id, text: `${words} (${client}-${n})` };
    };
    const submit = (client: number, n: number) => {
      const a = answer(client, n);
      return fetch(`${parlance}/api/interview/roles/${ROLE}/questions/${a.id}/answers`, {
        method: "POST",
        headers: { cookie: cookies[client]!, "content-type": "application/json", origin: parlance },
        body: JSON.stringify({ text: a.text }),
      });
    };
    // Warm-up: every coach worker started, every hot query compiled.
    await closedLoop(CONNECTIONS, submit, 3);
    const base = await closedLoop(CONNECTIONS, () => fetch(`${baseline}/constant`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }), DURATION);
    const run = await closedLoop(CONNECTIONS, (c, n) => submit(c, n + 1_000_000), DURATION);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      database: "sqlite",
      coachWorkers: Number(WORKERS),
      submitAnswer: {
        what: `POST /api/interview/roles/:role/questions/:id/answers with coach feedback, ${CONNECTIONS} concurrent learners, ${DURATION}s, ~100-word answers, each new`,
        ...run,
        baseline: base,
        throughputRatioToBaseline: round(run.requestsPerSecond / base.requestsPerSecond),
        p95RatioToBaseline: round(run.p95Ms / base.p95Ms),
        p95UnderTarget: run.p95Ms < 60,
      },
    };
    console.log(`\ninterview — SQLite, loopback, ${WORKERS} coach workers`);
    console.log(
      `submit an answer with feedback, ${CONNECTIONS} clients: ${run.requestsPerSecond} req/s, p50 ${run.p50Ms} ms, p95 ${run.p95Ms} ms, p99 ${run.p99Ms} ms, failures ${run.failures}; ` +
        `baseline ${base.requestsPerSecond} req/s, p95 ${base.p95Ms} ms (throughput ratio ${results.submitAnswer.throughputRatioToBaseline})`,
    );
    writeFileSync(new URL("./results/interview.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
    console.log("written to bench/results/interview.json");
  } finally {
    child.kill("SIGTERM");
  }
}

if (process.argv.includes("--serve")) await serve();
else await main();
