/**
 * All SQL of roleplays. Every query of a learner's rows is scoped by user id, so another learner's
 * conversation is simply not found. Turns are appended only while the session's turn count is
 * still the one the caller read: a second writer finds nothing to update and writes nothing.
 */
import { sql, type Kysely } from "kysely";
import type { Feedback } from "../../../coach/types.ts";
import { param as p, prepare } from "../../../db/prepared.ts";
import type { RoleplaySessionsTable, RoleplayTurnsTable, Tables } from "../../../db/tables.ts";
import type { CounterpartAct } from "../../../roleplay/dialogue.ts";

export type EndedBy = "finished" | "learner";

export interface RoleplaySession {
  id: string;
  userId: string;
  roleId: string;
  scenarioId: string;
  turnCount: number;
  hintedBeats: string[];
  startedAt: number;
  updatedAt: number;
  completedAt: number | null;
  endedBy: EndedBy | null;
  goalsMet: number | null;
  goalsTotal: number;
}

export type StoredTurn =
  | { seq: number; speaker: "counterpart"; text: string; beat: string; act: CounterpartAct; source: "embedded" | "llm"; createdAt: number }
  | {
      seq: number;
      speaker: "learner";
      text: string;
      beat: string;
      moves: string[];
      feedback: Feedback;
      clientTurnId: string | null;
      dictated: boolean;
      createdAt: number;
    };

const toSession = (r: RoleplaySessionsTable): RoleplaySession => ({
  id: r.id,
  userId: r.user_id,
  roleId: r.role_id,
  scenarioId: r.scenario_id,
  turnCount: Number(r.turn_count),
  hintedBeats: JSON.parse(r.hinted_beats) as string[],
  startedAt: Number(r.started_at),
  updatedAt: Number(r.updated_at),
  completedAt: r.completed_at === null ? null : Number(r.completed_at),
  endedBy: r.ended_by as EndedBy | null,
  goalsMet: r.goals_met === null ? null : Number(r.goals_met),
  goalsTotal: Number(r.goals_total),
});

const toTurn = (r: RoleplayTurnsTable): StoredTurn =>
  r.speaker === "learner"
    ? {
        seq: Number(r.seq),
        speaker: "learner",
        text: r.text,
        beat: r.beat_id,
        moves: JSON.parse(r.moves ?? "[]") as string[],
        feedback: JSON.parse(r.feedback ?? "null") as Feedback,
        clientTurnId: r.client_turn_id,
        dictated: Number(r.dictated) === 1,
        createdAt: Number(r.created_at),
      }
    : {
        seq: Number(r.seq),
        speaker: "counterpart",
        text: r.text,
        beat: r.beat_id,
        act: r.act as CounterpartAct,
        source: r.source === "llm" ? "llm" : "embedded",
        createdAt: Number(r.created_at),
      };

const fromTurn = (sessionId: string, userId: string, t: StoredTurn): RoleplayTurnsTable => ({
  session_id: sessionId,
  seq: t.seq,
  user_id: userId,
  speaker: t.speaker,
  text: t.text,
  beat_id: t.beat,
  act: t.speaker === "counterpart" ? t.act : null,
  source: t.speaker === "counterpart" ? t.source : null,
  moves: t.speaker === "learner" ? JSON.stringify(t.moves) : null,
  feedback: t.speaker === "learner" ? JSON.stringify(t.feedback) : null,
  client_turn_id: t.speaker === "learner" ? t.clientTurnId : null,
  dictated: t.speaker === "learner" ? (t.dictated ? 1 : 0) : null,
  created_at: t.createdAt,
});

export interface Completion {
  completedAt: number;
  endedBy: EndedBy;
  goalsMet: number;
}

