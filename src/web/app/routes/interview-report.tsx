import { useState } from "react";
import { Link, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { useAddTermsToDeck, useMock, useReport, useShare, useSharedReport } from "../../features/interview/api/mocks";
import { InterviewNav } from "../../features/interview/components/interview-nav";
import { useDocumentTitle } from "../../lib/document-title";
import { interviewPaths, termPath } from "../../lib/paths";
import type { MockReport } from "../../types/interview";

export function InterviewReportPage() {
  return (
    <RequireAuth>
      <OwnReport />
    </RequireAuth>
  );
}

export function SharedReportPage() {
  const { token = "" } = useParams();
  const report = useSharedReport(token);
  useDocumentTitle("Shared interview report");
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">A mock interview report, shared read-only</p>
        <h1>Mock interview report</h1>
      </header>
      {report.isPending ? (
        <Loading label="Loading the report…" />
      ) : report.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{report.error.message}</p>
        </div>
      ) : (
        <ReportBody report={report.data} shared />
      )}
    </div>
  );
}

function OwnReport() {
  const { mockId = "" } = useParams();
  const report = useReport(mockId);
  const mock = useMock(mockId);
  useDocumentTitle("Interview report");
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">
          <Link to={interviewPaths.mocks}>Mock interview</Link>
        </p>
        <h1>Interview report</h1>
      </header>
      <InterviewNav />
      {report.isPending ? (
        <Loading label="Loading the report…" />
      ) : report.isError ? (
        <QueryError what="The report" error={report.error} retry={() => void report.refetch()} />
      ) : (
        <>
          <div className="button-row no-print">
            <Button variant="secondary" onClick={() => window.print()}>
              Print
            </Button>
            {mock.data && !mock.data.completedAt ? (
              <Link className="button button--secondary" to={interviewPaths.mock(mockId)}>
                Continue the interview
              </Link>
            ) : null}
          </div>
          <ShareBox mockId={mockId} shared={mock.data?.shared ?? false} />
          <ReportBody report={report.data} />
        </>
      )}
    </div>
  );
}

function ShareBox({ mockId, shared }: { mockId: string; shared: boolean }) {
  const share = useShare(mockId);
  const link = share.create.data && !share.revoke.isSuccess ? `${window.location.origin}${share.create.data.path}` : null;
  return (
    <section className="section no-print" aria-labelledby="share">
      <h2 id="share">Share</h2>
      {link ? (
        <div className="field">
          <label className="field__label" htmlFor="share-link">
            Read-only link (anyone with it can read this report)
          </label>
          <input id="share-link" className="input" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
      ) : shared && !share.revoke.isSuccess ? (
        <p className="muted">This report has a share link. Create a new one to see it (the old one stops working), or revoke it.</p>
      ) : (
        <p className="muted">Not shared.</p>
      )}
      <div className="button-row">
        <Button variant="secondary" busy={share.create.isPending} onClick={() => {
            share.revoke.reset();
            share.create.mutate();
          }}>
          {shared || link ? "Create a new share link" : "Create a share link"}
        </Button>
        {shared || link ? (
          <Button
            variant="danger"
            busy={share.revoke.isPending}
            onClick={() =>
              share.revoke.mutate(undefined, {
                onSuccess: () => share.create.reset(),
              })
            }
          >
            Revoke the link
          </Button>
        ) : null}
      </div>
      {share.revoke.isSuccess ? <p role="status">The link no longer works.</p> : null}
    </section>
  );
}

function ReportBody({ report, shared = false }: { report: MockReport; shared?: boolean }) {
  const add = useAddTermsToDeck(report.role);
  const [added, setAdded] = useState(false);
  return (
    <div className="report">
      <p className="lead">
        {report.level} · {report.focusTitle} · {new Date(report.startedAt).toLocaleDateString()} — overall <strong>{report.overall}/100</strong>
      </p>
      <div className="report__columns">
        <section aria-labelledby="strengths" className="card">
          <h2 id="strengths">Strengths</h2>
          <ul>
            {report.strengths.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="work-on" className="card">
          <h2 id="work-on">Three things to work on</h2>
          <ol>
            {report.workOn.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
      </div>
      <section aria-labelledby="per-question" className="section">
        <h2 id="per-question">Question by question</h2>
        {report.items.map((i) => (
          <article key={i.step} className="card report-item">
            <h3>
              {i.step + 1}. {shared ? i.prompt : <Link to={interviewPaths.question(i.questionId)}>{i.prompt}</Link>}
            </h3>
            <p>
              <strong>{i.overall}/100</strong> — {i.bandLabel}
              {i.overtime ? <span className="tag tag--quiet"> over time</span> : null}
            </p>
            <p className="answer-text">{i.text}</p>
            {i.covered.length > 0 ? <p>Covered: {i.covered.map((c) => c.text).join(" · ")}</p> : null}
            {i.missed.length > 0 ? <p>Missed: {i.missed.join(" · ")}</p> : null}
            {i.followUp ? (
              <div className="report-item__follow">
                <p>
                  <strong>Follow-up:</strong> {i.followUp.prompt}
                </p>
                <p className="answer-text">{i.followUp.text}</p>
                <p className="muted">{i.followUp.covered.length > 0 ? `Added: ${i.followUp.covered.join(" · ")}` : "The follow-up did not add a missed point."}</p>
              </div>
            ) : null}
          </article>
        ))}
      </section>
      {report.vocabulary.length > 0 ? (
        <section aria-labelledby="vocab" className="section">
          <h2 id="vocab">Vocabulary to review</h2>
          <p>
            {report.vocabulary.map((v, n) => (
              <span key={v.id}>
                {n ? ", " : ""}
                {shared ? v.title : <Link to={termPath(v.id)}>{v.title}</Link>}
              </span>
            ))}
          </p>
          {shared ? null : added ? (
            <p role="status">Added to your review deck.</p>
          ) : (
            <Button
              className="no-print"
              variant="secondary"
              busy={add.isPending}
              onClick={() => add.mutate(report.vocabulary.map((v) => v.id), { onSuccess: () => setAdded(true) })}
            >
              Add all to my review deck
            </Button>
          )}
          {add.error ? <p className="field__error">{add.error.message}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
