import { useState } from "react";
import { Link, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { useAnswer, useAnswerQuestion, usePractice, useReveal } from "../../features/interview/api/practice";
import { AnswerBox } from "../../features/interview/components/answer-box";
import { FeedbackView } from "../../features/interview/components/feedback-view";
import { InterviewNav } from "../../features/interview/components/interview-nav";
import { useDocumentTitle } from "../../lib/document-title";
import { DEFAULT_ROLE, interviewPaths, termPath } from "../../lib/paths";
import type { Practice } from "../../types/interview";

export function InterviewQuestionPage() {
  return (
    <RequireAuth>
      <Question />
    </RequireAuth>
  );
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

function Question() {
  const { questionId = "" } = useParams();
  const practice = usePractice(DEFAULT_ROLE, questionId);
  useDocumentTitle("Interview question");
  return (
    <div className="page">
      <header className="page__header page__header--compact">
        <p className="eyebrow">
          <Link to={interviewPaths.bank}>Question bank</Link>
          {practice.data ? ` · ${practice.data.areaTitle} · ${practice.data.question.level} · ${practice.data.question.kind.replace("-", " ")}` : null}
        </p>
        <h1>{practice.data?.question.prompt ?? "Interview question"}</h1>
      </header>
      <InterviewNav />
      {practice.isPending ? (
        <Loading label="Loading the question…" />
      ) : practice.isError ? (
        <QueryError what="This question" error={practice.error} retry={() => void practice.refetch()} />
      ) : (
        <AnswerSection practice={practice.data} />
      )}
    </div>
  );
}

function AnswerSection({ practice }: { practice: Practice }) {
  const q = practice.question;
  const answer = useAnswerQuestion(DEFAULT_ROLE, q.id);
  const reveal = useReveal(DEFAULT_ROLE, q.id);
  const [shown, setShown] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const current = useAnswer(shown);
  const feedback = answer.data?.answer.id === shown ? answer.data.answer : current.data;

  return (
    <>
      <section className="section" aria-labelledby="tips">
        <h2 id="tips">What a good answer does</h2>
        <ul>
          {q.tips.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <p className="muted">
          Useful phrases:{" "}
          {q.phrases.map((p, i) => (
            <span key={p}>
              {i ? ", " : ""}
              <q>{p}</q>
            </span>
          ))}
        </p>
        {q.terms.length > 0 ? (
          <p className="muted">
            Vocabulary:{" "}
            {q.terms.map((t, i) => (
              <span key={t.id}>
                {i ? ", " : ""}
                <Link to={termPath(t.id)}>{t.title}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>

      {feedback ? (
        <>
          <FeedbackView answer={feedback} />
          <div className="button-row">
            <Button
              variant="secondary"
              onClick={() => {
                setShown(null);
                answer.reset();
                setRound((r) => r + 1);
              }}
            >
              Try again
            </Button>
          </div>
        </>
      ) : (
        <section className="section" aria-labelledby="your-answer">
          <h2 id="your-answer">Your answer</h2>
          <AnswerBox
            key={round}
            label="Answer as you would in the interview"
            submitLabel="Get feedback"
            busy={answer.isPending}
            error={answer.error?.message ?? null}
            onSubmit={(text, meta) => answer.mutate({ text, seconds: meta.seconds, dictated: meta.dictated }, { onSuccess: (r) => setShown(r.answer.id) })}
          />
        </section>
      )}

      <section className="section" aria-labelledby="reference">
        <h2 id="reference">Model answer and key points</h2>
        {practice.reference ? (
          <div className="card">
            {feedback ? null : <p className="answer-text">{practice.reference.modelAnswer}</p>}
            <h3>Key points</h3>
            <ul>
              {practice.reference.keyPoints.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
            <h3>Pitfalls</h3>
            <ul>
              {practice.reference.pitfalls.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            <p className="muted">Hidden until you answer, so that you answer in your own words first.</p>
            <Button variant="ghost" busy={reveal.isPending} onClick={() => reveal.mutate()}>
              Reveal the model answer now
            </Button>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="attempts">
        <h2 id="attempts">Your answers over time</h2>
        {practice.attempts.length === 0 ? (
          <p className="muted">No answers yet.</p>
        ) : (
          <ol className="attempt-list">
            {practice.attempts.map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => setShown(a.id)}>
                  {when(a.createdAt)}
                </button>{" "}
                — {a.overall}/100, {a.words} words{a.revealed ? ", after revealing the model answer" : ""}
                {a.mockId ? " (mock interview)" : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
