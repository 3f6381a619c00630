/**
 * Roleplay's rules. A turn is graded by the coach against the current beat's moves, the embedded
 * dialogue manager decides the reply (an LLM may say it, when one is configured and answers in
 * time), and the learner's turn and the reply are appended together. Turns to one session are
 * queued in this process, in the order they arrive, and appended only while the session still has
 * the turn count they were decided on — so two turns sent at once are applied in order, once each,
 * even across processes (the later one is decided again on top of the earlier).
 */
import { randomUUID } from "node:crypto";
import type { LlmConfig } from "../../../coach/llm/config.ts";
import type { Feedback, Task } from "../../../coach/types.ts";
import type { Scenario } from "../../../content/schema.ts";
import { goalMet, movesMade, normaliseLine, opening, reply as decideReply, stateOf, taskForTurn, turnLimit, type Reply, type TurnRecord } from "../../../roleplay/dialogue.ts";
import { counterpartLine } from "../../../roleplay/llm-counterpart.ts";
import { buildReport } from "../../../roleplay/report.ts";
import { AppError, requireText } from "../../errors.ts";
import type { User } from "../accounts/user.ts";
import type { CoachClient } from "../coach/coach-pool.ts";
import type { ContentRepository } from "../content/content.repository.ts";
import { scenarioView } from "../content/learner-views.ts";
import type { StoredScenario } from "../content/stored-content.ts";
import type { RoleplayRepository, RoleplaySession, StoredTurn } from "./roleplay.repository.ts";
import { MAX_TURN_LENGTH, type RoleplayReport, type RoleplaySummary, type RoleplayTurn, type RoleplayView } from "./roleplay.schemas.ts";

export interface Clock {
  now(): number;
}

export interface RoleplayLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

/** Times a turn is decided again when another process appended first. */
const MAX_ATTEMPTS = 3;


const records = (turns: readonly StoredTurn[]): TurnRecord[] =>
  turns.map((t) => (t.speaker === "learner" ? { speaker: "learner", text: t.text, beat: t.beat, moves: t.moves } : { speaker: "counterpart", text: t.text, beat: t.beat, act: t.act }));

