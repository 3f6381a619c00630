import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { useMock, useMockAnswer, useMocks, useStartMock } from "../../features/interview/api/mocks";
import { useBank } from "../../features/interview/api/practice";
import { AnswerBox } from "../../features/interview/components/answer-box";
import { InterviewNav } from "../../features/interview/components/interview-nav";
import { useDocumentTitle } from "../../lib/document-title";
import { DEFAULT_ROLE, interviewPaths } from "../../lib/paths";
import type { Mock } from "../../types/interview";

export function InterviewMocksPage() {
  return (
    <RequireAuth>
      <Mocks />
    </RequireAuth>
  );
}

export function InterviewMockRunPage() {
  return (
    <RequireAuth>
      <MockRun />
    </RequireAuth>
  );
}

function Mocks() {
  useDocumentTitle("Mock interview");
  const navigate = useNavigate();
  const start = useStartMock();
  const mocks = useMocks();
  const bank = useBank(DEFAULT_ROLE, {});
  const [level, setLevel] = useState("mid");
  const [focus, setFocus] = useState("mixed");
  const [count, setCount] = useState(6);
  const [minutes, setMinutes] = useState(3);
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Interview preparation</p>
        <h1>Mock interview</h1>
        <p className="lead">
          A set of questions against the clock, as in a real interview: technical, behavioral and one system-design question. When an answer misses a key point, the interviewer asks a follow-up. Your answers are saved as you submit them, so you can close the page and come back.
        </p>
      </header>
      <InterviewNav />
      <form
        className="form mock-form"
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate({ level, focus, count, secondsPerQuestion: minutes * 60 }, { onSuccess: (m) => void navigate(interviewPaths.mock(m.id)) });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="mock-level">
            Level
          </label>
          <select id="mock-level" className="input select" value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="junior">Junior</option>
            <option value="mid">Mid</option>
            <option value="senior">Senior</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="mock-focus">
            Focus
          </label>
          <select id="mock-focus" className="input select" value={focus} onChange={(e) => setFocus(e.target.value)}>
            <option value="mixed">Mixed topics</option>
            {(bank.data?.facets.area ?? []).map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="mock-count">
            Questions
          </label>
          <input id="mock-count" className="input" type="number" min={3} max={10} value={count} onChange={(e) => setCount(Number(e.target.value) || 6)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="mock-minutes">
            Minutes per question
          </label>
          <input id="mock-minutes" className="input" type="number" min={1} max={30} value={minutes} onChange={(e) => setMinutes(Number(e.target.value) || 3)} />
        </div>
        {start.error ? (
          <p className="notice notice--error" role="alert">
            {start.error.message}
          </p>
        ) : null}
        <div className="form__actions">
          <Button type="submit" busy={start.isPending} busyLabel="Choosing questions…">
            Start the interview
          </Button>
        </div>
      </form>
      <section className="section" aria-labelledby="past">
        <h2 id="past">Your mock interviews</h2>
        {mocks.isPending ? (
          <Loading label="Loading…" />
        ) : mocks.isError ? (
          <QueryError what="Your interviews" error={mocks.error} retry={() => void mocks.refetch()} />
        ) : mocks.data.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="plain-list">
            {mocks.data.map((m) => (
              <li key={m.id}>
                <Link to={m.completedAt ? interviewPaths.report(m.id) : interviewPaths.mock(m.id)}>
                  {new Date(m.startedAt).toLocaleDateString()} · {m.level} · {m.focusTitle}
                </Link>{" "}
                <span className="muted">
                  {m.completedAt ? `finished${m.overall !== null ? `, ${m.overall}/100` : ""}` : `in progress, ${m.answered} of ${m.questions} answered`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function MockRun() {
  const { mockId = "" } = useParams();
  const mock = useMock(mockId);
  useDocumentTitle("Mock interview");
  return (
    <div className="page page--narrow">
      <header className="page__header page__header--compact">
        <p className="eyebrow">
          <Link to={interviewPaths.mocks}>Mock interview</Link>
          {mock.data ? ` · ${mock.data.level} · ${mock.data.focusTitle}` : null}
        </p>
        <h1>Mock interview</h1>
      </header>
      {mock.isPending ? (
        <Loading label="Loading the interview…" />
      ) : mock.isError ? (
        <QueryError what="This interview" error={mock.error} retry={() => void mock.refetch()} />
      ) : (
        <Run mock={mock.data} />
      )}
    </div>
  );
}

function Run({ mock }: { mock: Mock }) {
  const answer = useMockAnswer(mock.id);
  const cur = mock.current;
  const answered = mock.steps.filter((s) => s.answer).length;
  if (!cur) {
    return (
      <div className="notice notice--success">
        <p>The interview is over: {answered} answers saved.</p>
        <Link className="button button--primary" to={interviewPaths.report(mock.id)}>
          Open the report
        </Link>
      </div>
    );
  }
  const step = mock.steps[cur.step]!;
  return (
    <section aria-labelledby="asked">
      <p className="muted">
        Question {cur.step + 1} of {mock.steps.length}
        {cur.followUp ? " — follow-up" : ""} · {Math.round(mock.secondsPerQuestion / 60)} minutes per question
      </p>
      {cur.followUp ? (
        <div className="card">
          <p className="muted">You answered: “{step.question.prompt}”. The interviewer follows up:</p>
        </div>
      ) : null}
      <h2 id="asked" className="mock-question">
        {cur.prompt}
      </h2>
      {!cur.followUp && step.question.tips.length > 0 ? (
        <details>
          <summary>Hints</summary>
          <ul>
            {step.question.tips.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <AnswerBox
        key={`${cur.step}-${cur.followUp}`}
        label={cur.followUp ? "Your answer to the follow-up" : "Your answer"}
        submitLabel="Submit and continue"
        busy={answer.isPending}
        error={answer.error?.message ?? null}
        deadline={cur.deadline}
        onSubmit={(text, meta) => answer.mutate({ step: cur.step, followUp: cur.followUp, text, dictated: meta.dictated })}
      />
    </section>
  );
}
