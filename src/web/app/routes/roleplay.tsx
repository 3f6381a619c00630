import { Link, useSearchParams } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { useConversations } from "../../features/roleplay/api/roleplays";
import { ConversationList } from "../../features/roleplay/components/conversation-list";
import { ScenarioLibrary, type LibraryFilters } from "../../features/roleplay/components/scenario-library";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { DEFAULT_ROLE, paths } from "../../lib/paths";

/** The scenario library, open to everyone; signed in, with the learner's conversations. */
export function RoleplayPage() {
  useDocumentTitle("Workplace roleplays");
  const { data: user } = useUser();
  const conversations = useConversations({}, { enabled: !!user });
  const [params, setParams] = useSearchParams();
  const filters: LibraryFilters = { level: params.get("level") ?? "", area: params.get("area") ?? "", setting: params.get("setting") ?? "" };
  const setFilter = (key: keyof LibraryFilters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div className="page">
      <header className="page__header">
        <h1>Workplace roleplays</h1>
        <p className="lead">
          Rehearse the conversations of a backend team before you have them for real: agree an API contract, explain an outage, review a pull request. A counterpart asks, follows up and pushes back; the coach comments on every reply, and a report shows the goals you met.
        </p>
        {user === null ? (
          <p className="button-row">
            <Link to={paths.signUp} className="button button--primary">
              Create your account
            </Link>
            <Link to={`${paths.signIn}?redirectTo=${encodeURIComponent(paths.roleplay)}`} className="button button--secondary">
              Sign in
            </Link>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading">Scenarios</h2>
        <ScenarioLibrary roleId={DEFAULT_ROLE} filters={filters} onFilter={setFilter} conversations={conversations.data} />
      </section>

      {user ? (
        <section className="section" aria-labelledby="conversations-heading">
          <h2 id="conversations-heading">Your conversations</h2>
          {conversations.isPending ? (
            <Loading label="Loading your conversations…" />
          ) : conversations.isError ? (
            <QueryError what="Your conversations" error={conversations.error} retry={() => void conversations.refetch()} />
          ) : conversations.data.length === 0 ? (
            <p className="muted">None yet. Open a scenario above, read its brief and start the conversation.</p>
          ) : (
            <ConversationList conversations={conversations.data} />
          )}
        </section>
      ) : null}
    </div>
  );
}
