import { Link, useParams } from "react-router";
import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { useRoadmap } from "../../features/roadmap/api/get-roadmap";
import { useTopic } from "../../features/roadmap/api/get-topic";
import { TopicStatusPicker } from "../../features/roadmap/components/topic-status";
import { TopicView } from "../../features/roadmap/components/topic-view";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { DEFAULT_ROLE, paths, termPath } from "../../lib/paths";

export function TopicPage() {
  const { topicId = "" } = useParams();
  const { data: user } = useUser();
  const role = user?.targetRole ?? DEFAULT_ROLE;
  const topic = useTopic(role, topicId);
  const roadmap = useRoadmap(role, Boolean(user));
  useDocumentTitle(topic.data?.title ?? "Topic");
  if (topic.isPending) return <Loading label="Loading the topic…" />;
  if (topic.isError)
    return (
      <div className="page page--narrow">
        <h1>Topic</h1>
        <QueryError what="This topic" error={topic.error} retry={() => void topic.refetch()} />
      </div>
    );
  const status = roadmap.data?.areas.flatMap((a) => a.topics).find((t) => t.id === topicId)?.status ?? null;
  return (
    <article className="page">
      <TopicView
        topic={topic.data}
        termHref={termPath}
        statusPicker={
          user ? (
            roadmap.isPending ? (
              <Loading label="Loading your progress…" />
            ) : (
              <TopicStatusPicker role={role} topicId={topicId} topicTitle={topic.data.title} status={status} />
            )
          ) : (
            <p>
              <Link to={`${paths.signIn}?redirectTo=${encodeURIComponent(`/roadmap/${topicId}`)}`}>Sign in</Link> to mark this topic done,
              learning or skipped.
            </p>
          )
        }
      />
    </article>
  );
}
