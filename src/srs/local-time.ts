/**
 * Calendar days in the learner's time zone, through Intl.DateTimeFormat (no time-zone library).
 * A "date key" is the local calendar date as "YYYY-MM-DD". Pure: instants come in as epoch ms.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws a RangeError for an unknown zone, which is what a caller validating a setting wants.
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows the IANA time zone ("Europe/Berlin"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The learner's local date of an instant: "2026-03-08". */
export function localDateKey(epochMs: number, timeZone: string): string {
  let year = "";
  let month = "";
  let day = "";
  for (const part of formatter(timeZone).formatToParts(epochMs)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/**
 * A date keyer for many instants in one zone: offsets change only at transitions, which fall on
 * whole quarter hours, so one lookup per quarter hour is exact and spares most Intl calls.
 */
export function dateKeyer(timeZone: string): (epochMs: number) => string {
  const QUARTER = 15 * 60_000;
  const cache = new Map<number, string>();
  return (epochMs) => {
    // The key of the quarter's start and end agree unless midnight falls inside it; then ask exactly.
    const bucket = Math.floor(epochMs / QUARTER);
    let key = cache.get(bucket);
    if (key === undefined) {
      const start = localDateKey(bucket * QUARTER, timeZone);
      key = start === localDateKey(bucket * QUARTER + QUARTER - 1, timeZone) ? start : "";
      cache.set(bucket, key);
    }
    return key || localDateKey(epochMs, timeZone);
  };
}

/** The date key `days` after (or before, if negative) the given one, in calendar days. */
export function addDays(dateKey: string, days: number): string {
  const [y, m, d] = dateKey.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The first instant of the learner's day containing `now`, epoch ms. Found by bisection on the
 * minute (transitions fall on whole minutes), so days that start at 01:00 because midnight was
 * skipped by a DST change come out right.
 */
export function startOfLocalDay(now: number, timeZone: string): number {
  const today = localDateKey(now, timeZone);
  const MINUTE = 60_000;
  // Local midnight lies between 14 h before and 12 h after UTC midnight of the same date (offsets −12…+14).
  const utcMidnight = Date.parse(`${today}T00:00:00Z`);
  let lo = Math.floor((utcMidnight - 15 * 3_600_000) / MINUTE); // before the day, in every zone
  let hi = Math.floor(Math.min(now, utcMidnight + 13 * 3_600_000) / MINUTE); // inside the day
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDateKey(mid * MINUTE, timeZone) >= today) hi = mid;
    else lo = mid;
  }
  return hi * MINUTE;
}

/** The learner's day containing `now`: its date key and its bounds [start, end) in epoch ms. */
export function localDay(now: number, timeZone: string): { date: string; start: number; end: number } {
  const start = startOfLocalDay(now, timeZone);
  // The next day starts within 22–26 hours; probe from 26 h on.
  const end = startOfLocalDay(start + 26 * 3_600_000, timeZone);
  return { date: localDateKey(now, timeZone), start, end: end > start ? end : start + 24 * 3_600_000 };
}
