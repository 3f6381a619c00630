/**
 * All SQL of vocabulary review: settings, cards, the review log, and the glossary reads the
 * feature needs (terms by id, a role's or an area's term ids). Rows leave as domain types
 * (review.model.ts). The queries a review session runs on every request are compiled once
 * (db/prepared.ts); writes that must happen together run in one transaction, and a grade or undo
 * applies only when the card is still in the state it was read in (optimistic concurrency), so a
 * request sent twice applies once on both databases.
 */
import { sql, type Kysely } from "kysely";
import type { Tables } from "../../../db/tables.ts";
import { compileOnce, param as p, prepare } from "../../../db/prepared.ts";
import type { CardType } from "../../../srs/cards.ts";
import type { Grade } from "../../../srs/schedule.ts";
import { newCardState, type CardState, type Phase } from "../../../srs/state.ts";
import type { StoredTerm } from "../content/stored-content.ts";
import type { CardKey, DeckCard, ReviewLog, ReviewSettings } from "./review.model.ts";

const CARD_COLUMNS = [
  "id",
  "role_id",
  "term_id",
  "card_type",
  "added_at",
  "phase",
  "due",
  "stability",
  "difficulty",
  "scheduled_days",
  "learning_steps",
  "reps",
  "lapses",
  "last_review",
] as const;

interface CardRow {
  id: string;
  role_id: string;
  term_id: string;
  card_type: string;
  added_at: number;
  phase: string;
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: number | null;
}

interface LogRow {
  id: string;
  role_id: string;
  term_id: string;
  card_type: string;
  grade: string;
  reviewed_at: number;
  duration_ms: number;
  before_state: string;
  after_state: string;
  answer: string | null;
  idempotency_key: string | null;
}

const toCard = (r: CardRow): DeckCard => ({
  id: r.id,
  roleId: r.role_id,
  termId: r.term_id,
  type: r.card_type as CardType,
  addedAt: Number(r.added_at),
  state: {
    phase: r.phase as Phase,
    due: Number(r.due),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    scheduledDays: Number(r.scheduled_days),
    learningSteps: Number(r.learning_steps),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    lastReview: r.last_review === null ? null : Number(r.last_review),
  },
});

/** A card as the daily queue sees it: its key, phase, due time and when it was added. */
export interface QueueCandidate extends CardKey {
  id: string;
  phase: Phase;
  due: number;
  addedAt: number;
}

const toCandidate = (r: Pick<CardRow, "id" | "role_id" | "term_id" | "card_type" | "phase" | "due" | "added_at">): QueueCandidate => ({
  id: r.id,
  roleId: r.role_id,
  termId: r.term_id,
  type: r.card_type as CardType,
  phase: r.phase as Phase,
  due: Number(r.due),
  addedAt: Number(r.added_at),
});

const toLog = (r: LogRow): ReviewLog => ({
  id: r.id,
  roleId: r.role_id,
  termId: r.term_id,
  type: r.card_type as CardType,
  grade: r.grade as Grade,
  reviewedAt: Number(r.reviewed_at),
  durationMs: Number(r.duration_ms),
  before: JSON.parse(r.before_state) as CardState,
  after: JSON.parse(r.after_state) as CardState,
  answer: r.answer,
  idempotencyKey: r.idempotency_key,
});

const stateColumns = (s: CardState) => ({
  phase: s.phase,
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  last_review: s.lastReview,
});

/** A state as stored in a log: the same fields in a fixed order. */
const stateJson = (s: CardState) =>
  JSON.stringify({
    phase: s.phase,
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    lastReview: s.lastReview,
  });

const logRow = (userId: string, log: Omit<ReviewLog, "id"> & { id: string }) => ({
  id: log.id,
  user_id: userId,
  role_id: log.roleId,
  term_id: log.termId,
  card_type: log.type,
  grade: log.grade,
  reviewed_at: log.reviewedAt,
  duration_ms: log.durationMs,
  before_phase: log.before.phase,
  before_state: stateJson(log.before),
  after_state: stateJson(log.after),
  answer: log.answer,
  idempotency_key: log.idempotencyKey,
});

const newState = newCardState(0);
const SCHEDULED: Phase[] = ["learning", "review", "relearning"];
const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface TermRecord {
  item: StoredTerm;
  retired: boolean;
}

