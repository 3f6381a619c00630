/**
 * Roleplay benchmark: a learner's turn (POST /api/roleplays/:id/turns — the coach's feedback and
 * the dialogue manager's reply included), with 50 concurrent sessions (50 learners, one
 * conversation each, a new one started when one ends) for BENCH_SECONDS: p50/p95/p99 and turns per
 * second, next to one learner alone (the latency without queueing) and a bare Fastify app
 * answering a constant JSON body under the same load in the same run. Replies are the learner
 * lines of the scenarios' model dialogues (30–90 words), each sentence made new (see unseen).
 * SQLite, the coach on as many workers as `parlance serve` would start (cores, at most 4).
 * Results: bench/results/roleplay.json.
 * Run alone with `node --import tsx bench/roleplay.ts`.
 */
import { closedLoop, describeLoad, round, unseen } from "./load.ts";
import { BENCH, postAs, postBaseline, serveLearners, startLearnerServers, writeResults } from "./learner-servers.ts";

const ROLE = "backend-developer";
const { seconds: DURATION, connections: CONNECTIONS, workers: WORKERS } = BENCH;

async function main() {
  const servers = await startLearnerServers(import.meta.url);
  try {
    const { preparedContent } = await import("../test/helpers/content.ts");
    const scenarios = (await preparedContent()).rows
      .find((r) => r.roleId === ROLE)!
      .scenarios.map((s) => JSON.parse(s.data) as { id: string; modelDialogue: { speaker: string; text: string }[] });
    const post = (client: number, path: string, body: unknown) => postAs(servers, client, path, body);

    // Each client holds one conversation and the model replies it goes through; a finished one is replaced.
    const conversations: { id: string; replies: string[]; next: number }[] = [];
    let started = 0;
    let sent = 0;
    async function begin(client: number) {
      const scenario = scenarios[started++ % scenarios.length]!;
      const res = await post(client, "/api/roleplays", { scenario: scenario.id });
      const { roleplay } = (await res.json()) as { roleplay: { id: string } };
      conversations[client] = { id: roleplay.id, replies: scenario.modelDialogue.filter((l) => l.speaker === "learner").map((l) => l.text), next: 0 };
    }
    await Promise.all(servers.cookies.map((_, client) => begin(client)));

    const turn = async (client: number) => {
      let c = conversations[client]!;
      if (c.next >= c.replies.length) {
        await begin(client);
        c = conversations[client]!;
      }
      const text = unseen(c.replies[c.next++]!, ++sent);
      return post(client, `/api/roleplays/${c.id}/turns`, { text });
    };
    // A response read here would be read twice: closedLoop reads it. Finished conversations are
    // noticed by running out of model replies (each reply moves a model conversation one beat on).

    await closedLoop(CONNECTIONS, turn, 3); // warm-up: every coach worker started, every hot query compiled
    const alone = await closedLoop(1, turn, Math.max(3, DURATION / 2));
    const base = await closedLoop(CONNECTIONS, () => postBaseline(servers), DURATION);
    const run = await closedLoop(CONNECTIONS, turn, DURATION);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      database: "sqlite",
      coachWorkers: Number(WORKERS),
      turn: {
        what: `POST /api/roleplays/:id/turns (coach feedback + dialogue manager), ${CONNECTIONS} concurrent sessions, ${DURATION}s, model-dialogue replies`,
        ...run,
        oneLearner: alone,
        baseline: base,
        throughputRatioToBaseline: round(run.requestsPerSecond / base.requestsPerSecond),
      },
    };
    console.log(`\nroleplay — SQLite, loopback, ${WORKERS} coach workers`);
    console.log(
      `a turn, ${CONNECTIONS} sessions: ${describeLoad(run, "turns/s")}; ` +
        `one learner alone: p50 ${alone.p50Ms} ms, p95 ${alone.p95Ms} ms; baseline ${base.requestsPerSecond} req/s (throughput ratio ${results.turn.throughputRatioToBaseline})`,
    );
    writeResults("roleplay", results);
  } finally {
    servers.stop();
  }
}

if (process.argv.includes("--serve")) await serveLearners(CONNECTIONS, WORKERS);
else await main();
