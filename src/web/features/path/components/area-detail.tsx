import { Link } from "react-router";
import { MasteryMeter } from "../../../components/mastery-meter";
import { learningPaths, questionPath, roleplayPaths } from "../../../lib/paths";
import type { LearningArea, TopicStatus } from "../../../types/learning";
import { LEVEL_LABEL, plural } from "./labels";
import { SetList, type SetAction } from "./set-list";

const STATUS_LABEL: Record<TopicStatus, string> = { done: "Done", learning: "Learning", skipped: "Skipped" };

const pct = (x: number) => Math.round(x);

/** An area: mastery and what it is made of, exercise sets by level, terms, topics, questions and roleplays. */
export function AreaDetail({ area, setAction, termHref }: { area: LearningArea; setAction: SetAction; termHref: (id: string) => string }) {
  const c = area.mastery.components;
  return (
    <>
      <div className="card area-mastery">
        <MasteryMeter value={area.mastery.value} status={area.mastery.status} label={area.area.title} size="large" />
        <ul className="area-mastery__parts">
          <li>Exercises: {c.exercises ? `${pct(c.exercises.value)}/100` : "no answers yet"}</li>
          <li>Writing (coach scores): {c.written ? `${pct(c.written.value)}/100` : "no written answers yet"}</li>
          <li>Vocabulary: {c.vocabulary ? `${pct(c.vocabulary.value)}/100` : "no words reviewed yet"}</li>
          <li>{plural(area.answered, "answer")} in this area</li>
        </ul>
      </div>

      <section className="section section--tight" aria-labelledby="sets-heading">
        <h2 id="sets-heading">Exercise sets</h2>
        <SetList levels={area.levels} action={setAction} />
      </section>

      <section className="section section--tight" aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">What you will be able to do</h2>
        <ul className="check-list">
          {area.area.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>

      <div className="area-columns">
        <section className="section section--tight" aria-labelledby="topics-heading">
          <h2 id="topics-heading">Roadmap topics</h2>
          <ul className="plain-list">
            {area.topics.map((t) => (
              <li key={t.id}>
                <Link to={learningPaths.topic(t.id)}>{t.title}</Link> <span className="muted">· {LEVEL_LABEL[t.level]}</span>
                {t.status ? <span className={`status-tag status-tag--${t.status}`}>{STATUS_LABEL[t.status]}</span> : null}
              </li>
            ))}
          </ul>
        </section>

        <section className="section section--tight" aria-labelledby="terms-heading">
          <h2 id="terms-heading">Key terms</h2>
          <ul className="plain-list term-list">
            {area.terms.map((t) => (
              <li key={t.id}>
                <Link to={termHref(t.id)}>{t.term}</Link> <span className="muted">· {LEVEL_LABEL[t.level]}</span>
                {t.inDeck ? <span className="status-tag status-tag--learning">In your deck</span> : null}
              </li>
            ))}
          </ul>
        </section>

        <section className="section section--tight" aria-labelledby="questions-heading">
          <h2 id="questions-heading">Interview questions</h2>
          <ul className="plain-list">
            {area.questions.map((q) => (
              <li key={q.id}>
                <Link to={questionPath(q.id)}>{q.prompt}</Link> <span className="muted">· {LEVEL_LABEL[q.level]}, {q.kind.replace("-", " ")}</span>
                {q.practice ? (
                  <span className="status-tag status-tag--done">
                    Practiced {q.practice.attempts === 1 ? "once" : `${q.practice.attempts} times`} · best {Math.round(q.practice.best)}/100
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>

        <section className="section section--tight" aria-labelledby="roleplays-heading">
          <h2 id="roleplays-heading">Roleplays</h2>
          {area.scenarios.length === 0 ? (
            <p className="muted">No roleplay in this area yet.</p>
          ) : (
            <ul className="plain-list">
              {area.scenarios.map((s) => (
                <li key={s.id}>
                  <Link to={roleplayPaths.scenario(s.id)}>{s.title}</Link> <span className="muted">· {LEVEL_LABEL[s.level]}, {s.setting.replace("-", " ")}</span>
                  {s.progress && s.progress.completed > 0 ? (
                    <span className="status-tag status-tag--done">
                      Best: {s.progress.bestGoalsMet} of {s.progress.goalsTotal} goals met
                    </span>
                  ) : null}
                  {s.progress?.inProgress ? <span className="status-tag status-tag--learning">In progress</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
