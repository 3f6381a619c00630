/**
 * Acronyms spelled out: "LIFO" in an answer says what "last in, first out" says in the reference,
 * and "time to live" in an answer says the reference's "TTL". The glossary knows the acronyms of
 * the domain; this finds the ones a task text spells out on the spot, whatever they are.
 *
 * The answer gets extra units at the place it says the thing: copies of the task's units for the
 * phrase (or for the acronym), so saying it either way earns the same.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { STOPWORDS, type Unit } from "./units.ts";

/** A task text (reference, key point, accepted wording) with its units. */
export interface TaskText {
  a: Analysis;
  units: readonly Unit[];
}

/** An acronym as written: 2–6 capitals, with an optional plural "s" ("APIs"). */
const ACRONYM = /^([A-Z]{2,6})s?$/;
/**
 * Small words that may end a spelled-out phrase ("first in, first out", "write once, read many");
 * other function words may not start or end one: "of the server" is not "OS", "domain name, so"
 * is not "DNS".
 */
const FINAL_PARTICLES = new Set(["in", "out", "up", "off", "down", "once", "many"]);

/** The consecutive word tokens from `first` whose initials spell `letters`, within one sentence, or undefined. */
function spells(a: Analysis, first: number, letters: string): Token[] | undefined {
  const start = a.tokens[first]!;
  if (!start.isWord || start.lower[0] !== letters[0] || STOPWORDS.has(start.lower)) return undefined;
  const words: Token[] = [];
  for (let i = first; i < a.tokens.length && words.length < letters.length; i++) {
    const t = a.tokens[i]!;
    if (t.sentence !== start.sentence) return undefined;
    if (!t.isWord) {
      if (t.text === "-" || t.text === ",") continue;
      return undefined;
    }
    if (t.lower[0] !== letters[words.length]) return undefined;
    words.push(t);
  }
  if (words.length < letters.length) return undefined;
  const last = words[words.length - 1]!.lower;
  return STOPWORDS.has(last) && !FINAL_PARTICLES.has(last) ? undefined : words;
}

/** The letters of an acronym token; not of a word in capitals ("IT", "US", "NO"). */
const lettersOf = (t: Token): string | undefined => {
  const m = ACRONYM.exec(t.text);
  const letters = m?.[1]!.toLowerCase();
  return letters && !STOPWORDS.has(letters) ? letters : undefined;
};

/** Where in the answer a task's unit is said. */
type Place = Pick<Unit, "start" | "end" | "sentence" | "clause" | "negated">;

/** Units to add to the answer's for the acronyms that it or a task text spells out. */
export function acronymUnits(answer: Analysis, answerUnits: readonly Unit[], tasks: readonly TaskText[]): Unit[] {
  const out: Unit[] = [];
  const have = new Set(answerUnits.map((u) => u.id));
  const add = (u: Unit, at: Place) => {
    if (have.has(u.id)) return;
    have.add(u.id);
    out.push({ ...u, ...at });
  };
  const answerAcronyms = answer.tokens.filter((t) => t.isWord && lettersOf(t));
  for (const task of tasks) {
    // The answer's acronym, spelled out in the task text: the phrase's units, at the acronym.
    const own = new Set(task.a.tokens.map((t) => (t.isWord ? lettersOf(t) : undefined)));
    for (const t of answerAcronyms) {
      const letters = lettersOf(t)!;
      // A task that uses the acronym itself matches it as it is: a phrase that happens to have its
      // initials ("domain name such" for DNS) is not its meaning.
      if (own.has(letters)) continue;
      for (let i = 0; i < task.a.tokens.length; i++) {
        const words = spells(task.a, i, letters);
        if (!words) continue;
        const from = words[0]!.start;
        const to = words[words.length - 1]!.end;
        for (const u of task.units) if (u.start >= from && u.end <= to) add(u, { start: t.start, end: t.end, sentence: t.sentence, clause: t.clause, negated: t.negated });
        break;
      }
    }
    // The task's acronym, spelled out in the answer: the acronym's unit, at the phrase.
    for (const t of task.a.tokens) {
      const letters = t.isWord ? lettersOf(t) : undefined;
      if (!letters) continue;
      const unit = task.units.find((u) => u.start <= t.start && u.end >= t.end);
      if (!unit || have.has(unit.id)) continue;
      for (let i = 0; i < answer.tokens.length; i++) {
        const words = spells(answer, i, letters);
        if (!words) continue;
        const first = words[0]!;
        add(unit, { start: first.start, end: words[words.length - 1]!.end, sentence: first.sentence, clause: first.clause, negated: words.some((w) => w.negated) });
        break;
      }
    }
  }
  return out;
}
