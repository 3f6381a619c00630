/**
 * Interview benchmark: submitting a practice answer with the coach's feedback
 * (POST /api/interview/roles/:role/questions/:id/answers), each request a new text so that none is
 * a replay, for BENCH_SECONDS each: 50 learners each answering as fast as the per-user limit allows
 * (one a second on average, Poisson arrivals, open loop), and 50 clients back to back with the limit
 * lifted (closed loop: the most the server does), against a bare Fastify app answering a constant
 * JSON body under the closed-loop load in the same run: p50/p95/p99 and requests per second.
 * SQLite, the coach on as many workers as `parlance serve` would start (cores, at most 4).
 * The servers run in a child process (this file with --serve). Results: bench/results/interview.json.
 * Run alone with `node --import tsx bench/interview.ts`.
 */
import { closedLoop, describeLoad, openLoop, round, unseen } from "./load.ts";
import { BENCH, postAs, postBaseline, serveLearners, startLearnerServers, writeResults } from "./learner-servers.ts";

const ROLE = "backend-developer";
const { seconds: DURATION, connections: CONNECTIONS, workers: WORKERS, learnerIntervalMs } = BENCH;

async function main() {
  const servers = await startLearnerServers(import.meta.url);
  try {
    const { preparedContent } = await import("../test/helpers/content.ts");
    const questions = (await preparedContent()).rows.find((r) => r.roleId === ROLE)!.questions.map((q) => JSON.parse(q.data) as { id: string; modelAnswer: string });
    // Answers of about 100 words: a model answer's first sentences, each sentence made new (see unseen).
    const answer = (client: number, n: number) => {
      const q = questions[(client * 7 + n) % questions.length]!;
      const words = q.modelAnswer.split(/\s+/).slice(0, 100).join(" ");
      return { id: q.id, text: unseen(words, client * 1_000_000 + n) };
    };
    const submit = (client: number, n: number) => {
      const a = answer(client, n);
      return postAs(servers, client, `/api/interview/roles/${ROLE}/questions/${a.id}/answers`, { text: a.text });
    };
    // Warm-up: every coach worker started, every hot query compiled, then the measured load once
    // unmeasured: a server just started answered it slowly for its first seconds (up to ~2 s per
    // request for ~4 s here, even after the closed-loop warm-up), then steadily.
    await closedLoop(CONNECTIONS, submit, 3);
    await openLoop(CONNECTIONS, learnerIntervalMs, (c, n) => submit(c, n + 200_000), DURATION);
    const paced = await openLoop(CONNECTIONS, learnerIntervalMs, (c, n) => submit(c, n + 500_000), DURATION);
    const base = await closedLoop(CONNECTIONS, () => postBaseline(servers), DURATION);
    const run = await closedLoop(CONNECTIONS, (c, n) => submit(c, n + 1_000_000), DURATION);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      database: "sqlite",
      coachWorkers: Number(WORKERS),
      submitAnswer: {
        what: `POST /api/interview/roles/:role/questions/:id/answers with coach feedback, ${DURATION}s, ~100-word answers, each new`,
        atTheUserLimit: { what: `${CONNECTIONS} learners, each answering every ${learnerIntervalMs} ms on average (open loop)`, ...paced, p95UnderTarget: paced.p95Ms < 60 },
        backToBack: {
          what: `${CONNECTIONS} clients back to back, the per-user limit lifted (closed loop)`,
          ...run,
          throughputRatioToBaseline: round(run.requestsPerSecond / base.requestsPerSecond),
          p95RatioToBaseline: round(run.p95Ms / base.p95Ms),
        },
        baseline: base,
      },
    };
    console.log(`\ninterview — SQLite, loopback, ${WORKERS} coach workers`);
    console.log(`submit an answer with feedback, ${CONNECTIONS} learners at the per-user limit: ${describeLoad(paced)}`);
    console.log(
      `submit an answer with feedback, ${CONNECTIONS} clients back to back: ${describeLoad(run)}; ` +
        `baseline ${base.requestsPerSecond} req/s, p95 ${base.p95Ms} ms (throughput ratio ${results.submitAnswer.backToBack.throughputRatioToBaseline})`,
    );
    console.log(`target: p95 < 60 ms for ${CONNECTIONS} learners at the limit → ${paced.p95Ms} ms ${paced.p95Ms < 60 ? "(met)" : "(not met)"}`);
    writeResults("interview", results);
  } finally {
    servers.stop();
  }
}

if (process.argv.includes("--serve")) await serveLearners(CONNECTIONS, WORKERS);
else await main();
