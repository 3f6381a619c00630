import { Link } from "react-router";
import { useDocumentTitle } from "../lib/document-title";

export type ComingSoonProps = {
  title: string;
  /** One or two sentences: what this part of Parlance is for. */
  summary: string;
  /** What it will let the learner do, one item per line. */
  plans: string[];
};

/** A page for a part of Parlance that is not built yet: says so plainly and shows no sample data. */
export function ComingSoon({ title, summary, plans }: ComingSoonProps) {
  useDocumentTitle(title);
  return (
    <article className="page page--narrow">
      <header className="page__header">
        <p className="badge">Coming in a later release</p>
        <h1>{title}</h1>
        <p className="lead">{summary}</p>
      </header>
      <section aria-labelledby="plans-heading" className="card">
        <h2 id="plans-heading">What it will do</h2>
        <ul className="check-list">
          {plans.map((plan) => (
            <li key={plan}>{plan}</li>
          ))}
        </ul>
      </section>
      <p className="muted">
        This part of Parlance is not available yet, so there is nothing to practise here today. Meanwhile you can{" "}
        <Link to="/settings">set up your profile</Link> so that it is ready, or go back to the <Link to="/">home page</Link>.
      </p>
    </article>
  );
}
