/**
 * All SQL of interview prep. Every query of a learner's rows is scoped by user id, so another
 * learner's answer, mock interview, kit or scorecard is simply not found. Rows leave as domain
 * types; JSON columns are parsed here.
 */
import { sql, type Kysely } from "kysely";
import type { Feedback } from "../../../coach/types.ts";
import type { Level } from "../../../content/schema.ts";
import { param as p, prepare } from "../../../db/prepared.ts";
import type { InterviewAnswersTable, Tables } from "../../../db/tables.ts";
import type { ScorecardAnswer } from "./interview.schemas.ts";
import type { Candidate } from "./interview-core.ts";

export interface StoredAnswer {
  id: string;
  userId: string;
  roleId: string;
  questionId: string;
  scope: string;
  mockId: string | null;
  step: number | null;
  followUp: string | null;
  text: string;
  textHash: string;
  feedback: Feedback;
  overall: number;
  band: number;
  revealed: boolean;
  seconds: number | null;
  dictated: boolean;
  createdAt: number;
}

export interface Mock {
  id: string;
  userId: string;
  roleId: string;
  level: Level;
  focus: string;
  secondsPerQuestion: number;
  questions: string[];
  stepStartedAt: number;
  startedAt: number;
  completedAt: number | null;
  shared: boolean;
}

/** A kit item as stored: bank questions by id, the interviewer's own in full. */
export type StoredKitItem =
  | { key: string; source: "bank"; questionId: string; minutes: number }
  | { key: string; source: "own"; prompt: string; minutes: number; modelAnswer: string; keyPoints: string[]; greenFlags: string[]; redFlags: string[] };

export interface Kit {
  id: string;
  userId: string;
  roleId: string;
  title: string;
  notes: string;
  items: StoredKitItem[];
  createdAt: number;
  updatedAt: number;
}

export interface Scorecard {
  id: string;
  userId: string;
  kitId: string;
  candidate: string;
  answers: ScorecardAnswer[];
  recommendation: "strong-no" | "no" | "yes" | "strong-yes" | null;
  summary: string;
  createdAt: number;
  updatedAt: number;
}

const toAnswer = (r: InterviewAnswersTable): StoredAnswer => ({
  id: r.id,
  userId: r.user_id,
  roleId: r.role_id,
  questionId: r.question_id,
  scope: r.scope,
  mockId: r.mock_id,
  step: r.step === null ? null : Number(r.step),
  followUp: r.follow_up,
  text: r.text,
  textHash: r.text_hash,
  feedback: JSON.parse(r.feedback) as Feedback,
  overall: Number(r.overall),
  band: Number(r.band),
  revealed: Number(r.revealed) === 1,
  seconds: r.seconds === null ? null : Number(r.seconds),
  dictated: Number(r.dictated) === 1,
  createdAt: Number(r.created_at),
});

const fromAnswer = (a: StoredAnswer): InterviewAnswersTable => ({
  id: a.id,
  user_id: a.userId,
  role_id: a.roleId,
  question_id: a.questionId,
  scope: a.scope,
  mock_id: a.mockId,
  step: a.step,
  follow_up: a.followUp,
  text: a.text,
  text_hash: a.textHash,
  feedback: JSON.stringify(a.feedback),
  overall: a.overall,
  band: a.band,
  revealed: a.revealed ? 1 : 0,
  seconds: a.seconds,
  dictated: a.dictated ? 1 : 0,
  created_at: a.createdAt,
});

const toMock = (r: Tables["mock_interviews"]): Mock => ({
  id: r.id,
  userId: r.user_id,
  roleId: r.role_id,
  level: r.level as Level,
  focus: r.focus,
  secondsPerQuestion: Number(r.seconds_per_question),
  questions: JSON.parse(r.questions) as string[],
  stepStartedAt: Number(r.step_started_at),
  startedAt: Number(r.started_at),
  completedAt: r.completed_at === null ? null : Number(r.completed_at),
  shared: r.share_hash !== null,
});

