import type { ReactNode } from "react";
import type { LevelProgress, SetProgress } from "../../../types/learning";
import { LEVEL_LABEL } from "./labels";

/** What a page puts next to a set: a start or continue button (the exercises feature provides it). */
export type SetAction = (set: SetProgress) => ReactNode;

function setStatus(set: SetProgress): string {
  if (set.openAttempt) return `In progress: ${set.openAttempt.answered} of ${set.openAttempt.total} answered`;
  if (set.completed) return `Done · best ${set.bestPercent ?? 0}%`;
  return `${set.exerciseCount} exercises`;
}

/** An area's exercise sets grouped by level, each with its progress and an action. */
export function SetList({ levels, action, headingLevel = 3 }: { levels: LevelProgress[]; action: SetAction; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="level-list">
      {levels.map((level) => (
        <div key={level.level} className="level">
          <Heading className="level__title">
            {LEVEL_LABEL[level.level]}{" "}
            <span className="level__count">
              {level.setsCompleted} of {level.sets.length} done
            </span>
          </Heading>
          <ul className="set-list">
            {level.sets.map((set) => (
              <li key={set.id} className={`set-row${set.completed ? " set-row--done" : ""}`}>
                <div className="set-row__text">
                  <span className="set-row__title">{set.title}</span>
                  <span className="set-row__status">{setStatus(set)}</span>
                </div>
                <div className="set-row__action">{action(set)}</div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
