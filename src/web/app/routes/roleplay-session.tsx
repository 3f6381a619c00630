import { Link, useParams } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { useConversation } from "../../features/roleplay/api/roleplays";
import { Conversation } from "../../features/roleplay/components/conversation";
import { useDocumentTitle } from "../../lib/document-title";
import { roleplayPaths } from "../../lib/paths";

export function RoleplaySessionPage() {
  return (
    <RequireAuth>
      <Session />
    </RequireAuth>
  );
}

function Session() {
  const { sessionId = "" } = useParams();
  const conversation = useConversation(sessionId);
  const rp = conversation.data;
  useDocumentTitle(rp ? `Roleplay: ${rp.scenario.title}` : "Roleplay");
  return (
    <div className="page">
      <header className="page__header page__header--compact">
        <p className="eyebrow">
          <Link to={roleplayPaths.library}>Workplace roleplays</Link>
          {rp ? (
            <>
              {" · "}
              <Link to={roleplayPaths.scenario(rp.scenario.id)}>Brief</Link>
            </>
          ) : null}
        </p>
        <h1>{rp?.scenario.title ?? "Roleplay"}</h1>
        {rp ? (
          <p className="lead">
            You are talking with <strong>{rp.brief.counterpart.name}</strong>, {rp.brief.counterpart.role}.
          </p>
        ) : null}
      </header>
      {conversation.isPending ? (
        <Loading label="Loading the conversation…" />
      ) : conversation.isError ? (
        <QueryError what="This conversation" error={conversation.error} retry={() => void conversation.refetch()} />
      ) : (
        <Conversation roleplay={conversation.data} />
      )}
    </div>
  );
}
