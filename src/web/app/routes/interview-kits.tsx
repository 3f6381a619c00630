import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { downloadMarkdown, exportKit, useDeleteKit, useKit, useKits, useSaveKit, useScorecards, useStartScorecard } from "../../features/interview/api/kits";
import { useBank } from "../../features/interview/api/practice";
import { InterviewNav } from "../../features/interview/components/interview-nav";
import { useDocumentTitle } from "../../lib/document-title";
import { DEFAULT_ROLE, interviewPaths } from "../../lib/paths";
import type { Kit, KitItemInput } from "../../types/interview";

export function InterviewKitsPage() {
  return (
    <RequireAuth>
      <Kits />
    </RequireAuth>
  );
}
export function InterviewKitPage() {
  return (
    <RequireAuth>
      <KitPage />
    </RequireAuth>
  );
}
export function InterviewKitEditPage() {
  return (
    <RequireAuth>
      <KitEdit />
    </RequireAuth>
  );
}

function Kits() {
  useDocumentTitle("Interview kits");
  const kits = useKits();
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Interview preparation · for interviewers</p>
        <h1>Interview kits</h1>
        <p className="lead">Build a kit from the question bank and your own questions, with model answers, a rubric of key points, and green and red flags. Run it in the interview and export the scorecard. Kits are private to you.</p>
      </header>
      <InterviewNav />
      <p>
        <Link className="button button--primary" to={interviewPaths.newKit}>
          New kit
        </Link>
      </p>
      {kits.isPending ? (
        <Loading label="Loading your kits…" />
      ) : kits.isError ? (
        <QueryError what="Your kits" error={kits.error} retry={() => void kits.refetch()} />
      ) : kits.data.length === 0 ? (
        <p className="muted">No kits yet.</p>
      ) : (
        <ul className="plain-list">
          {kits.data.map((k) => (
            <li key={k.id}>
              <Link to={interviewPaths.kit(k.id)}>{k.title}</Link>{" "}
              <span className="muted">
                {k.questions} questions · {k.totalMinutes} min
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function KitEdit() {
  const { kitId } = useParams();
  const kit = useKit(kitId ?? "");
  useDocumentTitle(kitId ? "Edit kit" : "New kit");
  if (kitId && kit.isPending) return <Loading label="Loading the kit…" />;
  if (kitId && kit.isError) return <QueryError what="This kit" error={kit.error} retry={() => void kit.refetch()} />;
  return <KitEditor kit={kitId ? (kit.data ?? null) : null} />;
}

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

function KitEditor({ kit }: { kit: Kit | null }) {
  const navigate = useNavigate();
  const save = useSaveKit(kit?.id ?? null);
  const bank = useBank(DEFAULT_ROLE, {});
  const [title, setTitle] = useState(kit?.title ?? "");
  const [notes, setNotes] = useState(kit?.notes ?? "");
  const [items, setItems] = useState<(KitItemInput & { label: string })[]>(
    kit?.items.map((i) =>
      i.source === "bank"
        ? { source: "bank" as const, key: i.key, questionId: i.questionId!, minutes: i.minutes, label: i.prompt }
        : { source: "own" as const, key: i.key, prompt: i.prompt, minutes: i.minutes, modelAnswer: i.modelAnswer, keyPoints: i.rubric, greenFlags: i.greenFlags, redFlags: i.redFlags, label: i.prompt },
    ) ?? [],
  );
  const [pick, setPick] = useState("");
  const [own, setOwn] = useState({ prompt: "", modelAnswer: "", keyPoints: "", greenFlags: "", redFlags: "" });
  const move = (i: number, d: number) =>
    setItems((xs) => {
      const next = [...xs];
      const [x] = next.splice(i, 1);
      next.splice(i + d, 0, x!);
      return next;
    });

  return (
    <div className="page">
      <header className="page__header page__header--compact">
        <p className="eyebrow">
          <Link to={interviewPaths.kits}>Interview kits</Link>
        </p>
        <h1>{kit ? "Edit kit" : "New kit"}</h1>
      </header>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { title, notes, items: items.map(({ label: _label, ...i }) => i) },
            { onSuccess: (k) => void navigate(interviewPaths.kit(k.id)) },
          );
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="kit-title">
            Title
          </label>
          <input id="kit-title" className="input" required maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="kit-notes">
            Notes for interviewers
          </label>
          <textarea id="kit-notes" className="input textarea" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>

        <h2>Questions</h2>
        {items.length === 0 ? <p className="muted">No questions yet: add some from the bank or write your own.</p> : null}
        <ol className="kit-items">
          {items.map((item, i) => (
            <li key={item.key ?? `${i}-${item.label}`} className="kit-item">
              <span className="kit-item__prompt">
                {item.label} {item.source === "own" ? <span className="tag tag--quiet">own</span> : null}
              </span>
              <label className="kit-item__minutes">
                Minutes{" "}
                <input
                  className="input input--narrow"
                  type="number"
                  min={1}
                  max={120}
                  value={item.minutes}
                  onChange={(e) => setItems((xs) => xs.map((x, n) => (n === i ? { ...x, minutes: Number(e.target.value) || 1 } : x)))}
                  aria-label={`Minutes for question ${i + 1}`}
                />
              </label>
              <span className="button-row">
                <Button variant="ghost" className="button--small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move question ${i + 1} up`}>
                  ↑
                </Button>
                <Button variant="ghost" className="button--small" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={`Move question ${i + 1} down`}>
                  ↓
                </Button>
                <Button variant="ghost" className="button--small" onClick={() => setItems((xs) => xs.filter((_, n) => n !== i))} aria-label={`Remove question ${i + 1}`}>
                  Remove
                </Button>
              </span>
            </li>
          ))}
        </ol>

        <fieldset className="fieldset">
          <legend>Add from the bank</legend>
          <div className="field">
            <label className="field__label" htmlFor="kit-pick">
              Bank question
            </label>
            <select id="kit-pick" className="input select" value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">Choose a question…</option>
              {(bank.data?.items ?? []).map((q) => (
                <option key={q.id} value={q.id}>
                  [{q.level} · {q.kind}] {q.prompt}
                </option>
              ))}
            </select>
          </div>
          <Button
            variant="secondary"
            disabled={!pick}
            onClick={() => {
              const q = bank.data?.items.find((x) => x.id === pick);
              if (!q) return;
              setItems((xs) => [...xs, { source: "bank", questionId: q.id, minutes: q.kind === "system-design" ? 20 : 10, label: q.prompt }]);
              setPick("");
            }}
          >
            Add this question
          </Button>
        </fieldset>

        <fieldset className="fieldset">
          <legend>Add your own question</legend>
          {(
            [
              ["prompt", "Question", 2],
              ["modelAnswer", "Model answer (optional)", 3],
              ["keyPoints", "Key points to listen for, one per line", 3],
              ["greenFlags", "Green flags, one per line", 2],
              ["redFlags", "Red flags, one per line", 2],
            ] as const
          ).map(([name, label, rows]) => (
            <div className="field" key={name}>
              <label className="field__label" htmlFor={`own-${name}`}>
                {label}
              </label>
              <textarea id={`own-${name}`} className="input textarea" rows={rows} value={own[name]} onChange={(e) => setOwn((o) => ({ ...o, [name]: e.target.value }))} />
            </div>
          ))}
          <Button
            variant="secondary"
            disabled={!own.prompt.trim()}
            onClick={() => {
              setItems((xs) => [
                ...xs,
                {
                  source: "own",
                  prompt: own.prompt.trim(),
                  minutes: 10,
                  modelAnswer: own.modelAnswer.trim(),
                  keyPoints: lines(own.keyPoints),
                  greenFlags: lines(own.greenFlags),
                  redFlags: lines(own.redFlags),
                  label: own.prompt.trim(),
                },
              ]);
              setOwn({ prompt: "", modelAnswer: "", keyPoints: "", greenFlags: "", redFlags: "" });
            }}
          >
            Add my question
          </Button>
        </fieldset>

        {save.error ? (
          <p className="notice notice--error" role="alert">
            {save.error.message}
          </p>
        ) : null}
        <div className="form__actions">
          <Button type="submit" busy={save.isPending} disabled={!title.trim()}>
            Save the kit
          </Button>
        </div>
      </form>
    </div>
  );
}

function KitPage() {
  const { kitId = "" } = useParams();
  const kit = useKit(kitId);
  useDocumentTitle(kit.data?.title ?? "Interview kit");
  return (
    <div className="page">
      <header className="page__header page__header--compact">
        <p className="eyebrow no-print">
          <Link to={interviewPaths.kits}>Interview kits</Link>
        </p>
        <h1>{kit.data?.title ?? "Interview kit"}</h1>
      </header>
      {kit.isPending ? (
        <Loading label="Loading the kit…" />
      ) : kit.isError ? (
        <QueryError what="This kit" error={kit.error} retry={() => void kit.refetch()} />
      ) : (
        <KitView kit={kit.data} />
      )}
    </div>
  );
}

function KitView({ kit }: { kit: Kit }) {
  const navigate = useNavigate();
  const remove = useDeleteKit();
  const scorecards = useScorecards(kit.id);
  const start = useStartScorecard(kit.id);
  const [candidate, setCandidate] = useState("");
  const [exportError, setExportError] = useState<string | null>(null);
  return (
    <>
      <p className="muted">
        {kit.items.length} questions · about {kit.totalMinutes} minutes
      </p>
      {kit.notes ? <p>{kit.notes}</p> : null}
      <div className="button-row no-print">
        <Link className="button button--secondary" to={interviewPaths.editKit(kit.id)}>
          Edit
        </Link>
        <Button variant="secondary" onClick={() => exportKit(kit.id).then(downloadMarkdown, (e: Error) => setExportError(e.message))}>
          Export as Markdown
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(kit.id, { onSuccess: () => void navigate(interviewPaths.kits) })}>
          Delete kit
        </Button>
      </div>
      {exportError ? <p className="field__error">{exportError}</p> : null}

      <section className="section no-print" aria-labelledby="run">
        <h2 id="run">Run this kit</h2>
        <form
          className="form form--inline"
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate(candidate.trim(), { onSuccess: (c) => void navigate(interviewPaths.scorecard(c.id)) });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="candidate">
              Candidate
            </label>
            <input id="candidate" className="input" required maxLength={120} value={candidate} onChange={(e) => setCandidate(e.target.value)} />
          </div>
          <Button type="submit" busy={start.isPending} disabled={!candidate.trim()}>
            Start a scorecard
          </Button>
        </form>
        {scorecards.data && scorecards.data.length > 0 ? (
          <ul className="plain-list">
            {scorecards.data.map((s) => (
              <li key={s.id}>
                <Link to={interviewPaths.scorecard(s.id)}>{s.candidate}</Link>{" "}
                <span className="muted">
                  {s.average !== null ? `average ${s.average} / 4` : "not rated yet"}
                  {s.recommendation ? ` · ${s.recommendation.replace("-", " ")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {kit.items.map((item, i) => (
        <article key={item.key} className="card kit-question">
          <h2>
            {i + 1}. {item.prompt}
          </h2>
          <p className="muted">
            {[item.kind?.replace("-", " "), item.level, `${item.minutes} min`, item.source === "own" ? "your question" : null].filter(Boolean).join(" · ")}
          </p>
          {item.modelAnswer ? (
            <>
              <h3>Model answer</h3>
              <p className="answer-text">{item.modelAnswer}</p>
            </>
          ) : null}
          {item.rubric.length ? (
            <>
              <h3>Key points (rubric)</h3>
              <ul>
                {item.rubric.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="flags">
            {item.greenFlags.length ? (
              <div>
                <h3>Green flags</h3>
                <ul>
                  {item.greenFlags.map((k) => (
                    <li key={k}>{k}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {item.redFlags.length ? (
              <div>
                <h3>Red flags</h3>
                <ul>
                  {item.redFlags.map((k) => (
                    <li key={k}>{k}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
          {item.followUps.length ? (
            <p>
              <strong>Follow-ups:</strong> {item.followUps.join(" · ")}
            </p>
          ) : null}
        </article>
      ))}
    </>
  );
}
