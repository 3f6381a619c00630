import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { Button } from "../../../components/button";
import { FormStatus } from "../../../components/form/form-status";
import { isApiError } from "../../../lib/api-client";
import { learningPaths, paths } from "../../../lib/paths";
import type { Attempt, ExerciseAnswer, PublicExercise } from "../../../types/learning";
import { useSubmitAnswer } from "../api/submit-answer";
import { AnswerFeedback } from "./answer-feedback";
import { ChoiceInput } from "./inputs/choice-input";
import { ClozeInput } from "./inputs/cloze-input";
import { CorrectionInput } from "./inputs/correction-input";
import { MatchingInput } from "./inputs/matching-input";
import { OrderingInput } from "./inputs/ordering-input";
import { countWords } from "./inputs/words";
import { WrittenInput } from "./inputs/written-input";

const TYPE_LABEL: Record<PublicExercise["type"], string> = {
  "multiple-choice": "Multiple choice",
  cloze: "Fill the gaps",
  matching: "Matching",
  phrasing: "The more professional phrasing",
  "error-correction": "Correct the mistake",
  ordering: "Put in order",
  written: "Write an answer",
};

function emptyAnswer(e: PublicExercise): ExerciseAnswer {
  switch (e.type) {
    case "multiple-choice":
      return { type: e.type, selected: [] };
    case "phrasing":
      return { type: e.type, selected: -1 };
    case "cloze":
      return { type: e.type, blanks: Array.from({ length: e.blanks }, () => "") };
    case "matching":
      return { type: e.type, matches: e.left.map(() => null) };
    case "error-correction":
      return { type: e.type, sentence: e.sentence };
    case "ordering":
      return { type: e.type, order: e.items.map((_, i) => i) };
    case "written":
      return { type: e.type, text: "" };
  }
}

/** Why the answer cannot be sent yet, or null. */
function notReady(e: PublicExercise, a: ExerciseAnswer): string | null {
  if (a.type === "multiple-choice") return a.selected.length === 0 ? "Choose an answer first." : null;
  if (a.type === "phrasing") return a.selected < 0 ? "Choose an answer first." : null;
  if (a.type === "error-correction") return a.sentence.trim() === "" ? "Write the corrected sentence first." : null;
  if (a.type === "written" && e.type === "written") {
    const n = countWords(a.text);
    if (n < e.minWords) return `Write at least ${e.minWords} words; you have ${n}.`;
    if (n > e.maxWords) return `Keep it to ${e.maxWords} words; you have ${n}.`;
  }
  return null;
}

/**
 * Plays a run: one exercise at a time, instant feedback after each answer, then the summary. The
 * run is resumable: answered exercises show their feedback, and the player opens at the first one
 * not answered (or at `startAt`, a recommended exercise).
 */
