import type { ReactNode } from "react";
import { Link } from "react-router";
import { learningPaths } from "../../../lib/paths";
import type { Topic } from "../../../types/learning";
import { Markdown } from "./markdown";

const LEVEL_LABEL = { junior: "Junior", mid: "Mid-level", senior: "Senior" } as const;

/** A roadmap topic: its sections rendered from Markdown, its terms, what to know first and what comes next. */
export function TopicView({ topic, termHref, statusPicker }: { topic: Topic; termHref: (id: string) => string; statusPicker: ReactNode }) {
  return (
    <>
      <header className="page__header">
        <p className="eyebrow">
          <Link to="/roadmap">Roadmap</Link> · {LEVEL_LABEL[topic.level]}
        </p>
        <h1>{topic.title}</h1>
        <p className="lead">{topic.summary}</p>
        {statusPicker}
      </header>
      <div className="topic">
        <div className="topic__body">
          {topic.sections.map((section) => (
            <section key={section.title} className="topic__section" aria-labelledby={`section-${slug(section.title)}`}>
              <h2 id={`section-${slug(section.title)}`}>{section.title}</h2>
              <Markdown source={section.markdown} code={section.code} termHref={termHref} />
            </section>
          ))}
        </div>
        <aside className="topic__aside" aria-label="Related">
          {topic.terms.length > 0 ? (
            <section aria-labelledby="topic-terms">
              <h2 id="topic-terms">Terms</h2>
              <ul className="plain-list">
                {topic.terms.map((t) => (
                  <li key={t.id}>
                    <Link to={termHref(t.id)}>{t.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {topic.prerequisites.length > 0 ? (
            <section aria-labelledby="topic-before">
              <h2 id="topic-before">Know first</h2>
              <ul className="plain-list">
                {topic.prerequisites.map((t) => (
                  <li key={t.id}>
                    <Link to={learningPaths.topic(t.id)}>{t.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {topic.next.length > 0 ? (
            <section aria-labelledby="topic-next">
              <h2 id="topic-next">What comes next</h2>
              <ul className="plain-list">
                {topic.next.map((t) => (
                  <li key={t.id}>
                    <Link to={learningPaths.topic(t.id)}>{t.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
