import { Link } from "react-router";
import { LEVEL_LABEL } from "../lib/format";
import { vocabularyPaths } from "../paths";
import type { Term } from "../types";
import { AddToDeck } from "./add-to-deck";
import { HighlightedSentence } from "./highlighted-sentence";
import { ListenButtons } from "./listen-button";

const SITUATION: Record<string, string> = {
  "code-review": "Code review",
  standup: "Stand-up",
  incident: "Incident",
  "design-review": "Design review",
  interview: "Interview",
  planning: "Planning",
  documentation: "Documentation",
  pairing: "Pairing",
  "one-to-one": "One-to-one",
  chat: "Chat",
};

const situationLabel = (s: string) => SITUATION[s] ?? s.replace(/-/g, " ").replace(/^\w/, (c) => c.toUpperCase());

/** A glossary term in full: meaning, how to say it, how it is used, what people get wrong, where it comes up. */
export function TermDetail({ term, roleId, areaTitle }: { term: Term; roleId: string; areaTitle: string }) {
  const spellings = [term.term, ...term.aliases, ...(term.expansion ? [term.expansion] : [])];
  return (
    <article className="term">
      <header className="term__header">
        <p className="eyebrow">
          <Link to={`${vocabularyPaths.glossary}?area=${encodeURIComponent(term.area)}`}>{areaTitle}</Link> · {LEVEL_LABEL[term.level]}
        </p>
        <h1 className="term__title">{term.term}</h1>
        <p className="term__pos">
          {term.partOfSpeech}
          {term.expansion ? <> · short for <strong>{term.expansion}</strong></> : null}
          {term.retired ? <span className="tag">No longer in the curriculum</span> : null}
        </p>
        {term.pronunciation ? (
          <p className="term__pronunciation">
            <span className="respelling" title="Stress respelling: the syllable in capitals is stressed">
              {term.pronunciation.respelling}
            </span>
            <span className="ipa" lang="en-fonipa">
              {term.pronunciation.ipa}
            </span>
          </p>
        ) : null}
        <ListenButtons text={term.term} label={term.term} />
        <p className="term__definition">{term.definition}</p>
        {!term.retired ? <AddToDeck roleId={roleId} termId={term.id} term={term.term} /> : null}
      </header>

      <section aria-labelledby="examples-heading" className="term__section">
        <h2 id="examples-heading">Examples</h2>
        <ul className="example-list">
          {term.examples.map((e) => (
            <li key={e.text} className="example">
              <span className="tag tag--quiet">{situationLabel(e.situation)}</span>
              <p className="example__text">
                <HighlightedSentence text={e.text} spellings={spellings} />
              </p>
              <ListenButtons text={e.text} label={`the example “${e.text.slice(0, 40)}…”`} showVoices={false} />
            </li>
          ))}
        </ul>
      </section>

      {term.collocations.length ? (
        <section aria-labelledby="collocations-heading" className="term__section">
          <h2 id="collocations-heading">Words that go with it</h2>
          <ul className="chip-list">
            {term.collocations.map((c) => (
              <li key={c} className="chip">
                {c}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {term.mistake ? (
        <section aria-labelledby="mistake-heading" className="term__section mistake">
          <h2 id="mistake-heading">A common mistake</h2>
          <p className="mistake__wrong">
            <span className="mistake__label">Not:</span> <del>{term.mistake.wrong}</del>
          </p>
          <p className="mistake__right">
            <span className="mistake__label">But:</span> <ins>{term.mistake.right}</ins>
          </p>
          <p className="mistake__why">{term.mistake.why}</p>
        </section>
      ) : null}

      {term.related.length ? (
        <section aria-labelledby="related-heading" className="term__section">
          <h2 id="related-heading">Related terms</h2>
          <ul className="chip-list">
            {term.related.map((r) => (
              <li key={r.id}>
                <Link to={vocabularyPaths.term(r.id)} className="chip chip--link">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {term.topics.length || term.questions.length ? (
        <section aria-labelledby="used-heading" className="term__section">
          <h2 id="used-heading">Where it comes up</h2>
          {term.topics.length ? (
            <>
              <h3>Roadmap topics</h3>
              <ul className="plain-list">
                {term.topics.map((t) => (
                  <li key={t.id}>
                    <Link to={`/roadmap/${encodeURIComponent(t.id)}`}>{t.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {term.questions.length ? (
            <>
              <h3>Interview questions</h3>
              <ul className="plain-list">
                {term.questions.map((q) => (
                  <li key={q.id}>
                    <Link to={`/interview/questions/${encodeURIComponent(q.id)}`}>{q.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
