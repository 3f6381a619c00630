/**
 * Vocabulary review over HTTP on real databases: settings, the deck (a term, a whole topic area,
 * removal), the daily queue (due cards first, the new-card limit, interleaving, resuming),
 * grading (self-graded and checked server-side; answers never sent before), a grade sent twice
 * applied once, undo, stats in a time zone far from UTC, the Anki package opened and checked, the
 * CSV round trip and hostile files, the spotlight, and the glossary downloads.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import SQLite from "better-sqlite3";
import { unzipSync, strFromU8 } from "fflate";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, client, ORIGIN, signUp, type Client, type TestApp } from "../helpers/app.ts";
import { preparedContent } from "../helpers/content.ts";
import { parseCsv } from "../../src/export/csv/csv.ts";

const ROLE = "backend-developer";
const MINUTE = 60_000;
const DAY = 86_400_000;

/** A clock the test moves by hand. */
function manualClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => t,
    set: (iso: string) => void (t = Date.parse(iso)),
    advance: (ms: number) => void (t += ms),
  };
}

/** The stored terms of the real pack, by id (their answers, for typing them in). */
async function packTerms(): Promise<Map<string, any>> {
  const { rows } = await preparedContent();
  const role = rows.find((r) => r.roleId === ROLE)!;
  return new Map(role.terms.map((r) => [r.id, JSON.parse(r.data)]));
}

async function queue(c: Client, limit = 20) {
  const res = await c.get(`/api/review/queue?limit=${limit}`);
  assert.equal(res.status, 200, res.text);
  return res.body.queue;
}

async function grade(c: Client, card: any, body: Record<string, unknown>) {
  return c.post(`/api/review/cards/${card.id}/grade`, { stateVersion: card.stateVersion, durationMs: 4000, ...body });
}

/** Text of a cloze answer: the example with the gap filled, found among the term's examples. */
function clozeAnswer(term: any, segments: string[]): string {
  for (const e of term.examples as { text: string }[]) {
    if (!e.text.startsWith(segments[0]!) || !e.text.endsWith(segments.at(-1)!)) continue;
    return e.text.slice(segments[0]!.length, e.text.length - segments.at(-1)!.length).split(segments[1] ?? "\u0000")[0]!;
  }
  throw new Error(`no example of ${term.id} fits ${JSON.stringify(segments)}`);
}

/** The term of each card in the learner's deck, by card id (what the test knows and the browser is not told). */
async function termsOfCards(c: Client): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let offset: number | null = 0;
  while (offset !== null) {
    const res = await c.get(`/api/review/deck?limit=100&offset=${offset}`);
    for (const entry of res.body.items) for (const card of entry.cards) out.set(card.id, entry.termId);
    offset = res.body.nextOffset;
  }
  return out;
}

/** A card of a term in the deck, as the API shows it. */
async function cardOf(c: Client, termId: string, type: string): Promise<any> {
  const entry = (await c.get(`/api/review/deck/${ROLE}/${termId}`)).body.entry;
  const id = entry?.cards.find((card: any) => card.type === type)?.id;
  if (!id) return null;
  const res = await c.get(`/api/review/cards/${id}`);
  assert.equal(res.status, 200, res.text);
  return res.body.card;
}

/** An answer that the server accepts for a card, from the pack. */
function rightAnswer(card: any, terms: Map<string, any>, termId: string): Record<string, unknown> {
  const term = terms.get(termId);
  switch (card.front.type) {
    case "recognition":
      return { grade: "good" };
    case "recall":
    case "listening":
      return { answer: term.term };
    case "cloze":
      return { answer: clozeAnswer(term, card.front.segments) };
    case "usage": {
      const index = card.front.options.findIndex((o: string) => term.examples.some((e: { text: string }) => e.text === o));
      return { choice: index };
    }
  }
  throw new Error(card.front.type);
}

