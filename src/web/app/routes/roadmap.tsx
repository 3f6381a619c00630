import { Loading } from "../../components/loading";
import { QueryError } from "../../components/query-error";
import { usePublicRoadmap } from "../../features/roadmap/api/get-public-roadmap";
import { useRoadmap } from "../../features/roadmap/api/get-roadmap";
import { RoadmapList } from "../../features/roadmap/components/roadmap-list";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { DEFAULT_ROLE } from "../../lib/paths";

export function RoadmapPage() {
  useDocumentTitle("Roadmap");
  const { data: user, isPending: userPending } = useUser();
  const role = user?.targetRole ?? DEFAULT_ROLE;
  const signedIn = Boolean(user);
  const mine = useRoadmap(role, !userPending && signedIn);
  const open = usePublicRoadmap(role, !userPending && !signedIn);
  const roadmap = signedIn ? mine : open;
  return (
    <div className="page">
      <header className="page__header">
        <h1>Roadmap</h1>
        <p className="lead">
          The topics of backend development, area by area: what each is, why it matters, how it is used, an example, a
          practice project, a common mistake and the words to talk about it.
          {signedIn ? " Mark each topic as learning, done or skipped." : " Sign in to mark your progress."}
        </p>
      </header>
      {userPending || roadmap.isPending ? (
        <Loading label="Loading the roadmap…" />
      ) : roadmap.isError ? (
        <QueryError what="The roadmap" error={roadmap.error} retry={() => void roadmap.refetch()} />
      ) : (
        <RoadmapList roadmap={roadmap.data} signedIn={signedIn} />
      )}
    </div>
  );
}
