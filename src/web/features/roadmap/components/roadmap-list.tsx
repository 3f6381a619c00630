import { Link } from "react-router";
import { learningPaths } from "../../../lib/paths";
import type { Roadmap, TopicStatus } from "../../../types/learning";

const LEVEL_LABEL = { junior: "Junior", mid: "Mid-level", senior: "Senior" } as const;
const STATUS_LABEL: Record<TopicStatus, string> = { done: "Done", learning: "Learning", skipped: "Skipped" };

/**
 * The roadmap as a grouped list: topics by area in path order, each with its level, the learner's
 * mark, what to know first and what comes next (links to those topics).
 */
export function RoadmapList({ roadmap, signedIn }: { roadmap: Roadmap; signedIn: boolean }) {
  return (
    <>
      {signedIn ? (
        <p className="roadmap__counts" aria-live="polite">
          <strong>{roadmap.counts.done}</strong> of {roadmap.counts.total} topics done · {roadmap.counts.learning} learning · {roadmap.counts.skipped} skipped
        </p>
      ) : null}
      <nav className="roadmap__index" aria-label="Topic areas">
        <ul>
          {roadmap.areas.map((a) => (
            <li key={a.id}>
              <a href={`#area-${a.id}`}>{a.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {roadmap.areas.map((area) => (
        <section key={area.id} className="roadmap__area" aria-labelledby={`area-${area.id}`}>
          <h2 id={`area-${area.id}`} tabIndex={-1}>
            {area.title}
          </h2>
          <ol className="roadmap__topics">
            {area.topics.map((t) => (
              <li key={t.id} className={`roadmap-topic${t.status ? ` roadmap-topic--${t.status}` : ""}`}>
                <div className="roadmap-topic__head">
                  <h3 className="roadmap-topic__title">
                    <Link to={learningPaths.topic(t.id)}>{t.title}</Link>
                  </h3>
                  <span className="roadmap-topic__level">{LEVEL_LABEL[t.level]}</span>
                  {t.status ? <span className={`status-tag status-tag--${t.status}`}>{STATUS_LABEL[t.status]}</span> : null}
                </div>
                <p className="roadmap-topic__summary">{t.summary}</p>
                {t.prerequisites.length > 0 || t.next.length > 0 ? (
                  <dl className="roadmap-topic__links">
                    {t.prerequisites.length > 0 ? (
                      <div>
                        <dt>Know first</dt>
                        <dd>
                          {t.prerequisites.map((p, i) => (
                            <span key={p.id}>
                              {i > 0 ? ", " : ""}
                              <Link to={learningPaths.topic(p.id)}>{p.title}</Link>
                            </span>
                          ))}
                        </dd>
                      </div>
                    ) : null}
                    {t.next.length > 0 ? (
                      <div>
                        <dt>Then</dt>
                        <dd>
                          {t.next.map((p, i) => (
                            <span key={p.id}>
                              {i > 0 ? ", " : ""}
                              <Link to={learningPaths.topic(p.id)}>{p.title}</Link>
                            </span>
                          ))}
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
