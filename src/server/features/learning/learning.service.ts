/**
 * The learning path's rules: runs through exercise sets (seeded by the run's id), answers graded
 * by the learning core (written ones by the coach), recorded once per run and exercise, in one
 * transaction with the run's counters; mastery, the streak and what to do next computed from the
 * learner's history on every read — nothing derived is stored, so nothing can drift.
 */
import { randomUUID } from "node:crypto";
import type { Level } from "../../../content/schema.ts";
import { AnswerMismatchError, checkWordCount, gradeExercise, type ExerciseResult, type WrittenGrader } from "../../../learning/grade-exercise.ts";
import { parseAnswer, type ExerciseAnswer } from "../../../learning/answers.ts";
import { toPublicExercise } from "../../../learning/exercise-view.ts";
import type { TermReviewSummary } from "../../../learning/mastery.ts";
import { nextSteps, type NextStep } from "../../../learning/next-steps.ts";
import { summarizeSet } from "../../../learning/sets.ts";
import { AppError, fieldError } from "../../errors.ts";
import type { User } from "../accounts/user.ts";
import type { ContentRepository } from "../content/content.repository.ts";
import type { StoredExercise, StoredQuestion, StoredScenario, StoredTerm, StoredTopic } from "../content/stored-content.ts";
import type { ActivitySlot, Attempt, AttemptItem, LearningRepository, RoleContent, StoredAnswer } from "./learning.repository.ts";
import type {
  AnswerResponse,
  AnswerResult,
  AreaPage,
  AttemptView,
  LevelProgress,
  NextStepView,
  PathView,
  RoadmapView,
  SetProgress,
  SummaryView,
  TodayView,
  TopicStatus,
} from "./learning.schemas.ts";
import { answerSeconds, areaPriority, masteryByArea, mistakesFrom, pickByArea, setProgress, streakView, type SetInfo } from "./path-view.ts";

export interface Clock {
  now(): number;
}

/**
 * What the learning path asks of the vocabulary review deck, when that feature is installed: due
 * cards, the review state of each area's terms (for mastery) and which terms are in the deck.
 */
export interface ReviewDeckPort {
  /** Cards to review today, as the review page counts them. */
  dueCount(user: User): Promise<number>;
  /** Per area of the role: its terms, how many the learner has started and how many they know. */
  termSummaries(user: User, content: Pick<RoleContent, "role" | "termAreas">): Promise<Map<string, TermReviewSummary>>;
  termsInDeck(user: User, roleId: string): Promise<Set<string>>;
  /** Time spent reviewing, in every role: it counts toward the daily goal like exercise time. */
  activity(user: User): Promise<ActivitySlot[]>;
}

const LEVELS: readonly Level[] = ["junior", "mid", "senior"];
const MISTAKES_TITLE = "Review my mistakes";
const MAX_ROLE_LIST = 1000;

/** The same answer, whatever order its keys came in. */
function canonical(answer: ExerciseAnswer): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sort(answer));
}

function resultView(result: ExerciseResult, answer: ExerciseAnswer, answeredAt: number): AnswerResult {
  const written = result.written;
  return {
    exerciseId: result.exerciseId,
    type: result.type,
    correct: result.correct,
    nearMiss: result.nearMiss,
    score: result.score,
    message: result.message,
    explanation: result.explanation,
    parts: result.parts,
    correctAnswer: result.correctAnswer,
    terms: result.terms,
    answer,
    written: written
      ? {
          score: written.score,
          words: written.words,
          covered: written.covered,
          missed: written.missed,
          feedback: written.feedback,
          coach: (written.details ?? null) as NonNullable<AnswerResult["written"]>["coach"],
        }
      : null,
    answeredAt,
  };
}

/** What the learner did with an area's interview questions and roleplays (their own features' data). */
export interface PracticePort {
  questions(userId: string, roleId: string): Promise<ReadonlyMap<string, { attempts: number; best: number }>>;
  roleplays(userId: string, roleId: string): Promise<ReadonlyMap<string, { completed: number; active: boolean; bestGoalsMet: number; goalsTotal: number }>>;
}

