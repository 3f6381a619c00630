import { Link } from "react-router";
import { termPath } from "../../../lib/paths";
import type { Scenario } from "../../../types/roleplay";

/** A scenario's brief, read before starting: the situation, both roles, the goals, the words and phrases. */
export function ScenarioBrief({ scenario }: { scenario: Scenario }) {
  return (
    <div className="brief">
      <section className="brief__section brief__situation" aria-labelledby="brief-situation">
        <h2 id="brief-situation">The situation</h2>
        <p>{scenario.situation}</p>
      </section>

      <div className="brief__people">
        <section className="card brief__card" aria-labelledby="brief-you">
          <h2 id="brief-you">Your role</h2>
          <p>{scenario.learnerRole}</p>
        </section>
        <section className="card brief__card" aria-labelledby="brief-counterpart">
          <h2 id="brief-counterpart">Who you are talking to</h2>
          <p>
            <strong>{scenario.counterpart.name}</strong>, {scenario.counterpart.role}
          </p>
          <p className="muted">{scenario.counterpart.manner}</p>
          <h3>What {firstName(scenario.counterpart.name)} cares about</h3>
          <ul>
            {scenario.counterpart.caresAbout.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      </div>

      <section className="brief__section" aria-labelledby="brief-goals">
        <h2 id="brief-goals">Your goals</h2>
        <ol className="check-list">
          {scenario.goals.map((g) => (
            <li key={g.id}>{g.text}</li>
          ))}
        </ol>
      </section>

      <div className="brief__words">
        <section className="brief__section" aria-labelledby="brief-vocabulary">
          <h2 id="brief-vocabulary">Target vocabulary</h2>
          <p className="muted">Words to use in your replies. Each links to its glossary page.</p>
          <ul className="brief__terms">
            {scenario.targetVocabulary.map((t) => (
              <li key={t.id}>
                <Link to={termPath(t.id)} className="tag brief__term">
                  {t.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="brief__section" aria-labelledby="brief-phrases">
          <h2 id="brief-phrases">Useful phrases</h2>
          <ul className="brief__phrases">
            {scenario.usefulPhrases.map((p) => (
              <li key={p}>
                <q>{p}</q>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

/** "Priya" of "Priya Raman". */
export const firstName = (name: string) => name.split(/\s+/)[0] ?? name;