export function ExercisePlayer({ attempt, startAt }: { attempt: Attempt; startAt?: string | null }) {
  const navigate = useNavigate();
  const answered = new Map(attempt.results.map((r) => [r.exerciseId, r]));
  const firstOpen = () => {
    const wanted = startAt ? attempt.exercises.findIndex((e) => e.id === startAt && !answered.has(e.id)) : -1;
    if (wanted >= 0) return wanted;
    const open = attempt.exercises.findIndex((e) => !answered.has(e.id));
    return open >= 0 ? open : attempt.exercises.length - 1;
  };
  const [index, setIndex] = useState(firstOpen);
  const exercise = attempt.exercises[index]!;
  const result = answered.get(exercise.id) ?? null;
  const [draft, setDraft] = useState<{ id: string; answer: ExerciseAnswer }>(() => ({ id: exercise.id, answer: emptyAnswer(exercise) }));
  const answer = draft.id === exercise.id ? draft.answer : emptyAnswer(exercise);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useSubmitAnswer(attempt.id);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const exerciseRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const allDone = attempt.exercises.every((e) => answered.has(e.id));

  // Focus follows the flow: the feedback after an answer, the new exercise after "Next".
  useEffect(() => {
    if (result && submit.isSuccess) feedbackRef.current?.focus();
  }, [result, submit.isSuccess]);
  useEffect(() => {
    if (moved.current) exerciseRef.current?.focus();
  }, [index]);

  const shown = result ? result.answer : answer;
  const setAnswer = (a: ExerciseAnswer) => {
    setProblem(null);
    setDraft({ id: exercise.id, answer: a });
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (result) return;
    const why = notReady(exercise, answer);
    if (why) return setProblem(why);
    submit.mutate(
      { exerciseId: exercise.id, answer },
      {
        onError: (error) => {
          if (!isApiError(error)) return setProblem("The answer could not be sent. Try again.");
          const field = error.fieldErrors()["answer.text"] ?? error.fieldErrors()["answer"];
          setProblem(field ?? error.message);
        },
      },
    );
  }

  function goTo(i: number) {
    moved.current = true;
    submit.reset();
    setProblem(null);
    setIndex(i);
  }

  function next() {
    const after = attempt.exercises.findIndex((e, i) => i > index && !answered.has(e.id));
    const before = attempt.exercises.findIndex((e) => !answered.has(e.id));
    const target = after >= 0 ? after : before;
    if (target >= 0) goTo(target);
    else void navigate(learningPaths.summary(attempt.id));
  }

  const idPrefix = `ex-${exercise.id}`;
  const inputProps = { result, idPrefix };
  let input;
  switch (exercise.type) {
    case "multiple-choice":
      input = <ChoiceInput kind="multiple-choice" exercise={exercise} value={shown as Extract<ExerciseAnswer, { type: "multiple-choice" }>} onChange={setAnswer} {...inputProps} />;
      break;
    case "phrasing":
      input = (
        <>
          <p className="exercise__context">{exercise.context}</p>
          <ChoiceInput kind="phrasing" exercise={exercise} value={shown as Extract<ExerciseAnswer, { type: "phrasing" }>} onChange={setAnswer} {...inputProps} />
        </>
      );
      break;
    case "cloze":
      input = <ClozeInput exercise={exercise} value={shown as Extract<ExerciseAnswer, { type: "cloze" }>} onChange={setAnswer} {...inputProps} />;
      break;
    case "matching":
      input = <MatchingInput exercise={exercise} value={shown as Extract<ExerciseAnswer, { type: "matching" }>} onChange={setAnswer} {...inputProps} />;
      break;
    case "error-correction":
      input = <CorrectionInput exercise={exercise} value={shown as Extract<ExerciseAnswer, { type: "error-correction" }>} onChange={setAnswer} {...inputProps} />;
      break;
    case "ordering":
      input = <OrderingInput exercise={exercise} value={shown as Extract<ExerciseAnswer, { type: "ordering" }>} onChange={setAnswer} {...inputProps} />;
      break;
    case "written":
      input = <WrittenInput exercise={exercise} value={shown as Extract<ExerciseAnswer, { type: "written" }>} onChange={setAnswer} {...inputProps} />;
      break;
  }

  return (
    <div className="player">
      <div className="player__progress">
        <p id="player-progress-label">
          Exercise {index + 1} of {attempt.exercises.length} · {answered.size} answered
        </p>
        <progress max={attempt.exercises.length} value={answered.size} aria-labelledby="player-progress-label" />
        <ol className="player__dots" aria-label="Exercises in this set">
          {attempt.exercises.map((e, i) => {
            const r = answered.get(e.id);
            const state = r ? (r.correct ? "right" : "wrong") : "open";
            return (
              <li key={e.id}>
                <button
                  type="button"
                  className={`player__dot player__dot--${state}${i === index ? " player__dot--current" : ""}`}
                  aria-current={i === index ? "step" : undefined}
                  aria-label={`Exercise ${i + 1}: ${state === "open" ? "not answered" : state === "right" ? "right" : "wrong"}`}
                  onClick={() => goTo(i)}
                >
                  <span aria-hidden="true">{i + 1}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>

      <form className="card exercise" onSubmit={onSubmit} noValidate aria-labelledby={`${idPrefix}-heading`}>
        <h2 className="exercise__type" id={`${idPrefix}-heading`} ref={exerciseRef} tabIndex={-1}>
          <span className="visually-hidden">Exercise {index + 1}: </span>
          {TYPE_LABEL[exercise.type]}
        </h2>
        {input}
        <FormStatus status={problem ? { kind: "error", message: problem } : null} />
        {result ? null : (
          <div className="form__actions">
            <Button type="submit" busy={submit.isPending} busyLabel={exercise.type === "written" ? "The coach is reading…" : "Checking…"}>
              {exercise.type === "written" ? "Send to the coach" : "Check answer"}
            </Button>
          </div>
        )}
      </form>

      {result ? (
        <div className="card player__feedback">
          <AnswerFeedback result={result} exercise={exercise} headingRef={feedbackRef} />
          <div className="form__actions">
            {allDone ? (
              <Link className="button button--primary" to={learningPaths.summary(attempt.id)}>
                See your summary
              </Link>
            ) : (
              <Button onClick={next}>Next exercise</Button>
            )}
          </div>
        </div>
      ) : null}

      <p className="player__leave">
        <Link to={paths.path}>Back to the path</Link> — your answers are saved; you can continue later.
      </p>
    </div>
  );
}
