import { Link, useNavigate, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { useConversations, useStartConversation } from "../../features/roleplay/api/roleplays";
import { useRoleAreas, useScenario } from "../../features/roleplay/api/scenarios";
import { ConversationList } from "../../features/roleplay/components/conversation-list";
import { ScenarioBrief } from "../../features/roleplay/components/scenario-brief";
import { LEVEL_LABEL, SETTING_LABEL } from "../../features/roleplay/lib/labels";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { DEFAULT_ROLE, paths, roleplayPaths } from "../../lib/paths";
import { signInPath } from "../../lib/redirect";
import type { Scenario } from "../../types/roleplay";

/** A scenario's brief, then "Start the conversation" (or "Resume" one in progress). */
export function RoleplayScenarioPage() {
  const { scenarioId = "" } = useParams();
  const scenario = useScenario(DEFAULT_ROLE, scenarioId);
  const areas = useRoleAreas(DEFAULT_ROLE);
  useDocumentTitle(scenario.data?.title ?? "Roleplay");
  const area = areas.data?.find((a) => a.id === scenario.data?.area)?.title;
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">
          <Link to={roleplayPaths.library}>Workplace roleplays</Link>
          {scenario.data ? ` · ${LEVEL_LABEL[scenario.data.level]} · ${SETTING_LABEL[scenario.data.setting]}${area ? ` · ${area}` : ""}` : null}
        </p>
        <h1>{scenario.data?.title ?? "Roleplay"}</h1>
      </header>
      {scenario.isPending ? (
        <Loading label="Loading the brief…" />
      ) : scenario.isError ? (
        <QueryError what="This scenario" error={scenario.error} retry={() => void scenario.refetch()} />
      ) : (
        <>
          <ScenarioBrief scenario={scenario.data} />
          <StartPanel scenario={scenario.data} />
        </>
      )}
    </div>
  );
}

function StartPanel({ scenario }: { scenario: Scenario }) {
  const { data: user, isPending } = useUser();
  const navigate = useNavigate();
  const start = useStartConversation(DEFAULT_ROLE);
  const conversations = useConversations({ scenario: scenario.id }, { enabled: !!user });
  const active = conversations.data?.find((c) => c.status === "active");
  if (isPending) return <Loading />;
  return (
    <section className="card start-panel" aria-labelledby="start-heading">
      <h2 id="start-heading">Ready?</h2>
      {!user ? (
        <>
          <p>Sign in to talk with {scenario.counterpart.name}. Your conversations and reports are kept in your account, and only you can see them.</p>
          <div className="button-row">
            <Link to={signInPath(roleplayPaths.scenario(scenario.id))} className="button button--primary">
              Sign in to start
            </Link>
            <Link to={paths.signUp} className="button button--secondary">
              Create your account
            </Link>
          </div>
        </>
      ) : (
        <>
          <p>
            {scenario.counterpart.name} speaks first. Reply as you would at work; ask for a hint when you are stuck, and end the conversation whenever you like. The report comes at the end.
          </p>
          {start.error ? (
            <p className="notice notice--error" role="alert">
              {start.error.message}
            </p>
          ) : null}
          <div className="button-row">
            {active ? (
              <Link to={roleplayPaths.session(active.id)} className="button button--primary">
                Resume the conversation
              </Link>
            ) : null}
            <Button
              variant={active ? "secondary" : "primary"}
              busy={start.isPending}
              busyLabel="Starting…"
              onClick={() => start.mutate(scenario.id, { onSuccess: (r) => void navigate(roleplayPaths.session(r.id)) })}
            >
              {active ? "Start a new conversation" : "Start the conversation"}
            </Button>
          </div>
          {conversations.data && conversations.data.length > 0 ? (
            <>
              <h3>Your conversations of this scenario</h3>
              <ConversationList conversations={conversations.data} showScenario={false} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
