/**
 * Scheduling on top of ts-fsrs: grade a card, preview the four outcomes for the grade buttons, undo a
 * grade. No hand-written scheduler: every interval comes from FSRS. Pure: `now` is an argument, and
 * ts-fsrs's interval fuzz is seeded from the review time and the card, so the same call gives the
 * same answer (a preview always matches the grade that follows it).
 */
import { fsrs, generatorParameters, Rating, type FSRS, type Grade as FsrsGrade, type StepUnit } from "ts-fsrs";
import { fromFsrsCard, sameState, toFsrsCard, type CardState } from "./state.ts";

export const GRADES = ["again", "hard", "good", "easy"] as const;
/** The learner's answer: Again (forgot), Hard, Good, Easy. Keys 1–4 in the review screen. */
export type Grade = (typeof GRADES)[number];

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** The range a learner may choose for desired retention; the settings schema should use the same. */
export const DESIRED_RETENTION_RANGE = { min: 0.7, max: 0.99 } as const;

export interface SrsSettings {
  /** The probability of recall FSRS aims for when a card comes due. Default 0.90. */
  desiredRetention?: number;
  /** The longest interval, in days. Default 36500. */
  maximumInterval?: number;
  /** Spread intervals a little so cards learned together don't all come due together. Default true. */
  enableFuzz?: boolean;
  /** Learning steps of a new card, e.g. ["1m", "10m"] (ts-fsrs's default). */
  learningSteps?: readonly StepUnit[];
  /** Relearning steps after a lapse, e.g. ["10m"] (ts-fsrs's default). */
  relearningSteps?: readonly StepUnit[];
}

export const DEFAULT_SETTINGS = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  enableFuzz: true,
} as const;

const schedulers = new Map<string, FSRS>();

/** One ts-fsrs instance per distinct settings: building one parses parameters, grading is hot. */
function scheduler(settings: SrsSettings = {}): FSRS {
  const desiredRetention = settings.desiredRetention ?? DEFAULT_SETTINGS.desiredRetention;
  if (!(desiredRetention >= DESIRED_RETENTION_RANGE.min && desiredRetention <= DESIRED_RETENTION_RANGE.max)) {
    throw new RangeError(
      `desired retention must be between ${DESIRED_RETENTION_RANGE.min} and ${DESIRED_RETENTION_RANGE.max}, got ${desiredRetention}`,
    );
  }
  const maximumInterval = settings.maximumInterval ?? DEFAULT_SETTINGS.maximumInterval;
  if (!Number.isInteger(maximumInterval) || maximumInterval < 1) {
    throw new RangeError(`maximum interval must be a whole number of days ≥ 1, got ${maximumInterval}`);
  }
  const enableFuzz = settings.enableFuzz ?? DEFAULT_SETTINGS.enableFuzz;
  const key = JSON.stringify([desiredRetention, maximumInterval, enableFuzz, settings.learningSteps, settings.relearningSteps]);
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs(
      generatorParameters({
        request_retention: desiredRetention,
        maximum_interval: maximumInterval,
        enable_fuzz: enableFuzz,
        ...(settings.learningSteps ? { learning_steps: [...settings.learningSteps] } : {}),
        ...(settings.relearningSteps ? { relearning_steps: [...settings.relearningSteps] } : {}),
      }),
    );
    schedulers.set(key, f);
  }
  return f;
}

/** One review as the log keeps it: enough to show history, compute stats, and undo exactly. */
export interface ReviewLogEntry {
  cardId: string;
  grade: Grade;
  /** Epoch ms. */
  reviewedAt: number;
  /** How long the learner took to answer, in ms. */
  durationMs: number;
  before: CardState;
  after: CardState;
}

export interface ScheduleInput {
  cardId: string;
  state: CardState;
  grade: Grade;
  now: number;
  durationMs: number;
  settings?: SrsSettings;
}

/** Grade a card: its next state and the log entry to store with it (in one transaction). */
export function schedule(input: ScheduleInput): { state: CardState; log: ReviewLogEntry } {
  const { card } = scheduler(input.settings).next(toFsrsCard(input.state), new Date(input.now), RATING[input.grade]);
  const after = fromFsrsCard(card);
  return {
    state: after,
    log: {
      cardId: input.cardId,
      grade: input.grade,
      reviewedAt: input.now,
      durationMs: Math.max(0, Math.round(Number.isFinite(input.durationMs) ? input.durationMs : 0)),
      before: input.state,
      after,
    },
  };
}

export interface IntervalPreview {
  grade: Grade;
  /** When the card would come back, epoch ms. */
  due: number;
  /** The same as a short label for the button: "1 min", "10 min", "3 days", "2 mo". */
  label: string;
}

/** What each grade would do, in button order (Again, Hard, Good, Easy). */
export function previewIntervals(state: CardState, now: number, settings?: SrsSettings): IntervalPreview[] {
  const preview = scheduler(settings).repeat(toFsrsCard(state), new Date(now));
  return GRADES.map((grade) => {
    const due = preview[RATING[grade]].card.due.getTime();
    return { grade, due, label: formatInterval(due - now) };
  });
}

/**
 * Undo a grade: the state recorded before it. ts-fsrs's rollback() rebuilds the previous card from
 * its own log but sets the old due date to the review time; keeping the whole before-state restores
 * it exactly. Returns null when the card has been graded again since (the log is not its last).
 */
export function undoReview(current: CardState, log: ReviewLogEntry): CardState | null {
  return sameState(current, log.after) ? log.before : null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal below 10 ("1.5"), whole numbers above; never "2.0". */
const amount = (n: number) => (n < 10 ? String(Math.round(n * 10) / 10) : String(Math.round(n)));

/** A short human label for an interval: "1 min", "10 min", "3 h", "1 day", "12 days", "2 mo", "1.5 yr". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round((ms / HOUR) * 10) / 10;
  if (hours < 23.5) return `${amount(hours)} h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return days === 1 ? "1 day" : `${days} days`;
  const months = Math.round((ms / DAY / 30) * 10) / 10;
  if (days < 365 && months < 12) return `${amount(months)} mo`;
  return `${amount(Math.round((ms / DAY / 365) * 10) / 10)} yr`;
}
