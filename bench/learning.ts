/**
 * Learning-path benchmarks, with a bare Fastify baseline measured in the same run:
 *
 * - the path page's data (GET /api/learning/roles/:role/path) for a learner with a year of
 *   history — 1,000 exercise answers in 100 runs, 20,000 reviews of 1,370 cards — inserted
 *   directly: p50/p95/p99 of sequential requests, against the baseline's on the same loop;
 * - submitting an exercise answer (objective types: written answers go to the coach's worker
 *   pool, measured by the coach's own benchmark) with 50 concurrent clients, each request a new
 *   answer: requests per second against the baseline's.
 *
 * The servers run in a child process (this file with --serve) so that the load generator does not
 * share their event loop. SQLite, as `parlance serve` runs by default. Results: bench/results/learning.json.
 * Run alone with `node --import tsx bench/learning.ts`.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Exercise } from "../src/content/schema.ts";
import { keyAnswer } from "../src/learning/answers.ts";
import { CARD_TYPES } from "../src/srs/cards.ts";
import { preparedContent } from "../test/helpers/content.ts";

const ROLE = "backend-developer";
const DAY = 86_400_000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PATH_REQUESTS = Number(process.env.BENCH_PATH_REQUESTS ?? 400);
const HISTORY = { answers: 1_000, reviews: 20_000 };

// ---------------------------------------------------------------------------------------------
// The child: servers, and a learner with a year of history.

async function serve() {
  const Fastify = (await import("fastify")).default;
  const { startServer } = await import("../test/helpers/server.ts");
  const server = await startServer({ RATE_LIMIT_PER_MINUTE: "100000000", COACH_WORKERS: "1" });
  const bare = Fastify({ logger: false });
  bare.get("/constant", async () => ({ status: "ok" }));
  const baseline = await bare.listen({ port: 0, host: "127.0.0.1" });

  const signUp = async (email: string) => {
    const res = await fetch(`${server.url}/api/auth/sign-up`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "a long bench passphrase", displayName: "Bench", timeZone: "Europe/Berlin" }),
    });
    const body = (await res.json()) as { user: { id: string } };
    return { id: body.user.id, cookie: res.headers.get("set-cookie")!.split(";")[0]! };
  };
  const veteran = await signUp("veteran@example.com");
  const answerer = await signUp("answerer@example.com");
  await seedYear(server.database.db, veteran.id);

  console.log(JSON.stringify({ parlance: server.url, baseline, veteran: veteran.cookie, answerer: answerer.cookie }));
  process.on("SIGTERM", async () => {
    await bare.close();
    await server.close();
    process.exit(0);
  });
}

/** A year of practice: 100 runs of 10 answers on 100 days, and 20,000 reviews of every term's cards. */
export async function seedYear(db: import("kysely").Kysely<import("../src/db/tables.ts").Tables>, userId: string) {
  const now = Date.now();
  const rows = (await preparedContent()).rows.find((r) => r.roleId === ROLE)!;
  const sets = rows.exercise_sets.map((s) => ({ id: s.id, area: s.area }));
  const exercisesOf = new Map<string, { id: string; type: string }[]>();
  for (const e of rows.exercises) (exercisesOf.get(e.set_id) ?? exercisesOf.set(e.set_id, []).get(e.set_id)!).push({ id: e.id, type: e.type });
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  type Row<T extends keyof import("../src/db/tables.ts").Tables> = import("../src/db/tables.ts").Tables[T];
  const attempts: Row<"set_attempts">[] = [];
  const answers: Row<"exercise_answers">[] = [];
  for (let run = 0; run < HISTORY.answers / 10; run++) {
    const set = sets[run % sets.length]!;
    const items = exercisesOf.get(set.id)!.slice(0, 10);
    const started = now - Math.round((365 - run * 3.6) * DAY);
    const id = randomUUID();
    let correct = 0;
    let scoreSum = 0;
    items.forEach((e, i) => {
      const ok = random() < 0.75;
      correct += ok ? 1 : 0;
      scoreSum += ok ? 1 : 0;
      answers.push({
        id: randomUUID(),
        user_id: userId,
        attempt_id: id,
        role_id: ROLE,
        set_id: set.id,
        exercise_id: e.id,
        area: set.area,
        type: e.type,
        answer: "{}",
        result: "{}",
        correct: ok ? 1 : 0,
        score: ok ? 1 : 0,
        coach_score: e.type === "written" ? Math.round(40 + random() * 55) : null,
        seconds: 60 + Math.round(random() * 60),
        time_zone: "Europe/Berlin",
        answered_at: started + (i + 1) * 90_000,
      });
    });
    attempts.push({
      id,
      user_id: userId,
      role_id: ROLE,
      kind: "set",
      set_id: set.id,
      area: set.area,
      exercises: JSON.stringify(items.map((e) => ({ set: set.id, id: e.id, area: set.area }))),
      total: items.length,
      answered: items.length,
      correct,
      score_sum: scoreSum,
      started_at: started,
      updated_at: started + items.length * 90_000,
      completed_at: started + items.length * 90_000,
    });
  }

  const cards: Record<string, string | number | null>[] = [];
  for (const term of rows.terms) {
    for (const type of CARD_TYPES) {
      const stability = 1 + random() * 60;
      cards.push({
        user_id: userId,
        role_id: ROLE,
        term_id: term.id,
        card_type: type,
        id: randomUUID(),
        added_at: now - 360 * DAY,
        phase: "review",
        due: now + Math.round((random() * 40 - 5) * DAY),
        stability,
        difficulty: 3 + random() * 5,
        scheduled_days: Math.round(stability),
        learning_steps: 0,
        reps: 14,
        lapses: random() < 0.2 ? 1 : 0,
        last_review: now - Math.round(random() * 20 * DAY),
      });
    }
  }
  const state = (c: Record<string, string | number | null>) =>
    JSON.stringify({ phase: c.phase, due: c.due, stability: c.stability, difficulty: c.difficulty, scheduledDays: c.scheduled_days, learningSteps: 0, reps: c.reps, lapses: c.lapses, lastReview: c.last_review });
  const logs: Record<string, string | number | null>[] = [];
  for (let i = 0; i < HISTORY.reviews; i++) {
    const c = cards[i % cards.length]!;
    logs.push({
      id: randomUUID(),
      user_id: userId,
      role_id: ROLE,
      term_id: c.term_id!,
      card_type: c.card_type!,
      grade: random() < 0.85 ? "good" : "again",
      reviewed_at: now - Math.round((i / HISTORY.reviews) * 365 * DAY),
      duration_ms: 4_000 + Math.round(random() * 8_000),
      before_phase: "review",
      before_state: state(c),
      after_state: state(c),
      answer: null,
      idempotency_key: null,
    });
  }

  const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
  await db.transaction().execute(async (trx) => {
    for (const c of chunks(attempts, 50)) await trx.insertInto("set_attempts").values(c).execute();
    for (const c of chunks(answers, 50)) await trx.insertInto("exercise_answers").values(c).execute();
    for (const c of chunks(cards, 50)) await (trx as any).insertInto("review_cards").values(c).execute();
    for (const c of chunks(logs, 50)) await (trx as any).insertInto("review_logs").values(c).execute();
  });
}