const toKit = (r: Tables["interview_kits"]): Kit => ({
  id: r.id,
  userId: r.user_id,
  roleId: r.role_id,
  title: r.title,
  notes: r.notes,
  items: JSON.parse(r.items) as StoredKitItem[],
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

const toScorecard = (r: Tables["kit_scorecards"]): Scorecard => ({
  id: r.id,
  userId: r.user_id,
  kitId: r.kit_id,
  candidate: r.candidate,
  answers: JSON.parse(r.answers) as ScorecardAnswer[],
  recommendation: r.recommendation as Scorecard["recommendation"],
  summary: r.summary,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export function createInterviewRepository(db: Kysely<Tables>) {

  // The hot path of an answer: the replay check and the question's state.
  const byScope = prepare<InterviewAnswersTable>(
    db,
    db.selectFrom("interview_answers").selectAll().where("user_id", "=", p("user")).where("scope", "=", p("scope")).where("text_hash", "=", p("hash")),
  );
  const revealOf = prepare<{ revealed_at: number }>(
    db,
    db
      .selectFrom("question_reveals")
      .select("revealed_at")
      .where("user_id", "=", p("user"))
      .where("role_id", "=", p("role"))
      .where("question_id", "=", p("question")),
  );
  const answersOf = prepare<InterviewAnswersTable>(
    db,
    db
      .selectFrom("interview_answers")
      .selectAll()
      .where("user_id", "=", p("user"))
      .where("role_id", "=", p("role"))
      .where("question_id", "=", p("question"))
      .orderBy("created_at")
      .orderBy("id"),
  );

  return {
    async bankQuestions(roleId: string): Promise<(Candidate & { prompt: string })[]> {
      const rows = await db
        .selectFrom("questions")
        .select(["id", "title", "kind", "level", "area"])
        .where("role_id", "=", roleId)
        .where("retired_at", "is", null)
        .orderBy("position")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({ id: r.id, prompt: r.title, kind: r.kind as Candidate["kind"], level: r.level as Level, area: r.area }));
    },

    /** Per question: how many answers the learner gave and their best overall score. */
    async practiceStats(userId: string, roleId: string): Promise<Map<string, { attempts: number; best: number }>> {
      const rows = await db
        .selectFrom("interview_answers")
        .select(["question_id", sql<number>`count(*)`.as("n"), sql<number>`max(overall)`.as("best")])
        .where("user_id", "=", userId)
        .where("role_id", "=", roleId)
        .where("scope", "not like", "%:follow-up")
        .groupBy("question_id")
        .execute();
      return new Map(rows.map((r) => [r.question_id, { attempts: Number(r.n), best: Number(r.best) }]));
    },

    async answerByScope(userId: string, scope: string, hash: string): Promise<StoredAnswer | undefined> {
      const row = await byScope.first({ user: userId, scope, hash });
      return row && toAnswer(row);
    },

    /** Records an answer once per scope and text; false when it was already there. */
    async insertAnswer(a: StoredAnswer): Promise<boolean> {
      const result = await db
        .insertInto("interview_answers")
        .values(fromAnswer(a))
        .onConflict((oc) => oc.columns(["user_id", "scope", "text_hash"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async answersOfQuestion(userId: string, roleId: string, questionId: string): Promise<StoredAnswer[]> {
      return (await answersOf.execute({ user: userId, role: roleId, question: questionId })).map(toAnswer);
    },

    async answer(userId: string, id: string): Promise<StoredAnswer | undefined> {
      const row = await db.selectFrom("interview_answers").selectAll().where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
      return row && toAnswer(row);
    },

    async revealedAt(userId: string, roleId: string, questionId: string): Promise<number | null> {
      const row = await revealOf.first({ user: userId, role: roleId, question: questionId });
      return row ? Number(row.revealed_at) : null;
    },

    async reveal(userId: string, roleId: string, questionId: string, now: number): Promise<void> {
      await db
        .insertInto("question_reveals")
        .values({ user_id: userId, role_id: roleId, question_id: questionId, revealed_at: now })
        .onConflict((oc) => oc.columns(["user_id", "role_id", "question_id"]).doNothing())
        .execute();
    },

    // ---- mock interviews

    async insertMock(m: Mock): Promise<void> {
      await db
        .insertInto("mock_interviews")
        .values({
          id: m.id,
          user_id: m.userId,
          role_id: m.roleId,
          level: m.level,
          focus: m.focus,
          seconds_per_question: m.secondsPerQuestion,
          questions: JSON.stringify(m.questions),
          step_started_at: m.stepStartedAt,
          started_at: m.startedAt,
          completed_at: null,
          share_hash: null,
          shared_at: null,
        })
        .execute();
    },

    async mock(userId: string, id: string): Promise<Mock | undefined> {
      const row = await db.selectFrom("mock_interviews").selectAll().where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
      return row && toMock(row);
    },

    async mockByShareHash(hash: string): Promise<Mock | undefined> {
      const row = await db.selectFrom("mock_interviews").selectAll().where("share_hash", "=", hash).executeTakeFirst();
      return row && toMock(row);
    },

    async mocks(userId: string): Promise<Mock[]> {
      const rows = await db.selectFrom("mock_interviews").selectAll().where("user_id", "=", userId).orderBy("started_at", "desc").limit(50).execute();
      return rows.map(toMock);
    },

    async mockAnswers(mockId: string): Promise<StoredAnswer[]> {
      const rows = await db.selectFrom("interview_answers").selectAll().where("mock_id", "=", mockId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toAnswer);
    },

    /** Answer counts of several mocks, for the list. */
    async mockAnswerCounts(mockIds: readonly string[]): Promise<Map<string, { answered: number; total: number }>> {
      if (mockIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("interview_answers")
        .select(["mock_id", sql<number>`count(*)`.as("n"), sql<number>`sum(overall)`.as("total")])
        .where("mock_id", "in", mockIds)
        .where("scope", "like", "%:main")
        .groupBy("mock_id")
        .execute();
      return new Map(rows.map((r) => [r.mock_id!, { answered: Number(r.n), total: Number(r.total) }]));
    },

    /**
     * Records a mock answer and moves the interview on, in one transaction. The move is guarded by
     * the step's start time: when another request moved it first, nothing is written (false).
     */
    async recordMockAnswer(a: StoredAnswer, mock: Mock, next: { stepStartedAt: number; completedAt: number | null }): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const moved = await trx
          .updateTable("mock_interviews")
          .set({ step_started_at: next.stepStartedAt, completed_at: next.completedAt })
          .where("id", "=", mock.id)
          .where("user_id", "=", mock.userId)
          .where("step_started_at", "=", mock.stepStartedAt)
          .where("completed_at", "is", null)
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) return false;
        const inserted = await trx
          .insertInto("interview_answers")
          .values(fromAnswer(a))
          .onConflict((oc) => oc.columns(["user_id", "scope", "text_hash"]).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new Error("mock answer already recorded");
        return true;
      });
    },

    async setShare(userId: string, id: string, hash: string | null, now: number): Promise<boolean> {
      const r = await db
        .updateTable("mock_interviews")
        .set({ share_hash: hash, shared_at: hash ? now : null })
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async termTitles(roleId: string, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom("terms").select(["id", "title"]).where("role_id", "=", roleId).where("id", "in", [...new Set(ids)]).execute();
      return new Map(rows.map((r) => [r.id, r.title]));
    },

    // ---- kits and scorecards

    async insertKit(k: Kit): Promise<void> {
      await db
        .insertInto("interview_kits")
        .values({
          id: k.id,
          user_id: k.userId,
          role_id: k.roleId,
          title: k.title,
          notes: k.notes,
          items: JSON.stringify(k.items),
          created_at: k.createdAt,
          updated_at: k.updatedAt,
        })
        .execute();
    },

    async updateKit(k: Kit): Promise<boolean> {
      const r = await db
        .updateTable("interview_kits")
        .set({ role_id: k.roleId, title: k.title, notes: k.notes, items: JSON.stringify(k.items), updated_at: k.updatedAt })
        .where("user_id", "=", k.userId)
        .where("id", "=", k.id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async kit(userId: string, id: string): Promise<Kit | undefined> {
      const row = await db.selectFrom("interview_kits").selectAll().where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
      return row && toKit(row);
    },

    async kits(userId: string): Promise<Kit[]> {
      const rows = await db.selectFrom("interview_kits").selectAll().where("user_id", "=", userId).orderBy("updated_at", "desc").limit(200).execute();
      return rows.map(toKit);
    },

    /** Deletes a kit and its scorecards, in one transaction. */
    async deleteKit(userId: string, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom("kit_scorecards").where("user_id", "=", userId).where("kit_id", "=", id).execute();
        const r = await trx.deleteFrom("interview_kits").where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
        return Number(r.numDeletedRows) === 1;
      });
    },

    async insertScorecard(s: Scorecard): Promise<void> {
      await db
        .insertInto("kit_scorecards")
        .values({
          id: s.id,
          user_id: s.userId,
          kit_id: s.kitId,
          candidate: s.candidate,
          answers: JSON.stringify(s.answers),
          recommendation: s.recommendation,
          summary: s.summary,
          created_at: s.createdAt,
          updated_at: s.updatedAt,
        })
        .execute();
    },

    async updateScorecard(s: Scorecard): Promise<boolean> {
      const r = await db
        .updateTable("kit_scorecards")
        .set({ candidate: s.candidate, answers: JSON.stringify(s.answers), recommendation: s.recommendation, summary: s.summary, updated_at: s.updatedAt })
        .where("user_id", "=", s.userId)
        .where("id", "=", s.id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async scorecard(userId: string, id: string): Promise<Scorecard | undefined> {
      const row = await db.selectFrom("kit_scorecards").selectAll().where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
      return row && toScorecard(row);
    },

    async scorecards(userId: string, kitId: string): Promise<Scorecard[]> {
      const rows = await db
        .selectFrom("kit_scorecards")
        .selectAll()
        .where("user_id", "=", userId)
        .where("kit_id", "=", kitId)
        .orderBy("updated_at", "desc")
        .execute();
      return rows.map(toScorecard);
    },

    async deleteScorecard(userId: string, id: string): Promise<boolean> {
      const r = await db.deleteFrom("kit_scorecards").where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
  };
}

export type InterviewRepository = ReturnType<typeof createInterviewRepository>;
