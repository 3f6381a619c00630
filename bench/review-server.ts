/**
 * The server side of bench/review.ts, in a child process so that the load generator does not share
 * its event loop: Parlance on a fresh database (BENCH_DIALECT=sqlite|postgres) holding the real
 * pack scaled up twelve times (about 3,300 terms), a bare Fastify baseline, and the learners:
 *
 * - a heavy learner with 10,000 cards and 100,000 logged reviews, and a lighter one with 2,000
 *   cards and 20,000 reviews, their histories simulated with the FSRS core and shifted so that
 *   each card comes due between half a day ago and three months ahead (a learner who reviews
 *   daily: a few hundred cards due today);
 * - fifty graders with ten terms each, whose cards the load test grades.
 *
 * It measures the queue build in-process (the service call: its queries, buildQueue, the views),
 * then prints one JSON line for the parent and serves until SIGTERM.
 */
import Fastify from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { DEFAULT_CONTENT_DIR } from "../src/config/paths.ts";
import { loadConfig } from "../src/config/env.ts";
import { loadCmuDictionary } from "../src/content/cmu-dictionary.ts";
import { loadCodeHighlighter } from "../src/content/code-tokens.ts";
import { readPack } from "../src/content/read-pack.ts";
import { buildApp } from "../src/server/app.ts";
import { buildRoleRows } from "../src/server/features/content/content-rows.ts";
import { applyRoles } from "../src/server/features/content/content.loader.ts";
import { createReviewRepository } from "../src/server/features/review/review.repository.ts";
import { createReviewService, timeOrderedUuid } from "../src/server/features/review/review.service.ts";
import type { DeckCard, ReviewLog } from "../src/server/features/review/review.model.ts";
import { CARD_TYPES, newCardState, schedule, type CardState, type Grade } from "../src/srs/index.ts";
import { seededRandom } from "../src/srs/random.ts";
import { DIALECTS } from "../test/helpers/databases.ts";
import { scalePack } from "./content.ts";

const ROLE = "backend-developer";
const DAY = 86_400_000;
const QUEUE_RUNS = Number(process.env.BENCH_QUEUE_RUNS ?? 300);

const dialect = DIALECTS.find((d) => d.name === (process.env.BENCH_DIALECT ?? "sqlite"))!;
if (dialect.skip) throw new Error(dialect.skip);

const database = await dialect.create();
const dictionary = await loadCmuDictionary();
const { pack } = await readPack(DEFAULT_CONTENT_DIR, ROLE);
const big = scalePack(pack, 12);
await applyRoles(database.handle, [buildRoleRows(big, { dictionary, highlight: await loadCodeHighlighter(), hash: "bench", position: 0 })], { roleIds: [ROLE] });

const dataDir = mkdtempSync(join(tmpdir(), "parlance-bench-"));
const config = Object.freeze({
  ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000000", HOST: "127.0.0.1", PORT: "0" }, process.cwd()),
  database: database.config,
});
const app = await buildApp({ config, database: database.handle, logger: false });
const url = await app.listen({ port: 0, host: "127.0.0.1" });
const origin = url;

async function signUp(name: string) {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up",
    headers: { host: new URL(url).host, origin, "content-type": "application/json" },
    payload: JSON.stringify({ email: `${name}-${randomUUID()}@example.com`, password: "a long bench passphrase 7", displayName: name }),
  });
  if (res.statusCode !== 201) throw new Error(`sign-up: ${res.statusCode} ${res.body}`);
  const cookie = `parlance_session=${res.cookies.find((c) => c.name === "parlance_session")!.value}`;
  return { cookie, user: res.json().user };
}

const repo = createReviewRepository(database.handle.db);
const service = createReviewService({ repo, clock: Date });

/** Shifts every instant of a state by `by` ms. */
const shift = (s: CardState, by: number): CardState => ({ ...s, due: s.due + by, lastReview: s.lastReview === null ? null : s.lastReview + by });

/**
 * A deck of `terms × 5` cards: 10 % new, the rest with `reviewsPerCard` reviews simulated by FSRS
 * (mostly Good, some Again, Hard and Easy), each history shifted so that its card comes due between
 * ten days ago and two months ahead (never with a review in the future).
 */
