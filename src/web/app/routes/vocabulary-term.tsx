import { Link, useParams } from "react-router";
import { Button } from "../../components/button";
import { Loading } from "../../components/loading";
import { isApiError } from "../../lib/api-client";
import { useAreas } from "../../features/vocabulary/api/get-areas";
import { useTerm } from "../../features/vocabulary/api/get-term";
import { TermDetail } from "../../features/vocabulary/components/term-detail";
import { VocabularyNav } from "../../features/vocabulary/components/vocabulary-nav";
import { DEFAULT_ROLE, vocabularyPaths } from "../../features/vocabulary/paths";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";

export function VocabularyTermPage() {
  const { termId = "" } = useParams();
  const { data: user } = useUser();
  const roleId = user?.targetRole ?? DEFAULT_ROLE;
  const term = useTerm(roleId, termId);
  const areas = useAreas(roleId);
  useDocumentTitle(term.data ? term.data.term : term.isError ? "Term not found" : "Vocabulary");

  if (term.isPending) return <Loading label="Loading the term…" />;
  if (term.isError) {
    const missing = isApiError(term.error) && term.error.status === 404;
    return (
      <div className="page page--narrow">
        <h1>{missing ? "Term not found" : "The term could not be loaded"}</h1>
        <p className="lead">{missing ? "The glossary has no term at this address." : term.error.message}</p>
        <p className="button-row">
          <Link to={vocabularyPaths.glossary} className="button button--primary">
            Back to the glossary
          </Link>
          {missing ? null : (
            <Button variant="secondary" onClick={() => void term.refetch()}>
              Try again
            </Button>
          )}
        </p>
      </div>
    );
  }
  const areaTitle = areas.data?.find((a) => a.id === term.data.area)?.title ?? term.data.area;
  return (
    <div className="page page--narrow">
      <VocabularyNav />
      <TermDetail term={term.data} roleId={roleId} areaTitle={areaTitle} />
    </div>
  );
}
