/**
 * A learner's deck as CSV, and back. One file holds the cards and their review history:
 *
 *   role, term_id, term, card_type, record, added_at, phase, due, stability, difficulty,
 *   scheduled_days, learning_steps, reps, lapses, last_review, grade, reviewed_at, duration_ms
 *
 * A `card` record holds a card's state; each `review` record after it holds one review: its grade,
 * time and duration, and in the state columns the state the review left. The state before a review
 * is the one the previous review left (a new card's, for the first), so the file carries the whole
 * log without doubling its width. Instants are ISO 8601 in UTC, with milliseconds.
 *
 * The importer also takes a plain list of terms: any file with a `term_id` or `term` column and no
 * `record` column adds those terms to the deck as new cards (a glossary export, or a list typed in
 * a spreadsheet). Rows whose term the glossary does not have are reported, not fatal; anything
 * malformed or hostile (formula cells, bad values, missing columns) refuses the whole file. Pure.
 */
import { CARD_TYPES, type CardType } from "../../../srs/cards.ts";
import { GRADES, type Grade } from "../../../srs/schedule.ts";
import { newCardState, PHASES, type CardState, type Phase } from "../../../srs/state.ts";
import { unescapeCell, type CsvCell, type CsvRow } from "../../../export/csv/csv.ts";
import type { CardKey, DeckCard, ReviewLog } from "./review.model.ts";

export const DECK_COLUMNS = [
  "role",
  "term_id",
  "term",
  "card_type",
  "record",
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
  "grade",
  "reviewed_at",
  "duration_ms",
] as const;

const iso = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());

const stateCells = (s: CardState): CsvCell[] => [
  s.phase,
  iso(s.due),
  s.stability,
  s.difficulty,
  s.scheduledDays,
  s.learningSteps,
  s.reps,
  s.lapses,
  iso(s.lastReview),
];

/** The records of a deck, each card followed by its reviews oldest first. */
export function* deckRecords(
  cards: readonly DeckCard[],
  logs: readonly ReviewLog[],
  termTitle: (roleId: string, termId: string) => string,
): Generator<CsvCell[]> {
  const key = (k: CardKey) => `${k.roleId}:${k.termId}:${k.type}`;
  const byCard = new Map<string, ReviewLog[]>();
  for (const log of logs) {
    let list = byCard.get(key(log));
    if (!list) byCard.set(key(log), (list = []));
    list.push(log);
  }
  for (const card of cards) {
    const title = termTitle(card.roleId, card.termId);
    yield [card.roleId, card.termId, title, card.type, "card", iso(card.addedAt), ...stateCells(card.state), "", "", ""];
    const history = (byCard.get(key(card)) ?? []).sort((a, b) => a.reviewedAt - b.reviewedAt);
    for (const log of history) {
      yield [card.roleId, card.termId, title, card.type, "review", "", ...stateCells(log.after), log.grade, iso(log.reviewedAt), log.durationMs];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Import

/** Finds a glossary term by id, or by its text (the term or an alias), in a role. */
export interface TermResolver {
  roleExists(roleId: string): boolean;
  byId(roleId: string, termId: string): string | null;
  byText(roleId: string, text: string): string | null;
}

export interface Unmatched {
  /** The file's line. */
  line: number;
  value: string;
  reason: string;
}

export interface Problem {
  line: number | null;
  column: string | null;
  message: string;
}

export type ParsedImport =
  | { mode: "terms"; terms: { roleId: string; termId: string }[]; unmatched: Unmatched[]; rows: number }
  | { mode: "cards"; cards: Omit<DeckCard, "id">[]; logs: Omit<ReviewLog, "id">[]; unmatched: Unmatched[]; rows: number };

/** The whole file is refused: every problem found (up to a limit), each with its line and column. */
export class ImportRefused extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems[0]?.message ?? "The file cannot be imported.");
    this.name = "ImportRefused";
  }
}

