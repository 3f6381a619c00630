import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { Button } from "../../../components/button";
import { roleplayPaths } from "../../../lib/paths";
import type { Roleplay } from "../../../types/roleplay";
import { useEndConversation, useEndedReplyError, usePendingReply } from "../api/roleplays";
import { plural } from "../lib/labels";
import { INLINE_FEEDBACK_KEY, READ_ALOUD_KEY, useStoredToggle } from "../lib/preferences";
import { useReadAloud, useSpeaker } from "../lib/read-aloud";
import { ChatLog } from "./chat-log";
import { ReplyForm } from "./reply-form";
import { firstName } from "./scenario-brief";

/**
 * A conversation with the scenario's counterpart: the chat, the reply box, and beside it the goals,
 * the progress and "End conversation". Everything comes from the conversation as the server has it,
 * so a reload resumes where it stood.
 */
export function Conversation({ roleplay }: { roleplay: Roleplay }) {
  const speaker = useSpeaker();
  const [readAloud, setReadAloud] = useStoredToggle(READ_ALOUD_KEY, false);
  const [inlineFeedback, setInlineFeedback] = useStoredToggle(INLINE_FEEDBACK_KEY, true);
  const pending = usePendingReply(roleplay.id);
  const refused = useEndedReplyError(roleplay.id);
  useReadAloud(roleplay.turns, readAloud && speaker.supported, speaker.say);
  const active = roleplay.status === "active";

  // When the conversation ends while the page is open, the reply box goes: focus the report link.
  const reportLink = useRef<HTMLAnchorElement>(null);
  const wasActive = useRef(active);
  useEffect(() => {
    if (wasActive.current && !active) reportLink.current?.focus();
    wasActive.current = active;
  }, [active]);

  return (
    <div className="conversation">
      <section className="conversation__chat" aria-labelledby="chat-heading">
        <h2 id="chat-heading" className="visually-hidden">
          Conversation
        </h2>
        <div className="chat-options" role="group" aria-label="Conversation options">
          <label className="chat-options__toggle">
            <input type="checkbox" checked={inlineFeedback} onChange={(e) => setInlineFeedback(e.target.checked)} /> Inline feedback
          </label>
          {speaker.supported ? (
            <label className="chat-options__toggle">
              <input type="checkbox" checked={readAloud} onChange={(e) => setReadAloud(e.target.checked)} /> Read aloud {firstName(roleplay.brief.counterpart.name)}&apos;s lines
            </label>
          ) : (
            <span className="muted">Your browser cannot read lines aloud.</span>
          )}
        </div>
        {inlineFeedback ? (
          <p className="muted legend chat-options__legend">
            Under each reply: the coach&apos;s score and its language notes; <mark className="hl hl--issue">numbered</mark> words match the numbered notes.
          </p>
        ) : null}
        <ChatLog roleplay={roleplay} inlineFeedback={inlineFeedback} pending={pending} say={speaker.supported ? (text) => void speaker.say(text) : undefined} />
        {active ? (
          <ReplyForm roleplay={roleplay} />
        ) : (
          <div className="notice notice--success conversation__over">
            {refused ? (
              <p role="alert">
                <strong>Your last reply was not sent:</strong> {refused}
              </p>
            ) : null}
            <p>
              <strong>The conversation is over.</strong>{" "}
              {roleplay.endedBy === "learner" ? "You ended it early. " : ""}
              {roleplay.goalsMet !== null ? `You met ${roleplay.goalsMet} of ${roleplay.goalsTotal} goals.` : null}
            </p>
            <Link ref={reportLink} to={roleplayPaths.report(roleplay.id)} className="button button--primary button--large">
              See your report
            </Link>
          </div>
        )}
      </section>
      <ProgressPanel roleplay={roleplay} />
    </div>
  );
}

function ProgressPanel({ roleplay }: { roleplay: Roleplay }) {
  const { progress } = roleplay;
  const active = roleplay.status === "active";
  const met = progress.goals.filter((g) => g.met).length;
  return (
    <aside className="conversation__side" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <ul className="conversation__facts">
        <li>
          {active ? `Question ${progress.beat} of ${progress.beats}` : `${progress.beats} questions`}
        </li>
        {active ? <li>{plural(progress.repliesLeft, "reply", "replies")} left</li> : null}
        <li>{plural(roleplay.hintsUsed, "hint")} used</li>
      </ul>
      <h3>
        Goals <span className="muted">({met} of {progress.goals.length} met)</span>
      </h3>
      <ul className="goal-list">
        {progress.goals.map((g) => (
          <li key={g.id} className={g.met ? "goal-list__goal goal-list__goal--met" : "goal-list__goal"}>
            <span className="goal-list__mark" aria-hidden="true">
              {g.met ? "✓" : "○"}
            </span>
            <span className="visually-hidden">{g.met ? "Met: " : "Not met yet: "}</span>
            {g.text}
          </li>
        ))}
      </ul>
      <details className="conversation__brief">
        <summary>The brief</summary>
        <p>
          <strong>You:</strong> {roleplay.brief.learnerRole}
        </p>
        <p>
          <strong>{roleplay.brief.counterpart.name}</strong>, {roleplay.brief.counterpart.role}. {roleplay.brief.counterpart.manner}
        </p>
        <p>
          <Link to={roleplayPaths.scenario(roleplay.brief.id)}>Read the whole brief</Link>
        </p>
      </details>
      {active ? <EndConversation roleplay={roleplay} /> : null}
    </aside>
  );
}

/** Ending early takes two steps: the button, then a confirmation. */
function EndConversation({ roleplay }: { roleplay: Roleplay }) {
  const end = useEndConversation(roleplay.id);
  const [confirming, setConfirming] = useState(false);
  const open = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  const name = firstName(roleplay.brief.counterpart.name);
  if (!confirming) {
    return (
      <Button ref={open} variant="secondary" className="conversation__end" onClick={() => setConfirming(true)}>
        End conversation…
      </Button>
    );
  }
  return (
    <div className="conversation__confirm" role="group" aria-labelledby="end-heading">
      <h3 id="end-heading">End the conversation now?</h3>
      <p>{name} will close the conversation and your report will be ready. Goals you have not met yet count as missed.</p>
      {end.error ? (
        <p className="notice notice--error" role="alert">
          {end.error.message}
        </p>
      ) : null}
      <div className="button-row">
        <Button ref={confirm} variant="danger" busy={end.isPending} busyLabel="Ending…" onClick={() => end.mutate()}>
          End the conversation
        </Button>
        <Button
          variant="secondary"
          disabled={end.isPending}
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => open.current?.focus());
          }}
        >
          Keep talking
        </Button>
      </div>
    </div>
  );
}