for (const dialect of DIALECTS) {
  describe(`vocabulary review (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let terms: Map<string, any>;
    const clock = manualClock("2026-03-10T09:00:00Z");

    before(async () => {
      t = await buildTestApp(dialect, {}, { clock });
      terms = await packTerms();
    });
    after(async () => t?.close());

    test("settings: defaults, a change, and the allowed range", async () => {
      const { client: c } = await signUp(t.app);
      assert.deepEqual((await c.get("/api/review/settings")).body.settings, { desiredRetention: 0.9, newPerDay: 15 });
      const changed = await c.patch("/api/review/settings", { desiredRetention: 0.85 });
      assert.equal(changed.status, 200);
      assert.deepEqual(changed.body.settings, { desiredRetention: 0.85, newPerDay: 15 });
      assert.deepEqual((await c.get("/api/review/settings")).body.settings, { desiredRetention: 0.85, newPerDay: 15 });
      for (const bad of [{ desiredRetention: 0.5 }, { desiredRetention: 1 }, { newPerDay: -1 }, { newPerDay: 2.5 }, { newPerDay: 1000 }]) {
        const res = await c.patch("/api/review/settings", bad);
        assert.equal(res.status, 400, JSON.stringify(bad));
        assert.equal(res.body.error.details[0].path, Object.keys(bad)[0]);
      }
    });

    test("the deck: add a term, add it again, add a topic area, remove a term", async () => {
      const { client: c } = await signUp(t.app);
      const added = await c.post(`/api/review/deck/${ROLE}/idempotent`);
      assert.equal(added.status, 201, added.text);
      assert.equal(added.body.termsAdded, 1);
      assert.ok(added.body.cardsAdded >= 3, "recognition, recall, listening at least");
      const types = added.body.entry.cards.map((card: any) => card.type);
      assert.deepEqual(types.slice(0, 2), ["recognition", "recall"]);
      assert.ok(types.includes("listening"));
      assert.ok(added.body.entry.cards.every((card: any) => card.phase === "new"));

      const again = await c.post(`/api/review/deck/${ROLE}/idempotent`);
      assert.equal(again.status, 200);
      assert.deepEqual([again.body.termsAdded, again.body.termsAlreadyInDeck, again.body.cardsAdded], [0, 1, 0]);

      assert.equal((await c.get(`/api/review/deck/${ROLE}/idempotent`)).body.entry.termId, "idempotent");
      assert.equal((await c.get(`/api/review/deck/${ROLE}/backpressure`)).body.entry, null);

      const areaTerms = [...terms.values()].filter((x) => x.area === "caching");
      const area = await c.post(`/api/review/deck/${ROLE}/areas/caching`);
      assert.equal(area.status, 200, area.text);
      assert.equal(area.body.termsAdded + area.body.termsAlreadyInDeck, areaTerms.length);
      const deck = await c.get(`/api/review/deck?area=caching&limit=100`);
      assert.equal(deck.body.total, areaTerms.length);
      const all = await c.get(`/api/review/deck?limit=100`);
      assert.equal(all.body.total, areaTerms.length + (areaTerms.some((x) => x.id === "idempotent") ? 0 : 1));

      assert.equal((await c.delete(`/api/review/deck/${ROLE}/idempotent`, {})).status, 204);
      assert.equal((await c.delete(`/api/review/deck/${ROLE}/idempotent`, {})).status, 404);
      assert.equal((await c.get(`/api/review/deck/${ROLE}/idempotent`)).body.entry, null);

      assert.equal((await c.post(`/api/review/deck/${ROLE}/no-such-term`)).status, 404);
      assert.equal((await c.post(`/api/review/deck/no-such-role/idempotent`)).status, 404);
      assert.equal((await c.post(`/api/review/deck/${ROLE}/areas/no-such-area`)).status, 404);
    });

    test("the daily queue: new cards up to the limit, a term's cards apart, the same after a reload; due cards first", async () => {
      const { client: c } = await signUp(t.app);
      assert.equal((await queue(c)).deckEmpty, true);
      await c.post(`/api/review/deck/${ROLE}/areas/caching`);
      const termOf = await termsOfCards(c);
      const q = await queue(c);
      assert.equal(q.deckEmpty, false);
      assert.equal(q.counts.new, 15, "the default daily limit");
      assert.equal(q.remaining, 15);
      assert.equal(q.cards.length, 15);
      for (let i = 1; i < q.cards.length; i++) assert.notEqual(termOf.get(q.cards[i].id), termOf.get(q.cards[i - 1].id), `cards ${i - 1} and ${i} are of one term`);
      assert.ok(q.cards.every((card: any) => card.kind === "new" && card.previews.length === 4));
      assert.deepEqual(q.cards[0].previews.map((p: any) => p.grade), ["again", "hard", "good", "easy"]);
      assert.match(q.cards[0].previews[0].label, /min/);
      // Resumable: the same queue after a reload.
      assert.deepEqual((await queue(c)).cards.map((card: any) => card.id), q.cards.map((card: any) => card.id));

      // After a grade, the rest of the queue in the same order; the graded card waits as "ahead".
      const first = q.cards[0];
      assert.equal((await grade(c, first, rightAnswer(first, terms, termOf.get(first.id)!))).status, 200);
      const next = await queue(c);
      assert.equal(next.newIntroducedToday, 1);
      assert.equal(next.cards[0].id, q.cards[1].id, "the queue goes on where it was");
      assert.deepEqual(
        next.cards.filter((card: any) => card.kind === "new").map((card: any) => card.id).sort(),
        q.cards.slice(1).map((card: any) => card.id).sort(),
      );
      const graded = next.cards.find((card: any) => card.id === first.id);
      if (graded) assert.equal(graded.kind, "ahead");

      // The daily limit counts the new cards already introduced today.
      await c.patch("/api/review/settings", { newPerDay: 5 });
      const limited = await queue(c);
      assert.equal(limited.counts.new, 4);
      assert.equal(limited.newRemainingToday, 4);

      // The first card, graded Good again after its learning step, goes to review days ahead; when
      // it is due, it comes before the new cards.
      let reviewed: any = null;
      for (let i = 0; i < 4 && reviewed?.body.card.phase !== "review"; i++) {
        clock.advance(11 * MINUTE);
        const current = (await c.get(`/api/review/cards/${first.id}`)).body.card;
        reviewed = await grade(c, current, rightAnswer(current, terms, termOf.get(first.id)!));
        assert.equal(reviewed.status, 200, reviewed.text);
      }
      const easy = reviewed;
      const card = first;
      assert.equal(easy.body.card.phase, "review");
      assert.match(easy.body.card.comesBack, /day/);
      await c.patch("/api/review/settings", { newPerDay: 15 });
      clock.set(easy.body.card.due);
      clock.advance(MINUTE);
      const later = await queue(c);
      assert.equal(later.cards[0].id, card.id);
      assert.equal(later.cards[0].kind, "review");
      assert.equal(later.counts.new, 15, "a new day, a new allowance");
      assert.ok(later.cards.slice(1).some((x: any) => x.kind === "new"));
    });

    test("grading: self-graded recognition; typed recall checked on the server with one typo tolerated; usage choices", async () => {
      const { client: c } = await signUp(t.app);
      await c.post(`/api/review/deck/${ROLE}/idempotent`);
      const card = (type: string) => cardOf(c, "idempotent", type);

      const recognition = await card("recognition");
      assert.equal(recognition.front.term, "idempotent");
      assert.equal((await grade(c, recognition, {})).status, 400, "a recognition card needs a grade");
      const self = await grade(c, recognition, { grade: "hard" });
      assert.equal(self.status, 200, self.text);
      assert.equal(self.body.grade, "hard");
      assert.equal(self.body.check, null);

      // The recall card's front has the definition, never the term.
      const recall = await card("recall");
      assert.deepEqual(Object.keys(recall.front).sort(), ["definition", "partOfSpeech", "type"]);
      assert.ok(!JSON.stringify(recall).toLowerCase().includes('"idempotent"'));
      assert.equal((await grade(c, recall, { grade: "easy" })).status, 400, "a typed card is graded from its answer");
      const missing = await grade(c, recall, {});
      assert.equal(missing.status, 400);
      assert.equal(missing.body.error.details[0].path, "answer");
      const typo = await grade(c, recall, { answer: "Idempotnet" });
      assert.equal(typo.status, 200, typo.text);
      assert.equal(typo.body.grade, "hard");
      assert.deepEqual([typo.body.check.correct, typo.body.check.typo, typo.body.check.expected], [true, true, "idempotent"]);
      assert.ok(typo.body.check.diff.length > 1);
      assert.equal(typo.body.answer.term, "idempotent");

      clock.advance(15 * MINUTE);
      const again = await card("recall");
      const wrong = await grade(c, again, { answer: "stateless" });
      assert.deepEqual([wrong.body.grade, wrong.body.check.correct], ["again", false]);
      clock.advance(15 * MINUTE);
      const right = await grade(c, await card("recall"), { answer: " the Idempotent. " });
      assert.deepEqual([right.body.grade, right.body.check.correct, right.body.check.typo], ["good", true, false]);

      // Cloze and listening are typed too; usage is a choice.
      const cloze = await card("cloze");
      if (cloze) {
        assert.ok(cloze.front.segments.length >= 2);
        const res = await grade(c, cloze, rightAnswer(cloze, terms, "idempotent"));
        assert.equal(res.body.grade, "good", res.text);
        assert.ok(res.body.answer.sentence.includes(res.body.check.expected));
      }
      const listening = await card("listening");
      assert.equal(listening.front.speak, "idempotent");
      assert.equal((await grade(c, listening, { answer: "idempotent" })).body.grade, "good");
      const usage = await card("usage");
      if (usage) {
        assert.ok(!("answerIndex" in usage.front));
        const rightChoice = rightAnswer(usage, terms, "idempotent").choice as number;
        const wrongChoice = (rightChoice + 1) % usage.front.options.length;
        const res = await grade(c, usage, { choice: wrongChoice });
        assert.deepEqual([res.body.grade, res.body.choice.correct, res.body.choice.answerIndex], ["again", false, rightChoice]);
        assert.equal((await grade(c, await card("usage"), { choice: 9 })).status, 400);
      }
      assert.equal((await c.get(`/api/review/cards/${randomUUID()}`)).status, 404);
      assert.equal((await grade(c, { id: randomUUID(), stateVersion: "0:0" }, { answer: "x" })).status, 404);
      assert.equal((await c.get(`/api/review/cards/${ROLE}:idempotent:recall`)).status, 400, "cards are named by their random id");
    });

    test("a grade sent twice is applied once: same version, same idempotency key, or at the same moment", async () => {
      const { client: c } = await signUp(t.app);
      await c.post(`/api/review/deck/${ROLE}/cache-hit`);
      const card = await cardOf(c, "cache-hit", "recognition");
      const first = await grade(c, card, { grade: "good" });
      const second = await grade(c, card, { grade: "good" });
      assert.equal(second.status, 200);
      assert.equal(second.body.replayed, true);
      assert.equal(second.body.reviewId, first.body.reviewId);
      assert.deepEqual(second.body.card, { ...first.body.card, comesBack: second.body.card.comesBack });
      const conflict = await grade(c, card, { grade: "again" });
      assert.equal(conflict.status, 409, "another grade for a version the card has left");

      // Five identical requests at once (a double click on a slow connection): one review.
      const now = await cardOf(c, "cache-hit", "recall");
      const results = await Promise.all(Array.from({ length: 5 }, () => grade(c, now, { answer: "cache hit" })));
      assert.ok(results.every((r) => r.status === 200), results.map((r) => r.text).join("\n"));
      assert.equal(new Set(results.map((r) => r.body.reviewId)).size, 1);
      assert.equal(results.filter((r) => !r.body.replayed).length, 1);

      // An idempotency key: a retry after the card moved on still gets the first answer.
      const listening = await cardOf(c, "cache-hit", "listening");
      const key = randomUUID();
      const keyed = await grade(c, listening, { answer: "cache hitt", idempotencyKey: key });
      assert.equal(keyed.status, 200);
      const retry = await grade(c, listening, { answer: "cache hitt", idempotencyKey: key });
      assert.deepEqual([retry.body.replayed, retry.body.reviewId, retry.body.check.typo], [true, keyed.body.reviewId, true]);
      // Keys are per card: the same key sent with another card's grade does not replay this one.
      const other = await grade(c, await cardOf(c, "cache-hit", "recognition"), { grade: "good", idempotencyKey: key });
      assert.deepEqual([other.status, other.body.replayed], [200, false]);

      const stats = (await c.get("/api/review/stats")).body.stats;
      assert.equal(stats.totalReviews, 4);
    });

    test("undo takes back the most recent grade, exactly, once", async () => {
      const { client: c } = await signUp(t.app);
      await c.post(`/api/review/deck/${ROLE}/cache-miss`);
      const before = await cardOf(c, "cache-miss", "recognition");
      const graded = await grade(c, before, { grade: "good" });
      const q = await queue(c);
      assert.deepEqual(q.lastReview && [q.lastReview.id, q.lastReview.undoable], [graded.body.reviewId, true]);
      assert.equal((await c.get(`/api/review/reviews/${graded.body.reviewId}`)).body.review.grade, "good");

      const undone = await c.post("/api/review/undo", { reviewId: graded.body.reviewId });
      assert.equal(undone.status, 200, undone.text);
      assert.equal(undone.body.card.id, before.id);
      assert.equal(undone.body.card.stateVersion, before.stateVersion);
      assert.equal(undone.body.card.phase, "new");
      assert.deepEqual((await cardOf(c, "cache-miss", "recognition")).due, before.due);
      assert.equal((await c.get(`/api/review/reviews/${graded.body.reviewId}`)).status, 404);
      assert.equal((await c.post("/api/review/undo", { reviewId: graded.body.reviewId })).status, 404, "an undo is not applied twice");
      assert.equal((await c.get("/api/review/stats")).body.stats.totalReviews, 0);

      // Only the most recent review can be undone.
      const a = await grade(c, before, { grade: "good" });
      clock.advance(1000);
      const recall = await cardOf(c, "cache-miss", "recall");
      await grade(c, recall, { answer: "cache miss" });
      assert.equal((await c.post("/api/review/undo", { reviewId: a.body.reviewId })).status, 409);
    });

    test("stats in the learner's time zone: today, reviews per day, retention, forecast", async () => {
      const { client: c } = await signUp(t.app);
      // Auckland is UTC+13 in March: 20:00 UTC on the 20th is 09:00 on the 21st there.
      assert.equal((await c.patch("/api/account/profile", { timeZone: "Pacific/Auckland" })).status, 200);
      clock.set("2026-03-20T20:00:00Z");
      await c.post(`/api/review/deck/${ROLE}/ttl`);
      const q = await queue(c);
      assert.equal(q.date, "2026-03-21");
      const card = q.cards.find((x: any) => x.front.type === "recognition");
      const easy = await grade(c, card, { grade: "easy" });
      const stats = (await c.get("/api/review/stats")).body.stats;
      assert.equal(stats.timeZone, "Pacific/Auckland");
      assert.equal(stats.today, "2026-03-21");
      assert.equal(stats.reviewsPerDay.length, 30);
      assert.deepEqual(stats.reviewsPerDay.at(-1), { date: "2026-03-21", count: 1, byGrade: { again: 0, hard: 0, good: 0, easy: 1 } });
      assert.equal(stats.reviewsPerDay[0].date, "2026-02-20");
      assert.equal(stats.cardsByPhase.review, 1);
      assert.equal(stats.cardsByPhase.new, stats.deck.cards - 1);
      assert.equal(stats.forecast.length, 14);
      assert.equal(stats.forecast[0].date, "2026-03-21");
      const dueDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Auckland" }).format(new Date(easy.body.card.due));
      const dueDay = stats.forecast.find((d: any) => d.date === dueDate);
      if (dueDay) assert.equal(dueDay.count, 1);
      assert.deepEqual(stats.retention.allTime, { reviews: 0, passed: 0, rate: null }, "a first review of a new card measures no retention");
      assert.equal(stats.retention.desired, 0.9);

      // The review of the card when it is due counts towards true retention.
      clock.set(easy.body.card.due);
      const due = (await c.get(`/api/review/cards/${card.id}`)).body.card;
      await grade(c, due, { grade: "good" });
      const later = (await c.get("/api/review/stats")).body.stats;
      assert.deepEqual(later.retention.allTime, { reviews: 1, passed: 1, rate: 1 });
      assert.equal(later.totalReviews, 2);
    });

    /** A raw request with the client's session (downloads and CSV uploads). */
    const raw = (c: Client, method: "GET" | "POST", url: string, payload?: Buffer | string, contentType = "text/csv") =>
      t.app.inject({
        method,
        url,
        headers: {
          host: "localhost",
          origin: ORIGIN,
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
          ...(payload !== undefined && { "content-type": contentType }),
        },
        ...(payload !== undefined && { payload }),
      });

    /** A learner with a small history: two terms, reviews over three days, a lapse, an undone grade. */
    async function learnerWithHistory() {
      const learner = await signUp(t.app);
      const c = learner.client;
      clock.set("2026-04-01T08:00:00Z");
      await c.post(`/api/review/deck/${ROLE}/idempotent`);
      await c.post(`/api/review/deck/${ROLE}/rate-limiting`);
      const termOf = await termsOfCards(c);
      for (let round = 0; round < 3; round++) {
        const q = await queue(c);
        for (const card of q.cards.slice(0, 6)) {
          clock.advance(7_000);
          const answer = card.front.type === "recognition" ? { grade: round === 1 ? "again" : "good" } : rightAnswer(card, terms, termOf.get(card.id)!);
          assert.equal((await grade(c, card, answer)).status, 200);
        }
        clock.advance(DAY);
      }
      const last = await grade(c, (await queue(c)).cards[0], { grade: "easy" });
      const undone = await c.post("/api/review/undo", { reviewId: last.body.reviewId });
      assert.equal(undone.status, 200, undone.text);
      return learner;
    }

    test("the deck as an Anki package: a zip holding an SQLite collection with the notes, fields and a card template", async () => {
      const { client: c } = await signUp(t.app);
      await c.post(`/api/review/deck/${ROLE}/idempotent`);
      await c.post(`/api/review/deck/${ROLE}/backpressure`);
      const res = await raw(c, "GET", "/api/review/export?format=apkg");
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-disposition"]), /attachment; filename="parlance-deck-\d{4}-\d{2}-\d{2}\.apkg"/);
      assert.match(String(res.headers["cache-control"]), /no-store/);
      const files = unzipSync(new Uint8Array(res.rawPayload));
      assert.deepEqual(Object.keys(files).sort(), ["collection.anki2", "media"]);
      assert.equal(strFromU8(files.media!), "{}");
      const db = new SQLite(Buffer.from(files["collection.anki2"]!), { readonly: true });
      try {
        const col = db.prepare("select models, decks from col").get() as { models: string; decks: string };
        const model = Object.values(JSON.parse(col.models))[0] as any;
        assert.deepEqual(model.flds.map((f: any) => f.name), ["Term", "Definition", "Pronunciation", "Example"]);
        assert.equal(model.tmpls.length, 1);
        assert.match(model.tmpls[0].qfmt, /{{Term}}/);
        assert.ok(Object.values(JSON.parse(col.decks)).some((d: any) => d.name === "Parlance::My review deck"));
        const notes = db.prepare("select flds from notes order by sfld").all() as { flds: string }[];
        assert.equal(notes.length, 2, "one note per term");
        const [backpressure, idempotent] = notes.map((n) => n.flds.split("\x1f"));
        assert.equal(idempotent![0], "idempotent");
        assert.equal(idempotent![1], terms.get("idempotent").definition);
        assert.match(idempotent![2]!, /\/.+\//, "respelling and IPA");
        assert.equal(idempotent![3], terms.get("idempotent").examples[0].text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
        assert.equal(backpressure![0], "backpressure");
        assert.equal((db.prepare("select count(*) as n from cards").get() as { n: number }).n, 2);
      } finally {
        db.close();
      }
    });

    test("the glossary as downloads, without signing in: Anki and CSV", async () => {
      const anon = client(t.app);
      const apkg = await raw(anon, "GET", `/api/roles/${ROLE}/glossary/export?format=apkg`);
      assert.equal(apkg.statusCode, 200);
      const db = new SQLite(Buffer.from(unzipSync(new Uint8Array(apkg.rawPayload))["collection.anki2"]!), { readonly: true });
      try {
        assert.equal((db.prepare("select count(*) as n from notes").get() as { n: number }).n, terms.size);
      } finally {
        db.close();
      }
      const csv = await raw(anon, "GET", `/api/roles/${ROLE}/glossary/export?format=csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers["content-type"]), /^text\/csv; charset=utf-8/);
      assert.ok(csv.body.startsWith("\uFEFFrole,term_id,term,part_of_speech,definition,respelling,ipa,example,area,level\r\n"));
      assert.equal(csv.body.trimEnd().split("\r\n").length, terms.size + 1);
      assert.equal((await raw(anon, "GET", `/api/roles/no-such-role/glossary/export?format=csv`)).statusCode, 404);
      assert.equal((await raw(anon, "GET", `/api/review/export?format=csv`)).statusCode, 401);
    });

    test("CSV round trip: cards and their review history export and import to the same state", async () => {
      const a = await learnerWithHistory();
      const exported = await raw(a.client, "GET", "/api/review/export?format=csv");
      assert.equal(exported.statusCode, 200);
      assert.match(String(exported.headers["content-disposition"]), /parlance-deck-.*\.csv/);
      const lines = exported.body.trimEnd().split("\r\n");
      assert.ok(lines[0]!.startsWith("\uFEFFrole,term_id,term,card_type,record,added_at,phase,due"));
      const reviews = parseCsv(exported.body.slice(1)).filter((r) => r.cells[4] === "review").length;
      const aStats = (await a.client.get("/api/review/stats")).body.stats;
      assert.equal(reviews, aStats.totalReviews);
      assert.ok(reviews >= 12);

      const b = await signUp(t.app);
      const imported = await raw(b.client, "POST", "/api/review/import", exported.rawPayload);
      assert.equal(imported.statusCode, 200, imported.body);
      const report = imported.json();
      assert.deepEqual(
        [report.mode, report.cardsRestored, report.reviewsRestored, report.unmatchedCount],
        ["cards", aStats.deck.cards, aStats.totalReviews, 0],
      );
      const again = await raw(b.client, "GET", "/api/review/export?format=csv");
      assert.equal(again.body.replace(/parlance-deck/g, ""), exported.body.replace(/parlance-deck/g, ""), "the same file back");
      const bStats = (await b.client.get("/api/review/stats")).body.stats;
      assert.deepEqual({ ...bStats, retention: bStats.retention }, aStats);
      // The same queue, card for card (their ids differ: they are B's cards now).
      const aQueue = await queue(a.client);
      const bQueue = await queue(b.client);
      assert.deepEqual(
        bQueue.cards.map((x: any) => [x.type, x.phase, x.due, x.stateVersion, x.front]),
        aQueue.cards.map((x: any) => [x.type, x.phase, x.due, x.stateVersion, x.front]),
      );
      // Importing the same file again changes nothing.
      assert.equal((await raw(b.client, "POST", "/api/review/import", exported.rawPayload)).statusCode, 200);
      assert.equal((await raw(b.client, "GET", "/api/review/export?format=csv")).body, again.body);
    });

    test("CSV import of a list of terms: matched by id or by the term itself; the rest reported", async () => {
      const { client: c } = await signUp(t.app);
      const file = "term_id,term\r\nidempotent,\r\n,Cache Hit\r\n,not a glossary term\r\nbackpressure,Backpressure\r\n";
      const res = await raw(c, "POST", "/api/review/import", Buffer.from(file));
      assert.equal(res.statusCode, 200, res.body);
      const report = res.json();
      assert.deepEqual([report.mode, report.rows, report.termsAdded, report.unmatchedCount], ["terms", 4, 3, 1]);
      assert.deepEqual(report.unmatched, [{ line: 4, value: "not a glossary term", reason: "not in the glossary" }]);
      const deck = (await c.get("/api/review/deck?limit=100")).body;
      assert.deepEqual(deck.items.map((e: any) => e.termId).sort(), ["backpressure", "cache-hit", "idempotent"]);
      // The glossary's own CSV imports as a list of terms.
      const glossary = await raw(client(t.app), "GET", `/api/roles/${ROLE}/glossary/export?format=csv`);
      const all = await raw(c, "POST", "/api/review/import", glossary.rawPayload);
      assert.equal(all.statusCode, 200);
      assert.equal(all.json().termsAdded, terms.size - 3);
    });

    test("hostile or malformed CSV files are refused with a message that says what is wrong, and change nothing", async () => {
      const a = await learnerWithHistory();
      const before = (await raw(a.client, "GET", "/api/review/export?format=csv")).body;
      const valid = before.replace(/^\uFEFF/, "");
      const [header, ...rows] = valid.trimEnd().split("\r\n");
      const refused = async (payload: Buffer | string, status: number, pattern: RegExp, contentType?: string, who = a.client) => {
        const res = await raw(who, "POST", "/api/review/import", payload, contentType);
        assert.equal(res.statusCode, status, res.body.slice(0, 300));
        const body = res.json();
        assert.match(body.error.message, pattern);
        return body;
      };

      const formula = await refused(`term_id,term\r\nidempotent,idempotent\r\n"=cmd|' /C calc'!A0",x\r\n`, 400, /formula/);
      assert.equal(formula.error.code, "validation_failed");
      assert.deepEqual([formula.error.details[0].line, formula.error.details[0].column], [3, "term_id"]);
      await refused(`term\r\n@SUM(1+1)\r\n`, 400, /formula/);
      await refused(`term\r\n+1\r\n`, 400, /formula/);
      await refused(Buffer.concat([Buffer.from("term_id,term\nidempotent,caf"), Buffer.from([0xe9]), Buffer.from("\n")]), 400, /not valid UTF-8.*line 2/);
      await refused(Buffer.from([0xff, 0xfe, 0x74, 0x00, 0x65, 0x00]), 400, /UTF-16/);
      await refused("name,meaning\r\nfoo,bar\r\n", 400, /no "term_id" or "term" column/);
      await refused("term_id,record,card_type\r\nidempotent,card,recall\r\n", 400, /lacks the columns added_at, phase, due/);
      await refused(`${header}\r\n${rows[0]!.replace(",card,", ",cards,")}\r\n`, 400, /record.*expected "card" or "review"/);
      await refused(`${header}\r\n${rows.slice(0, 3).join("\r\n")}\r\n${rows[3]!.replace(/,(new|learning|review|relearning),/, ",sleeping,")}\r\n`, 400, /phase/);
      await refused(`${header}\r\n${rows[0]},extra\r\n`, 400, /fields; the header has/);
      await refused(`term\r\n"unclosed\r\n`, 400, /never closed/);
      await refused("", 400, /empty/);
      await refused(Buffer.alloc(50 * 1024 * 1024, 0x61), 413, /50\.0 MB.*up to 20\.0 MB/);
      await refused(JSON.stringify({ term: "idempotent" }), 415, /text\/csv/, "application/json");

      // Valid rows before a bad one are not imported either.
      const b = await signUp(t.app);
      const review = rows.findIndex((r: string) => /,review,.*,(again|hard|good|easy),/.test(r));
      assert.ok(review >= 1, "a card record comes before its reviews");
      const bad = [...rows.slice(0, review), rows[review]!.replace(/,(again|hard|good|easy),/, ",superb,")];
      await refused(`${header}\r\n${bad.join("\r\n")}\r\n`, 400, /grade/, undefined, b.client);
      assert.equal((await raw(a.client, "GET", "/api/review/export?format=csv")).body, before, "A's deck is unchanged");
      assert.equal((await b.client.get("/api/review/deck")).body.total, 0);
    });

    test("the spotlight: four terms, the same all day for everyone, different the next day", async () => {
      const anon = client(t.app);
      const { client: c } = await signUp(t.app);
      clock.set("2026-05-01T00:05:00Z");
      const morning = (await anon.get(`/api/roles/${ROLE}/spotlight`)).body;
      assert.equal(morning.date, "2026-05-01");
      assert.equal(morning.terms.length, 4);
      assert.ok(morning.terms.every((x: any) => terms.has(x.id) && x.definition && "pronunciation" in x));
      clock.set("2026-05-01T23:55:00Z");
      assert.deepEqual((await c.get(`/api/roles/${ROLE}/spotlight`)).body, morning, "signed in or not, morning or night");
      clock.set("2026-05-02T00:05:00Z");
      const next = (await anon.get(`/api/roles/${ROLE}/spotlight`)).body;
      assert.equal(next.date, "2026-05-02");
      const overlap = next.terms.filter((x: any) => morning.terms.some((y: any) => y.id === x.id));
      assert.deepEqual(overlap, []);
      assert.equal((await anon.get(`/api/roles/no-such-role/spotlight`)).status, 404);
    });
  });
}
