import type { ReactNode } from "react";
import { Link } from "react-router";
import { MasteryMeter } from "../../../components/mastery-meter";
import { StreakMeter } from "../../../components/streak-meter";
import { learningPaths, paths, questionPath, roleplayPaths } from "../../../lib/paths";
import type { LearningPath } from "../../../types/learning";
import { LEVEL_LABEL, plural } from "./labels";
import { NextSteps, type StepAction } from "./next-steps";
import { SetList, type SetAction } from "./set-list";

export type PathOverviewProps = {
  path: LearningPath;
  setAction: SetAction;
  stepAction: StepAction;
  /** Starts a run of a set at one exercise (a recommended written exercise). */
  exerciseAction: (setId: string, exerciseId: string, label: string) => ReactNode;
  /** The "review my mistakes" button. */
  mistakesAction: ReactNode;
};

/** The path page: what to do next, the streak, every area with its levels and mastery, and recommendations. */
export function PathOverview({ path, setAction, stepAction, exerciseAction, mistakesAction }: PathOverviewProps) {
  return (
    <>
      <div className="path-top">
        <section className="card path-next" aria-labelledby="next-heading">
          <h2 id="next-heading">What to do next</h2>
          <NextSteps steps={path.nextSteps} action={stepAction} />
          {path.mistakes > 0 ? (
            <div className="path-mistakes">
              <p>{plural(path.mistakes, "exercise")} you got wrong wait in “Review my mistakes”.</p>
              {mistakesAction}
            </div>
          ) : null}
          {path.dueReviews !== null && path.dueReviews > 0 && !path.nextSteps.some((s) => s.kind === "reviews") ? (
            <p>
              <Link to={paths.vocabulary}>{plural(path.dueReviews, "review")} due</Link> in your vocabulary deck.
            </p>
          ) : null}
        </section>
        <div className="card path-streak">
          <StreakMeter streak={path.streak} />
        </div>
      </div>

      <section className="section section--tight" aria-labelledby="areas-heading">
        <h2 id="areas-heading">Topic areas</h2>
        <p className="section__intro">
          Each area has sets of about ten exercises at three levels. Mastery grows with recent right answers, the
          coach's scores on your writing and the words you know.
        </p>
        <ol className="path-areas">
          {path.areas.map((area) => (
            <li key={area.id} className="path-area card">
              <div className="path-area__head">
                <h3 className="path-area__title">
                  <Link to={learningPaths.area(area.id)}>{area.title}</Link>
                </h3>
                <MasteryMeter value={area.mastery.value} status={area.mastery.status} label={area.title} />
              </div>
              <p className="path-area__summary">{area.summary}</p>
              <details className="path-area__sets">
                <summary>
                  Exercise sets <span className="muted">({area.setsCompleted} of {area.setsTotal} done)</span>
                </summary>
                <SetList levels={area.levels} action={setAction} headingLevel={4} />
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section className="section section--tight" aria-labelledby="recommended-heading">
        <h2 id="recommended-heading">Recommended for you</h2>
        <div className="recommended">
          <div className="card">
            <h3>Writing</h3>
            {path.recommended.writing.length === 0 ? (
              <p className="muted">You have written well in every area. Try a higher level in Settings.</p>
            ) : (
              <ul className="recommend-list">
                {path.recommended.writing.map((w) => (
                  <li key={w.exerciseId}>
                    <p className="recommend-list__meta">
                      {w.areaTitle} · {LEVEL_LABEL[w.level]}
                    </p>
                    <p className="recommend-list__prompt">{w.prompt}</p>
                    {exerciseAction(w.setId, w.exerciseId, `Write this answer (${w.areaTitle})`)}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="card">
            <h3>Speaking</h3>
            <ul className="recommend-list">
              {path.recommended.speaking.map((s) => (
                <li key={`${s.kind}-${s.id}`}>
                  <p className="recommend-list__meta">
                    {s.kind === "scenario" ? "Roleplay" : "Interview question"} · {s.areaTitle} · {LEVEL_LABEL[s.level]}
                  </p>
                  <p className="recommend-list__prompt">{s.title}</p>
                  <Link to={s.kind === "scenario" ? roleplayPaths.scenario(s.id) : questionPath(s.id)} aria-label={`${s.kind === "scenario" ? "Practice this conversation" : "Practice this question"}: ${s.title}`}>
                    {s.kind === "scenario" ? "Practice this conversation" : "Practice this question"}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </>
  );
}