export function createRoleplayRepository(db: Kysely<Tables>) {
  // The hot path of a turn: the session and its turns.
  const sessionById = prepare<RoleplaySessionsTable>(db, db.selectFrom("roleplay_sessions").selectAll().where("id", "=", p("id")).where("user_id", "=", p("user")));
  const turnsOf = prepare<RoleplayTurnsTable>(db, db.selectFrom("roleplay_turns").selectAll().where("session_id", "=", p("session")).orderBy("seq"));

  return {
    async create(session: RoleplaySession, opening: StoredTurn): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("roleplay_sessions")
          .values({
            id: session.id,
            user_id: session.userId,
            role_id: session.roleId,
            scenario_id: session.scenarioId,
            turn_count: 1,
            hinted_beats: "[]",
            started_at: session.startedAt,
            updated_at: session.updatedAt,
            completed_at: null,
            ended_by: null,
            goals_met: null,
            goals_total: session.goalsTotal,
          })
          .execute();
        await trx.insertInto("roleplay_turns").values(fromTurn(session.id, session.userId, opening)).execute();
      });
    },

    async session(userId: string, id: string): Promise<RoleplaySession | null> {
      const row = await sessionById.first({ id, user: userId });
      return row ? toSession(row) : null;
    },

    async turns(sessionId: string): Promise<StoredTurn[]> {
      return (await turnsOf.execute({ session: sessionId })).map(toTurn);
    },

    /**
     * Appends turns if the session still has `expected` turns and is not over; false when another
     * request got there first (nothing is written then).
     */
    async append(session: RoleplaySession, expected: number, turns: readonly StoredTurn[], now: number, completion: Completion | null): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable("roleplay_sessions")
          .set({
            turn_count: expected + turns.length,
            updated_at: now,
            ...(completion ? { completed_at: completion.completedAt, ended_by: completion.endedBy, goals_met: completion.goalsMet } : {}),
          })
          .where("id", "=", session.id)
          .where("user_id", "=", session.userId)
          .where("turn_count", "=", expected)
          .where("completed_at", "is", null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        if (turns.length) await trx.insertInto("roleplay_turns").values(turns.map((t) => fromTurn(session.id, session.userId, t))).execute();
        return true;
      });
    },

    async setHintedBeats(session: RoleplaySession, beats: readonly string[], now: number): Promise<void> {
      await db
        .updateTable("roleplay_sessions")
        .set({ hinted_beats: JSON.stringify(beats), updated_at: now })
        .where("id", "=", session.id)
        .where("user_id", "=", session.userId)
        .execute();
    },

    async list(userId: string, filter: { roleId?: string | undefined; scenarioId?: string | undefined; status?: "active" | "completed" | undefined }): Promise<RoleplaySession[]> {
      let q = db.selectFrom("roleplay_sessions").selectAll().where("user_id", "=", userId);
      if (filter.roleId) q = q.where("role_id", "=", filter.roleId);
      if (filter.scenarioId) q = q.where("scenario_id", "=", filter.scenarioId);
      if (filter.status === "active") q = q.where("completed_at", "is", null);
      if (filter.status === "completed") q = q.where("completed_at", "is not", null);
      const rows = await q.orderBy("started_at", "desc").orderBy("id").limit(200).execute();
      return rows.map(toSession);
    },

    /** Per scenario: conversations finished and the most goals met in one. */
    async progressByScenario(userId: string, roleId: string): Promise<Map<string, { completed: number; bestGoalsMet: number; goalsTotal: number; active: boolean }>> {
      const rows = await db
        .selectFrom("roleplay_sessions")
        .select([
          "scenario_id",
          sql<number>`sum(case when completed_at is null then 0 else 1 end)`.as("completed"),
          sql<number>`sum(case when completed_at is null then 1 else 0 end)`.as("active"),
          sql<number | null>`max(goals_met)`.as("best"),
          sql<number>`max(goals_total)`.as("total"),
        ])
        .where("user_id", "=", userId)
        .where("role_id", "=", roleId)
        .groupBy("scenario_id")
        .execute();
      return new Map(
        rows.map((r) => [r.scenario_id, { completed: Number(r.completed), bestGoalsMet: Number(r.best ?? 0), goalsTotal: Number(r.total), active: Number(r.active) > 0 }]),
      );
    },
  };
}

export type RoleplayRepository = ReturnType<typeof createRoleplayRepository>;
