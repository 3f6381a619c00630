/**
 * Vocabulary review: the rules between the routes, the SRS core (src/srs, pure) and the
 * repository. Time comes from the injected clock, days from the learner's time zone.
 *
 * - The deck holds cards of glossary terms; adding a term adds every card type it can make.
 * - The daily queue is rebuilt on every request from the stored states and today's log (seed
 *   `${userId}:${localDate}`), so it resumes after a reload and needs no queue table.
 * - A grade is applied only to the state version the learner saw; a repeated request (same
 *   idempotency key, or the same answer to the same version) gets the first result back.
 * - Typed answers and usage choices are checked here, never in the browser.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Term } from "../../../content/schema.ts";
import { buildApkg, noteFromTerm } from "../../../export/anki/index.ts";
import { csvDocument, CsvError, decodeUtf8, parseCsv, type CsvCell } from "../../../export/csv/csv.ts";
import {
  answerKey,
  buildQueue,
  CARD_TYPES,
  cardsByPhase,
  checkAnswer,
  checkChoice,
  DEFAULT_NEW_PER_DAY,
  DEFAULT_SETTINGS,
  deriveCard,
  deriveCards,
  dueForecast,
  formatInterval,
  localDay,
  newCardState,
  previewIntervals,
  reviewsPerDay,
  schedule,
  stateVersion,
  trueRetention,
  undoReview,
  type CardState,
  type ClozeCard,
  type QueueCard,
  type ReviewCard,
  type SrsSettings,
  type UsageCard,
} from "../../../srs/index.ts";
import { AppError, fieldError } from "../../errors.ts";
import type { Clock } from "../accounts/accounts.service.ts";
import type { User } from "../accounts/user.ts";
import { termSummary } from "../content/learner-views.ts";
import type { StoredTerm } from "../content/stored-content.ts";
import { DECK_COLUMNS, deckRecords, ImportRefused, parseDeckCsv, type TermResolver } from "./deck-csv.ts";
import { cardKeyString, sameCard as sameKey, type CardKey, type DeckCard, type ReviewLog, type ReviewSettings } from "./review.model.ts";
import type { QueueCandidate, ReviewRepository, TermRecord } from "./review.repository.ts";
import type { CardFront, CardView, DeckEntry, GradeBody, GradeResult, ImportReport, Queue, Stats } from "./review.schemas.ts";
import { spotlightIds } from "./spotlight.ts";

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { desiredRetention: DEFAULT_SETTINGS.desiredRetention, newPerDay: DEFAULT_NEW_PER_DAY };
/** The largest CSV file an import reads. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const LEARN_AHEAD_MS = 20 * 60_000;
const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString();
const srs = (s: ReviewSettings): SrsSettings => ({ desiredRetention: s.desiredRetention });

/** A stored term as the SRS core's Term (the stored one carries a generated pronunciation, or null). */
function toTerm(stored: StoredTerm): Term {
  const { pronunciation, ...rest } = stored;
  return { ...rest, ...(pronunciation ? { pronunciation } : {}) } as Term;
}

/**
 * A UUID whose first 48 bits are the time (the layout of UUID version 7): review ids then grow with
 * time, so new log rows land at the end of the primary-key index instead of on random pages — fewer
 * pages written per commit.
 */