export function createReviewRepository(typed: Kysely<Tables>) {
  const db = typed;
  const any = typed as unknown as Kysely<any>;

  /** The card's primary key, as a where clause on a query builder over review_cards. */
  const cardWhere = { user: p("user"), role: p("role"), term: p("term"), type: p("type") };

  const withSettings = () =>
    any
      .selectFrom("review_cards as c")
      .leftJoin("review_settings as s", "s.user_id", "c.user_id")
      .select(CARD_COLUMNS.map((c) => `c.${c}` as const))
      .select(["s.desired_retention", "s.new_per_day"])
      .where("c.user_id", "=", cardWhere.user);
  type WithSettings = CardRow & { desired_retention: number | null; new_per_day: number | null };
  const cardById = prepare<WithSettings>(any, withSettings().where("c.id", "=", p("id")));
  const cardByKey = prepare<WithSettings>(
    any,
    withSettings().where("c.role_id", "=", cardWhere.role).where("c.term_id", "=", cardWhere.term).where("c.card_type", "=", cardWhere.type),
  );
  const withSettingsOf = (row: WithSettings | undefined) =>
    row && {
      card: toCard(row),
      settings: {
        ...(row.desired_retention === null ? {} : { desiredRetention: Number(row.desired_retention) }),
        ...(row.new_per_day === null ? {} : { newPerDay: Number(row.new_per_day) }),
      } as Partial<ReviewSettings>,
    };
  const settings = prepare<{ desired_retention: number; new_per_day: number }>(
    any,
    any.selectFrom("review_settings").select(["desired_retention", "new_per_day"]).where("user_id", "=", p("user")),
  );
  /** What the queue is built from: only the columns buildQueue reads (the head's full states come after). */
  const QUEUE_COLUMNS = ["id", "role_id", "term_id", "card_type", "phase", "due", "added_at"] as const;
  type QueueRow = Pick<CardRow, (typeof QUEUE_COLUMNS)[number]>;
  const scheduledBefore = prepare<QueueRow>(
    any,
    any
      .selectFrom("review_cards")
      .select([...QUEUE_COLUMNS])
      .where("user_id", "=", p("user"))
      .where("phase", "in", SCHEDULED)
      .where("due", "<", p<number>("horizon")),
  );
  const nextDueFrom = prepare<{ next: number | null }>(
    any,
    any
      .selectFrom("review_cards")
      .select(sql<number | null>`min(due)`.as("next"))
      .where("user_id", "=", p("user"))
      .where("phase", "in", SCHEDULED)
      .where("due", ">=", p<number>("horizon")),
  );
  const newCutoff = prepare<{ added_at: number }>(
    any,
    any
      .selectFrom("review_cards")
      .select("added_at")
      .where("user_id", "=", p("user"))
      .where("phase", "=", "new")
      .orderBy("added_at")
      .limit(1)
      .offset(p<number>("skip")),
  );
  const newUpTo = prepare<QueueRow>(
    any,
    any
      .selectFrom("review_cards")
      .select([...QUEUE_COLUMNS])
      .where("user_id", "=", p("user"))
      .where("phase", "=", "new")
      .where("added_at", "<=", p<number>("cutoff")),
  );
  const logsSince = prepare<{ role_id: string; term_id: string; card_type: string; reviewed_at: number; before_phase: string; grade: string }>(
    any,
    any
      .selectFrom("review_logs")
      .select(["role_id", "term_id", "card_type", "reviewed_at", "before_phase", "grade"])
      .where("user_id", "=", p("user"))
      .where("reviewed_at", ">=", p<number>("since")),
  );
  const LOG_COLUMNS = ["id", "role_id", "term_id", "card_type", "grade", "reviewed_at", "duration_ms", "before_state", "after_state", "answer", "idempotency_key"] as const;
  const lastLog = prepare<LogRow>(
    any,
    any.selectFrom("review_logs").select([...LOG_COLUMNS]).where("user_id", "=", p("user")).orderBy("reviewed_at", "desc").orderBy("id", "desc").limit(1),
  );
  const lastLogOfCard = prepare<LogRow>(
    any,
    any
      .selectFrom("review_logs")
      .select([...LOG_COLUMNS])
      .where("user_id", "=", cardWhere.user)
      .where("role_id", "=", cardWhere.role)
      .where("term_id", "=", cardWhere.term)
      .where("card_type", "=", cardWhere.type)
      .orderBy("reviewed_at", "desc")
      .orderBy("id", "desc")
      .limit(1),
  );
  const logByKey = prepare<LogRow>(
    any,
    any
      .selectFrom("review_logs")
      .select([...LOG_COLUMNS])
      .where("user_id", "=", cardWhere.user)
      .where("role_id", "=", cardWhere.role)
      .where("term_id", "=", cardWhere.term)
      .where("card_type", "=", cardWhere.type)
      .where("idempotency_key", "=", p("key"))
      .limit(1),
  );
  const logById = prepare<LogRow>(any, any.selectFrom("review_logs").select([...LOG_COLUMNS]).where("user_id", "=", p("user")).where("id", "=", p("id")));
  const termById = prepare<{ id: string; data: string; retired_at: number | null }>(
    any,
    any.selectFrom("terms").select(["id", "data", "retired_at"]).where("role_id", "=", p("role")).where("id", "=", p("id")),
  );

  /**
   * Writes compiled once and run on whichever executor (the database or a transaction): a grade is
   * the hottest write, and building its two statements cost more than running them.
   */
  const STATE_COLUMNS = ["phase", "due", "stability", "difficulty", "scheduled_days", "learning_steps", "reps", "lapses", "last_review"] as const;
  const swapStateQuery = compileOnce(
    any
      .updateTable("review_cards")
      .set(Object.fromEntries(STATE_COLUMNS.map((c) => [c, p(c)])))
      .where("user_id", "=", cardWhere.user)
      .where("role_id", "=", cardWhere.role)
      .where("term_id", "=", cardWhere.term)
      .where("card_type", "=", cardWhere.type)
      .where("reps", "=", p<number>("expectedReps"))
      .where(sql<boolean>`coalesce(last_review, 0) = ${p<number>("expectedLastReview")}`),
  );
  const LOG_ROW_COLUMNS = Object.keys(logRow("", { roleId: "", termId: "", type: "recall", id: "", grade: "good", reviewedAt: 0, durationMs: 0, before: newState, after: newState, answer: null, idempotencyKey: null }));
  const insertLogQuery = compileOnce(any.insertInto("review_logs").values(Object.fromEntries(LOG_ROW_COLUMNS.map((c) => [c, p(c)]))));
  const deleteLogQuery = compileOnce(any.deleteFrom("review_logs").where("user_id", "=", p("user")).where("id", "=", p("id")));

  /** Applies a new state when the card still has `expected`'s version; false when it has changed. */
  async function swapState(trx: Kysely<any>, userId: string, key: CardKey, expected: CardState, next: CardState): Promise<boolean> {
    const result = await swapStateQuery(trx, {
      ...keyValues(userId, key),
      ...stateColumns(next),
      expectedReps: expected.reps,
      expectedLastReview: expected.lastReview ?? 0,
    });
    return Number(result.numAffectedRows ?? 0) === 1;
  }

  /**
   * Grades and undos are written in batches: whatever arrives while one transaction commits goes
   * into the next, so many learners grading at once cost a few commits, not one each (SQLite has a
   * single writer; PostgreSQL flushes its log once per commit). Each write still applies only when
   * its card is in the state it expects; a batch that fails is retried one write at a time, so a
   * failure stays with the request that caused it.
   */
  type Write = { kind: "grade" | "undo"; userId: string; log: ReviewLog; resolve: (ok: boolean) => void; reject: (error: unknown) => void };
  const pending: Write[] = [];
  let flushing = false;
  const BATCH = 200;

  async function applyOne(trx: Kysely<any>, w: Write): Promise<boolean> {
    if (w.kind === "grade") {
      if (!(await swapState(trx, w.userId, w.log, w.log.before, w.log.after))) return false;
      await insertLogQuery(trx, logRow(w.userId, w.log));
      return true;
    }
    if (!(await swapState(trx, w.userId, w.log, w.log.after, w.log.before))) return false;
    await deleteLogQuery(trx, { user: w.userId, id: w.log.id });
    return true;
  }

  async function flush() {
    while (pending.length > 0) {
      const batch = pending.splice(0, BATCH);
      try {
        const results = await any.transaction().execute(async (trx) => {
          const out: boolean[] = [];
          for (const w of batch) out.push(await applyOne(trx, w));
          return out;
        });
        batch.forEach((w, i) => w.resolve(results[i]!));
      } catch {
        for (const w of batch) {
          try {
            w.resolve(await any.transaction().execute((trx) => applyOne(trx, w)));
          } catch (error) {
            w.reject(error);
          }
        }
      }
    }
    flushing = false;
  }

  const enqueue = (kind: Write["kind"], userId: string, log: ReviewLog) =>
    new Promise<boolean>((resolve, reject) => {
      pending.push({ kind, userId, log, resolve, reject });
      if (!flushing) {
        flushing = true;
        setImmediate(() => void flush());
      }
    });

  const keyValues = (userId: string, k: CardKey) => ({ user: userId, role: k.roleId, term: k.termId, type: k.type });

  return {
    async settings(userId: string): Promise<ReviewSettings | undefined> {
      const row = await settings.first({ user: userId });
      return row && { desiredRetention: Number(row.desired_retention), newPerDay: Number(row.new_per_day) };
    },

    async saveSettings(userId: string, s: ReviewSettings, now: number): Promise<void> {
      await db
        .insertInto("review_settings")
        .values({ user_id: userId, desired_retention: s.desiredRetention, new_per_day: s.newPerDay, updated_at: now })
        .onConflict((oc) => oc.column("user_id").doUpdateSet({ desired_retention: s.desiredRetention, new_per_day: s.newPerDay, updated_at: now }))
        .execute();
    },

    /** A card by its id, with its owner's settings (absent where never saved), in one query. */
    async cardById(userId: string, id: string): Promise<{ card: DeckCard; settings: Partial<ReviewSettings> } | undefined> {
      return withSettingsOf(await cardById.first({ user: userId, id }));
    },

    /** The same, by the card's key (a log names its card so). */
    async cardByKey(userId: string, key: CardKey): Promise<{ card: DeckCard; settings: Partial<ReviewSettings> } | undefined> {
      return withSettingsOf(await cardByKey.first(keyValues(userId, key)));
    },

    /** Learning, review and relearning cards due before the horizon, as the queue needs them. */
    async scheduledBefore(userId: string, horizon: number): Promise<QueueCandidate[]> {
      return (await scheduledBefore.execute({ user: userId, horizon })).map(toCandidate);
    },

    /** Whole cards by id (the head of the queue). */
    async cardsByIds(userId: string, ids: readonly string[]): Promise<DeckCard[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom("review_cards").select([...CARD_COLUMNS]).where("user_id", "=", userId).where("id", "in", [...ids]).execute();
      return rows.map(toCard);
    },

    /** The earliest due time of a scheduled card at or after the horizon. */
    async nextDueFrom(userId: string, horizon: number): Promise<number | null> {
      const row = await nextDueFrom.first({ user: userId, horizon });
      return row?.next === null || row?.next === undefined ? null : Number(row.next);
    },

    /**
     * The new cards that can be among the `count` oldest: every new card added no later than the
     * count-th oldest one (ties included), so ordering them gives the same first `count` as
     * ordering the whole deck would.
     */
    async oldestNewCards(userId: string, count: number): Promise<QueueCandidate[]> {
      if (count <= 0) return [];
      const cutoff = await newCutoff.first({ user: userId, skip: count - 1 });
      return (await newUpTo.execute({ user: userId, cutoff: cutoff ? Number(cutoff.added_at) : Number.MAX_SAFE_INTEGER })).map(toCandidate);
    },

    async logsSince(userId: string, since: number) {
      return (await logsSince.execute({ user: userId, since })).map((r) => ({
        roleId: r.role_id,
        termId: r.term_id,
        type: r.card_type as CardType,
        reviewedAt: Number(r.reviewed_at),
        beforePhase: r.before_phase as Phase,
        grade: r.grade as Grade,
      }));
    },

    async lastLog(userId: string): Promise<ReviewLog | undefined> {
      const row = await lastLog.first({ user: userId });
      return row && toLog(row);
    },

    async lastLogOfCard(userId: string, key: CardKey): Promise<ReviewLog | undefined> {
      const row = await lastLogOfCard.first(keyValues(userId, key));
      return row && toLog(row);
    },

    /** The card's review sent with this idempotency key, if any (keys are looked up per card). */
    async logByKey(userId: string, key: CardKey, idempotencyKey: string): Promise<ReviewLog | undefined> {
      const row = await logByKey.first({ ...keyValues(userId, key), key: idempotencyKey });
      return row && toLog(row);
    },

    async logById(userId: string, id: string): Promise<ReviewLog | undefined> {
      const row = await logById.first({ user: userId, id });
      return row && toLog(row);
    },

    /** Stores a grade: the card's new state and its log, together; false when the card changed meanwhile. */
    applyGrade(userId: string, log: ReviewLog): Promise<boolean> {
      return enqueue("grade", userId, log);
    },

    /** Takes a grade back: the state before it, and the log entry removed; false when the card changed since. */
    applyUndo(userId: string, log: ReviewLog): Promise<boolean> {
      return enqueue("undo", userId, log);
    },

    async cards(userId: string, roleId?: string): Promise<DeckCard[]> {
      let q = db.selectFrom("review_cards").select([...CARD_COLUMNS]).where("user_id", "=", userId);
      if (roleId) q = q.where("role_id", "=", roleId);
      return (await q.orderBy("added_at").orderBy("role_id").orderBy("term_id").orderBy("card_type").execute()).map(toCard);
    },

    async cardsOfTerm(userId: string, roleId: string, termId: string): Promise<DeckCard[]> {
      const rows = await db
        .selectFrom("review_cards")
        .select([...CARD_COLUMNS])
        .where("user_id", "=", userId)
        .where("role_id", "=", roleId)
        .where("term_id", "=", termId)
        .execute();
      return rows.map(toCard);
    },

    /** The phase and due time of every card, for the stats. */
    async phasesAndDue(userId: string): Promise<{ phase: Phase; due: number }[]> {
      const rows = await db.selectFrom("review_cards").select(["phase", "due"]).where("user_id", "=", userId).execute();
      return rows.map((r) => ({ phase: r.phase as Phase, due: Number(r.due) }));
    },

    async deckSize(userId: string): Promise<{ cards: number; terms: number }> {
      const row = await db
        .selectFrom("review_cards")
        .select([sql<number>`count(*)`.as("cards"), sql<number>`count(distinct role_id || ':' || term_id)`.as("terms")])
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return { cards: Number(row?.cards ?? 0), terms: Number(row?.terms ?? 0) };
    },

    /** Reviews of cards in review phase, and how many of them were not Again: true retention over all time. */
    async retentionCounts(userId: string): Promise<{ reviews: number; passed: number; total: number }> {
      const row = await db
        .selectFrom("review_logs")
        .select([
          sql<number>`count(*)`.as("total"),
          sql<number>`sum(case when before_phase = 'review' then 1 else 0 end)`.as("reviews"),
          sql<number>`sum(case when before_phase = 'review' and grade <> 'again' then 1 else 0 end)`.as("passed"),
        ])
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return { reviews: Number(row?.reviews ?? 0), passed: Number(row?.passed ?? 0), total: Number(row?.total ?? 0) };
    },

    async logs(userId: string): Promise<ReviewLog[]> {
      const rows = await db.selectFrom("review_logs").select([...LOG_COLUMNS]).where("user_id", "=", userId).orderBy("reviewed_at").orderBy("id").execute();
      return rows.map(toLog);
    },

    /** Adds cards; those already in the deck are left as they are. */
    async addCards(userId: string, cards: readonly DeckCard[]): Promise<void> {
      if (cards.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const chunk of chunks(cards, 200)) {
          await trx
            .insertInto("review_cards")
            .values(chunk.map((c) => ({ user_id: userId, id: c.id, role_id: c.roleId, term_id: c.termId, card_type: c.type, added_at: c.addedAt, ...stateColumns(c.state) })))
            .onConflict((oc) => oc.columns(["user_id", "role_id", "term_id", "card_type"]).doNothing())
            .execute();
        }
      });
    },

    /** Removes a term's cards and their review history; the number of cards removed. */
    async removeTerm(userId: string, roleId: string, termId: string): Promise<number> {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom("review_logs").where("user_id", "=", userId).where("role_id", "=", roleId).where("term_id", "=", termId).execute();
        const result = await trx
          .deleteFrom("review_cards")
          .where("user_id", "=", userId)
          .where("role_id", "=", roleId)
          .where("term_id", "=", termId)
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },

    /**
     * Restores cards and their history from an import, in one transaction: each card's state is
     * replaced (or created; a card already in the deck keeps its id) and its log replaced by the
     * imported one.
     */
    async importCards(userId: string, cards: readonly DeckCard[], logs: readonly ReviewLog[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const chunk of chunks(cards, 200)) {
          await trx
            .insertInto("review_cards")
            .values(chunk.map((c) => ({ user_id: userId, id: c.id, role_id: c.roleId, term_id: c.termId, card_type: c.type, added_at: c.addedAt, ...stateColumns(c.state) })))
            .onConflict((oc) =>
              oc.columns(["user_id", "role_id", "term_id", "card_type"]).doUpdateSet((eb) => ({
                added_at: eb.ref("excluded.added_at"),
                phase: eb.ref("excluded.phase"),
                due: eb.ref("excluded.due"),
                stability: eb.ref("excluded.stability"),
                difficulty: eb.ref("excluded.difficulty"),
                scheduled_days: eb.ref("excluded.scheduled_days"),
                learning_steps: eb.ref("excluded.learning_steps"),
                reps: eb.ref("excluded.reps"),
                lapses: eb.ref("excluded.lapses"),
                last_review: eb.ref("excluded.last_review"),
              })),
            )
            .execute();
          await trx
            .deleteFrom("review_logs")
            .where("user_id", "=", userId)
            .where((eb) =>
              eb.or(chunk.map((c) => eb.and([eb("role_id", "=", c.roleId), eb("term_id", "=", c.termId), eb("card_type", "=", c.type)]))),
            )
            .execute();
        }
        for (const chunk of chunks(logs, 200)) {
          await trx.insertInto("review_logs").values(chunk.map((l) => logRow(userId, l))).execute();
        }
      });
    },

    // ---- the glossary, read for review

    async term(roleId: string, termId: string): Promise<TermRecord | undefined> {
      const row = await termById.first({ role: roleId, id: termId });
      return row && { item: JSON.parse(row.data) as StoredTerm, retired: row.retired_at !== null };
    },

    async terms(roleId: string, ids: readonly string[]): Promise<Map<string, TermRecord>> {
      const out = new Map<string, TermRecord>();
      for (const chunk of chunks([...new Set(ids)], 500)) {
        const rows = await db.selectFrom("terms").select(["id", "data", "retired_at"]).where("role_id", "=", roleId).where("id", "in", chunk).execute();
        for (const r of rows) out.set(r.id, { item: JSON.parse(r.data) as StoredTerm, retired: r.retired_at !== null });
      }
      return out;
    },

    /** A role's active terms (all, or one area's), in glossary order. */
    async activeTerms(roleId: string, area?: string): Promise<StoredTerm[]> {
      let q = db.selectFrom("terms").select("data").where("role_id", "=", roleId).where("retired_at", "is", null);
      if (area) q = q.where("area", "=", area);
      return (await q.orderBy("position").orderBy("id").execute()).map((r) => JSON.parse(r.data) as StoredTerm);
    },

    async activeTermIds(roleId: string): Promise<string[]> {
      const rows = await db.selectFrom("terms").select("id").where("role_id", "=", roleId).where("retired_at", "is", null).orderBy("id").execute();
      return rows.map((r) => r.id);
    },

    /** Titles of the terms the cards name, for lists and exports. */
    async termTitles(keys: readonly { roleId: string; termId: string }[]): Promise<Map<string, { title: string; area: string; level: string }>> {
      const out = new Map<string, { title: string; area: string; level: string }>();
      const byRole = new Map<string, Set<string>>();
      for (const k of keys) {
        let set = byRole.get(k.roleId);
        if (!set) byRole.set(k.roleId, (set = new Set()));
        set.add(k.termId);
      }
      for (const [roleId, ids] of byRole) {
        for (const chunk of chunks([...ids], 500)) {
          const rows = await db.selectFrom("terms").select(["id", "title", "area", "level"]).where("role_id", "=", roleId).where("id", "in", chunk).execute();
          for (const r of rows) out.set(`${roleId}:${r.id}`, { title: r.title, area: r.area, level: r.level });
        }
      }
      return out;
    },

    async roleExists(roleId: string): Promise<boolean> {
      return (await db.selectFrom("roles").select("id").where("id", "=", roleId).executeTakeFirst()) !== undefined;
    },

    async areaExists(roleId: string, areaId: string): Promise<boolean> {
      return (await db.selectFrom("areas").select("id").where("role_id", "=", roleId).where("id", "=", areaId).where("retired_at", "is", null).executeTakeFirst()) !== undefined;
    },

    async roleIds(): Promise<string[]> {
      return (await db.selectFrom("roles").select("id").execute()).map((r) => r.id);
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