export function createLearningService(deps: {
  learning: LearningRepository;
  content: ContentRepository;
  clock: Clock;
  reviews?: ReviewDeckPort | null;
  practice?: PracticePort | null;
}) {
  const { learning, content, clock } = deps;
  const reviews = deps.reviews ?? null;

  const roleMissing = () => new AppError("not_found", "There is no role with that id.");
  const attemptMissing = () => new AppError("not_found", "There is no exercise run with that id.");

  async function requireRole(roleId: string): Promise<RoleContent> {
    const content = await learning.roleContent(roleId);
    if (!content) throw roleMissing();
    return content;
  }

  const levelsOf = (sets: readonly SetProgress[]): LevelProgress[] =>
    LEVELS.map((level) => {
      const inLevel = sets.filter((s) => s.level === level);
      return { level, sets: inLevel, setsCompleted: inLevel.filter((s) => s.completed).length };
    }).filter((l) => l.sets.length > 0);

  /** Everything the path, the home page and a summary share: history, runs, mastery, streak, next steps. */
  async function overview(user: User, roleId: string) {
    const now = clock.now();
    const content = await requireRole(roleId);
    const { areas, sets } = content;
    const retired = content.retiredExercises;
    const [activity, reviewTime, scores, outcomes, attempts, due, vocabulary] = await Promise.all([
      learning.activity(user.id),
      reviews ? reviews.activity(user) : Promise.resolve([]),
      learning.scores(user.id, roleId),
      learning.outcomes(user.id, roleId),
      learning.attempts(user.id, roleId),
      reviews ? reviews.dueCount(user) : Promise.resolve(null),
      reviews ? reviews.termSummaries(user, content) : Promise.resolve(new Map<string, TermReviewSummary>()),
    ]);
    const mastery = masteryByArea(
      areas.map((a) => a.id),
      scores,
      now,
      vocabulary,
    );
    const progress = setProgress(sets, attempts);
    const streak = streakView([...activity, ...reviewTime], now, user.timeZone, user.dailyGoalMinutes);
    const mistakes = mistakesFrom(outcomes, (id) => !retired.has(id));

    const last = attempts.find((a) => a.kind === "set" && a.setId && progress.has(a.setId));
    const steps = nextSteps({
      areas: areas.map((a) => ({ id: a.id, mastery: mastery.get(a.id)!.status === "no-data" ? null : mastery.get(a.id)!.value })),
      sets: sets.map((s) => ({ id: s.id, areaId: s.area, completed: progress.get(s.id)!.completed })),
      lastSet: last ? { setId: last.setId!, answered: last.answered, total: last.total } : null,
      dueReviews: due ?? 0,
    });
    const areaTitle = new Map(areas.map((a) => [a.id, a.title]));
    const setTitle = new Map(sets.map((s) => [s.id, s.title]));
    const stepView = (s: NextStep): NextStepView => {
      const base: NextStepView = {
        kind: s.kind,
        areaId: null,
        areaTitle: null,
        setId: null,
        setTitle: null,
        attemptId: null,
        answered: null,
        total: null,
        due: null,
        mastery: null,
      };
      if (s.kind === "reviews") return { ...base, due: s.due };
      const setId = "setId" in s ? s.setId : null;
      return {
        ...base,
        areaId: s.areaId,
        areaTitle: areaTitle.get(s.areaId) ?? s.areaId,
        setId,
        setTitle: setId ? (setTitle.get(setId) ?? setId) : null,
        attemptId: s.kind === "continue-set" ? (last?.id ?? null) : null,
        answered: s.kind === "continue-set" ? s.answered : null,
        total: s.kind === "continue-set" ? s.total : null,
        mastery: s.kind === "weakest-area" ? s.mastery : null,
      };
    };
    return { now, content, areas, sets, outcomes, mastery, progress, streak, mistakes, due, steps: steps.map(stepView), attempts };
  }

  /** The exercises of a run, with keys, in the run's order. */
  async function runExercises(attempt: Attempt): Promise<StoredExercise[]> {
    const byId = await learning.exercisesById(
      attempt.roleId,
      attempt.items.map((i) => i.id),
    );
    return attempt.items.flatMap((i) => byId.get(i.id) ?? []);
  }

  async function attemptTitle(attempt: Pick<Attempt, "kind" | "setId" | "roleId">): Promise<{ title: string; level: Level | null }> {
    if (attempt.kind === "mistakes" || !attempt.setId) return { title: MISTAKES_TITLE, level: null };
    const set = await content.item("exercise_sets", attempt.roleId, attempt.setId);
    return set ? { title: set.item.title, level: set.item.level } : { title: attempt.setId, level: null };
  }

  async function attemptView(attempt: Attempt): Promise<AttemptView> {
    const [exercises, answers, head] = await Promise.all([runExercises(attempt), learning.answers(attempt.id), attemptTitle(attempt)]);
    return {
      id: attempt.id,
      kind: attempt.kind,
      role: attempt.roleId,
      setId: attempt.setId,
      area: attempt.area,
      title: head.title,
      level: head.level,
      startedAt: attempt.startedAt,
      completedAt: attempt.completedAt,
      total: attempt.total,
      answered: attempt.answered,
      // The run's id is the seed: the order is the same on every reload, and the grader rebuilds it.
      exercises: exercises.map((e) => toPublicExercise(e, attempt.id)),
      results: answers.map((a) => JSON.parse(a.result) as AnswerResult),
    };
  }

  async function start(user: User, roleId: string, kind: Attempt["kind"], setId: string | null, area: string | null, items: AttemptItem[]) {
    const now = clock.now();
    const attempt: Attempt = {
      id: randomUUID(),
      userId: user.id,
      roleId,
      kind,
      setId,
      area,
      items,
      total: items.length,
      answered: 0,
      correct: 0,
      scoreSum: 0,
      startedAt: now,
      updatedAt: now,
      completedAt: null,
    };
    await learning.insertAttempt(attempt);
    return attemptView(attempt);
  }

  return {
    async path(user: User, roleId: string): Promise<PathView> {
      const o = await overview(user, roleId);
      const { role, written, scenarios, questions } = o.content;
      const areaTitle = new Map(o.areas.map((a) => [a.id, a.title]));
      const order = areaPriority(
        o.areas.map((a) => a.id),
        o.mastery,
      );
      // Written exercises answered well already are not recommended again.
      const passed = new Set(o.outcomes.filter((x) => x.written && x.lastRight !== null).map((x) => x.exerciseId));
      const writing = pickByArea(written, order, user.level, 3, (w) => passed.has(w.id)).map((w) => ({
        setId: w.setId,
        setTitle: o.sets.find((s) => s.id === w.setId)?.title ?? w.setId,
        exerciseId: w.id,
        prompt: w.prompt,
        area: w.area,
        areaTitle: areaTitle.get(w.area) ?? w.area,
        level: w.level as Level,
      }));
      const speakingScenarios = pickByArea(scenarios, order, user.level, 2);
      const speakingQuestion = pickByArea(questions, order, user.level, 1);
      const speaking = [
        ...speakingScenarios.map((s) => ({ kind: "scenario" as const, ...s })),
        ...speakingQuestion.map((q) => ({ kind: "question" as const, ...q })),
      ].map((s) => ({ kind: s.kind, id: s.id, title: s.title, area: s.area, areaTitle: areaTitle.get(s.area) ?? s.area, level: s.level as Level, detail: s.detail }));

      return {
        role,
        level: user.level,
        streak: o.streak,
        dueReviews: o.due,
        mistakes: o.mistakes.length,
        nextSteps: o.steps,
        areas: o.areas.map((a) => {
          const sets = o.sets.filter((s) => s.area === a.id).map((s) => o.progress.get(s.id)!);
          const m = o.mastery.get(a.id)!;
          return {
            id: a.id,
            title: a.title,
            summary: a.summary,
            mastery: { value: m.value, status: m.status, confidence: Math.round(m.confidence * 100) / 100 },
            levels: levelsOf(sets),
            setsCompleted: sets.filter((s) => s.completed).length,
            setsTotal: sets.length,
          };
        }),
        recommended: { writing, speaking },
      };
    },

    async today(user: User, roleId: string): Promise<TodayView> {
      const o = await overview(user, roleId);
      return {
        streak: o.streak,
        dueReviews: o.due,
        mistakes: o.mistakes.length,
        next: o.steps.find((s) => s.setId !== null) ?? null,
      };
    },

    async area(user: User, roleId: string, areaId: string): Promise<AreaPage> {
      const snapshot = await requireRole(roleId);
      const role = snapshot.role;
      const found = await content.area(roleId, areaId);
      if (!found) throw new AppError("not_found", "This role has no topic area with that id.");
      const area = found.item;
      const now = clock.now();
      const paging = { limit: MAX_ROLE_LIST, offset: 0 };
      const sets = snapshot.sets;
      const [scores, attempts, marks, terms, topics, questions, scenarios, vocabulary, inDeck, practised, conversations] = await Promise.all([
        learning.scores(user.id, roleId),
        learning.attempts(user.id, roleId),
        learning.topicMarks(user.id, roleId),
        content.list("terms", roleId, { area: areaId }, paging),
        content.list("topics", roleId, { area: areaId }, paging),
        content.list("questions", roleId, { area: areaId }, paging),
        content.list("scenarios", roleId, { area: areaId }, paging),
        reviews ? reviews.termSummaries(user, snapshot) : Promise.resolve(new Map<string, TermReviewSummary>()),
        reviews ? reviews.termsInDeck(user, roleId) : Promise.resolve(null),
        deps.practice ? deps.practice.questions(user.id, roleId) : Promise.resolve(new Map<string, { attempts: number; best: number }>()),
        deps.practice ? deps.practice.roleplays(user.id, roleId) : Promise.resolve(new Map<string, { completed: number; active: boolean; bestGoalsMet: number; goalsTotal: number }>()),
      ]);
      const inArea = scores.filter((b) => b.area === areaId);
      const m = masteryByArea([areaId], inArea, now, vocabulary).get(areaId)!;
      const areaSets: SetInfo[] = sets.filter((s) => s.area === areaId);
      const progress = setProgress(areaSets, attempts);
      const byLevel = (a: { level: string }, b: { level: string }) => LEVELS.indexOf(a.level as Level) - LEVELS.indexOf(b.level as Level);
      return {
        role,
        area: { id: area.id, title: area.title, summary: area.summary, outcomes: [...area.outcomes] },
        mastery: {
          value: m.value,
          status: m.status,
          confidence: Math.round(m.confidence * 100) / 100,
          components: m.components,
        },
        answered: inArea.reduce((n, b) => n + b.count, 0),
        levels: levelsOf(areaSets.map((s) => progress.get(s.id)!)),
        terms: (terms.items as StoredTerm[])
          .map((t) => ({ id: t.id, term: t.term, level: t.level, definition: t.definition, inDeck: inDeck ? inDeck.has(t.id) : null }))
          .sort(byLevel),
        topics: (topics.items as StoredTopic[]).map((t) => ({
          id: t.id,
          title: t.title,
          level: t.level,
          summary: t.summary,
          status: (marks.get(t.id) as TopicStatus | undefined) ?? null,
        })),
        questions: (questions.items as StoredQuestion[]).map((q) => ({ id: q.id, prompt: q.prompt, kind: q.kind, level: q.level, practice: practised.get(q.id) ?? null })),
        scenarios: (scenarios.items as StoredScenario[]).map((s) => {
          const p = conversations.get(s.id);
          return {
            id: s.id,
            title: s.title,
            level: s.level,
            setting: s.setting,
            progress: p ? { completed: p.completed, inProgress: p.active, bestGoalsMet: p.bestGoalsMet, goalsTotal: p.goalsTotal } : null,
          };
        }),
      };
    },

    async roadmap(user: User, roleId: string): Promise<RoadmapView> {
      const { role, areas } = await requireRole(roleId);
      const [topics, marks] = await Promise.all([learning.topics(roleId), learning.topicMarks(user.id, roleId)]);
      const all = topics as StoredTopic[];
      const status = (id: string) => (marks.get(id) as TopicStatus | undefined) ?? null;
      const counts = { total: all.length, done: 0, learning: 0, skipped: 0 };
      for (const t of all) {
        const s = status(t.id);
        if (s) counts[s]++;
      }
      return {
        role,
        areas: areas
          .map((a) => ({
            id: a.id,
            title: a.title,
            topics: all
              .filter((t) => t.area === a.id)
              .map((t) => ({
                id: t.id,
                title: t.title,
                level: t.level,
                summary: t.summary,
                prerequisites: t.prerequisiteRefs,
                next: t.nextRefs,
                status: status(t.id),
              })),
          }))
          .filter((a) => a.topics.length > 0),
        counts,
      };
    },

    async setTopicStatus(user: User, roleId: string, topicId: string, status: TopicStatus | null) {
      await requireRole(roleId);
      const topic = await content.item("topics", roleId, topicId);
      if (!topic) throw new AppError("not_found", "This role has no topic with that id.");
      await learning.setTopicMark(user.id, roleId, topicId, status, clock.now());
      return { topicId, status };
    },

    async startSet(user: User, roleId: string, setId: string): Promise<AttemptView> {
      await requireRole(roleId);
      const set = await content.item("exercise_sets", roleId, setId);
      if (!set || set.retired) throw new AppError("not_found", "This role has no exercise set with that id.");
      const exercises = await content.exercises(roleId, setId, false);
      const items = exercises.map((e) => ({ set: setId, id: e.id, area: set.item.area }));
      return start(user, roleId, "set", setId, set.item.area, items);
    },

    /** A run of the exercises whose latest answer was wrong; 409 when there are none. */
    async startMistakes(user: User, roleId: string): Promise<AttemptView> {
      const { retiredExercises } = await requireRole(roleId);
      const outcomes = await learning.outcomes(user.id, roleId);
      const ids = mistakesFrom(outcomes, (id) => !retiredExercises.has(id));
      if (ids.length === 0) throw new AppError("conflict", "There are no mistakes to review: every exercise you got wrong has been answered right since.");
      const latest = new Map(outcomes.map((x) => [x.exerciseId, x]));
      const items = ids.map((id) => ({ set: latest.get(id)!.setId, id, area: latest.get(id)!.area }));
      const areas = new Set(items.map((i) => i.area));
      return start(user, roleId, "mistakes", null, areas.size === 1 ? items[0]!.area : null, items);
    },

    async attempt(user: User, attemptId: string): Promise<AttemptView> {
      const attempt = await learning.attempt(user.id, attemptId);
      if (!attempt) throw attemptMissing();
      return attemptView(attempt);
    },

    /**
     * Grade and record one answer. The same answer again (a double click, a retry after a dropped
     * connection) gets the recorded result back and counts once; a different answer to an
     * exercise already answered in this run is refused with 409.
     */
    async submit(user: User, attemptId: string, body: { exerciseId: string; answer: ExerciseAnswer }, grader: WrittenGrader | null): Promise<AnswerResponse> {
      const attempt = await learning.attempt(user.id, attemptId);
      if (!attempt) throw attemptMissing();
      const item = attempt.items.find((i) => i.id === body.exerciseId);
      if (!item) throw new AppError("not_found", "This run has no exercise with that id.");

      const replay = async (stored: StoredAnswer, given: string): Promise<AnswerResponse> => {
        if (canonical(JSON.parse(stored.answer) as ExerciseAnswer) !== given) {
          throw new AppError("conflict", "You have already answered this exercise in this run; start the set again to answer it anew.");
        }
        const current = (await learning.attempt(user.id, attemptId)) ?? attempt;
        return {
          result: JSON.parse(stored.result) as AnswerResult,
          replayed: true,
          progress: { answered: current.answered, total: current.total, correct: current.correct, complete: current.answered >= current.total },
        };
      };

      const exercise = await learning.exercise(attempt.roleId, item.id);
      if (!exercise) throw new AppError("not_found", "This exercise is no longer in the curriculum.");
      const parsed = parseAnswer(exercise, body.answer);
      if (!parsed.ok) throw new AppError("validation_failed", `answer: ${parsed.problems[0]}`, parsed.problems.map((message) => ({ path: "answer", message })));
      const answer = parsed.answer;
      const given = canonical(answer);

      if (exercise.type === "written" && answer.type === "written") {
        // A repeat is answered before the coach is asked again.
        const existing = await learning.answer(attemptId, item.id);
        if (existing) return replay(existing, given);
        // Outside the word limits the learner fixes the text; nothing is graded or recorded.
        const length = checkWordCount(exercise, answer.text);
        if (length.problem) throw fieldError("answer.text", length.message!);
        if (!grader) throw new AppError("service_unavailable", "The coach is not available right now; try the written exercise again later.");
      }

      let result: ExerciseResult;
      try {
        result = await gradeExercise(exercise, answer, { seed: attempt.id, ...(grader ? { writtenGrader: grader } : {}) });
      } catch (err) {
        if (err instanceof AnswerMismatchError) throw new AppError("validation_failed", `answer: ${err.problems[0]}`, err.problems.map((message) => ({ path: "answer", message })));
        throw err;
      }

      const now = clock.now();
      const view = resultView(result, answer, now);
      const recorded = await learning.recordAnswer({
        id: randomUUID(),
        userId: user.id,
        roleId: attempt.roleId,
        attemptId,
        setId: item.set,
        exerciseId: item.id,
        area: item.area,
        type: exercise.type,
        answer: given,
        result: JSON.stringify(view),
        correct: result.correct,
        score: result.score,
        coachScore: result.written ? Math.round(result.written.score * 100) : null,
        seconds: answerSeconds(now, attempt.updatedAt),
        timeZone: user.timeZone,
        answeredAt: now,
      });
      if (!recorded) {
        // Answered before (objective answers are graded first, then found to be repeats), or by
        // another request between our read and our write.
        const stored = await learning.answer(attemptId, item.id);
        if (stored) return replay(stored, given);
        throw new AppError("conflict", "This answer could not be recorded; try again.");
      }
      return { result: view, replayed: false, progress: { ...recorded, complete: recorded.answered >= recorded.total } };
    },

    async summary(user: User, attemptId: string): Promise<SummaryView> {
      const attempt = await learning.attempt(user.id, attemptId);
      if (!attempt) throw attemptMissing();
      const [exercises, answers, head, o, inDeck] = await Promise.all([
        runExercises(attempt),
        learning.answers(attempt.id),
        attemptTitle(attempt),
        overview(user, attempt.roleId),
        reviews ? reviews.termsInDeck(user, attempt.roleId) : Promise.resolve(new Set<string>()),
      ]);
      const s = summarizeSet({
        exercises: exercises.map((e) => ({ id: e.id, terms: e.terms })),
        attempts: answers.map((a) => ({ exerciseId: a.exerciseId, at: a.answeredAt, correct: a.correct, score: a.score })),
        startedAt: attempt.startedAt,
        inDeck,
      });
      const titles = await learning.termTitles(attempt.roleId, s.termsMissed);
      const area = attempt.area ? o.areas.find((a) => a.id === attempt.area) : undefined;
      const m = area ? o.mastery.get(area.id) : undefined;
      const areaSets = attempt.area ? o.sets.filter((x) => x.area === attempt.area) : [];
      const after = attempt.setId ? areaSets.slice(areaSets.findIndex((x) => x.id === attempt.setId) + 1) : areaSets;
      const nextSet = [...after, ...areaSets].find((x) => x.id !== attempt.setId && !o.progress.get(x.id)?.completed) ?? null;
      return {
        attemptId: attempt.id,
        kind: attempt.kind,
        setId: attempt.setId,
        title: head.title,
        area: attempt.area,
        total: s.total,
        answered: s.answered,
        correct: s.correct,
        percent: s.percent,
        seconds: s.seconds,
        complete: s.complete,
        results: s.results,
        termsMissed: s.termsMissed.map((id) => ({ id, title: titles.get(id) ?? id })),
        mistakes: o.mistakes.length,
        mastery: area && m ? { area: area.id, areaTitle: area.title, value: m.value, status: m.status } : null,
        streak: o.streak,
        nextSetId: nextSet?.id ?? null,
      };
    },
  };
}

export type LearningService = ReturnType<typeof createLearningService>;
