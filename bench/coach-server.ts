/**
 * Coach feedback over HTTP: POST /api/coach/feedback with a new 200-word answer to an interview
 * question (its prompt, model answer and key points as the task), signed in, SQLite, the coach on
 * as many workers as `parlance serve` would start (cores, at most 4). Three loads of BENCH_SECONDS:
 * - 50 learners each sending as fast as the per-user limit allows (one a second on average,
 *   Poisson arrivals, open loop): the latency a learner sees when every one of them is at the limit;
 * - 50 clients sending back to back with the limit lifted (closed loop): the most the server does;
 * - one client alone: the latency without queueing;
 * next to a bare Fastify app answering a constant JSON body under the closed-loop load in the same
 * run. Results: bench/results/coach-server.json. Run alone with `node --import tsx bench/coach-server.ts`.
 */
import { closedLoop, describeLoad, openLoop, round, unseen, type LoadResult } from "./load.ts";
import { BENCH, postAs, postBaseline, serveLearners, startLearnerServers, writeResults } from "./learner-servers.ts";

const ROLE = "backend-developer";
const WORDS = 200;
const { seconds: DURATION, connections: CONNECTIONS, workers: WORKERS, learnerIntervalMs } = BENCH;

async function main() {
  const servers = await startLearnerServers(import.meta.url);
  try {
    const { preparedContent } = await import("../test/helpers/content.ts");
    const questions = (await preparedContent()).rows
      .find((r) => r.roleId === ROLE)!
      .questions.map((q) => JSON.parse(q.data) as { prompt: string; modelAnswer: string; keyPoints: { text: string; accept?: string[] }[] });
    const modelAnswers = questions.map((q) => q.modelAnswer.replace(/\s+/g, " ").trim());
    // An answer of WORDS words from consecutive model answers, every sentence new (see unseen).
    const answerText = (start: number, n: number) => {
      const words: string[] = [];
      for (let k = start; words.length < WORDS; k++) words.push(...modelAnswers[k % modelAnswers.length]!.split(" "));
      return unseen(`${words.slice(0, WORDS).join(" ")}.`, n);
    };
    let sent = 0;
    const feedback = (client: number) => {
      const q = (client * 7 + sent) % questions.length;
      const { prompt, modelAnswer, keyPoints } = questions[q]!;
      const task = { kind: "interview-answer", prompt, reference: modelAnswer, keyPoints: keyPoints.map((k) => ({ text: k.text, ...(k.accept ? { accept: k.accept } : {}) })) };
      return postAs(servers, client, "/api/coach/feedback", { text: answerText(q, ++sent), task });
    };

    // Warm-up: every coach worker started, every hot query compiled, then the measured load once
    // unmeasured: a server just started answered it slowly for its first seconds (up to ~2 s per
    // request for ~4 s here, even after the closed-loop warm-up), then steadily.
    await closedLoop(CONNECTIONS, feedback, 3);
    await openLoop(CONNECTIONS, learnerIntervalMs, feedback, DURATION);
    const alone = await closedLoop(1, feedback, Math.max(3, DURATION / 2));
    const paced = await openLoop(CONNECTIONS, learnerIntervalMs, feedback, DURATION);
    const base = await closedLoop(CONNECTIONS, () => postBaseline(servers), DURATION);
    const saturated = await closedLoop(CONNECTIONS, feedback, DURATION);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      database: "sqlite",
      coachWorkers: Number(WORKERS),
      words: WORDS,
      atTheUserLimit: {
        what: `${CONNECTIONS} learners, each sending a new ${WORDS}-word answer every ${learnerIntervalMs} ms on average (open loop)`,
        ...paced,
        p95UnderTarget: paced.p95Ms < 60,
      },
      backToBack: { what: `${CONNECTIONS} clients back to back, the per-user limit lifted (closed loop)`, ...saturated, throughputRatioToBaseline: round(saturated.requestsPerSecond / base.requestsPerSecond) },
      oneClient: alone,
      baseline: base,
    };
    console.log(`\ncoach feedback over HTTP — ${WORDS}-word answers, SQLite, loopback, ${WORKERS} coach workers`);
    const line = (label: string, r: LoadResult) => console.log(`${label.padEnd(44)}${describeLoad(r)}`);
    line(`${CONNECTIONS} learners at the per-user limit`, paced);
    line(`${CONNECTIONS} clients back to back`, saturated);
    line("one client alone", alone);
    line(`baseline (constant JSON), ${CONNECTIONS} clients`, base);
    console.log(`target: p95 < 60 ms for ${CONNECTIONS} learners at the limit → ${paced.p95Ms} ms ${paced.p95Ms < 60 ? "(met)" : "(not met)"}`);
    writeResults("coach-server", results);
  } finally {
    servers.stop();
  }
}

if (process.argv.includes("--serve")) await serveLearners(CONNECTIONS, WORKERS);
else await main();
