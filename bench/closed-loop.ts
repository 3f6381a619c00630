/**
 * Closed-loop load for benchmarks: N clients, each sending its next request as soon as its last one
 * was answered, for a number of seconds. Latency percentiles are over every request of the run.
 */
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

/**
 * The text with every sentence changed a little (a few words longer), so that no sentence was seen
 * before: harper.js keeps recent sentences' results, and a text it has seen lints several times
 * faster than one a learner has just written.
 */
export function unseen(text: string, n: number): string {
  return text.replace(/([.!?])(\s|$)/g, (_, stop: string, space: string) => ` in case ${n}${stop}${space}`);
}
