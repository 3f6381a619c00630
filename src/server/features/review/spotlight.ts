/**
 * The vocabulary spotlight: a few terms a day, the same for everyone on a (UTC) day, different the
 * next. The role's terms are shuffled once per cycle (seeded by the role and the cycle number) and
 * each day of the cycle takes the next block of that order, so consecutive days never repeat a term
 * within a cycle and every term comes up once per cycle. Pure: the date comes in as an argument.
 */
import { seededShuffle } from "../../../srs/random.ts";

export const SPOTLIGHT_SIZE = 4;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

export function spotlightIds(termIds: readonly string[], roleId: string, utcDate: string, size = SPOTLIGHT_SIZE): string[] {
  const ids = [...new Set(termIds)].sort();
  if (ids.length <= size) return ids;
  const daysPerCycle = Math.floor(ids.length / size);
  const day = dayNumber(utcDate);
  const cycle = Math.floor(day / daysPerCycle);
  const slot = day - cycle * daysPerCycle;
  return seededShuffle(ids, `spotlight:${roleId}:${cycle}`).slice(slot * size, slot * size + size);
}
