import type { Ref } from "react";
import type { AnswerResult, PublicExercise } from "../../../types/learning";
import { CoachFeedbackView } from "./coach-feedback";

function verdict(result: AnswerResult): { title: string; tone: "right" | "partial" | "wrong" } {
  if (result.type === "written") {
    const score = Math.round((result.written?.score ?? result.score) * 100);
    return result.correct ? { title: `Well written — ${score}/100`, tone: "right" } : { title: `Keep working on it — ${score}/100`, tone: "partial" };
  }
  if (result.correct) return { title: result.nearMiss ? "Correct, with a small slip" : "Correct", tone: "right" };
  if (result.score > 0) return { title: `Partly right — ${Math.round(result.score * 100)}%`, tone: "partial" };
  return { title: "Not quite", tone: "wrong" };
}

/** The correct answer, spelled out for each type (the inputs above already mark each part). */
function CorrectAnswerView({ result, exercise }: { result: AnswerResult; exercise: PublicExercise }) {
  const c = result.correctAnswer;
  switch (c.type) {
    case "multiple-choice":
      return c.texts.length > 1 ? (
        <>
          <p>The right answers:</p>
          <ul>
            {c.texts.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>The answer: “{c.texts[0]}”</p>
      );
    case "phrasing":
      return <p>The best phrasing: “{c.text}”</p>;
    case "cloze":
      return exercise.type === "cloze" ? (
        <p>
          The full text:{" "}
          {exercise.segments.map((s, i) => (
            <span key={i}>
              {s}
              {i < c.blanks.length ? <strong>{c.blanks[i]![0]}</strong> : null}
            </span>
          ))}
          {c.blanks.some((b) => b.length > 1) ? <span className="muted"> (other accepted answers: {c.blanks.flatMap((b) => b.slice(1)).join(", ")})</span> : null}
        </p>
      ) : null;
    case "matching":
      return (
        <ul>
          {c.pairs.map((p) => (
            <li key={p.left}>
              {p.left} — {p.right}
            </li>
          ))}
        </ul>
      );
    case "error-correction":
      return <p>A correct version: “{c.sentences[0]}”</p>;
    case "ordering":
      return (
        <ol>
          {c.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      );
    case "written":
      return (
        <details className="model-answer">
          <summary>A model answer</summary>
          <p>{c.modelAnswer}</p>
        </details>
      );
  }
}

/** Instant feedback after an answer: right or not, the correct answer, the explanation, the coach's notes. */
export function AnswerFeedback({ result, exercise, headingRef }: { result: AnswerResult; exercise: PublicExercise; headingRef?: Ref<HTMLHeadingElement> }) {
  const v = verdict(result);
  const writtenText = result.answer.type === "written" ? result.answer.text : "";
  return (
    <section className={`feedback feedback--${v.tone}`} aria-labelledby={`feedback-${result.exerciseId}`}>
      <h3 id={`feedback-${result.exerciseId}`} ref={headingRef} tabIndex={-1} className="feedback__title">
        <span aria-hidden="true">{v.tone === "right" ? "✓ " : v.tone === "partial" ? "◐ " : "✗ "}</span>
        {v.title}
      </h3>
      {result.type !== "written" && result.message && !/^Correct\.?$/.test(result.message) ? <p>{result.message}</p> : null}
      {result.written?.coach ? <CoachFeedbackView feedback={result.written.coach} text={writtenText} /> : null}
      {!result.correct || result.type === "written" ? <CorrectAnswerView result={result} exercise={exercise} /> : null}
      <div className="feedback__explanation">
        <h4>Why</h4>
        <p>{result.explanation}</p>
      </div>
    </section>
  );
}
