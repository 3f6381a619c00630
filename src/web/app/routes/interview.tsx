import { Link, useSearchParams } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { useBank } from "../../features/interview/api/practice";
import { InterviewNav } from "../../features/interview/components/interview-nav";
import { useDocumentTitle } from "../../lib/document-title";
import { useUser } from "../../lib/auth";
import { DEFAULT_ROLE, interviewPaths, paths } from "../../lib/paths";
import type { Facet } from "../../types/interview";

const KIND_LABEL = { technical: "Technical", behavioral: "Behavioral", "system-design": "System design" } as const;

export function InterviewPage() {
  useDocumentTitle("Interview preparation");
  const { data: user, isPending } = useUser();
  if (isPending) return <Loading />;
  return user ? <Bank /> : <SignedOut />;
}

function SignedOut() {
  return (
    <div className="page">
      <header className="page__header">
        <h1>Interview preparation</h1>
        <p className="lead">
          Practice the technical, behavioral and system-design questions of backend interviews in English: the coach reads your answer, highlights the key points you made and the ones you missed, and suggests better phrasings. Run mock interviews against the clock, or — if you hire — build interview kits with rubrics and scorecards.
        </p>
        <p className="button-row">
          <Link to={paths.signUp} className="button button--primary">
            Create your account
          </Link>
          <Link to={`${paths.signIn}?redirectTo=${encodeURIComponent(paths.interview)}`} className="button button--secondary">
            Sign in
          </Link>
          <Link to={interviewPaths.guide} className="button button--ghost">
            Read the preparation guide
          </Link>
        </p>
      </header>
    </div>
  );
}

function FacetSelect({ name, label, facets, value, onChange }: { name: string; label: string; facets: Facet[]; value: string; onChange(v: string): void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={`bank-${name}`}>
        {label}
      </label>
      <select id={`bank-${name}`} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {facets.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label} ({f.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function Bank() {
  const [params, setParams] = useSearchParams();
  const filters = { level: params.get("level") ?? "", kind: params.get("kind") ?? "", area: params.get("area") ?? "", q: params.get("q") ?? "" };
  const bank = useBank(DEFAULT_ROLE, filters);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div className="page">
      <header className="page__header">
        <h1>Interview preparation</h1>
        <p className="lead">Technical, behavioral and system-design questions by level. Answer in English, get the coach's feedback, then compare with a model answer.</p>
      </header>
      <InterviewNav />
      <h2 className="visually-hidden">Question bank</h2>
      <form className="bank-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="bank-q">
            Search questions
          </label>
          <input id="bank-q" className="input" type="search" defaultValue={filters.q} onChange={(e) => set("q", e.target.value.trim())} />
        </div>
        <FacetSelect name="level" label="Level" facets={bank.data?.facets.level ?? []} value={filters.level} onChange={(v) => set("level", v)} />
        <FacetSelect name="kind" label="Kind" facets={bank.data?.facets.kind ?? []} value={filters.kind} onChange={(v) => set("kind", v)} />
        <FacetSelect name="area" label="Topic area" facets={bank.data?.facets.area ?? []} value={filters.area} onChange={(v) => set("area", v)} />
      </form>
      {bank.isPending ? (
        <Loading label="Loading the questions…" />
      ) : bank.isError ? (
        <QueryError what="The question bank" error={bank.error} retry={() => void bank.refetch()} />
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {bank.data.total} question{bank.data.total === 1 ? "" : "s"}
          </p>
          <ul className="plain-list bank-list">
            {bank.data.items.map((q) => (
              <li key={q.id} className="bank-row">
                <Link to={interviewPaths.question(q.id)} className="bank-row__prompt">
                  {q.prompt}
                </Link>
                <span className="bank-row__meta">
                  <span className="tag">{KIND_LABEL[q.kind]}</span> <span className="tag tag--quiet">{q.level}</span> <span className="muted">{q.areaTitle}</span>
                  {q.attempts > 0 ? (
                    <span className="muted">
                      {" "}
                      · {q.attempts} answer{q.attempts === 1 ? "" : "s"}, best {q.best}/100
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
