/**
 * Interview benchmark: submitting a practice answer with the coach's feedback
 * (POST /api/interview/roles/:role/questions/:id/answers), each request a new text so that none is
 * a replay, with 50 concurrent clients (50 learners) for BENCH_SECONDS: p50/p95/p99 and requests
 * per second, against a bare Fastify app answering a constant JSON body under the same load in the
 * same run. SQLite, the coach on as many workers as `parlance serve` would start (cores, at most 4).
 * The servers run in a child process (this file with --serve). Results: bench/results/interview.json.
 * Run alone with `node --import tsx bench/interview.ts`.
 */
import { writeFileSync } from "node:fs";
import { closedLoop, round, unseen } from "./load.ts";
import { BENCH, postAs, postBaseline, serveLearners, startLearnerServers } from "./learner-servers.ts";

const ROLE = "backend-developer";
const { seconds: DURATION, connections: CONNECTIONS, workers: WORKERS } = BENCH;

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
    // Warm-up: every coach worker started, every hot query compiled.
    await closedLoop(CONNECTIONS, submit, 3);
    const base = await closedLoop(CONNECTIONS, () => postBaseline(servers), DURATION);
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
    servers.stop();
  }
}

if (process.argv.includes("--serve")) await serveLearners(CONNECTIONS, WORKERS);
else await main();
