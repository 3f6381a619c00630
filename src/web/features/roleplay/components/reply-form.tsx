import { useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "../../../components/button";
import { appendDictated, DICTATE_LABEL, useDictation } from "../../../lib/dictation";
import { toFormErrors } from "../../../lib/form-errors";
import { uuid } from "../../../lib/uuid";
import type { Roleplay } from "../../../types/roleplay";
import { useHint, useSendReply } from "../api/roleplays";
import { firstName } from "./scenario-brief";

/** The server's limit; longer replies are refused with 413 and its message. */
export const MAX_REPLY = 4_000;

/**
 * What the learner says next: typed (Ctrl/Cmd+Enter sends) or dictated where the browser offers
 * speech recognition, with a hint on request. While a reply is on its way the form is read-only;
 * a failed reply stays in the box with the server's message, and sending it again is applied once
 * (the same `clientTurnId` until the text changes).
 */
export function ReplyForm({ roleplay }: { roleplay: Roleplay }) {
  const id = useId();
  const send = useSendReply(roleplay.id);
  const hint = useHint(roleplay.id);
  const [text, setText] = useState("");
  const [dictated, setDictated] = useState(false);
  const [shownHint, setShownHint] = useState<{ text: string; turns: number } | null>(null);
  const turnId = useRef<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const dictation = useDictation((added) => {
    setDictated(true);
    turnId.current = null;
    setText((t) => appendDictated(t, added));
  });
  const name = firstName(roleplay.brief.counterpart.name);

  const submit = () => {
    if (send.isPending) return;
    dictation.stop();
    turnId.current ??= uuid();
    send.mutate(
      { text, clientTurnId: turnId.current, dictated },
      {
        onSuccess: () => {
          setText("");
          setDictated(false);
          turnId.current = null;
        },
        onSettled: () => {
          // The box was read-only, and the button that had focus was disabled: come back to the box.
          requestAnimationFrame(() => box.current?.focus());
        },
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.current?.requestSubmit();
    }
  };

  const errors = send.error ? toFormErrors(send.error, { knownFields: ["text"] }) : null;
  const tooLong = text.length > MAX_REPLY;
  const hintHere = shownHint && shownHint.turns === roleplay.turns.length ? shownHint.text : null;
  return (
    <form
      ref={form}
      className="reply-form"
      aria-busy={send.isPending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className={errors?.fields.text ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={`${id}-text`}>
          Your reply to {name}
        </label>
        <textarea
          ref={box}
          id={`${id}-text`}
          name="text"
          className="input textarea reply-form__text"
          rows={4}
          value={text}
          readOnly={send.isPending}
          aria-invalid={errors?.fields.text ? true : undefined}
          aria-describedby={`${id}-help${errors?.fields.text ? ` ${id}-error` : ""}`}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            setText(e.target.value);
            turnId.current = null;
          }}
        />
        <p id={`${id}-help`} className={tooLong ? "field__error" : "field__hint"}>
          {text.length.toLocaleString("en")} / {MAX_REPLY.toLocaleString("en")} characters{tooLong ? " — too long; say it in fewer words" : ""}. Ctrl+Enter (⌘+Enter on a Mac) sends.
        </p>
        {errors?.fields.text ? (
          <p id={`${id}-error`} className="field__error">
            {errors.fields.text}
          </p>
        ) : null}
      </div>

      <div role="status" className="reply-form__hint">
        {hintHere ? (
          <p className="notice notice--info">
            <strong>Hint:</strong> <q>{hintHere}</q>
          </p>
        ) : null}
      </div>
      {hint.error ? (
        <p className="notice notice--error" role="alert">
          {hint.error.message}
        </p>
      ) : null}
      {errors ? (
        <p className="notice notice--error" role="alert">
          {errors.message}
        </p>
      ) : null}
      {dictation.error ? <p className="field__error">{dictation.error}</p> : null}

      <div className="reply-form__actions">
        <Button type="submit" busy={send.isPending} busyLabel="Sending…">
          Send
        </Button>
        <Button
          variant="secondary"
          busy={hint.isPending}
          busyLabel="Finding a hint…"
          disabled={send.isPending}
          onClick={() => hint.mutate(undefined, { onSuccess: (h) => setShownHint({ text: h.hint, turns: roleplay.turns.length }) })}
        >
          Hint
        </Button>
        {dictation.supported ? (
          <Button variant="secondary" onClick={dictation.toggle} aria-pressed={dictation.listening} disabled={send.isPending}>
            {dictation.listening ? "Stop dictation" : DICTATE_LABEL}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