export function createRoleplayService(deps: {
  repo: RoleplayRepository;
  content: ContentRepository;
  coach: CoachClient;
  clock: Clock;
  llm: LlmConfig | null;
  logger: RoleplayLogger;
  fetch?: typeof fetch;
}) {
  const { repo, content, coach, clock } = deps;
  const notFound = (what: string) => new AppError("not_found", `There is no ${what} with that id.`);

  // One queue per session in this process: a turn waits for the one before it.
  const queues = new Map<string, Promise<unknown>>();
  function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  }

  async function requireScenario(roleId: string, id: string): Promise<StoredScenario> {
    const found = await content.item("scenarios", roleId, id);
    if (!found) throw notFound("scenario");
    return found.item;
  }

  async function requireSession(user: User, id: string): Promise<RoleplaySession> {
    const session = await repo.session(user.id, id);
    if (!session) throw notFound("roleplay");
    return session;
  }

  async function grade(text: string, task: Task): Promise<Feedback> {
    try {
      return await coach.feedback(text, task);
    } catch {
      throw new AppError("service_unavailable", "The coach is not available right now; your reply was not saved. Try again in a moment.");
    }
  }

  function goals(scenario: Scenario, turns: readonly StoredTurn[]) {
    const state = stateOf(scenario, records(turns));
    return scenario.goals.map((g) => ({ id: g.id, text: g.text, met: goalMet(scenario, g.id, state.made) }));
  }

  /** The manager's line, said by the LLM when one is configured and gives a good line in time. */
  async function voice(scenario: Scenario, turns: readonly StoredTurn[], decided: Reply, said: ReadonlySet<string>): Promise<{ text: string; source: "embedded" | "llm" }> {
    if (!deps.llm) return { text: decided.text, source: "embedded" };
    const t0 = performance.now();
    try {
      const text = await counterpartLine(
        deps.llm,
        { scenario, transcript: turns.map((t) => ({ speaker: t.speaker, text: t.text })), reply: decided, goals: goals(scenario, turns), said },
        deps.fetch,
      );
      return { text, source: "llm" };
    } catch (err) {
      deps.logger.warn(
        { reason: (err as { reason?: string }).reason ?? "error", error: (err as Error).message, model: deps.llm.model, ms: Math.round(performance.now() - t0) },
        "roleplay: LLM line unavailable, using the embedded dialogue manager's line",
      );
      return { text: decided.text, source: "embedded" };
    }
  }

  function summary(session: RoleplaySession, scenario: StoredScenario, replies: number): RoleplaySummary {
    return {
      id: session.id,
      role: session.roleId,
      scenario: { id: scenario.id, title: scenario.title, level: scenario.level, setting: scenario.setting, area: scenario.area },
      status: session.completedAt === null ? "active" : "completed",
      endedBy: session.endedBy,
      startedAt: session.startedAt,
      completedAt: session.completedAt,
      replies,
      goalsMet: session.goalsMet,
      goalsTotal: session.goalsTotal,
    };
  }

  function turnView(t: StoredTurn, index: number): RoleplayTurn {
    return t.speaker === "learner"
      ? { index, speaker: "learner", text: t.text, movesMade: t.moves.length, dictated: t.dictated, feedback: t.feedback, at: t.createdAt }
      : { index, speaker: "counterpart", text: t.text, act: t.act, source: t.source, at: t.createdAt };
  }

  function view(session: RoleplaySession, scenario: StoredScenario, turns: readonly StoredTurn[]): RoleplayView {
    const state = stateOf(scenario, records(turns));
    return {
      ...summary(session, scenario, state.learnerTurns),
      brief: scenarioView(scenario, false),
      turns: turns.map(turnView),
      progress: {
        beat: Math.min(state.beatIndex + 1, scenario.beats.length),
        beats: scenario.beats.length,
        repliesLeft: state.ended ? 0 : Math.max(0, turnLimit(scenario) - state.learnerTurns),
        goals: goals(scenario, turns),
      },
      hintsUsed: session.hintedBeats.length,
    };
  }

  return {
    async start(user: User, roleId: string, scenarioId: string): Promise<RoleplayView> {
      const scenario = await requireScenario(roleId, scenarioId);
      const now = clock.now();
      const first = opening(scenario);
      const session: RoleplaySession = {
        id: randomUUID(),
        userId: user.id,
        roleId,
        scenarioId: scenario.id,
        turnCount: 1,
        hintedBeats: [],
        startedAt: now,
        updatedAt: now,
        completedAt: null,
        endedBy: null,
        goalsMet: null,
        goalsTotal: scenario.goals.length,
      };
      const turn: StoredTurn = { seq: 0, speaker: "counterpart", text: first.text, beat: first.beat, act: first.act, source: "embedded", createdAt: now };
      await repo.create(session, turn);
      return view(session, scenario, [turn]);
    },

    async list(user: User, filter: { role?: string | undefined; scenario?: string | undefined; status?: "active" | "completed" | undefined }): Promise<RoleplaySummary[]> {
      const sessions = await repo.list(user.id, { roleId: filter.role, scenarioId: filter.scenario, status: filter.status });
      const scenarios = new Map<string, StoredScenario | null>();
      const out: RoleplaySummary[] = [];
      for (const s of sessions) {
        const key = `${s.roleId}/${s.scenarioId}`;
        if (!scenarios.has(key)) scenarios.set(key, (await content.item("scenarios", s.roleId, s.scenarioId))?.item ?? null);
        const scenario = scenarios.get(key);
        if (!scenario) continue;
        // Each exchange after the opening is one reply and one answer; an early end adds a closing line.
        const replies = Math.floor((s.turnCount - 1 - (s.endedBy === "learner" ? 1 : 0)) / 2);
        out.push(summary(s, scenario, replies));
      }
      return out;
    },

    async get(user: User, id: string): Promise<RoleplayView> {
      const session = await requireSession(user, id);
      const [scenario, turns] = await Promise.all([requireScenario(session.roleId, session.scenarioId), repo.turns(session.id)]);
      return view(session, scenario, turns);
    },

    async turn(user: User, id: string, input: { text: string; clientTurnId?: string | undefined; dictated?: boolean | undefined }): Promise<RoleplayView> {
      const text = requireText(input.text, MAX_TURN_LENGTH, "reply");
      return serialised(id, async () => {
        for (let attempt = 1; ; attempt++) {
          const session = await requireSession(user, id);
          const [scenario, turns] = await Promise.all([requireScenario(session.roleId, session.scenarioId), repo.turns(session.id)]);
          if (input.clientTurnId && turns.some((t) => t.speaker === "learner" && t.clientTurnId === input.clientTurnId)) {
            return view(session, scenario, turns); // a retried request: already applied
          }
          if (session.completedAt !== null) throw new AppError("conflict", "This conversation has ended. Open its report, or start it again.");

          const before = stateOf(scenario, records(turns));
          const prompt = turns.at(-1)!.text;
          const feedback = await grade(text, taskForTurn(scenario, before, prompt));
          const now = clock.now();
          const learner: StoredTurn = {
            seq: turns.length,
            speaker: "learner",
            text,
            beat: scenario.beats[before.beatIndex]!.id,
            moves: movesMade(scenario, before, feedback.keyPoints.covered),
            feedback,
            clientTurnId: input.clientTurnId ?? null,
            dictated: input.dictated ?? false,
            createdAt: now,
          };
          const withLearner = [...turns, learner];
          const after = stateOf(scenario, records(withLearner));
          const decided = decideReply(scenario, after);
          const line = await voice(scenario, withLearner, decided, after.said);
          const answer: StoredTurn = { seq: turns.length + 1, speaker: "counterpart", text: line.text, beat: decided.beat, act: decided.act, source: line.source, createdAt: now };
          const all = [...withLearner, answer];
          const completion = decided.ended
            ? { completedAt: now, endedBy: "finished" as const, goalsMet: goals(scenario, all).filter((g) => g.met).length }
            : null;
          if (await repo.append(session, turns.length, [learner, answer], now, completion)) {
            return view({ ...session, turnCount: all.length, updatedAt: now, ...(completion ?? {}) }, scenario, all);
          }
          if (attempt >= MAX_ATTEMPTS) throw new AppError("conflict", "This conversation changed while your reply was being checked; reload it and send your reply again.");
        }
      });
    },

    async hint(user: User, id: string): Promise<{ hint: string; hintsUsed: number }> {
      return serialised(id, async () => {
        const session = await requireSession(user, id);
        if (session.completedAt !== null) throw new AppError("conflict", "This conversation has ended; there is nothing to hint at.");
        const [scenario, turns] = await Promise.all([requireScenario(session.roleId, session.scenarioId), repo.turns(session.id)]);
        const beat = scenario.beats[stateOf(scenario, records(turns)).beatIndex]!;
        const hinted = session.hintedBeats.includes(beat.id) ? session.hintedBeats : [...session.hintedBeats, beat.id];
        if (hinted !== session.hintedBeats) await repo.setHintedBeats(session, hinted, clock.now());
        return { hint: beat.hint, hintsUsed: hinted.length };
      });
    },

    /** The learner ends the conversation before its last beat; the counterpart closes it. */
    async end(user: User, id: string): Promise<RoleplayView> {
      return serialised(id, async () => {
        const session = await requireSession(user, id);
        const [scenario, turns] = await Promise.all([requireScenario(session.roleId, session.scenarioId), repo.turns(session.id)]);
        if (session.completedAt !== null) return view(session, scenario, turns);
        const now = clock.now();
        const state = stateOf(scenario, records(turns));
        const closing = ["Okay, let's stop here for today. Thanks for your time.", "Let's pick this up another time. Thanks."].find((l) => !state.said.has(normaliseLine(l)))!;
        const line: StoredTurn = { seq: turns.length, speaker: "counterpart", text: closing, beat: turns.at(-1)!.beat, act: "closing", source: "embedded", createdAt: now };
        const all = [...turns, line];
        const completion = { completedAt: now, endedBy: "learner" as const, goalsMet: goals(scenario, all).filter((g) => g.met).length };
        if (!(await repo.append(session, turns.length, [line], now, completion))) {
          throw new AppError("conflict", "This conversation changed at the same moment; reload it and try again.");
        }
        return view({ ...session, turnCount: all.length, updatedAt: now, ...completion }, scenario, all);
      });
    },

    async report(user: User, id: string): Promise<RoleplayReport> {
      const session = await requireSession(user, id);
      if (session.completedAt === null) throw new AppError("conflict", "The report is ready when the conversation has ended: finish it, or end it now.");
      const [scenario, turns] = await Promise.all([requireScenario(session.roleId, session.scenarioId), repo.turns(session.id)]);
      const report = buildReport(scenario, turns);
      return {
        session: summary(session, scenario, report.replies),
        brief: scenarioView(scenario, false),
        goals: report.goals.map((g) => ({
          id: g.id,
          text: g.text,
          met: g.met,
          replies: g.replies,
          points: g.moves.map((m) => ({ text: m.concept, made: m.made, ...(m.reply ? { reply: m.reply } : {}) })),
        })),
        goalsMet: report.goalsMet,
        replies: report.replies,
        hintsUsed: session.hintedBeats.length,
        averageScore: report.averageScore,
        vocabulary: report.vocabulary,
        issues: report.issues,
        tone: report.tone,
        rewrites: report.rewrites,
        transcript: turns.map((t) => ({ speaker: t.speaker, text: t.text })),
        modelDialogue: scenario.modelDialogue.map((l) => ({ speaker: l.speaker, text: l.text })),
      };
    },
  };
}

export type RoleplayService = ReturnType<typeof createRoleplayService>;
