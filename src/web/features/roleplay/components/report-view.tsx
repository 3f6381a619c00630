import { Fragment } from "react";
import { Link } from "react-router";
import { termPath } from "../../../lib/paths";
import type { RoleplayReport } from "../../../types/roleplay";
import { TONE_LABEL, excerpt, plural } from "../lib/labels";

/** A link to reply n in the transcript below. */
function ReplyLink({ n }: { n: number }) {
  return <a href={`#reply-${n}`}>reply {n}</a>;
}

function ReplyLinks({ replies }: { replies: number[] }) {
  return (
    <>
      {replies.map((n, i) => (
        <Fragment key={n}>
          {i === 0 ? "" : i === replies.length - 1 ? " and " : ", "}
          <ReplyLink n={n} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * The report of an ended conversation: the goals met and missed with the replies that met them,
 * the target vocabulary, the language issues, the tone, better phrasings, and the transcript with
 * the model dialogue.
 */
export function ReportView({ report }: { report: RoleplayReport }) {
  const learnerLines = report.transcript.filter((l) => l.speaker === "learner").map((l) => l.text);
  const name = report.brief.counterpart.name;
  const termId = new Map(report.brief.targetVocabulary.map((t) => [t.title.toLowerCase(), t.id]));
  const term = (t: string) => {
    const id = termId.get(t.toLowerCase());
    return id ? <Link to={termPath(id)}>{t}</Link> : <>{t}</>;
  };
  const errors = report.issues.filter((i) => i.severity === "error");
  const suggestions = report.issues.filter((i) => i.severity === "suggestion");
  const met = report.goals.filter((g) => g.met);
  const missed = report.goals.filter((g) => !g.met);

  return (
    <div className="report">
      <section className="card report__summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <p className="report__headline">
          <strong>
            {report.goalsMet} of {report.goals.length} goals met
          </strong>{" "}
          in {plural(report.replies, "reply", "replies")}
          {report.averageScore !== null ? `, with an average language score of ${report.averageScore}/100` : ""}.
        </p>
        <p className="muted">
          {report.session.endedBy === "learner" ? "You ended the conversation early. " : ""}
          {plural(report.hintsUsed, "hint")} used.
        </p>
      </section>

      <section className="section section--tight" aria-labelledby="goals-heading">
        <h2 id="goals-heading">Goals</h2>
        {met.length > 0 ? (
          <>
            <h3 id="goals-met">Met</h3>
            <ul className="report-goals" aria-labelledby="goals-met">
              {met.map((g) => (
                <GoalItem key={g.id} goal={g} learnerLines={learnerLines} />
              ))}
            </ul>
          </>
        ) : null}
        {missed.length > 0 ? (
          <>
            <h3 id="goals-missed">Missed</h3>
            <ul className="report-goals" aria-labelledby="goals-missed">
              {missed.map((g) => (
                <GoalItem key={g.id} goal={g} learnerLines={learnerLines} />
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="section section--tight" aria-labelledby="vocabulary-heading">
        <h2 id="vocabulary-heading">Target vocabulary</h2>
        <div className="report__columns report__vocabulary">
          <div>
            <h3>Used well</h3>
            {report.vocabulary.used.length === 0 ? (
              <p className="muted">None of the target words yet.</p>
            ) : (
              <ul>
                {report.vocabulary.used.map((u) => (
                  <li key={u.term}>
                    {term(u.term)} <span className="muted">(in <ReplyLinks replies={u.replies} />)</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Misused</h3>
            {report.vocabulary.misused.length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul>
                {report.vocabulary.misused.map((m, i) => (
                  <li key={`${m.term}-${i}`}>
                    {term(m.term)} in <ReplyLink n={m.reply} />: {m.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Not used</h3>
            {report.vocabulary.unused.length === 0 ? (
              <p className="muted">You used every target word.</p>
            ) : (
              <ul>
                {report.vocabulary.unused.map((u) => (
                  <li key={u}>{term(u)}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </section>

      <section className="section section--tight" aria-labelledby="language-heading">
        <h2 id="language-heading">Language</h2>
        {report.issues.length === 0 ? (
          <p>The coach found no language issue in your replies.</p>
        ) : (
          <>
            {errors.length > 0 ? (
              <>
                <h3>{plural(errors.length, "mistake")}</h3>
                <ul className="coach__issues report-issues">
                  {errors.map((i, n) => (
                    <li key={n}>
                      <ReplyLink n={i.reply} />: <q className="coach__quote">{i.quote}</q> {i.message}
                      {i.replacement ? (
                        <>
                          {" "}
                          Try: <q>{i.replacement}</q>.
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {suggestions.length > 0 ? (
              <details className="report__more">
                <summary>{plural(suggestions.length, "style suggestion")}</summary>
                <ul className="coach__issues report-issues">
                  {suggestions.map((i, n) => (
                    <li key={n}>
                      <ReplyLink n={i.reply} />: <q className="coach__quote">{i.quote}</q> {i.message}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        )}
      </section>

      <section className="section section--tight" aria-labelledby="tone-heading">
        <h2 id="tone-heading">Tone</h2>
        <p className="report__tone">
          <span className={`tone tone--${report.tone.label}`}>{TONE_LABEL[report.tone.label]}</span> {report.tone.explanation}
        </p>
        {report.tone.examples.length > 0 ? (
          <ul>
            {report.tone.examples.map((e, i) => (
              <li key={i}>
                <ReplyLink n={e.reply} />: <q>{e.quote}</q>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {report.rewrites.length > 0 ? (
        <section className="section section--tight" aria-labelledby="rewrites-heading">
          <h2 id="rewrites-heading">Better phrasings</h2>
          <p className="section__intro">The coach's rewrites of your weakest replies.</p>
          <ul className="report-rewrites">
            {report.rewrites.map((r, i) => (
              <li key={i} className="card report-rewrites__item">
                <p className="muted">
                  In <ReplyLink n={r.reply} />, you said:
                </p>
                <p>
                  <q>{r.original}</q>
                </p>
                <p>
                  <strong>Better:</strong> <q>{r.suggestion}</q>
                </p>
                <p className="muted">{r.reason}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section section--tight" aria-labelledby="dialogues-heading">
        <h2 id="dialogues-heading">Your conversation and the model dialogue</h2>
        <div className="report__columns">
          <div>
            <h3 id="transcript-heading">Your conversation</h3>
            <Dialogue lines={report.transcript} name={name} you="You" labelledBy="transcript-heading" anchors />
          </div>
          <div>
            <h3 id="model-heading">Model dialogue</h3>
            <Dialogue lines={report.modelDialogue} name={name} you="Model reply" labelledBy="model-heading" />
          </div>
        </div>
      </section>
    </div>
  );
}

function GoalItem({ goal, learnerLines }: { goal: RoleplayReport["goals"][number]; learnerLines: string[] }) {
  return (
    <li className={goal.met ? "card report-goal report-goal--met" : "card report-goal report-goal--missed"}>
      <h4 className="report-goal__title">
        <span aria-hidden="true">{goal.met ? "✓ " : "✗ "}</span>
        <span className="visually-hidden">{goal.met ? "Met: " : "Missed: "}</span>
        {goal.text}
      </h4>
      {goal.replies.length > 0 ? (
        <>
          <p className="muted">
            {goal.met ? "Met in" : "Partly made in"} <ReplyLinks replies={goal.replies} />:
          </p>
          {goal.replies.map((n) => (
            <blockquote key={n} className="report-goal__quote">
              <p>{excerpt(learnerLines[n - 1] ?? "", 220)}</p>
            </blockquote>
          ))}
        </>
      ) : (
        <p className="muted">No reply made its points.</p>
      )}
      <ul className="report-goal__points">
        {goal.points.map((p) => (
          <li key={p.text} className={p.made ? "coach__point--covered" : "coach__point--missed"}>
            <span aria-hidden="true">{p.made ? "✓ " : "✗ "}</span>
            <span className="visually-hidden">{p.made ? "Made: " : "Not made: "}</span>
            {p.text}
            {p.made && p.reply ? (
              <>
                {" "}
                <span className="muted">
                  (<ReplyLink n={p.reply} />)
                </span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

function Dialogue({ lines, name, you, labelledBy, anchors = false }: { lines: RoleplayReport["transcript"]; name: string; you: string; labelledBy: string; anchors?: boolean }) {
  let reply = 0;
  return (
    <ol className="transcript" aria-labelledby={labelledBy}>
      {lines.map((l, i) => {
        const n = l.speaker === "learner" ? ++reply : 0;
        return (
          <li key={i} className={`transcript__line transcript__line--${l.speaker}`} id={anchors && n ? `reply-${n}` : undefined} tabIndex={anchors && n ? -1 : undefined}>
            <p className="transcript__speaker">{l.speaker === "counterpart" ? name : n ? `${you} ${n}` : you}</p>
            <p>{l.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
