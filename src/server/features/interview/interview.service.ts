/**
 * Interview prep's rules. Practice answers and mock answers are graded by the coach, then recorded
 * once per scope and text (a double click or a retried request answers the recorded result); a mock
 * interview moves on in the same transaction as its answer, guarded by the step's start time, so
 * two tabs cannot both answer one step. A question's reference (model answer, key points, pitfalls,
 * follow-ups) leaves only after an answer or a reveal.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { taskForQuestion } from "../../../coach/pack.ts";
import type { Feedback, Task } from "../../../coach/types.ts";
import type { CoachClient } from "../coach/coach-pool.ts";
import { AppError, requireText } from "../../errors.ts";
import type { User } from "../accounts/user.ts";
import type { ContentRepository } from "../content/content.repository.ts";
import { questionView } from "../content/learner-views.ts";
import type { SearchRepository } from "../content/search.repository.ts";
import type { StoredQuestion } from "../content/stored-content.ts";
import { buildReport, kitMarkdown, needsFollowUp, pickFollowUp, planMock, scorecardMarkdown, slug, type ReportInput } from "./interview-core.ts";
import type { InterviewRepository, Kit, Mock, Scorecard, StoredAnswer, StoredKitItem } from "./interview.repository.ts";
import {
  MAX_ANSWER_LENGTH,
  MOCK_FOCUS_MIXED,
  type AnswerSummary,
  type AnswerView,
  type BankView,
  type KitBody,
  type KitItemView,
  type KitView,
  type MockReport,
  type MockView,
  type PracticeView,
  type Reference,
  type ScorecardBody,
  type ScorecardView,
} from "./interview.schemas.ts";

export interface Clock {
  now(): number;
}

/** Seconds past a mock question's limit before its answer counts as over time (the network, a slow submit). */
const GRACE_SECONDS = 5;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export interface AnswerInput {
  text: string;
  seconds?: number | undefined;
  dictated?: boolean | undefined;
}

const checkText = (text: string) => requireText(text, MAX_ANSWER_LENGTH, "answer");

const reference = (q: StoredQuestion): Reference => ({
  modelAnswer: q.modelAnswer.trim(),
  keyPoints: q.keyPoints.map((k) => k.text),
  pitfalls: [...q.pitfalls],
  followUps: [...q.followUps],
});

const summary = (a: StoredAnswer): AnswerSummary => ({
  id: a.id,
  createdAt: a.createdAt,
  overall: a.overall,
  band: a.band,
  revealed: a.revealed,
  words: a.feedback.stats.words,
  mockId: a.mockId,
});

