import { useId } from "react";

export type StreakMeterProps = {
  streak: {
    today: string;
    goalMinutes: number;
    todayMinutes: number;
    todayMet: boolean;
    currentStreak: number;
    longestStreak: number;
    recent: { date: string; minutes: number; met: boolean }[];
  };
  headingLevel?: 2 | 3;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const minutes = (m: number) => (Number.isInteger(m) ? String(m) : m.toFixed(1));

function weekday(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { weekday: "short", timeZone: "UTC" });
}

/** The daily goal and the streak: days in a row, today's minutes against the goal, the last seven days. */
export function StreakMeter({ streak, headingLevel = 2 }: StreakMeterProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="streak" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="streak__heading">
        Daily goal and streak
      </Heading>
      <p className="streak__count">
        <strong className="streak__days">{plural(streak.currentStreak, "day")}</strong> in a row
        {streak.longestStreak > streak.currentStreak ? <span className="muted"> · longest {plural(streak.longestStreak, "day")}</span> : null}
      </p>
      <p className="streak__today" id={`${id}-today`}>
        Today: {minutes(streak.todayMinutes)} of {streak.goalMinutes} minutes{streak.todayMet ? " — goal met" : ""}
      </p>
      <progress className="streak__progress" max={streak.goalMinutes} value={Math.min(streak.todayMinutes, streak.goalMinutes)} aria-labelledby={`${id}-today`} />
      <ol className="streak__week" aria-label="The last seven days">
        {streak.recent.map((day) => (
          <li key={day.date} className={`streak__day${day.met ? " streak__day--met" : ""}${day.date === streak.today ? " streak__day--today" : ""}`}>
            <span aria-hidden="true" className="streak__mark">
              {day.met ? "✓" : "·"}
            </span>
            <span className="streak__weekday">{weekday(day.date)}</span>
            <span className="visually-hidden">
              {day.date}: {minutes(day.minutes)} minutes{day.met ? ", goal met" : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