export function timeOrderedUuid(ms: number): string {
  const b = randomBytes(16);
  b.writeUIntBE(Math.max(0, Math.floor(ms)) % 2 ** 48, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const notInDeck = () => new AppError("not_found", "There is no card with that id in your deck.");

export interface Download {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

export function createReviewService(deps: { repo: ReviewRepository; clock: Clock }) {
  const { repo, clock } = deps;

  async function settingsOf(userId: string): Promise<ReviewSettings> {
    return { ...DEFAULT_REVIEW_SETTINGS, ...(await repo.settings(userId)) };
  }

  // ---- deriving cards from the glossary

  /** Terms by role and id, with the terms they relate to (usage cards take distractors from them). */
  async function loadTerms(keys: readonly { roleId: string; termId: string }[], withRelated: boolean): Promise<Map<string, TermRecord>> {
    const out = new Map<string, TermRecord>();
    const byRole = new Map<string, Set<string>>();
    for (const k of keys) {
      let ids = byRole.get(k.roleId);
      if (!ids) byRole.set(k.roleId, (ids = new Set()));
      ids.add(k.termId);
    }
    for (const [roleId, ids] of byRole) {
      const found = await repo.terms(roleId, [...ids]);
      if (withRelated) {
        const related = [...found.values()].flatMap((t) => t.item.related).filter((id) => !found.has(id));
        if (related.length) for (const [id, t] of await repo.terms(roleId, related)) found.set(id, t);
      }
      for (const [id, t] of found) out.set(`${roleId}:${id}`, t);
    }
    return out;
  }

  const lookupIn = (terms: Map<string, TermRecord>, roleId: string) => (id: string) => {
    const t = terms.get(`${roleId}:${id}`);
    return t ? toTerm(t.item) : undefined;
  };

  /** The card's content; a type the term can no longer make (its content changed) is shown as recognition. */
  function derive(key: CardKey, terms: Map<string, TermRecord>): ReviewCard | null {
    const record = terms.get(`${key.roleId}:${key.termId}`);
    if (!record) return null;
    const term = toTerm(record.item);
    return deriveCard(term, key.type, { lookup: lookupIn(terms, key.roleId) }) ?? deriveCard(term, "recognition");
  }

  function frontOf(card: ReviewCard, term: StoredTerm): CardFront {
    switch (card.type) {
      case "recognition":
        return {
          type: "recognition",
          termId: card.termId,
          term: card.term,
          partOfSpeech: card.partOfSpeech,
          pronunciation: term.pronunciation ? { respelling: term.pronunciation.respelling, ipa: term.pronunciation.ipa } : null,
          definition: card.definition,
          expansion: card.expansion ?? null,
          example: card.example ?? null,
        };
      case "recall":
        return { type: "recall", definition: card.definition, partOfSpeech: card.partOfSpeech };
      case "cloze":
        return { type: "cloze", segments: card.segments, hint: card.hint };
      case "listening":
        return { type: "listening", speak: card.speak };
      case "usage":
        return { type: "usage", termId: card.termId, term: card.term, options: card.options };
    }
  }

  async function views(
    cards: readonly (DeckCard & { kind?: CardView["kind"] })[],
    settings: ReviewSettings,
    now: number,
  ): Promise<CardView[]> {
    if (cards.length === 0) return [];
    const terms = await loadTerms(cards, cards.some((c) => c.type === "usage"));
    const out: CardView[] = [];
    for (const card of cards) {
      const derived = derive(card, terms);
      const term = terms.get(`${card.roleId}:${card.termId}`);
      if (!derived || !term) continue; // the term is gone from the database altogether: nothing to show
      out.push({
        id: card.id,
        roleId: card.roleId,
        type: derived.type,
        kind: card.kind ?? null,
        phase: card.state.phase,
        due: iso(card.state.due),
        stateVersion: stateVersion(card.state),
        previews: previewIntervals(card.state, now, srs(settings)).map((p) => ({ grade: p.grade, label: p.label, due: iso(p.due) })),
        front: frontOf(derived, term.item),
      });
    }
    return out;
  }

  // ---- grading

  interface Checked {
    grade: GradeResult["grade"];
    check: GradeResult["check"];
    choice: GradeResult["choice"];
    answer: GradeResult["answer"];
    /** What the log keeps of the request. */
    stored: string | null;
  }

  function clozeSentence(card: ClozeCard): string {
    return card.segments.join(card.answer.expected);
  }

  /** Decides the grade: the learner's own for recognition, the check's for the others. */
  function check(derived: ReviewCard, term: StoredTerm, input: { grade?: GradeBody["grade"]; answer?: string; choice?: number }): Checked {
    const answer: GradeResult["answer"] = {
      termId: term.id,
      term: term.term,
      partOfSpeech: term.partOfSpeech,
      definition: term.definition,
      pronunciation: term.pronunciation ? { respelling: term.pronunciation.respelling, ipa: term.pronunciation.ipa } : null,
      sentence: derived.type === "cloze" ? clozeSentence(derived) : null,
    };
    switch (derived.type) {
      case "recognition":
        if (!input.grade) throw fieldError("grade", "a recognition card needs your grade: again, hard, good or easy");
        return { grade: input.grade, check: null, choice: null, answer, stored: null };
      case "recall":
      case "cloze":
      case "listening": {
        if (input.answer === undefined) throw fieldError("answer", `a ${derived.type} card is graded from what you type: send answer`);
        const result = checkAnswer(input.answer, derived.answer);
        return {
          grade: result.suggestedRating,
          check: { correct: result.correct, typo: result.typo, typed: input.answer, expected: result.normalizedExpected, diff: result.diff ?? null },
          choice: null,
          answer,
          stored: input.answer,
        };
      }
      case "usage": {
        const card = derived as UsageCard;
        if (input.choice === undefined) throw fieldError("choice", "a usage card is graded from the sentence you choose: send choice");
        if (input.choice >= card.options.length) throw fieldError("choice", `must be below ${card.options.length}`);
        const result = checkChoice(card, input.choice);
        return {
          grade: result.suggestedRating,
          check: null,
          choice: { chosen: input.choice, correct: result.correct, answerIndex: card.answerIndex, explanation: card.explanation ?? null },
          answer: { ...answer, sentence: card.options[card.answerIndex] ?? null },
          stored: String(input.choice),
        };
      }
    }
  }

  function gradeResult(cardId: string, log: ReviewLog, checked: Pick<Checked, "check" | "choice" | "answer">, now: number, replayed: boolean): GradeResult {
    return {
      reviewId: log.id,
      cardId,
      grade: log.grade,
      replayed,
      card: {
        phase: log.after.phase,
        due: iso(log.after.due),
        stateVersion: stateVersion(log.after),
        comesBack: formatInterval(Math.max(0, log.after.due - now)),
      },
      check: checked.check,
      choice: checked.choice,
      answer: checked.answer,
    };
  }

  /** The result of an earlier, identical request (rebuilt from its log), or a 409. */
  async function replayOrConflict(userId: string, card: DeckCard, body: GradeBody, now: number, byKey?: ReviewLog): Promise<GradeResult> {
    const key: CardKey = card;
    const current = card.state;
    let log = byKey ?? (body.idempotencyKey ? await repo.logByKey(userId, key, body.idempotencyKey) : undefined);
    if (!log) {
      const last = await repo.lastLogOfCard(userId, key);
      const same =
        last &&
        stateVersion(last.before) === body.stateVersion &&
        (key.type === "recognition" ? last.grade === body.grade : last.answer === (body.answer ?? (body.choice === undefined ? null : String(body.choice))));
      if (same) log = last;
    }
    if (!log) {
      throw new AppError("conflict", "This card has changed since it was shown (graded in another tab, or undone). Load the queue again.", {
        stateVersion: stateVersion(current),
      });
    }
    let checked: Pick<Checked, "check" | "choice" | "answer"> = { check: null, choice: null, answer: null };
    if (log.answer !== null) {
      const terms = await loadTerms([log], log.type === "usage");
      const derived = derive(log, terms);
      const term = terms.get(`${log.roleId}:${log.termId}`);
      if (derived && term) {
        const input = derived.type === "usage" ? { choice: Number(log.answer) } : { answer: log.answer };
        try {
          checked = check(derived, term.item, input);
        } catch {
          // The content changed since: the grade stands, without the check's details.
        }
      }
    }
    return gradeResult(card.id, log, checked, now, true);
  }

  // ---- the deck

  /** The cards a term makes, as new cards added now. */
  function newCards(term: StoredTerm, roleId: string, terms: Map<string, TermRecord>, now: number): DeckCard[] {
    return deriveCards(toTerm(term), { lookup: lookupIn(terms, roleId) }).map((c) => ({
      id: randomUUID(),
      roleId,
      termId: term.id,
      type: c.type,
      addedAt: now,
      state: newCardState(now),
    }));
  }

  async function addTerms(userId: string, roleId: string, termIds: readonly string[]): Promise<{ termsAdded: number; termsAlreadyInDeck: number; cardsAdded: number }> {
    const now = clock.now();
    const existing = new Set((await repo.cards(userId, roleId)).map((c) => c.termId));
    const wanted = [...new Set(termIds)].filter((id) => !existing.has(id));
    const terms = await loadTerms(
      wanted.map((termId) => ({ roleId, termId })),
      true,
    );
    const cards = wanted.flatMap((id) => {
      const t = terms.get(`${roleId}:${id}`);
      return t && !t.retired ? newCards(t.item, roleId, terms, now) : [];
    });
    await repo.addCards(userId, cards);
    return { termsAdded: new Set(cards.map((c) => c.termId)).size, termsAlreadyInDeck: termIds.length - wanted.length, cardsAdded: cards.length };
  }

  function deckEntries(cards: readonly DeckCard[], titles: Map<string, { title: string; area: string; level: string }>): DeckEntry[] {
    const groups = new Map<string, DeckCard[]>();
    for (const c of cards) {
      const k = `${c.roleId}:${c.termId}`;
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(c);
    }
    const entries: DeckEntry[] = [];
    for (const [k, list] of groups) {
      const first = list[0]!;
      const info = titles.get(k) ?? { title: first.termId, area: "", level: "junior" };
      const scheduled = list.filter((c) => c.state.phase !== "new").map((c) => c.state.due);
      entries.push({
        roleId: first.roleId,
        termId: first.termId,
        term: info.title,
        area: info.area,
        level: info.level as DeckEntry["level"],
        addedAt: iso(Math.min(...list.map((c) => c.addedAt))),
        nextDue: scheduled.length ? iso(Math.min(...scheduled)) : null,
        cards: list
          .sort((a, b) => CARD_TYPES.indexOf(a.type) - CARD_TYPES.indexOf(b.type))
          .map((c) => ({ id: c.id, type: c.type, phase: c.state.phase, due: iso(c.state.due) })),
      });
    }
    return entries;
  }

  async function deckEntry(userId: string, roleId: string, termId: string): Promise<DeckEntry | null> {
    const cards = await repo.cardsOfTerm(userId, roleId, termId);
    if (cards.length === 0) return null;
    return deckEntries(cards, await repo.termTitles([{ roleId, termId }]))[0] ?? null;
  }

  // ---- export helpers

  const dateStamp = (now: number) => iso(now).slice(0, 10);

  async function notesOf(records: readonly StoredTerm[]) {
    return records.map((t) => noteFromTerm(toTerm(t), t.pronunciation ?? undefined));
  }

  return {
    async settings(user: User): Promise<ReviewSettings> {
      return settingsOf(user.id);
    },

    async updateSettings(user: User, patch: Partial<ReviewSettings>): Promise<ReviewSettings> {
      const next = { ...(await settingsOf(user.id)), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      await repo.saveSettings(user.id, next, clock.now());
      return next;
    },

    async queue(user: User, limit: number): Promise<Queue> {
      const now = clock.now();
      const day = localDay(now, user.timeZone);
      const [settings, today] = await Promise.all([settingsOf(user.id), repo.logsSince(user.id, day.start)]);
      const introduced = new Set(today.filter((l) => l.beforePhase === "new").map((l) => cardKeyString(l))).size;
      const newRemaining = Math.max(0, settings.newPerDay - introduced);
      const horizon = Math.max(day.end, now + LEARN_AHEAD_MS + 1);
      const [scheduled, fresh, nextBeyond] = await Promise.all([
        repo.scheduledBefore(user.id, horizon),
        repo.oldestNewCards(user.id, newRemaining),
        repo.nextDueFrom(user.id, horizon),
      ]);
      const byKey = new Map<string, QueueCandidate>();
      const cards: QueueCard[] = [];
      for (const c of [...scheduled, ...fresh]) {
        const key = cardKeyString(c);
        byKey.set(key, c);
        // buildQueue reads a card's phase and due time only.
        cards.push({ id: key, termId: `${c.roleId}:${c.termId}`, type: c.type, state: { phase: c.phase, due: c.due } as CardState, addedAt: c.addedAt });
      }
      const queue = buildQueue({
        cards,
        todayLog: today.map((l) => ({ cardId: cardKeyString(l), reviewedAt: l.reviewedAt, before: { phase: l.beforePhase } as CardState })),
        now,
        startOfToday: day.start,
        endOfToday: day.end,
        newPerDay: settings.newPerDay,
        learnAheadMs: LEARN_AHEAD_MS,
        seed: `${user.id}:${day.date}`,
      });
      const nextDue = [queue.nextDueAt, nextBeyond].filter((d): d is number => d !== null);
      const headEntries = queue.entries.slice(0, limit);
      const headCards = new Map((await repo.cardsByIds(user.id, headEntries.map((e) => byKey.get(e.id)!.id))).map((c) => [c.id, c]));
      const head = headEntries.flatMap((e) => {
        const card = headCards.get(byKey.get(e.id)!.id);
        return card ? [{ ...card, kind: e.kind }] : [];
      });

      let lastReview: Queue["lastReview"] = null;
      if (today.length > 0) {
        const last = await repo.lastLog(user.id);
        if (last && last.reviewedAt >= day.start) {
          const current = head.find((c) => sameKey(c, last)) ?? (await repo.cardByKey(user.id, last))?.card;
          lastReview = {
            id: last.id,
            cardId: current?.id ?? null,
            grade: last.grade,
            reviewedAt: iso(last.reviewedAt),
            undoable: current !== undefined && undoReview(current.state, { ...last, cardId: cardKeyString(last) }) !== null,
          };
        }
      }
      return {
        date: day.date,
        timeZone: user.timeZone,
        counts: queue.counts,
        remaining: queue.entries.length,
        newPerDay: settings.newPerDay,
        newIntroducedToday: queue.newIntroducedToday,
        newRemainingToday: queue.newRemainingToday,
        nextDueAt: nextDue.length ? iso(Math.min(...nextDue)) : null,
        deckEmpty: queue.entries.length === 0 && nextDue.length === 0 && (await repo.deckSize(user.id)).cards === 0,
        cards: await views(head, settings, now),
        lastReview,
      };
    },

    async card(user: User, cardId: string): Promise<CardView> {
      const found = await repo.cardById(user.id, cardId);
      if (!found) throw notInDeck();
      const [view] = await views([found.card], { ...DEFAULT_REVIEW_SETTINGS, ...found.settings }, clock.now());
      if (!view) throw notInDeck();
      return view;
    },

    async grade(user: User, cardId: string, body: GradeBody): Promise<GradeResult> {
      const found = await repo.cardById(user.id, cardId);
      if (!found) throw notInDeck();
      const now = clock.now();
      const { card } = found;
      const key: CardKey = { roleId: card.roleId, termId: card.termId, type: card.type };
      // A request seen before (its key is in the log), or for a version the card has left: replayed or refused.
      const byKey = body.idempotencyKey ? await repo.logByKey(user.id, key, body.idempotencyKey) : undefined;
      if (byKey || stateVersion(card.state) !== body.stateVersion) return replayOrConflict(user.id, card, body, now, byKey);

      let checked: Checked;
      if (key.type === "recognition") {
        if (body.answer !== undefined) throw fieldError("answer", "a recognition card is graded by you: send grade, not answer");
        if (body.choice !== undefined) throw fieldError("choice", "a recognition card is graded by you: send grade, not choice");
        if (!body.grade) throw fieldError("grade", "a recognition card needs your grade: again, hard, good or easy");
        checked = { grade: body.grade, check: null, choice: null, answer: null, stored: null };
      } else {
        if (body.grade !== undefined) throw fieldError("grade", `a ${key.type} card is graded from your answer: send ${key.type === "usage" ? "choice" : "answer"} without grade`);
        const terms = await loadTerms([key], key.type === "usage");
        const derived = derive(key, terms);
        const term = terms.get(`${key.roleId}:${key.termId}`);
        if (!derived || !term) throw new AppError("conflict", "This card's term is no longer in the glossary.");
        checked = check(derived, term.item, body);
      }
      const settings = { ...DEFAULT_REVIEW_SETTINGS, ...found.settings };
      const { log } = schedule({ cardId: cardKeyString(key), state: card.state, grade: checked.grade, now, durationMs: body.durationMs, settings: srs(settings) });
      const stored: ReviewLog = {
        ...key,
        id: timeOrderedUuid(now),
        grade: log.grade,
        reviewedAt: log.reviewedAt,
        durationMs: log.durationMs,
        before: log.before,
        after: log.after,
        answer: checked.stored,
        idempotencyKey: body.idempotencyKey ?? null,
      };
      if (!(await repo.applyGrade(user.id, stored))) return replayOrConflict(user.id, card, body, now);
      return gradeResult(card.id, stored, checked, now, false);
    },

    async undo(user: User, reviewId: string) {
      const log = await repo.logById(user.id, reviewId);
      if (!log) throw new AppError("not_found", "There is no review with that id to undo (it may have been undone already).");
      const last = await repo.lastLog(user.id);
      if (!last || last.id !== log.id) throw new AppError("conflict", "Only your most recent review can be undone.");
      const found = await repo.cardByKey(user.id, log);
      if (!found || undoReview(found.card.state, { ...log, cardId: cardKeyString(log) }) === null || !(await repo.applyUndo(user.id, log))) {
        throw new AppError("conflict", "This card has changed since that review, so the review cannot be undone.");
      }
      const [card] = await views([{ ...found.card, state: log.before }], { ...DEFAULT_REVIEW_SETTINGS, ...found.settings }, clock.now());
      if (!card) throw new AppError("conflict", "The review was undone, but its card's term is no longer in the glossary.");
      return { undone: { reviewId: log.id, cardId: found.card.id }, card };
    },

    async review(user: User, reviewId: string) {
      const log = await repo.logById(user.id, reviewId);
      if (!log) throw new AppError("not_found", "There is no review with that id.");
      const card = await repo.cardByKey(user.id, log);
      return {
        id: log.id,
        cardId: card?.card.id ?? null,
        grade: log.grade,
        reviewedAt: iso(log.reviewedAt),
        durationMs: log.durationMs,
        before: { phase: log.before.phase, due: iso(log.before.due) },
        after: { phase: log.after.phase, due: iso(log.after.due) },
      };
    },

    // ---- deck

    async deck(user: User, query: { role?: string | undefined; area?: string | undefined; limit: number; offset: number }) {
      const cards = await repo.cards(user.id, query.role);
      const titles = await repo.termTitles(cards);
      let entries = deckEntries(cards, titles);
      if (query.area) entries = entries.filter((e) => e.area === query.area);
      entries.sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : a.term.localeCompare(b.term)));
      const items = entries.slice(query.offset, query.offset + query.limit);
      const end = query.offset + items.length;
      return {
        items,
        total: entries.length,
        limit: query.limit,
        offset: query.offset,
        nextOffset: items.length > 0 && end < entries.length ? end : null,
        cards: cards.length,
      };
    },

    async deckEntry(user: User, roleId: string, termId: string): Promise<DeckEntry | null> {
      return deckEntry(user.id, roleId, termId);
    },

    async addTerm(user: User, roleId: string, termId: string) {
      const term = await repo.term(roleId, termId);
      if (!term) throw new AppError("not_found", (await repo.roleExists(roleId)) ? "This role has no term with that id." : "There is no role with that id.");
      if (term.retired) throw new AppError("conflict", "This term has left the curriculum and cannot be added.");
      const result = await addTerms(user.id, roleId, [termId]);
      const entry = await deckEntry(user.id, roleId, termId);
      return { ...result, entry: entry! };
    },

    async addArea(user: User, roleId: string, areaId: string) {
      if (!(await repo.areaExists(roleId, areaId))) {
        throw new AppError("not_found", (await repo.roleExists(roleId)) ? "This role has no topic area with that id." : "There is no role with that id.");
      }
      const terms = await repo.activeTerms(roleId, areaId);
      return addTerms(
        user.id,
        roleId,
        terms.map((t) => t.id),
      );
    },

    async removeTerm(user: User, roleId: string, termId: string): Promise<void> {
      const removed = await repo.removeTerm(user.id, roleId, termId);
      if (removed === 0) throw new AppError("not_found", "That term is not in your deck.");
    },

    // ---- stats

    async stats(user: User): Promise<Stats> {
      const now = clock.now();
      const [settings, states, recent, counts, deck] = await Promise.all([
        settingsOf(user.id),
        repo.phasesAndDue(user.id),
        repo.logsSince(user.id, now - 32 * DAY_MS),
        repo.retentionCounts(user.id),
        repo.deckSize(user.id),
      ]);
      const logs = recent.map((l) => ({ reviewedAt: l.reviewedAt, grade: l.grade, before: { phase: l.beforePhase } as CardState }));
      const day = localDay(now, user.timeZone);
      const firstDay = reviewsPerDay([], { now, timeZone: user.timeZone, days: 30 })[0]!.date;
      const since = localDay(Date.parse(`${firstDay}T12:00:00Z`), user.timeZone).start;
      const last30 = trueRetention(logs, { since, until: now });
      return {
        timeZone: user.timeZone,
        today: day.date,
        deck,
        cardsByPhase: cardsByPhase(states),
        reviewsPerDay: reviewsPerDay(logs, { now, timeZone: user.timeZone, days: 30 }),
        retention: {
          desired: settings.desiredRetention,
          last30Days: last30,
          allTime: { reviews: counts.reviews, passed: counts.passed, rate: counts.reviews ? counts.passed / counts.reviews : null },
        },
        forecast: dueForecast(states, { now, timeZone: user.timeZone, days: 14 }),
        totalReviews: counts.total,
      };
    },

    // ---- the spotlight

    async spotlight(roleId: string) {
      const date = iso(clock.now()).slice(0, 10);
      const ids = await repo.activeTermIds(roleId);
      if (ids.length === 0 && !(await repo.roleExists(roleId))) throw new AppError("not_found", "There is no role with that id.");
      const chosen = spotlightIds(ids, roleId, date);
      const terms = await repo.terms(roleId, chosen);
      return { date, terms: chosen.flatMap((id) => (terms.has(id) ? [termSummary(terms.get(id)!.item)] : [])) };
    },

    // ---- export and import

    async exportDeck(user: User, format: "csv" | "apkg"): Promise<Download> {
      const now = clock.now();
      const cards = await repo.cards(user.id);
      const stamp = dateStamp(now);
      if (format === "csv") {
        const [logs, titles] = await Promise.all([repo.logs(user.id), repo.termTitles(cards)]);
        const body = csvDocument(DECK_COLUMNS, deckRecords(cards, logs, (r, t) => titles.get(`${r}:${t}`)?.title ?? t));
        return { filename: `parlance-deck-${stamp}.csv`, contentType: "text/csv; charset=utf-8", body };
      }
      const terms = await loadTerms(cards, false);
      const seen = new Set<string>();
      const stored: StoredTerm[] = [];
      for (const c of cards) {
        const k = `${c.roleId}:${c.termId}`;
        const t = terms.get(k);
        if (t && !seen.has(k)) {
          seen.add(k);
          stored.push(t.item);
        }
      }
      const apkg = buildApkg({ deckName: "Parlance::My review deck", notes: await notesOf(stored), now });
      return { filename: `parlance-deck-${stamp}.apkg`, contentType: "application/octet-stream", body: Buffer.from(apkg) };
    },

    async exportGlossary(roleId: string, format: "csv" | "apkg"): Promise<Download> {
      const now = clock.now();
      const terms = await repo.activeTerms(roleId);
      if (terms.length === 0 && !(await repo.roleExists(roleId))) throw new AppError("not_found", "There is no role with that id.");
      const stamp = dateStamp(now);
      if (format === "csv") {
        const header = ["role", "term_id", "term", "part_of_speech", "definition", "respelling", "ipa", "example", "area", "level"];
        const rows = terms.map((t): CsvCell[] => [
          roleId,
          t.id,
          t.term,
          t.partOfSpeech,
          t.expansion ? `${t.expansion}. ${t.definition}` : t.definition,
          t.pronunciation?.respelling ?? "",
          t.pronunciation?.ipa ?? "",
          t.examples[0]?.text ?? "",
          t.area,
          t.level,
        ]);
        return { filename: `parlance-${roleId}-glossary-${stamp}.csv`, contentType: "text/csv; charset=utf-8", body: csvDocument(header, rows) };
      }
      const apkg = buildApkg({ deckName: `Parlance::${roleId} glossary`, notes: await notesOf(terms), now });
      return { filename: `parlance-${roleId}-glossary-${stamp}.apkg`, contentType: "application/octet-stream", body: Buffer.from(apkg) };
    },

    /** Reads a CSV file of terms or of cards with their history; all of it or nothing. */
    async importCsv(user: User, bytes: Uint8Array, role: string | undefined): Promise<ImportReport> {
      if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(bytes.length);
      if (bytes.length === 0) throw importError([{ line: null, column: null, message: "The file is empty." }]);
      let rows;
      try {
        rows = parseCsv(decodeUtf8(bytes));
      } catch (error) {
        if (error instanceof CsvError) throw importError([{ line: error.line ?? null, column: null, message: error.message }]);
        throw error;
      }
      const defaultRole = role ?? user.targetRole;
      const known = new Set(await repo.roleIds());
      // The roles the file names (a role column), plus the default: their terms, by id and by text.
      const roleColumn = rows[0]?.cells.findIndex((c) => c.trim().toLowerCase() === "role") ?? -1;
      const roles = new Set([defaultRole, ...(roleColumn >= 0 ? rows.slice(1).map((r) => (r.cells[roleColumn] ?? "").trim()) : [])]);
      const index = new Map<string, { ids: Set<string>; byText: Map<string, string> }>();
      for (const r of roles) {
        if (!known.has(r)) continue;
        const terms = await repo.activeTerms(r);
        const byText = new Map<string, string>();
        for (const t of terms) for (const s of [t.term, ...t.aliases]) if (!byText.has(answerKey(s))) byText.set(answerKey(s), t.id);
        index.set(r, { ids: new Set(terms.map((t) => t.id)), byText });
      }
      const resolver: TermResolver = {
        roleExists: (r) => index.has(r),
        byId: (r, id) => (index.get(r)?.ids.has(id) ? id : null),
        byText: (r, text) => index.get(r)?.byText.get(answerKey(text)) ?? null,
      };
      let parsed;
      try {
        parsed = parseDeckCsv(rows, { defaultRole, terms: resolver });
      } catch (error) {
        if (error instanceof ImportRefused) throw importError(error.problems);
        throw error;
      }
      const report = {
        mode: parsed.mode,
        rows: parsed.rows,
        termsAdded: 0,
        cardsAdded: 0,
        cardsRestored: 0,
        reviewsRestored: 0,
        unmatched: parsed.unmatched.slice(0, 100),
        unmatchedCount: parsed.unmatched.length,
      };
      if (parsed.mode === "terms") {
        const byRole = new Map<string, string[]>();
        for (const t of parsed.terms) byRole.set(t.roleId, [...(byRole.get(t.roleId) ?? []), t.termId]);
        for (const [r, ids] of byRole) {
          const added = await addTerms(user.id, r, ids);
          report.termsAdded += added.termsAdded;
          report.cardsAdded += added.cardsAdded;
        }
        return report;
      }
      const logs = parsed.logs.map((l) => ({ ...l, id: timeOrderedUuid(l.reviewedAt) }));
      await repo.importCards(
        user.id,
        parsed.cards.map((c) => ({ ...c, id: randomUUID() })),
        logs,
      );
      report.cardsRestored = parsed.cards.length;
      report.reviewsRestored = logs.length;
      return report;
    },
  };
}

function tooLarge(bytes: number): AppError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new AppError(
    "payload_too_large",
    `The file is ${mb(bytes)}; Parlance imports CSV files of up to ${mb(MAX_IMPORT_BYTES)}. Split it into smaller files.`,
  );
}

function importError(problems: { line: number | null; column: string | null; message: string }[]): AppError {
  return new AppError(
    "validation_failed",
    `The file was not imported, and nothing changed: ${problems[0]?.message ?? "it cannot be read."}`,
    problems.map((p) => ({ path: p.line === null ? "file" : `line ${p.line}${p.column ? `, ${p.column}` : ""}`, ...p })),
  );
}

export { tooLarge as importTooLarge };
export type ReviewService = ReturnType<typeof createReviewService>;
