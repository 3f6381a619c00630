import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from "react";
import { Link } from "react-router";
import { Button } from "../../../components/button";
import { Loading } from "../../../components/loading";
import { isApiError } from "../../../lib/api-client";
import { useGradeCard } from "../api/grade-card";
import { reviewKeys } from "../api/keys";
import { useQueue } from "../api/get-queue";
import { useUndoReview } from "../api/undo-review";
import { CARD_TYPE_LABEL, dateTime } from "../lib/format";
import { uuid } from "../../../lib/uuid";
import { vocabularyPaths } from "../paths";
import type { DiffPart, Grade, GradeResult, ReviewCard } from "../types";
import { HighlightedSentence } from "./highlighted-sentence";
import { ListenButtons } from "./listen-button";

const GRADE_LABEL: Record<Grade, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };
const GRADES: Grade[] = ["again", "hard", "good", "easy"];

type Stage = "question" | "revealed" | "feedback";

/**
 * The review screen: one card at a time from today's queue. Keyboard: Space shows the answer of a
 * recognition card, 1–4 grade it (Again, Hard, Good, Easy) or choose a sentence on a usage card,
 * Enter checks a typed answer, Space or Enter goes on after feedback, U takes back the last grade.
 */
export function ReviewSession() {
  const queue = useQueue();
  const queryClient = useQueryClient();
  const gradeCard = useGradeCard();
  const undo = useUndoReview();

  // The card on screen stays until it is graded, whatever a refetch of the queue brings.
  const [pinned, setPinned] = useState<ReviewCard | null>(null);
  const [graded, setGraded] = useState<ReadonlySet<string>>(new Set());
  const [stage, setStage] = useState<Stage>("question");
  const [result, setResult] = useState<GradeResult | null>(null);
  const [typed, setTyped] = useState("");
  const [lastReviewId, setLastReviewId] = useState<string | null>(null);
  const [undoneId, setUndoneId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(0);
  const attemptKey = useRef("");
  const cardRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const versionKey = (c: ReviewCard) => `${c.id}@${c.stateVersion}`;
  const candidate = queue.data?.cards.find((c) => !graded.has(versionKey(c))) ?? null;
  const current = stage === "feedback" ? pinned : (pinned ?? candidate);
  if (stage !== "feedback" && !pinned && candidate) {
    setPinned(candidate);
  }

  // A new card on screen: start its clock, give it a fresh idempotency key, focus where to answer.
  const currentKey = current ? versionKey(current) : null;
  useEffect(() => {
    if (!currentKey || stage !== "question") return;
    shownAt.current = performance.now();
    attemptKey.current = uuid();
    const frame = requestAnimationFrame(() => (inputRef.current ?? cardRef.current)?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [currentKey, stage]);

  const fromQueue = queue.data?.lastReview?.undoable ? queue.data.lastReview.id : null;
  const undoableId = lastReviewId ?? (fromQueue !== undoneId ? fromQueue : null);

  function next() {
    if (current) setGraded((g) => new Set(g).add(versionKey(current)));
    setPinned(null);
    setResult(null);
    setTyped("");
    setStage("question");
  }

  function submit(input: { grade?: Grade; answer?: string; choice?: number }) {
    if (!current || gradeCard.isPending) return;
    setError(null);
    const card = current;
    gradeCard.mutate(
      {
        cardId: card.id,
        stateVersion: card.stateVersion,
        durationMs: Math.min(86_400_000, Math.max(0, Math.round(performance.now() - shownAt.current))),
        idempotencyKey: attemptKey.current,
        ...input,
      },
      {
        onSuccess: (r) => {
          setLastReviewId(r.reviewId);
          void queryClient.invalidateQueries({ queryKey: reviewKeys.queue() });
          const verdict = r.check
            ? r.check.correct
              ? r.check.typo
                ? "Accepted with one typo."
                : "Correct."
              : `Not quite: the answer is ${r.check.expected}.`
            : r.choice
              ? r.choice.correct
                ? "Correct."
                : "That sentence misuses the term."
              : "";
          setAnnouncement(`${verdict} Graded ${GRADE_LABEL[r.grade]}: the card comes back in ${r.card.comesBack}.`.trim());
          if (card.type === "recognition") {
            setGraded((g) => new Set(g).add(versionKey(card)));
            setPinned(null);
            setStage("question");
          } else {
            setResult(r);
            setStage("feedback");
          }
        },
        onError: (e) => {
          if (isApiError(e) && e.code === "conflict") {
            setError("This card changed since it was shown (perhaps in another tab). The queue has been reloaded.");
            setPinned(null);
            setStage("question");
            void queryClient.invalidateQueries({ queryKey: reviewKeys.queue() });
          } else setError(e.message);
        },
      },
    );
  }

  function takeBack() {
    if (!undoableId || undo.isPending) return;
    setError(null);
    undo.mutate(undoableId, {
      onSuccess: ({ card, undone }) => {
        setLastReviewId(null);
        setUndoneId(undone.reviewId);
        setGraded((g) => {
          const copy = new Set(g);
          copy.delete(versionKey(card));
          return copy;
        });
        setResult(null);
        setTyped("");
        setPinned(card);
        setStage("question");
        setAnnouncement("The last grade was taken back. Here is the card again.");
        void queryClient.invalidateQueries({ queryKey: reviewKeys.queue() });
      },
      onError: (e) => setError(e.message),
    });
  }

  // Keys for the whole screen; typing in a field and pressing a focused button keep their own meaning.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const inField = target?.closest("input, textarea, select");
      const onButton = target?.closest("button, a, summary");
      if (inField) return;
      if ((event.key === "u" || event.key === "U") && undoableId) {
        event.preventDefault();
        takeBack();
        return;
      }
      if (!current || gradeCard.isPending) return;
      if ((event.key === " " || event.key === "Enter") && !onButton) {
        if (stage === "question" && current.type === "recognition") {
          event.preventDefault();
          setStage("revealed");
          requestAnimationFrame(() => cardRef.current?.focus({ preventScroll: true }));
        } else if (stage === "feedback") {
          event.preventDefault();
          next();
        }
        return;
      }
      const n = Number(event.key);
      if (Number.isInteger(n) && n >= 1 && n <= 4) {
        if (stage === "revealed" && current.type === "recognition") {
          event.preventDefault();
          submit({ grade: GRADES[n - 1]! });
        } else if (stage === "question" && current.front.type === "usage" && n <= current.front.options.length) {
          event.preventDefault();
          submit({ choice: n - 1 });
        }
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  if (queue.isPending) return <Loading label="Loading today's review…" />;
  if (queue.isError)
    return (
      <div className="notice notice--error" role="alert">
        <p>Today's review could not be loaded. {queue.error.message}</p>
        <Button variant="secondary" onClick={() => void queue.refetch()}>
          Try again
        </Button>
      </div>
    );

  const q = queue.data;
  const left = Math.max(0, q.remaining - (stage === "feedback" ? 1 : 0));

  return (
    <div className="review">
      <div className="review__bar">
        <p className="review__progress" aria-live="off">
          <strong>{left}</strong> {left === 1 ? "card" : "cards"} left today
          <span className="muted">
            {" "}
            · {q.counts.learning + q.counts.review} due · {q.counts.new} new · {q.counts.ahead} coming up
          </span>
        </p>
        <Button variant="secondary" className="button--small" onClick={takeBack} disabled={!undoableId} busy={undo.isPending} busyLabel="Undoing…" aria-keyshortcuts="U">
          Undo last grade <kbd>U</kbd>
        </Button>
      </div>

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}

      {!current && queue.isFetching ? (
        <Loading label="Loading the next card…" />
      ) : !current ? (
        <Done queue={q} />
      ) : (
        <div
          ref={cardRef}
          tabIndex={-1}
          className={`review-card review-card--${current.type}`}
          aria-labelledby="review-card-heading"
          data-card-key={versionKey(current)}
        >
          <p className="review-card__kind">
            <span className="tag">{CARD_TYPE_LABEL[current.type]}</span>
            {current.kind === "new" ? <span className="tag tag--quiet">New</span> : null}
          </p>
          <CardBody
            card={current}
            stage={stage}
            result={result}
            typed={typed}
            setTyped={setTyped}
            inputRef={inputRef}
            busy={gradeCard.isPending}
            onReveal={() => {
              setStage("revealed");
              requestAnimationFrame(() => cardRef.current?.focus({ preventScroll: true }));
            }}
            onSubmit={submit}
          />
          {stage === "revealed" && current.type === "recognition" ? (
            <GradeButtons card={current} busy={gradeCard.isPending} onGrade={(g) => submit({ grade: g })} />
          ) : null}
          {stage === "feedback" && result ? (
            <div className="review-card__next">
              <p className="review-card__verdict">
                Graded <strong>{GRADE_LABEL[result.grade]}</strong>: back in {result.card.comesBack}.
              </p>
              <Button onClick={next} autoFocus>
                Next card <kbd>Space</kbd>
              </Button>
            </div>
          ) : null}
        </div>
      )}
      <p className="review__keys muted">
        Keys: <kbd>Space</kbd> show the answer or go on · <kbd>1</kbd>–<kbd>4</kbd> grade, or pick a sentence · <kbd>Enter</kbd> check what you typed · <kbd>Esc</kbd> leave the answer box · <kbd>U</kbd> undo
      </p>
    </div>
  );
}

function Done({ queue }: { queue: NonNullable<ReturnType<typeof useQueue>["data"]> }) {
  if (queue.deckEmpty) {
    return (
      <div className="card review-done">
        <h2>Your review deck is empty</h2>
        <p>Add terms from the glossary — one at a time from a term's page, or a whole topic area from your deck page.</p>
        <p className="button-row">
          <Link to={vocabularyPaths.glossary} className="button button--primary">
            Browse the glossary
          </Link>
          <Link to={vocabularyPaths.deck} className="button button--secondary">
            Add a topic area
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card review-done">
      <h2>All done for today</h2>
      <p>
        {queue.nextDueAt ? <>The next card is due {dateTime(queue.nextDueAt)}. </> : null}
        {queue.newRemainingToday === 0 && queue.newPerDay > 0 ? <>You have met today's limit of {queue.newPerDay} new cards. </> : null}
        Come back then; reviewing at the right moment is what makes the words stay.
      </p>
      <p className="button-row">
        <Link to={vocabularyPaths.stats} className="button button--primary">
          See your progress
        </Link>
        <Link to={vocabularyPaths.glossary} className="button button--secondary">
          Browse the glossary
        </Link>
      </p>
    </div>
  );
}

type BodyProps = {
  card: ReviewCard;
  stage: Stage;
  result: GradeResult | null;
  typed: string;
  setTyped: (s: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  onReveal: () => void;
  onSubmit: (input: { grade?: Grade; answer?: string; choice?: number }) => void;
};

function CardBody({ card, stage, result, typed, setTyped, inputRef, busy, onReveal, onSubmit }: BodyProps) {
  const inputId = useId();
  const hintId = useId();
  const front = card.front;

  function submitTyped(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stage === "question" && typed.trim()) onSubmit({ answer: typed });
  }
  // Enter in the answer box submits the form; Escape leaves the box, so that the screen's keys (U) work.
  const onAnswerKey = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.currentTarget.closest<HTMLElement>(".review-card")?.focus();
    }
  };

  const preview = (g: Grade) => card.previews.find((p) => p.grade === g)?.label ?? "";
  const typedHint = `Right: back in ${preview("good")}. One typo: ${preview("hard")}. Wrong: ${preview("again")}.`;

  const answerBox = (label: string) =>
    stage === "question" ? (
      <form className="answer-form" onSubmit={submitTyped}>
        <label htmlFor={inputId} className="field__label">
          {label}
        </label>
        <div className="answer-form__row">
          <input
            ref={inputRef}
            id={inputId}
            className="input"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={onAnswerKey}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={hintId}
            maxLength={200}
          />
          <Button type="submit" busy={busy} busyLabel="Checking…" disabled={!typed.trim()}>
            Check <kbd>Enter</kbd>
          </Button>
        </div>
        <p id={hintId} className="field__hint">
          {typedHint}
        </p>
      </form>
    ) : null;

  switch (front.type) {
    case "recognition":
      return (
        <>
          <h2 id="review-card-heading" className="review-card__term">
            {front.term}
          </h2>
          <p className="review-card__meta">
            {front.partOfSpeech}
            {front.pronunciation ? (
              <>
                {" "}
                · <span className="respelling">{front.pronunciation.respelling}</span> <span className="ipa">{front.pronunciation.ipa}</span>
              </>
            ) : null}
          </p>
          <ListenButtons text={front.term} label={front.term} showVoices={false} />
          {stage === "question" ? (
            <p className="review-card__prompt">
              <span>What does it mean? Say it to yourself, then</span>{" "}
              <Button variant="secondary" onClick={onReveal} aria-keyshortcuts="Space">
                Show the answer <kbd>Space</kbd>
              </Button>
            </p>
          ) : (
            <div className="review-card__back">
              <p className="review-card__definition">
                {front.expansion ? <strong>{front.expansion}. </strong> : null}
                {front.definition}
              </p>
              {front.example ? (
                <p className="review-card__example">
                  <HighlightedSentence text={front.example} spellings={[front.term]} />
                </p>
              ) : null}
              <p className="muted">
                <Link to={vocabularyPaths.term(front.termId)}>More about “{front.term}”</Link>
              </p>
            </div>
          )}
        </>
      );
    case "recall":
      return (
        <>
          <h2 id="review-card-heading" className="review-card__question">
            Which term means this?
          </h2>
          <p className="review-card__definition">
            <span className="tag tag--quiet">{front.partOfSpeech}</span> {front.definition}
          </p>
          {answerBox("Type the term")}
          {stage === "feedback" && result ? <Feedback result={result} /> : null}
        </>
      );
    case "cloze":
      return (
        <>
          <h2 id="review-card-heading" className="review-card__question">
            Fill the gap
          </h2>
          <p className="review-card__sentence">
            {front.segments.map((segment, i) => (
              <span key={i}>
                {segment}
                {i < front.segments.length - 1 ? (
                  <span className="gap" aria-label="gap">
                    {stage === "feedback" && result?.check ? result.check.expected : "_____"}
                  </span>
                ) : null}
              </span>
            ))}
          </p>
          <p className="review-card__hint muted">Meaning: {front.hint}</p>
          {answerBox("The missing word")}
          {stage === "feedback" && result ? <Feedback result={result} /> : null}
        </>
      );
    case "listening":
      return (
        <>
          <h2 id="review-card-heading" className="review-card__question">
            Listen, then type the term you hear
          </h2>
          <ListenButtons text={front.speak} label="the term to type" />
          {answerBox("What you heard")}
          {stage === "feedback" && result ? <Feedback result={result} /> : null}
        </>
      );
    case "usage":
      return (
        <>
          <h2 id="review-card-heading" className="review-card__question">
            Which sentence uses “{front.term}” correctly?
          </h2>
          <ol className="usage-options">
            {front.options.map((option, i) => {
              const state =
                stage === "feedback" && result?.choice
                  ? i === result.choice.answerIndex
                    ? "right"
                    : i === result.choice.chosen
                      ? "wrong"
                      : "other"
                  : "open";
              return (
                <li key={option}>
                  <button
                    type="button"
                    className={`usage-option usage-option--${state}`}
                    disabled={stage !== "question" || busy}
                    onClick={() => onSubmit({ choice: i })}
                    aria-keyshortcuts={String(i + 1)}
                  >
                    <kbd>{i + 1}</kbd> <span>{option}</span>
                    {state === "right" ? <span className="visually-hidden"> (the right one)</span> : null}
                    {state === "wrong" ? <span className="visually-hidden"> (your choice, not right)</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
          {stage === "feedback" && result ? <Feedback result={result} /> : null}
        </>
      );
  }
}

function Feedback({ result }: { result: GradeResult }) {
  const ok = result.check ? result.check.correct : result.choice ? result.choice.correct : true;
  return (
    <div className={`feedback ${ok ? "feedback--right" : "feedback--wrong"}`}>
      {result.check ? (
        <>
          <p className="feedback__verdict">
            {result.check.correct ? (result.check.typo ? "Accepted — with one typo." : "Correct.") : "Not quite."}
          </p>
          {result.check.diff ? (
            <p className="feedback__diff">
              <span className="muted">You typed: </span>
              <AnswerDiff diff={result.check.diff} />
              <span className="visually-hidden"> — the answer is {result.check.expected}</span>
            </p>
          ) : null}
          <p>
            The answer: <strong>{result.check.expected}</strong>
          </p>
        </>
      ) : null}
      {result.choice ? (
        <>
          <p className="feedback__verdict">{result.choice.correct ? "Correct." : "Not that one."}</p>
          {result.choice.explanation ? <p>{result.choice.explanation}</p> : null}
        </>
      ) : null}
      {result.answer ? (
        <div className="feedback__answer">
          <p>
            <Link to={vocabularyPaths.term(result.answer.termId)}>
              <strong>{result.answer.term}</strong>
            </Link>{" "}
            <span className="muted">{result.answer.partOfSpeech}</span>
            {result.answer.pronunciation ? <span className="respelling"> {result.answer.pronunciation.respelling}</span> : null}
          </p>
          <p>{result.answer.definition}</p>
          {result.answer.sentence ? (
            <p className="review-card__example">
              <HighlightedSentence text={result.answer.sentence} spellings={[result.answer.term, result.check?.expected ?? ""]} />
            </p>
          ) : null}
          <ListenButtons text={result.answer.term} label={result.answer.term} showVoices={false} />
        </div>
      ) : null}
    </div>
  );
}

/** What was typed against the answer: typed-but-wrong letters struck through, missing ones underlined. */
function AnswerDiff({ diff }: { diff: DiffPart[] }) {
  return (
    <span className="diff">
      {diff.map((part, i) =>
        part.op === "equal" ? (
          <span key={i}>{part.text}</span>
        ) : part.op === "extra" ? (
          <del key={i} className="diff__extra" title="typed, not in the answer">
            {part.text}
          </del>
        ) : (
          <ins key={i} className="diff__missing" title="missing">
            {part.text}
          </ins>
        ),
      )}
    </span>
  );
}

function GradeButtons({ card, busy, onGrade }: { card: ReviewCard; busy: boolean; onGrade: (g: Grade) => void }) {
  return (
    <div className="grade-buttons" role="group" aria-label="How well did you know it?">
      {GRADES.map((g, i) => {
        const when = card.previews.find((p) => p.grade === g)?.label;
        return (
          <button key={g} type="button" className={`grade-button grade-button--${g}`} disabled={busy} onClick={() => onGrade(g)} aria-keyshortcuts={String(i + 1)}>
            <span className="grade-button__label">
              <kbd>{i + 1}</kbd> {GRADE_LABEL[g]}
            </span>
            <span className="grade-button__when">{when}</span>
          </button>
        );
      })}
    </div>
  );
}
