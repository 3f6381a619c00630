/**
 * All SQL of the learning path: set attempts, the answers given in them, roadmap marks, and the
 * few reads of the curriculum the path page needs beyond content.repository.ts (titles by id,
 * written exercises, one exercise with its key). The hot queries — the path page's and an answer's
 * — are compiled once (prepared.ts). Rows leave as domain types.
 */
import { sql, type Kysely } from "kysely";
import { compileOnce, param, prepare } from "../../../db/prepared.ts";
import type { Tables } from "../../../db/tables.ts";
import { MAX_SECONDS_PER_REVIEW } from "../../../learning/streaks.ts";
import type { StoredArea, StoredExercise } from "../content/stored-content.ts";

export type AttemptKind = "set" | "mistakes";

/** One exercise of a run: where it comes from, frozen when the run starts. */
export interface AttemptItem {
  set: string;
  id: string;
  area: string;
}

export interface Attempt {
  id: string;
  userId: string;
  roleId: string;
  kind: AttemptKind;
  setId: string | null;
  area: string | null;
  items: AttemptItem[];
  total: number;
  answered: number;
  correct: number;
  scoreSum: number;
  startedAt: number;
  updatedAt: number;
  completedAt: number | null;
}

/** What the path page needs of a run: no exercise list. */
export type AttemptHead = Omit<Attempt, "items" | "userId" | "roleId">;

export interface StoredAnswer {
  attemptId: string;
  setId: string;
  exerciseId: string;
  area: string;
  type: string;
  answer: string;
  result: string;
  correct: boolean;
  score: number;
  coachScore: number | null;
  seconds: number;
  timeZone: string;
  answeredAt: number;
}

/** Practice time in one 15-minute slot, in the zone the answers were given in. */
export interface ActivitySlot {
  /** Start of the slot, epoch ms. */
  at: number;
  seconds: number;
  /** null for review time: the review log stores no zone, so it is dated in the learner's current one. */
  timeZone: string | null;
}

/** Reviews summed together (learning.repository's reviewTimeByDay): the first and last review's time, epoch ms. */
export interface ReviewTimeGroup {
  first: number;
  last: number;
  seconds: number;
}

/** Answers of one area, of one kind (written or not), in one hour: what mastery weighs. */
export interface ScoreBucket {
  area: string;
  written: boolean;
  /** The middle of the hour, epoch ms. */
  at: number;
  count: number;
  /** Sum of the scores: 0–1 each for objective answers, the coach's 0–100 for written ones. */
  sum: number;
}

/** One exercise's history: its latest right and latest wrong answer. */
export interface ExerciseOutcome {
  exerciseId: string;
  setId: string;
  area: string;
  written: boolean;
  lastRight: number | null;
  lastWrong: number | null;
}

/** An item of the curriculum a recommendation can point at. */
export interface Titled {
  id: string;
  area: string;
  level: string;
  title: string;
  /** A roleplay's setting, a question's kind. */
  detail: string;
}

/**
 * What the learning path reads of a role's curriculum on every page, loaded once per content
 * version: the content changes only when the loader writes a new hash, in the same transaction.
 */
export interface RoleContent {
  hash: string | null;
  role: { id: string; title: string };
  /** Active areas in path order. */
  areas: StoredArea[];
  /** Active sets in path order. */
  sets: { id: string; area: string; level: string; title: string; exerciseCount: number }[];
  written: { id: string; setId: string; prompt: string; area: string; level: string }[];
  scenarios: Titled[];
  questions: Titled[];
  retiredExercises: Set<string>;
  /** Every active term and its area. */
  termAreas: Map<string, string>;
}

export interface NewAnswer extends StoredAnswer {
  id: string;
  userId: string;
  roleId: string;
}


