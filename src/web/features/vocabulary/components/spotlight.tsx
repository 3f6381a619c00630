import { Link } from "react-router";
import { useSpotlight } from "../api/get-spotlight";
import { vocabularyPaths } from "../paths";

/** Today's four terms, on the home page: the same for everyone today, new ones tomorrow. */
export function VocabularySpotlight({ roleId }: { roleId: string }) {
  const spotlight = useSpotlight(roleId);
  if (spotlight.isError || (spotlight.data && spotlight.data.terms.length === 0)) return null;
  return (
    <section className="section spotlight" aria-labelledby="spotlight-heading">
      <h2 id="spotlight-heading">Today's words</h2>
      <p className="section__intro">Four terms of backend work, new every day. Open one to hear it and see it used.</p>
      {spotlight.isPending ? (
        <p className="muted">Loading today's words…</p>
      ) : (
        <ul className="spotlight__grid">
          {spotlight.data.terms.map((t) => (
            <li key={t.id} className="spotlight__card">
              <h3 className="spotlight__term">
                <Link to={vocabularyPaths.term(t.id)}>{t.term}</Link>
              </h3>
              <p className="spotlight__meta muted">
                {t.partOfSpeech}
                {t.pronunciation ? <> · {t.pronunciation.respelling}</> : null}
              </p>
              <p className="spotlight__definition">{t.definition}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