// ---------------------------------------------------------------------------------------------
// The parent: load and measurements.

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (x: number) => Math.round(x * 100) / 100;

/** Latency of `n` sequential requests, after a warm-up. */
async function sequential(url: string, headers: Record<string, string>, n: number) {
  for (let i = 0; i < 30; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - start);
    if (!res.ok) failures++;
  }
  times.sort((a, b) => a - b);
  return { requests: n, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), p99Ms: round(percentile(times, 99)), failures };
}

async function throughput(options: autocannon.Options) {
  const r = await autocannon({ duration: DURATION, connections: CONNECTIONS, ...options });
  return { requestsPerSecond: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

async function main() {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once("line", resolve));
  const { parlance, baseline, veteran, answerer } = JSON.parse(line) as { parlance: string; baseline: string; veteran: string; answerer: string };
  try {
    // --- the path page --------------------------------------------------------------------
    const pathUrl = `${parlance}/api/learning/roles/${ROLE}/path`;
    const check = await fetch(pathUrl, { headers: { cookie: veteran } });
    const path = ((await check.json()) as { path: { areas: { mastery: { value: number } }[]; dueReviews: number; streak: { longestStreak: number } } }).path;
    if (!check.ok || !path.areas.some((a) => a.mastery.value > 0)) throw new Error(`the path page did not load the seeded history: ${check.status}`);
    const baseSeq = await sequential(`${baseline}/constant`, {}, PATH_REQUESTS);
    const pathSeq = await sequential(pathUrl, { cookie: veteran }, PATH_REQUESTS);

    // --- answering: a pool of runs, each request a new answer ---------------------------------
    const exercises = new Map<string, Exercise>();
    for (const role of (await preparedContent()).rows) for (const row of role.exercises) exercises.set(row.id, JSON.parse(row.data) as Exercise);
    const sets = (await preparedContent()).rows.find((r) => r.roleId === ROLE)!.exercise_sets.map((s) => s.id);
    const bodies: string[] = [];
    const urls: string[] = [];
    const runs = Number(process.env.BENCH_RUNS ?? 2_000);
    for (let i = 0; i < runs; i++) {
      const res = await fetch(`${parlance}/api/learning/roles/${ROLE}/exercise-sets/${sets[i % sets.length]}/attempts`, {
        method: "POST",
        headers: { cookie: answerer, "content-type": "application/json", origin: parlance },
        body: "{}",
      });
      const { attempt } = (await res.json()) as { attempt: { id: string; exercises: { id: string; type: string }[] } };
      for (const e of attempt.exercises) {
        if (e.type === "written") continue;
        urls.push(`/api/learning/attempts/${attempt.id}/answers`);
        bodies.push(JSON.stringify({ exerciseId: e.id, answer: keyAnswer(exercises.get(e.id)!, attempt.id) }));
      }
    }
    let next = 0;
    const answerHeaders = { cookie: answerer, "content-type": "application/json", origin: parlance };
    const baseRun = await throughput({ url: `${baseline}/constant` });
    const answerRun = await throughput({
      url: parlance,
      requests: [
        {
          method: "POST",
          setupRequest: (req) => {
            const i = next++ % bodies.length;
            return { ...req, method: "POST", path: urls[i]!, headers: answerHeaders, body: bodies[i]! };
          },
        },
      ],
    });
    const fresh = Math.min(next, bodies.length);

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      database: "sqlite",
      history: { exerciseAnswers: HISTORY.answers, reviews: HISTORY.reviews, cards: 274 * CARD_TYPES.length, dueReviews: path.dueReviews },
      pathPage: {
        what: "GET /api/learning/roles/:role/path, sequential, learner with a year of history",
        ...pathSeq,
        baseline: baseSeq,
        p95RatioToBaseline: round(pathSeq.p95Ms / baseSeq.p95Ms),
      },
      submitAnswer: {
        what: `POST /api/learning/attempts/:id/answers, ${CONNECTIONS} concurrent clients, ${DURATION}s, objective answers, each a new (run, exercise)`,
        ...answerRun,
        newAnswers: fresh,
        replays: Math.max(0, next - bodies.length),
        baseline: baseRun,
        ratioToBaseline: round(answerRun.requestsPerSecond / baseRun.requestsPerSecond),
      },
    };
    console.log(`\nlearning path — SQLite, loopback`);
    console.log(`path page (year of history), ${PATH_REQUESTS} sequential: p50 ${pathSeq.p50Ms} ms, p95 ${pathSeq.p95Ms} ms, p99 ${pathSeq.p99Ms} ms; baseline p95 ${baseSeq.p95Ms} ms (×${results.pathPage.p95RatioToBaseline})`);
    console.log(
      `submit an answer, ${CONNECTIONS} clients: ${answerRun.requestsPerSecond} req/s (p50 ${answerRun.p50Ms} ms, p99 ${answerRun.p99Ms} ms, non-2xx ${answerRun.non2xx}); baseline ${baseRun.requestsPerSecond} req/s (ratio ${results.submitAnswer.ratioToBaseline})`,
    );
    writeFileSync(new URL("./results/learning.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
    console.log("written to bench/results/learning.json");
  } finally {
    child.kill("SIGTERM");
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--serve")) await serve();
  else await main();
}
