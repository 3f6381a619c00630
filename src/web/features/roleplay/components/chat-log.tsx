import { CoachIssues, HighlightedAnswer } from "../../../components/coach/coach-parts";
import type { Roleplay, RoleplayTurn } from "../../../types/roleplay";
import { ACT_LABEL, plural } from "../lib/labels";

type LearnerTurn = Extract<RoleplayTurn, { speaker: "learner" }>;
type CounterpartTurn = Extract<RoleplayTurn, { speaker: "counterpart" }>;

/**
 * The conversation as a chat log (role="log": screen readers announce the lines that arrive).
 * With `inlineFeedback`, each reply shows the coach's language issues highlighted in its text,
 * with their messages and the score. `pending` is a reply on its way to the server.
 */
export function ChatLog(props: {
  roleplay: Roleplay;
  inlineFeedback: boolean;
  pending: string | null;
  /** Says a line aloud; absent when the browser cannot speak. */
  say?: ((text: string) => void) | undefined;
}) {
  const { roleplay } = props;
  const name = roleplay.brief.counterpart.name;
  let reply = 0;
  let line = 0;
  return (
    <>
      <div role="log" aria-label={`Conversation with ${name}`} aria-relevant="additions">
        <ol className="chat">
          {roleplay.turns.map((t) =>
            t.speaker === "counterpart" ? (
              <CounterpartLine key={t.index} turn={t} name={name} n={++line} say={props.say} />
            ) : (
              <LearnerLine key={t.index} turn={t} n={++reply} inlineFeedback={props.inlineFeedback} />
            ),
          )}
          {props.pending !== null ? (
            <li className="chat__turn chat__turn--learner chat__turn--pending">
              <p className="chat__speaker">You</p>
              <p className="chat__text">{props.pending}</p>
            </li>
          ) : null}
        </ol>
      </div>
      {props.pending !== null ? (
        <p className="chat__typing" role="status">
          <span className="loading__dot" aria-hidden="true" /> The coach is reading your reply, then {name} answers…
        </p>
      ) : null}
    </>
  );
}

function CounterpartLine({ turn, name, n, say }: { turn: CounterpartTurn; name: string; n: number; say?: ((text: string) => void) | undefined }) {
  const act = ACT_LABEL[turn.act];
  return (
    <li className={`chat__turn chat__turn--counterpart chat__turn--${turn.act}`}>
      <p className="chat__speaker">
        {name}
        {act ? <span className="tag tag--quiet chat__act">{act}</span> : null}
      </p>
      <p className="chat__text">{turn.text}</p>
      {say ? (
        <button type="button" className="button button--ghost button--small chat__listen" onClick={() => say(turn.text)} aria-label={`Read aloud ${name}'s line ${n}`}>
          Read aloud
        </button>
      ) : null}
    </li>
  );
}

function LearnerLine({ turn, n, inlineFeedback }: { turn: LearnerTurn; n: number; inlineFeedback: boolean }) {
  const f = turn.feedback;
  return (
    <li className="chat__turn chat__turn--learner" id={`reply-${n}`}>
      <p className="chat__speaker">
        You <span className="visually-hidden">(reply {n})</span>
        {turn.dictated ? <span className="tag tag--quiet chat__act">Dictated</span> : null}
      </p>
      {/* Switching feedback on or off changes what is in the log: not news for a screen reader. */}
      <div aria-live="off">
        {inlineFeedback ? <HighlightedAnswer text={turn.text} feedback={{ issues: f.issues, keyPoints: { covered: [], missed: [] } }} className="chat__text" /> : <p className="chat__text">{turn.text}</p>}
        {inlineFeedback ? (
          <div className="chat__feedback">
            <p className="chat__score">
              <strong>Coach: {Math.round(f.overall)}/100</strong> — {f.bandLabel}.{" "}
              {turn.movesMade > 0 ? `You made ${plural(turn.movesMade, "point")} the question asked for.` : "You did not yet make a point the question asked for."}
            </p>
            {f.issues.length > 0 ? (
              <CoachIssues text={turn.text} issues={f.issues} suggestions={3} />
            ) : (
              <p className="muted">No language issues found.</p>
            )}
          </div>
        ) : null}
      </div>
    </li>
  );
}