const MAX_PROBLEMS = 20;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export function parseDeckCsv(rows: readonly CsvRow[], options: { defaultRole: string; terms: TermResolver }): ParsedImport {
  const problems: Problem[] = [];
  const fail = (line: number | null, column: string | null, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, column, message });
  };
  const headerRow = rows[0];
  if (!headerRow) throw new ImportRefused([{ line: null, column: null, message: "The file is empty: it needs a header line and at least one row." }]);
  const header = headerRow.cells.map((h) => h.trim().toLowerCase());
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    if (h && !at.has(h)) at.set(h, i);
  });
  if (!at.has("term_id") && !at.has("term")) {
    const found = header.filter(Boolean).slice(0, 10).join(", ") || "nothing";
    throw new ImportRefused([
      {
        line: 1,
        column: null,
        message: `The header has no "term_id" or "term" column (found: ${found}). The first line must name the columns, e.g. "term_id,term".`,
      },
    ]);
  }
  const full = at.has("record");
  if (full) {
    const missing = DECK_COLUMNS.filter((c) => c !== "role" && c !== "term" && c !== "term_id" && !at.has(c));
    if (missing.length) {
      throw new ImportRefused([{ line: 1, column: null, message: `The file has a "record" column but lacks the columns ${missing.join(", ")}.` }]);
    }
  }
  const body = rows.slice(1);
  if (body.length === 0) throw new ImportRefused([{ line: null, column: null, message: "The file has a header but no rows." }]);

  // Every cell is checked for formulas before anything else is read.
  const cleaned: { line: number; get: (column: string) => string }[] = [];
  for (const row of body) {
    if (row.cells.length !== header.length) {
      fail(row.line, null, `Line ${row.line} has ${row.cells.length} fields; the header has ${header.length}.`);
      continue;
    }
    const cells = row.cells.map((cell, i) => {
      const value = unescapeCell(cell);
      if (value === null) {
        fail(
          row.line,
          header[i] ?? null,
          `Line ${row.line}, column "${header[i]}": the cell starts with "${JSON.stringify(cell[0]).slice(1, -1)}", which spreadsheets run as a formula. Parlance does not import formulas.`,
        );
        return "";
      }
      return value;
    });
    cleaned.push({ line: row.line, get: (column) => (at.has(column) ? cells[at.get(column)!]!.trim() : "") });
  }
  if (problems.length) throw new ImportRefused(problems);

  const unmatched: Unmatched[] = [];
  /** The term a row names, or null (reported) when the glossary has none. */
  const resolve = (row: (typeof cleaned)[number]): { roleId: string; termId: string } | null => {
    const roleId = row.get("role") || options.defaultRole;
    const id = row.get("term_id");
    const text = row.get("term");
    if (!options.terms.roleExists(roleId)) {
      unmatched.push({ line: row.line, value: roleId, reason: "no such role" });
      return null;
    }
    const termId = (id && options.terms.byId(roleId, id)) || (text && options.terms.byText(roleId, text)) || null;
    if (!termId) {
      unmatched.push({ line: row.line, value: id || text, reason: id || text ? "not in the glossary" : "no term_id or term given" });
      return null;
    }
    return { roleId, termId };
  };

  if (!full) {
    const seen = new Set<string>();
    const terms: { roleId: string; termId: string }[] = [];
    for (const row of cleaned) {
      const t = resolve(row);
      if (!t || seen.has(`${t.roleId}:${t.termId}`)) continue;
      seen.add(`${t.roleId}:${t.termId}`);
      terms.push(t);
    }
    return { mode: "terms", terms, unmatched, rows: cleaned.length };
  }

  // Full format: cards and their reviews.
  const instant = (row: (typeof cleaned)[number], column: string, optional = false): number | null => {
    const v = row.get(column);
    if (v === "" && optional) return null;
    const ms = ISO.test(v) ? Date.parse(v) : Number.NaN;
    if (!Number.isFinite(ms)) fail(row.line, column, `Line ${row.line}, column "${column}": expected a date and time like 2026-03-10T09:00:00.000Z, got "${v.slice(0, 40)}".`);
    return Number.isFinite(ms) ? ms : 0;
  };
  const number = (row: (typeof cleaned)[number], column: string, options: { integer?: boolean; max?: number } = {}): number => {
    const v = row.get(column);
    const n = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(v) ? Number(v) : Number.NaN;
    const ok = Number.isFinite(n) && n >= 0 && (!options.integer || Number.isInteger(n)) && (options.max === undefined || n <= options.max);
    if (!ok) {
      const what = options.integer ? "a whole number ≥ 0" : "a number ≥ 0";
      fail(row.line, column, `Line ${row.line}, column "${column}": expected ${what}${options.max !== undefined ? ` up to ${options.max}` : ""}, got "${v.slice(0, 40)}".`);
    }
    return ok ? n : 0;
  };
  const state = (row: (typeof cleaned)[number]): CardState => {
    const phase = row.get("phase");
    if (!(PHASES as readonly string[]).includes(phase)) fail(row.line, "phase", `Line ${row.line}, column "phase": expected one of ${PHASES.join(", ")}, got "${phase.slice(0, 40)}".`);
    return {
      phase: phase as Phase,
      due: instant(row, "due")!,
      stability: number(row, "stability", { max: 1e6 }),
      difficulty: number(row, "difficulty", { max: 10 }),
      scheduledDays: number(row, "scheduled_days", { integer: true, max: 1e6 }),
      learningSteps: number(row, "learning_steps", { integer: true, max: 100 }),
      reps: number(row, "reps", { integer: true, max: 1e6 }),
      lapses: number(row, "lapses", { integer: true, max: 1e6 }),
      lastReview: instant(row, "last_review", true),
    };
  };

  const cards = new Map<string, Omit<DeckCard, "id">>();
  const reviews: { line: number; key: string; card: CardKey; grade: Grade; reviewedAt: number; durationMs: number; after: CardState }[] = [];
  for (const row of cleaned) {
    const record = row.get("record");
    const type = row.get("card_type");
    if (record !== "card" && record !== "review") {
      fail(row.line, "record", `Line ${row.line}, column "record": expected "card" or "review", got "${record.slice(0, 40)}".`);
      continue;
    }
    if (!(CARD_TYPES as readonly string[]).includes(type)) {
      fail(row.line, "card_type", `Line ${row.line}, column "card_type": expected one of ${CARD_TYPES.join(", ")}, got "${type.slice(0, 40)}".`);
      continue;
    }
    const term = resolve(row);
    const s = state(row);
    if (!term) continue;
    const card: CardKey = { ...term, type: type as CardType };
    const key = `${card.roleId}:${card.termId}:${card.type}`;
    if (record === "card") {
      const addedAt = instant(row, "added_at")!;
      if (cards.has(key)) fail(row.line, null, `Line ${row.line}: the ${type} card of "${term.termId}" appears twice.`);
      cards.set(key, { ...card, addedAt, state: s });
    } else {
      const grade = row.get("grade");
      if (!(GRADES as readonly string[]).includes(grade)) fail(row.line, "grade", `Line ${row.line}, column "grade": expected one of ${GRADES.join(", ")}, got "${grade.slice(0, 40)}".`);
      reviews.push({
        line: row.line,
        key,
        card,
        grade: grade as Grade,
        reviewedAt: instant(row, "reviewed_at")!,
        durationMs: number(row, "duration_ms", { integer: true, max: 86_400_000 }),
        after: s,
      });
    }
  }
  if (problems.length) throw new ImportRefused(problems);

  const logs: Omit<ReviewLog, "id">[] = [];
  const previous = new Map<string, CardState>();
  for (const r of reviews.sort((a, b) => a.reviewedAt - b.reviewedAt || a.line - b.line)) {
    const card = cards.get(r.key);
    if (!card) {
      unmatched.push({ line: r.line, value: r.key, reason: "a review without a card record for its card" });
      continue;
    }
    const before = previous.get(r.key) ?? newCardState(card.addedAt);
    logs.push({ ...r.card, grade: r.grade, reviewedAt: r.reviewedAt, durationMs: r.durationMs, before, after: r.after, answer: null, idempotencyKey: null });
    previous.set(r.key, r.after);
  }
  return { mode: "cards", cards: [...cards.values()], logs, unmatched, rows: cleaned.length };
}