export function createLearningRepository(db: Kysely<Tables>) {
  const attemptById = prepare(db, db.selectFrom("set_attempts").selectAll().where("id", "=", param("id")).where("user_id", "=", param("user")));
  const attemptsOfUser = prepare(
    db,
    db
      .selectFrom("set_attempts")
      .select(["id", "kind", "set_id", "area", "total", "answered", "correct", "score_sum", "started_at", "updated_at", "completed_at"])
      .where("user_id", "=", param("user"))
      .where("role_id", "=", param("role"))
      .orderBy("updated_at", "desc")
      .orderBy("id"),
  );
  // History is read in aggregates, so a long history costs the database a scan, not the server
  // thousands of row objects. A 15-minute slot never straddles a local midnight (zone offsets and
  // daylight-saving switches are whole quarter hours), and recency weights change by 0.2 % in an hour.
  const activityOfUser = prepare(
    db,
    db
      .selectFrom("exercise_answers")
      .select(["time_zone", sql<number>`answered_at / 900000`.as("slot"), sql<number>`sum(seconds)`.as("seconds")])
      .where("user_id", "=", param("user"))
      .groupBy(["time_zone", sql`answered_at / 900000`]),
  );
  // Each review's time as `reviewSeconds` (src/learning/streaks.ts) counts it: the log's duration
  // capped at MAX_SECONDS_PER_REVIEW, nothing for a missing one.
  const reviewCap = sql.lit(MAX_SECONDS_PER_REVIEW * 1000);
  const reviewMs = sql<number>`sum(case when duration_ms > ${reviewCap} then ${reviewCap} when duration_ms > 0 then duration_ms else 0 end)`;
  const reviewTimeBySlot = prepare(
    db,
    db
      .selectFrom("review_logs")
      .select([sql<number>`reviewed_at / 900000`.as("slot"), reviewMs.as("ms")])
      .where("user_id", "=", param("user"))
      .groupBy(sql`reviewed_at / 900000`),
  );
  // A year of reviews is tens of thousands of rows and as many slots: summed per local day instead,
  // the day under offset a, and where offset b puts a review on another day (the hour around a
  // midnight) per 15-minute slot as well. The cast: better-sqlite3 binds numbers as REAL.
  const dayUnder = (offset: string) => sql`(reviewed_at + cast(${param<number>(offset)} as bigint)) / 86400000`;
  const reviewTimeByDay = prepare(
    db,
    db
      .selectFrom("review_logs")
      .select([sql<number>`min(reviewed_at)`.as("first"), sql<number>`max(reviewed_at)`.as("last"), reviewMs.as("ms")])
      .where("user_id", "=", param("user"))
      .groupBy([dayUnder("a"), sql`case when ${dayUnder("a")} = ${dayUnder("b")} then -1 else reviewed_at / 900000 end`]),
  );
  const scoresOfUser = prepare(
    db,
    db
      .selectFrom("exercise_answers")
      .select([
        "area",
        sql<number>`case when type = 'written' then 1 else 0 end`.as("written"),
        sql<number>`answered_at / 3600000`.as("hour"),
        sql<number>`count(*)`.as("count"),
        sql<number>`sum(coalesce(coach_score, score))`.as("sum"),
      ])
      .where("user_id", "=", param("user"))
      .where("role_id", "=", param("role"))
      .groupBy(["area", sql`case when type = 'written' then 1 else 0 end`, sql`answered_at / 3600000`]),
  );
  const outcomesOfUser = prepare(
    db,
    db
      .selectFrom("exercise_answers")
      .select([
        "exercise_id",
        sql<string>`max(set_id)`.as("set_id"),
        sql<string>`max(area)`.as("area"),
        sql<number>`max(case when type = 'written' then 1 else 0 end)`.as("written"),
        sql<number | null>`max(case when correct = 1 then answered_at end)`.as("last_right"),
        sql<number | null>`max(case when correct = 0 then answered_at end)`.as("last_wrong"),
      ])
      .where("user_id", "=", param("user"))
      .where("role_id", "=", param("role"))
      .groupBy("exercise_id"),
  );
  const answersOfAttempt = prepare(
    db,
    db
      .selectFrom("exercise_answers")
      .select(["attempt_id", "set_id", "exercise_id", "area", "type", "answer", "result", "correct", "score", "coach_score", "seconds", "time_zone", "answered_at"])
      .where("attempt_id", "=", param("attempt"))
      .orderBy("answered_at")
      .orderBy("exercise_id"),
  );
  const answerOf = prepare(
    db,
    db
      .selectFrom("exercise_answers")
      .select(["attempt_id", "set_id", "exercise_id", "area", "type", "answer", "result", "correct", "score", "coach_score", "seconds", "time_zone", "answered_at"])
      .where("attempt_id", "=", param("attempt"))
      .where("exercise_id", "=", param("exercise")),
  );
  const exercise = prepare(
    db,
    db.selectFrom("exercises").select(["data", "retired_at"]).where("role_id", "=", param("role")).where("id", "=", param("id")),
  );
  const topicMarks = prepare(
    db,
    db.selectFrom("topic_progress").select(["topic_id", "status"]).where("user_id", "=", param("user")).where("role_id", "=", param("role")),
  );
  const writtenExercises = prepare(
    db,
    db
      .selectFrom("exercises")
      .innerJoin("exercise_sets", (j) => j.onRef("exercise_sets.role_id", "=", "exercises.role_id").onRef("exercise_sets.id", "=", "exercises.set_id"))
      .select(["exercises.id as id", "exercises.set_id as set_id", "exercises.title as prompt", "exercise_sets.area as area", "exercise_sets.level as level"])
      .where("exercises.role_id", "=", param("role"))
      .where("exercises.type", "=", "written")
      .where("exercises.retired_at", "is", null)
      .where("exercise_sets.retired_at", "is", null)
      .orderBy("exercise_sets.position")
      .orderBy("exercises.position"),
  );
  const retiredExercises = prepare(
    db,
    db.selectFrom("exercises").select("id").where("role_id", "=", param("role")).where("retired_at", "is not", null),
  );
  const contentHash = prepare(db, db.selectFrom("app_meta").select("value").where("key", "=", param("key")));
  const roleRow = prepare(db, db.selectFrom("roles").select(["id", "title"]).where("id", "=", param("role")));
  const activeAreas = prepare(
    db,
    db.selectFrom("areas").select("data").where("role_id", "=", param("role")).where("retired_at", "is", null).orderBy("position").orderBy("id"),
  );
  const snapshots = new Map<string, RoleContent>();
  const sets = prepare(
    db,
    db
      .selectFrom("exercise_sets")
      .select(["id", "area", "level", "title", "data"])
      .where("role_id", "=", param("role"))
      .where("retired_at", "is", null)
      .orderBy("position")
      .orderBy("id"),
  );
  const titled = (table: "scenarios" | "questions") =>
    prepare(
      db,
      db
        .selectFrom(table)
        .select(["id", "area", "level", "title", table === "scenarios" ? sql<string>`setting`.as("detail") : sql<string>`kind`.as("detail")])
        .where("role_id", "=", param("role"))
        .where("retired_at", "is", null)
        .orderBy("position")
        .orderBy("id"),
    );
  const scenarios = titled("scenarios");
  const questions = titled("questions");
  const termAreas = prepare(
    db,
    db.selectFrom("terms").select(["id", "area"]).where("role_id", "=", param("role")).where("retired_at", "is", null),
  );
  // The review deck's cards (the review feature's table, read only): one row per term.
  const termStates = prepare(
    db,
    (db as unknown as Kysely<any>)
      .selectFrom("review_cards")
      .select([
        "term_id",
        sql<number>`max(case when phase <> 'new' then 1 else 0 end)`.as("started"),
        sql<number>`max(case when phase = 'review' and stability >= ${param<number>("mature")} then 1 else 0 end)`.as("stable"),
        sql<number>`max(case when phase = 'relearning' then 1 else 0 end)`.as("relearning"),
      ])
      .where("user_id", "=", param("user"))
      .where("role_id", "=", param("role"))
      .groupBy("term_id"),
  );
  const topics = prepare(
    db,
    db.selectFrom("topics").select(["data"]).where("role_id", "=", param("role")).where("retired_at", "is", null).orderBy("position").orderBy("id"),
  );

  // The answer's two writes, compiled once and run inside each answer's transaction.
  const insertAnswer = compileOnce(
    db
      .insertInto("exercise_answers")
      .values({
        id: param("id"),
        user_id: param("user"),
        attempt_id: param("attempt"),
        role_id: param("role"),
        set_id: param("set"),
        exercise_id: param("exercise"),
        area: param("area"),
        type: param("type"),
        answer: param("answer"),
        result: param("result"),
        correct: param<number>("correct"),
        score: param<number>("score"),
        coach_score: param<number>("coach"),
        seconds: param<number>("seconds"),
        time_zone: param("zone"),
        answered_at: param<number>("at"),
      })
      .onConflict((oc) => oc.columns(["attempt_id", "exercise_id"]).doNothing()),
  );
  const countAnswer = compileOnce(
    db
      .updateTable("set_attempts")
      .set({
        answered: sql<number>`answered + 1`,
        correct: sql<number>`correct + ${param<number>("correct")}`,
        score_sum: sql<number>`score_sum + ${param<number>("score")}`,
        updated_at: param<number>("at"),
        completed_at: sql<number | null>`case when answered + 1 >= total then ${param<number>("at")} else completed_at end`,
      })
      .where("id", "=", param("attempt"))
      .returning(["answered", "total", "correct"]),
  );

  const toAttempt = (row: Tables["set_attempts"]): Attempt => ({
    id: row.id,
    userId: row.user_id,
    roleId: row.role_id,
    kind: row.kind as AttemptKind,
    setId: row.set_id,
    area: row.area,
    items: JSON.parse(row.exercises) as AttemptItem[],
    total: Number(row.total),
    answered: Number(row.answered),
    correct: Number(row.correct),
    scoreSum: Number(row.score_sum),
    startedAt: Number(row.started_at),
    updatedAt: Number(row.updated_at),
    completedAt: row.completed_at === null ? null : Number(row.completed_at),
  });

  type AnswerRow = Omit<Tables["exercise_answers"], "id" | "user_id" | "role_id">;
  const toStoredAnswer = (row: AnswerRow): StoredAnswer => ({
    attemptId: row.attempt_id,
    setId: row.set_id,
    exerciseId: row.exercise_id,
    area: row.area,
    type: row.type,
    answer: row.answer,
    result: row.result,
    correct: Number(row.correct) === 1,
    score: Number(row.score),
    coachScore: row.coach_score === null ? null : Number(row.coach_score),
    seconds: Number(row.seconds),
    timeZone: row.time_zone,
    answeredAt: Number(row.answered_at),
  });

  return {
    async insertAttempt(a: Attempt): Promise<void> {
      await db
        .insertInto("set_attempts")
        .values({
          id: a.id,
          user_id: a.userId,
          role_id: a.roleId,
          kind: a.kind,
          set_id: a.setId,
          area: a.area,
          exercises: JSON.stringify(a.items),
          total: a.total,
          answered: 0,
          correct: 0,
          score_sum: 0,
          started_at: a.startedAt,
          updated_at: a.startedAt,
          completed_at: null,
        })
        .execute();
    },

    /** The user's own run, or undefined: another user's id answers like an unknown one. */
    async attempt(userId: string, attemptId: string): Promise<Attempt | undefined> {
      const row = await attemptById.first({ id: attemptId, user: userId });
      return row && toAttempt(row);
    },

    /** The user's runs in one role, latest activity first. */
    async attempts(userId: string, roleId: string): Promise<AttemptHead[]> {
      const rows = await attemptsOfUser.execute({ user: userId, role: roleId });
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind as AttemptKind,
        setId: r.set_id,
        area: r.area,
        total: Number(r.total),
        answered: Number(r.answered),
        correct: Number(r.correct),
        scoreSum: Number(r.score_sum),
        startedAt: Number(r.started_at),
        updatedAt: Number(r.updated_at),
        completedAt: r.completed_at === null ? null : Number(r.completed_at),
      }));
    },

    /** Practice time per 15-minute slot and zone, in every role: the daily goal and streak. */
    async activity(userId: string): Promise<ActivitySlot[]> {
      const rows = await activityOfUser.execute({ user: userId });
      return rows.map((r) => ({ at: Number(r.slot) * 900_000, seconds: Number(r.seconds), timeZone: r.time_zone }));
    },

    /** Time in vocabulary review per 15-minute slot, in every role: the daily goal and streak. */
    async reviewTimeBySlot(userId: string): Promise<ActivitySlot[]> {
      const rows = await reviewTimeBySlot.execute({ user: userId });
      return rows.map((r) => ({ at: Number(r.slot) * 900_000, seconds: Number(r.ms) / 1000, timeZone: null }));
    },

    /**
     * Time in vocabulary review, in every role, per day under either of a zone's two offsets (ms
     * ahead of UTC), and per 15-minute slot where the two put a review on different days.
     */
    async reviewTimeByDay(userId: string, offsets: readonly [number, number]): Promise<ReviewTimeGroup[]> {
      const rows = await reviewTimeByDay.execute({ user: userId, a: offsets[0], b: offsets[1] });
      return rows.map((r) => ({ first: Number(r.first), last: Number(r.last), seconds: Number(r.ms) / 1000 }));
    },

    /** Scores per area, kind and hour in one role: mastery. */
    async scores(userId: string, roleId: string): Promise<ScoreBucket[]> {
      const rows = await scoresOfUser.execute({ user: userId, role: roleId });
      return rows.map((r) => ({
        area: r.area,
        written: Number(r.written) === 1,
        at: Number(r.hour) * 3_600_000 + 1_800_000,
        count: Number(r.count),
        sum: Number(r.sum),
      }));
    },

    /** Each exercise answered in one role, with its latest right and wrong answers: the mistakes set. */
    async outcomes(userId: string, roleId: string): Promise<ExerciseOutcome[]> {
      const rows = await outcomesOfUser.execute({ user: userId, role: roleId });
      return rows.map((r) => ({
        exerciseId: r.exercise_id,
        setId: r.set_id,
        area: r.area,
        written: Number(r.written) === 1,
        lastRight: r.last_right === null ? null : Number(r.last_right),
        lastWrong: r.last_wrong === null ? null : Number(r.last_wrong),
      }));
    },

    async answers(attemptId: string): Promise<StoredAnswer[]> {
      return (await answersOfAttempt.execute({ attempt: attemptId })).map(toStoredAnswer);
    },

    async answer(attemptId: string, exerciseId: string): Promise<StoredAnswer | undefined> {
      const row = await answerOf.first({ attempt: attemptId, exercise: exerciseId });
      return row && toStoredAnswer(row);
    },

    /**
     * Records an answer and counts it in its run, in one transaction; returns the run's counters
     * after it. Returns null when the run already has an answer to this exercise (a repeat, or a
     * race with another request): nothing is written then.
     */
    async recordAnswer(a: NewAnswer): Promise<{ answered: number; total: number; correct: number } | null> {
      return db.transaction().execute(async (trx) => {
        const inserted = await insertAnswer(trx, {
          id: a.id,
          user: a.userId,
          attempt: a.attemptId,
          role: a.roleId,
          set: a.setId,
          exercise: a.exerciseId,
          area: a.area,
          type: a.type,
          answer: a.answer,
          result: a.result,
          correct: a.correct ? 1 : 0,
          score: a.score,
          coach: a.coachScore,
          seconds: a.seconds,
          zone: a.timeZone,
          at: a.answeredAt,
        });
        if (Number(inserted.numAffectedRows ?? 0) === 0) return null;
        const counted = await countAnswer(trx, { attempt: a.attemptId, correct: a.correct ? 1 : 0, score: a.score, at: a.answeredAt });
        const row = counted.rows[0]!;
        return { answered: Number(row.answered), total: Number(row.total), correct: Number(row.correct) };
      });
    },

    async topicMarks(userId: string, roleId: string): Promise<Map<string, string>> {
      const rows = await topicMarks.execute({ user: userId, role: roleId });
      return new Map(rows.map((r) => [r.topic_id, r.status]));
    },

    async setTopicMark(userId: string, roleId: string, topicId: string, status: string | null, now: number): Promise<void> {
      if (status === null) {
        await db.deleteFrom("topic_progress").where("user_id", "=", userId).where("role_id", "=", roleId).where("topic_id", "=", topicId).execute();
        return;
      }
      await db
        .insertInto("topic_progress")
        .values({ user_id: userId, role_id: roleId, topic_id: topicId, status, updated_at: now })
        .onConflict((oc) => oc.columns(["user_id", "role_id", "topic_id"]).doUpdateSet({ status, updated_at: now }))
        .execute();
    },

    // --- the curriculum, as the learning path reads it --------------------------------------

    /** One exercise with its key, whichever set it is in; retired ones too (old runs still grade). */
    async exercise(roleId: string, exerciseId: string): Promise<StoredExercise | undefined> {
      const row = await exercise.first({ role: roleId, id: exerciseId });
      return row && (JSON.parse(row.data) as StoredExercise);
    },

    /** Exercises by id, with their keys, in the order asked. */
    async exercisesById(roleId: string, ids: readonly string[]): Promise<Map<string, StoredExercise>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom("exercises").select(["id", "data"]).where("role_id", "=", roleId).where("id", "in", [...ids]).execute();
      return new Map(rows.map((r) => [r.id, JSON.parse(r.data) as StoredExercise]));
    },

    /**
     * The role's curriculum as the path reads it, or undefined for an unknown role. Cached per
     * content hash: one small query per request checks that the content has not changed.
     */
    async roleContent(roleId: string): Promise<RoleContent | undefined> {
      const hash = (await contentHash.first({ key: `content_hash:${roleId}` }))?.value ?? null;
      const cached = snapshots.get(roleId);
      if (cached && hash !== null && cached.hash === hash) return cached;
      const role = await roleRow.first({ role: roleId });
      if (!role) return undefined;
      const [areaRows, setRows, writtenRows, scenarioRows, questionRows, retiredRows, termRows] = await Promise.all([
        activeAreas.execute({ role: roleId }),
        sets.execute({ role: roleId }),
        writtenExercises.execute({ role: roleId }),
        scenarios.execute({ role: roleId }),
        questions.execute({ role: roleId }),
        retiredExercises.execute({ role: roleId }),
        termAreas.execute({ role: roleId }),
      ]);
      const content: RoleContent = {
        hash,
        role: { id: role.id, title: role.title },
        areas: areaRows.map((r) => JSON.parse(r.data) as StoredArea),
        sets: setRows.map((r) => ({
          id: r.id,
          area: r.area,
          level: r.level,
          title: r.title,
          exerciseCount: (JSON.parse(r.data) as { exerciseCount: number }).exerciseCount,
        })),
        written: writtenRows.map((r) => ({ id: r.id, setId: r.set_id, prompt: r.prompt, area: r.area, level: r.level })),
        scenarios: scenarioRows,
        questions: questionRows,
        retiredExercises: new Set(retiredRows.map((r) => r.id)),
        termAreas: new Map(termRows.map((r) => [r.id, r.area])),
      };
      if (hash !== null) snapshots.set(roleId, content);
      return content;
    },

    /** Every active topic of the role, path order, as stored (with titles of prerequisites and next). */
    async topics(roleId: string): Promise<unknown[]> {
      return (await topics.execute({ role: roleId })).map((r) => JSON.parse(r.data) as unknown);
    },

    /** Per term in the learner's review deck: reviewed at all, stable in review, relearning. */
    async deckTermStates(userId: string, roleId: string, matureDays: number): Promise<{ termId: string; started: boolean; stable: boolean; relearning: boolean }[]> {
      const rows = await termStates.execute({ user: userId, role: roleId, mature: matureDays });
      return rows.map((r: { term_id: string; started: number; stable: number; relearning: number }) => ({
        termId: r.term_id,
        started: Number(r.started) === 1,
        stable: Number(r.stable) === 1,
        relearning: Number(r.relearning) === 1,
      }));
    },

    async termTitles(roleId: string, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom("terms").select(["id", "title"]).where("role_id", "=", roleId).where("id", "in", [...ids]).execute();
      return new Map(rows.map((r) => [r.id, r.title]));
    },
  };
}

export type LearningRepository = ReturnType<typeof createLearningRepository>;