export function createInterviewService(deps: {
  repo: InterviewRepository;
  content: ContentRepository;
  search: SearchRepository;
  coach: CoachClient;
  clock: Clock;
  random?: () => number;
}) {
  const { repo, content, search, coach, clock } = deps;
  const random = deps.random ?? Math.random;

  const notFound = (what: string) => new AppError("not_found", `There is no ${what} with that id.`);

  async function requireRole(roleId: string) {
    const role = await content.role(roleId);
    if (!role) throw notFound("role");
    return role;
  }

  async function areaTitles(roleId: string): Promise<Map<string, string>> {
    return new Map((await content.areas(roleId)).map((a) => [a.item.id, a.item.title]));
  }

  async function requireQuestion(roleId: string, id: string): Promise<{ item: StoredQuestion; retired: boolean }> {
    const found = await content.item("questions", roleId, id);
    if (!found) throw notFound("question");
    return found;
  }

  async function grade(text: string, task: Task): Promise<Feedback> {
    try {
      return await coach.feedback(text, task);
    } catch {
      throw new AppError("service_unavailable", "The coach is not available right now; your answer was not saved. Try again in a moment.");
    }
  }

  function answerView(a: StoredAnswer, q: StoredQuestion): AnswerView {
    return {
      ...summary(a),
      role: a.roleId,
      questionId: a.questionId,
      prompt: a.followUp && a.scope.endsWith(":follow-up") ? a.followUp : q.prompt,
      text: a.text,
      seconds: a.seconds,
      dictated: a.dictated,
      feedback: a.feedback,
      reference: reference(q),
      followUp: a.scope.endsWith(":follow-up") ? null : (a.followUp ?? pickFollowUp(q, a.feedback.keyPoints.missed)),
    };
  }

  // ---- mock interviews

  const scopeOf = (mockId: string, step: number, followUp: boolean) => `${mockId}:${step}:${followUp ? "follow-up" : "main"}`;

  interface MockState {
    mock: Mock;
    questions: Map<string, StoredQuestion>;
    main: Map<number, StoredAnswer>;
    follow: Map<number, StoredAnswer>;
    current: { step: number; followUp: boolean; prompt: string } | null;
  }

  async function mockState(mock: Mock): Promise<MockState> {
    const [answers, questions] = await Promise.all([
      repo.mockAnswers(mock.id),
      Promise.all(mock.questions.map((id) => content.item("questions", mock.roleId, id))),
    ]);
    const byId = new Map(questions.flatMap((q) => (q ? [[q.item.id, q.item] as const] : [])));
    const main = new Map<number, StoredAnswer>();
    const follow = new Map<number, StoredAnswer>();
    for (const a of answers) (a.scope.endsWith(":follow-up") ? follow : main).set(a.step ?? -1, a);
    let current: MockState["current"] = null;
    if (mock.completedAt === null) {
      for (let i = 0; i < mock.questions.length; i++) {
        const m = main.get(i);
        const q = byId.get(mock.questions[i]!);
        if (!m) {
          current = { step: i, followUp: false, prompt: q?.prompt ?? "" };
          break;
        }
        if (m.followUp && !follow.has(i)) {
          current = { step: i, followUp: true, prompt: m.followUp };
          break;
        }
      }
    }
    return { mock, questions: byId, main, follow, current };
  }

  const overtime = (mock: Mock, a: StoredAnswer) => a.seconds !== null && a.seconds > mock.secondsPerQuestion + GRACE_SECONDS;

  async function focusTitle(mock: Pick<Mock, "roleId" | "focus">) {
    if (mock.focus === MOCK_FOCUS_MIXED) return "Mixed topics";
    return (await content.area(mock.roleId, mock.focus))?.item.title ?? mock.focus;
  }

  async function mockView(state: MockState): Promise<MockView> {
    const { mock } = state;
    const mockAnswer = (a: StoredAnswer | undefined) =>
      a ? { text: a.text, overall: a.overall, band: a.band, submittedAt: a.createdAt, overtime: overtime(mock, a) } : null;
    return {
      id: mock.id,
      role: mock.roleId,
      level: mock.level,
      focus: mock.focus,
      focusTitle: await focusTitle(mock),
      secondsPerQuestion: mock.secondsPerQuestion,
      startedAt: mock.startedAt,
      completedAt: mock.completedAt,
      shared: mock.shared,
      steps: mock.questions.map((id, index) => {
        const q = state.questions.get(id);
        const main = state.main.get(index);
        return {
          index,
          question: { id, prompt: q?.prompt ?? id, kind: q?.kind ?? "technical", level: q?.level ?? mock.level, area: q?.area ?? "", tips: q ? [...q.tips] : [] },
          answer: mockAnswer(main),
          followUp: main?.followUp ? { prompt: main.followUp, answer: mockAnswer(state.follow.get(index)) } : null,
        };
      }),
      current: state.current
        ? {
            ...state.current,
            startedAt: mock.stepStartedAt,
            deadline: mock.stepStartedAt + mock.secondsPerQuestion * 1000,
          }
        : null,
    };
  }

  async function report(state: MockState): Promise<MockReport> {
    const { mock } = state;
    const inputs: ReportInput[] = mock.questions.flatMap((id, step) => {
      const q = state.questions.get(id);
      if (!q) return [];
      const main = state.main.get(step);
      const follow = state.follow.get(step);
      return [
        {
          step,
          question: q,
          main: main ? { text: main.text, feedback: main.feedback, overtime: overtime(mock, main) } : null,
          followUp: follow && main?.followUp ? { prompt: main.followUp, text: follow.text, feedback: follow.feedback } : null,
        },
      ];
    });
    const terms = await repo.termTitles(
      mock.roleId,
      inputs.flatMap((i) => i.question.terms),
    );
    return buildReport(
      { id: mock.id, role: mock.roleId, level: mock.level, focusTitle: await focusTitle(mock), startedAt: mock.startedAt, completedAt: mock.completedAt },
      inputs,
      terms,
    );
  }

  async function requireMock(user: User, id: string): Promise<Mock> {
    const mock = await repo.mock(user.id, id);
    if (!mock) throw notFound("mock interview");
    return mock;
  }

  // ---- kits

  async function kitItemView(roleId: string, item: StoredKitItem): Promise<KitItemView> {
    if (item.source === "own") {
      return {
        key: item.key,
        source: "own",
        questionId: null,
        prompt: item.prompt,
        kind: null,
        level: null,
        area: null,
        minutes: item.minutes,
        modelAnswer: item.modelAnswer,
        rubric: item.keyPoints,
        greenFlags: item.greenFlags,
        redFlags: item.redFlags,
        followUps: [],
        missing: false,
      };
    }
    const q = (await content.item("questions", roleId, item.questionId))?.item;
    return {
      key: item.key,
      source: "bank",
      questionId: item.questionId,
      prompt: q?.prompt ?? item.questionId,
      kind: q?.kind ?? null,
      level: q?.level ?? null,
      area: q?.area ?? null,
      minutes: item.minutes,
      modelAnswer: q?.modelAnswer.trim() ?? "",
      rubric: q?.keyPoints.map((k) => k.text) ?? [],
      // What a good answer does, and the usual ways an answer goes wrong.
      greenFlags: q ? [...q.tips] : [],
      redFlags: q ? [...q.pitfalls] : [],
      followUps: q ? [...q.followUps] : [],
      missing: !q,
    };
  }

  async function kitView(kit: Kit): Promise<KitView> {
    const items = await Promise.all(kit.items.map((i) => kitItemView(kit.roleId, i)));
    return {
      id: kit.id,
      title: kit.title,
      role: kit.roleId,
      notes: kit.notes,
      totalMinutes: items.reduce((s, i) => s + i.minutes, 0),
      createdAt: kit.createdAt,
      updatedAt: kit.updatedAt,
      items,
    };
  }

  async function kitItems(body: KitBody): Promise<StoredKitItem[]> {
    await requireRole(body.role);
    const keys = new Set<string>();
    const items: StoredKitItem[] = [];
    for (const [i, item] of body.items.entries()) {
      let key = item.key && !keys.has(item.key) ? item.key : randomUUID().slice(0, 8);
      while (keys.has(key)) key = randomUUID().slice(0, 8);
      keys.add(key);
      if (item.source === "bank") {
        if (!(await content.item("questions", body.role, item.questionId))) {
          throw new AppError("not_found", `items.${i}.questionId: there is no question with that id.`, [{ path: `items.${i}.questionId`, message: "no such question" }]);
        }
        items.push({ key, source: "bank", questionId: item.questionId, minutes: item.minutes });
      } else {
        items.push({ ...item, key });
      }
    }
    return items;
  }

  async function requireKit(user: User, id: string): Promise<Kit> {
    const kit = await repo.kit(user.id, id);
    if (!kit) throw notFound("interview kit");
    return kit;
  }

  const average = (s: Scorecard) => {
    const rated = s.answers.flatMap((a) => (a.rating === null ? [] : [a.rating]));
    return rated.length ? Math.round((rated.reduce((x, y) => x + y, 0) / rated.length) * 100) / 100 : null;
  };

  async function scorecardView(s: Scorecard, kit?: Kit): Promise<ScorecardView> {
    const k = kit ?? (await repo.kit(s.userId, s.kitId));
    if (!k) throw notFound("interview kit");
    return {
      id: s.id,
      kitId: s.kitId,
      candidate: s.candidate,
      answers: s.answers,
      recommendation: s.recommendation,
      summary: s.summary,
      average: average(s),
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      kit: await kitView(k),
    };
  }

  async function requireScorecard(user: User, id: string): Promise<Scorecard> {
    const s = await repo.scorecard(user.id, id);
    if (!s) throw notFound("scorecard");
    return s;
  }

  return {
    // ---- the bank and practice

    async bank(user: User, roleId: string, query: { level?: string | undefined; kind?: string | undefined; area?: string | undefined; q?: string | undefined }): Promise<BankView> {
      await requireRole(roleId);
      const [all, stats, areas] = await Promise.all([repo.bankQuestions(roleId), repo.practiceStats(user.id, roleId), areaTitles(roleId)]);
      let pool = all;
      if (query.q) {
        const ranked = await search.matchingIds(query.q, roleId, "question");
        const byId = new Map(all.map((q) => [q.id, q]));
        pool = ranked.flatMap((id) => byId.get(id) ?? []);
      }
      const filters = { level: query.level, kind: query.kind, area: query.area } as const;
      type Key = keyof typeof filters;
      const matches = (q: (typeof all)[number], except: Key | null) =>
        (Object.keys(filters) as Key[]).every((k) => k === except || !filters[k] || q[k] === filters[k]);
      const facet = (key: Key, values: readonly { value: string; label: string }[]) =>
        values.map((v) => ({ ...v, count: pool.filter((q) => matches(q, key) && q[key] === v.value).length }));
      const items = pool.filter((q) => matches(q, null));
      return {
        items: items.map((q) => {
          const s = stats.get(q.id);
          return { id: q.id, prompt: q.prompt, kind: q.kind, level: q.level, area: q.area, areaTitle: areas.get(q.area) ?? q.area, attempts: s?.attempts ?? 0, best: s?.best ?? null };
        }),
        total: items.length,
        facets: {
          level: facet("level", [
            { value: "junior", label: "Junior" },
            { value: "mid", label: "Mid" },
            { value: "senior", label: "Senior" },
          ]),
          kind: facet("kind", [
            { value: "technical", label: "Technical" },
            { value: "behavioral", label: "Behavioral" },
            { value: "system-design", label: "System design" },
          ]),
          area: facet(
            "area",
            [...areas].filter(([id]) => all.some((q) => q.area === id)).map(([value, label]) => ({ value, label })),
          ),
        },
      };
    },

    async practice(user: User, roleId: string, questionId: string): Promise<PracticeView> {
      const found = await requireQuestion(roleId, questionId);
      const [answers, revealedAt, area] = await Promise.all([
        repo.answersOfQuestion(user.id, roleId, questionId),
        repo.revealedAt(user.id, roleId, questionId),
        content.area(roleId, found.item.area),
      ]);
      const attempts = answers.filter((a) => !a.scope.endsWith(":follow-up"));
      return {
        question: questionView(found.item, found.retired),
        areaTitle: area?.item.title ?? found.item.area,
        reference: attempts.length > 0 || revealedAt !== null ? reference(found.item) : null,
        revealedAt,
        attempts: attempts.map(summary),
      };
    },

    async reveal(user: User, roleId: string, questionId: string): Promise<{ reference: Reference; revealedAt: number }> {
      const found = await requireQuestion(roleId, questionId);
      await repo.reveal(user.id, roleId, questionId, clock.now());
      return { reference: reference(found.item), revealedAt: (await repo.revealedAt(user.id, roleId, questionId))! };
    },

    async answer(user: User, roleId: string, questionId: string, body: AnswerInput): Promise<{ answer: AnswerView; replayed: boolean }> {
      const text = checkText(body.text);
      const { item: question } = await requireQuestion(roleId, questionId);
      const scope = `practice:${roleId}:${questionId}`;
      const hash = sha256(text);
      const existing = await repo.answerByScope(user.id, scope, hash);
      if (existing) return { answer: answerView(existing, question), replayed: true };

      const [feedback, revealedAt] = await Promise.all([grade(text, taskForQuestion(question)), repo.revealedAt(user.id, roleId, questionId)]);
      const now = clock.now();
      const stored: StoredAnswer = {
        id: randomUUID(),
        userId: user.id,
        roleId,
        questionId,
        scope,
        mockId: null,
        step: null,
        followUp: null,
        text,
        textHash: hash,
        feedback,
        overall: Math.round(feedback.overall),
        band: feedback.band,
        revealed: revealedAt !== null && revealedAt <= now,
        seconds: body.seconds ?? null,
        dictated: body.dictated ?? false,
        createdAt: now,
      };
      if (await repo.insertAnswer(stored)) return { answer: answerView(stored, question), replayed: false };
      // Another request with the same text won the race: answer what it recorded.
      const winner = await repo.answerByScope(user.id, scope, hash);
      return { answer: answerView(winner!, question), replayed: true };
    },

    async getAnswer(user: User, id: string): Promise<AnswerView> {
      const a = await repo.answer(user.id, id);
      if (!a) throw notFound("answer");
      const { item } = await requireQuestion(a.roleId, a.questionId);
      return answerView(a, item);
    },

    // ---- mock interviews

    async startMock(user: User, body: { role: string; level: "junior" | "mid" | "senior"; focus: string; count: number; secondsPerQuestion: number }): Promise<MockView> {
      await requireRole(body.role);
      const focus = body.focus === MOCK_FOCUS_MIXED ? null : body.focus;
      if (focus && !(await content.area(body.role, focus))) {
        throw new AppError("not_found", "focus: there is no topic area with that id.", [{ path: "focus", message: "no such topic area" }]);
      }
      const questions = planMock(await repo.bankQuestions(body.role), { level: body.level, focus, count: body.count, random });
      const now = clock.now();
      const mock: Mock = {
        id: randomUUID(),
        userId: user.id,
        roleId: body.role,
        level: body.level,
        focus: body.focus,
        secondsPerQuestion: body.secondsPerQuestion,
        questions,
        stepStartedAt: now,
        startedAt: now,
        completedAt: null,
        shared: false,
      };
      await repo.insertMock(mock);
      return mockView(await mockState(mock));
    },

    async mocks(user: User) {
      const mocks = await repo.mocks(user.id);
      const counts = await repo.mockAnswerCounts(mocks.map((m) => m.id));
      return Promise.all(
        mocks.map(async (m) => {
          const c = counts.get(m.id);
          return {
            id: m.id,
            level: m.level,
            focus: m.focus,
            focusTitle: await focusTitle(m),
            questions: m.questions.length,
            answered: c?.answered ?? 0,
            startedAt: m.startedAt,
            completedAt: m.completedAt,
            overall: c && c.answered > 0 ? Math.round(c.total / c.answered) : null,
          };
        }),
      );
    },

    async mock(user: User, id: string): Promise<MockView> {
      return mockView(await mockState(await requireMock(user, id)));
    },

    async mockAnswer(user: User, id: string, body: AnswerInput & { step: number; followUp: boolean }): Promise<{ mock: MockView; replayed: boolean }> {
      const text = checkText(body.text);
      const mock = await requireMock(user, id);
      const scope = scopeOf(mock.id, body.step, body.followUp);
      const hash = sha256(text);
      if (await repo.answerByScope(user.id, scope, hash)) return { mock: await mockView(await mockState(mock)), replayed: true };

      const state = await mockState(mock);
      if (!state.current) throw new AppError("conflict", "This mock interview is over; open its report.");
      if (state.current.step !== body.step || state.current.followUp !== body.followUp) {
        throw new AppError("conflict", "That is not the question being asked now; reload the interview to see where it is.");
      }
      const questionId = mock.questions[body.step]!;
      const question = state.questions.get(questionId);
      if (!question) throw notFound("question");

      const main = state.main.get(body.step);
      const base = taskForQuestion(question);
      const task: Task = body.followUp
        ? {
            kind: base.kind,
            prompt: state.current.prompt,
            ...(base.level ? { level: base.level } : {}),
            reference: question.modelAnswer,
            keyPoints: question.keyPoints.filter((k) => main!.feedback.keyPoints.missed.some((m) => m.text === k.text)),
            ...(base.targetVocabulary ? { targetVocabulary: base.targetVocabulary } : {}),
          }
        : base;
      const [feedback, revealedAt] = await Promise.all([grade(text, task), repo.revealedAt(user.id, mock.roleId, questionId)]);
      const now = clock.now();
      const followUpPrompt = body.followUp ? state.current.prompt : needsFollowUp(feedback) ? pickFollowUp(question, feedback.keyPoints.missed) : null;
      const last = body.step === mock.questions.length - 1;
      const done = last && (body.followUp || !followUpPrompt);
      const stored: StoredAnswer = {
        id: randomUUID(),
        userId: user.id,
        roleId: mock.roleId,
        questionId,
        scope,
        mockId: mock.id,
        step: body.step,
        followUp: followUpPrompt,
        text,
        textHash: hash,
        feedback,
        overall: Math.round(feedback.overall),
        band: feedback.band,
        revealed: revealedAt !== null && revealedAt <= now,
        seconds: Math.max(0, Math.round((now - mock.stepStartedAt) / 1000)),
        dictated: body.dictated ?? false,
        createdAt: now,
      };
      // A step that starts in the same millisecond as the last one would not move the guard.
      const nextStart = Math.max(now, mock.stepStartedAt + 1);
      const recorded = await repo.recordMockAnswer(stored, mock, { stepStartedAt: nextStart, completedAt: done ? now : null });
      if (!recorded) {
        if (await repo.answerByScope(user.id, scope, hash)) return { mock: await mockView(await mockState((await repo.mock(user.id, id))!)), replayed: true };
        throw new AppError("conflict", "This question was answered in another window; reload the interview.");
      }
      return { mock: await mockView(await mockState((await repo.mock(user.id, id))!)), replayed: false };
    },

    async report(user: User, id: string): Promise<MockReport> {
      return report(await mockState(await requireMock(user, id)));
    },

    async share(user: User, id: string): Promise<{ token: string; path: string }> {
      await requireMock(user, id);
      const token = randomBytes(24).toString("base64url");
      await repo.setShare(user.id, id, sha256(token), clock.now());
      return { token, path: `/interview/shared/${token}` };
    },

    async unshare(user: User, id: string): Promise<void> {
      await requireMock(user, id);
      await repo.setShare(user.id, id, null, clock.now());
    },

    async shared(token: string): Promise<MockReport> {
      const mock = await repo.mockByShareHash(sha256(token));
      if (!mock) throw new AppError("not_found", "This share link does not exist or was revoked.");
      return report(await mockState(mock));
    },

    // ---- kits and scorecards

    async kits(user: User) {
      const kits = await repo.kits(user.id);
      return Promise.all(
        kits.map(async (k) => {
          const view = await kitView(k);
          return { id: k.id, title: k.title, questions: k.items.length, totalMinutes: view.totalMinutes, updatedAt: k.updatedAt };
        }),
      );
    },

    async createKit(user: User, body: KitBody): Promise<KitView> {
      const now = clock.now();
      const kit: Kit = { id: randomUUID(), userId: user.id, roleId: body.role, title: body.title, notes: body.notes, items: await kitItems(body), createdAt: now, updatedAt: now };
      await repo.insertKit(kit);
      return kitView(kit);
    },

    async kit(user: User, id: string): Promise<KitView> {
      return kitView(await requireKit(user, id));
    },

    async updateKit(user: User, id: string, body: KitBody): Promise<KitView> {
      const kit = await requireKit(user, id);
      const next: Kit = { ...kit, roleId: body.role, title: body.title, notes: body.notes, items: await kitItems(body), updatedAt: clock.now() };
      if (!(await repo.updateKit(next))) throw notFound("interview kit");
      return kitView(next);
    },

    async deleteKit(user: User, id: string): Promise<void> {
      if (!(await repo.deleteKit(user.id, id))) throw notFound("interview kit");
    },

    async exportKit(user: User, id: string) {
      const view = await kitView(await requireKit(user, id));
      return { filename: `${slug(view.title)}.md`, markdown: kitMarkdown(view) };
    },

    async scorecards(user: User, kitId: string) {
      await requireKit(user, kitId);
      return (await repo.scorecards(user.id, kitId)).map((s) => ({
        id: s.id,
        candidate: s.candidate,
        recommendation: s.recommendation,
        average: average(s),
        updatedAt: s.updatedAt,
      }));
    },

    async createScorecard(user: User, kitId: string, candidate: string): Promise<ScorecardView> {
      const kit = await requireKit(user, kitId);
      const now = clock.now();
      const s: Scorecard = { id: randomUUID(), userId: user.id, kitId, candidate, answers: [], recommendation: null, summary: "", createdAt: now, updatedAt: now };
      await repo.insertScorecard(s);
      return scorecardView(s, kit);
    },

    async scorecard(user: User, id: string): Promise<ScorecardView> {
      return scorecardView(await requireScorecard(user, id));
    },

    async updateScorecard(user: User, id: string, body: ScorecardBody): Promise<ScorecardView> {
      const s = await requireScorecard(user, id);
      const kit = await requireKit(user, s.kitId);
      const view = await kitView(kit);
      const rubricSize = new Map(view.items.map((i) => [i.key, i.rubric.length]));
      const seen = new Set<string>();
      for (const [i, a] of body.answers.entries()) {
        const size = rubricSize.get(a.key);
        const problem =
          size === undefined ? "is not a question of this kit" : seen.has(a.key) ? "is given twice" : a.heard.some((h) => h >= size) ? "heard names a key point the rubric does not have" : null;
        if (problem) throw new AppError("validation_failed", `answers.${i}.key: ${problem}`, [{ path: `answers.${i}.key`, message: problem }]);
        seen.add(a.key);
      }
      const next: Scorecard = {
        ...s,
        candidate: body.candidate,
        answers: body.answers.map((a) => ({ ...a, heard: [...new Set(a.heard)].sort((x, y) => x - y) })),
        recommendation: body.recommendation,
        summary: body.summary,
        updatedAt: clock.now(),
      };
      await repo.updateScorecard(next);
      return scorecardView(next, kit);
    },

    async deleteScorecard(user: User, id: string): Promise<void> {
      if (!(await repo.deleteScorecard(user.id, id))) throw notFound("scorecard");
    },

    async exportScorecard(user: User, id: string) {
      const view = await scorecardView(await requireScorecard(user, id));
      return { filename: `scorecard-${slug(view.candidate)}.md`, markdown: scorecardMarkdown(view) };
    },
  };
}

export type InterviewService = ReturnType<typeof createInterviewService>;
