/**
 * Load for the server benchmarks, two ways:
 * - closed loop: N clients, each sending its next request as soon as its last one was answered —
 *   the most the server can do (throughput at saturation; latency is then mostly queueing);
 * - open loop: N clients, each sending at its own pace whatever the server does (Poisson arrivals),
 *   latency measured from when a request was due, so a slow answer is not hidden by the client
 *   waiting for it ("coordinated omission").
 * Latency percentiles are over every request of the run.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { seededRandom } from "../src/srs/random.ts";

export const round = (n: number) => Math.round(n * 100) / 100;
export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  failures: number;
}

function summarize(times: number[], failures: number, seconds: number): LoadResult {
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    requestsPerSecond: Math.round(times.length / seconds),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    failures,
  };
}

/** One line for a report: "50 req/s, p50 17 ms, p95 35 ms, p99 46 ms, failures 0". */
export const describeLoad = (r: LoadResult, unit = "req/s") => `${r.requestsPerSecond} ${unit}, p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms, failures ${r.failures}`;

export async function closedLoop(connections: number, send: (client: number, n: number) => Promise<Response>, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let n = 0; performance.now() < end; n++) {
        const t = performance.now();
        const res = await send(client, n);
        await res.arrayBuffer();
        times.push(performance.now() - t);
        if (!res.ok) failures++;
      }
    }),
  );
  return summarize(times, failures, seconds);
}

/**
 * Open-loop load: `clients` clients, each sending a request on average every `intervalMs`
 * (exponential gaps, seeded, so runs are repeatable), for `seconds`. A request is sent when it is
 * due, even while the client's previous one is unanswered; latency counts from that moment.
 */
export async function openLoop(clients: number, intervalMs: number, send: (client: number, n: number) => Promise<Response>, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const random = seededRandom("open-loop");
  const inFlight: Promise<void>[] = [];
  const one = async (client: number, n: number, due: number) => {
    const res = await send(client, n);
    await res.arrayBuffer();
    times.push(performance.now() - due);
    if (!res.ok) failures++;
  };
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      let due = start - Math.log(1 - random()) * intervalMs;
      for (let n = 0; due < end; n++) {
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        inFlight.push(one(client, n, due));
        due += -Math.log(1 - random()) * intervalMs;
      }
    }),
  );
  await Promise.all(inFlight);
  return summarize(times, failures, seconds);
}

/**
 * The text with every sentence changed a little (a few words longer), so that no sentence was seen
 * before: harper.js keeps recent sentences' results, and a text it has seen lints several times
 * faster than one a learner has just written.
 */
export function unseen(text: string, n: number): string {
  return text.replace(/([.!?])(\s|$)/g, (_, stop: string, space: string) => ` in case ${n}${stop}${space}`);
}