function simulateDeck(termIds: readonly string[], reviews: number, seed: string) {
  const random = seededRandom(seed);
  const now = Date.now();
  const cards: Omit<DeckCard, "id">[] = [];
  const logs: Omit<ReviewLog, "id">[] = [];
  const withHistory = Math.round(termIds.length * CARD_TYPES.length * 0.9);
  const perCard = Math.floor(reviews / withHistory);
  let extra = reviews - perCard * withHistory;
  let index = 0;
  for (const termId of termIds) {
    for (const type of CARD_TYPES) {
      const key = { roleId: ROLE, termId, type };
      if (index++ >= withHistory) {
        const addedAt = now - Math.floor(random() * 30 * DAY);
        cards.push({ ...key, addedAt, state: newCardState(addedAt) });
        continue;
      }
      const n = perCard + (extra-- > 0 ? 1 : 0);
      let t = 0;
      let state = newCardState(0);
      const history: Omit<ReviewLog, "id">[] = [];
      for (let k = 0; k < n; k++) {
        const r = random();
        // The last two grades are Good, so each card ends in review (its learning steps done).
        const grade: Grade = k >= n - 2 ? "good" : r < 0.1 ? "again" : r < 0.22 ? "hard" : r < 0.92 ? "good" : "easy";
        const out = schedule({ cardId: `${termId}:${type}`, state, grade, now: t, durationMs: 2000 + Math.floor(random() * 8000) });
        history.push({ ...key, grade, reviewedAt: t, durationMs: out.log.durationMs, before: out.log.before, after: out.log.after, answer: null, idempotencyKey: null });
        state = out.state;
        // The next review when it is due, up to two days late; a short step is taken on time.
        t = Math.max(t + 60_000, state.due + (state.phase === "review" ? Math.floor(random() * 2 * DAY) : 0));
      }
      // Due between half a day ago and up to three months ahead, the last review always in the past.
      const interval = state.due - (state.lastReview ?? 0);
      const target = Math.min(now - DAY / 2 + Math.floor(random() * Math.min(90 * DAY, Math.max(DAY, interval))), now + interval - 60_000);
      const by = target - state.due;
      cards.push({ ...key, addedAt: by, state: shift(state, by) });
      for (const h of history) logs.push({ ...h, reviewedAt: h.reviewedAt + by, before: shift(h.before, by), after: shift(h.after, by) });
    }
  }
  return { cards, logs };
}

async function seededLearner(name: string, terms: readonly string[], reviews: number) {
  const learner = await signUp(name);
  const { cards, logs } = simulateDeck(terms, reviews, name);
  await repo.importCards(
    learner.user.id,
    cards.map((c) => ({ ...c, id: randomUUID() })),
    logs.map((l) => ({ ...l, id: timeOrderedUuid(l.reviewedAt) })),
  );
  return { ...learner, cards: cards.length, reviews: logs.length };
}

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 100) / 100;
}

/** The queue build as the route runs it (service.queue), timed in-process. */
async function queueTimes(user: { id: string; timeZone: string; targetRole: string }) {
  const u = user as Parameters<typeof service.queue>[0];
  for (let i = 0; i < 20; i++) await service.queue(u, 3);
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < QUEUE_RUNS; i++) {
    const start = performance.now();
    const q = await service.queue(u, 3);
    times.push(performance.now() - start);
    size = q.remaining;
  }
  times.sort((a, b) => a - b);
  return { runs: QUEUE_RUNS, queueSize: size, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

const termIds = big.terms.map((t) => t.id).sort();
const heavy = await seededLearner("heavy", termIds.slice(0, 2000), 100_000);
const light = await seededLearner("light", termIds.slice(2000, 2400), 20_000);
const queue = {
  heavy: { cards: heavy.cards, reviews: heavy.reviews, ...(await queueTimes(heavy.user)) },
  light: { cards: light.cards, reviews: light.reviews, ...(await queueTimes(light.user)) },
};

// Graders: ten terms each; their recognition (self-graded) and recall (typed) cards, with the answers.
const terms = new Map(big.terms.map((t) => [t.id, t]));
const graders: { cookie: string; recognition: { id: string; version: string }[]; recall: { id: string; version: string; answer: string }[] }[] = [];
for (let g = 0; g < 50; g++) {
  const grader = await signUp(`grader${g}`);
  const mine = termIds.slice(2400 + g * 10, 2400 + g * 10 + 10);
  const entry = { cookie: grader.cookie, recognition: [] as { id: string; version: string }[], recall: [] as { id: string; version: string; answer: string }[] };
  for (const termId of mine) {
    const res = await app.inject({
      method: "POST",
      url: `/api/review/deck/${ROLE}/${termId}`,
      headers: { host: new URL(url).host, origin, cookie: grader.cookie, "content-type": "application/json" },
      payload: "{}",
    });
    if (res.statusCode !== 201) throw new Error(`add: ${res.statusCode} ${res.body}`);
    for (const card of res.json().entry.cards as { id: string; type: string }[]) {
      if (card.type === "recognition") entry.recognition.push({ id: card.id, version: "0:0" });
      if (card.type === "recall") entry.recall.push({ id: card.id, version: "0:0", answer: terms.get(termId)!.term });
    }
  }
  graders.push(entry);
}

const bare = Fastify({ logger: false });
bare.get("/constant", async () => ({ status: "ok" }));
const baseline = await bare.listen({ port: 0, host: "127.0.0.1" });

// The parent may close the pipe first at the end; nothing is lost then.
process.stdout.on("error", () => undefined);
console.log(JSON.stringify({ dialect: dialect.name, url, baseline, heavyCookie: heavy.cookie, lightCookie: light.cookie, queue, graders }));

process.on("SIGTERM", async () => {
  await bare.close();
  await app.close();
  await database.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
