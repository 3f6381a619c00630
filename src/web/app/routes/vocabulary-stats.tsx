import { RequireAuth } from "../../features/auth/components/require-auth";
import { ReviewStats } from "../../features/vocabulary/components/review-stats";
import { VocabularyNav } from "../../features/vocabulary/components/vocabulary-nav";
import { useDocumentTitle } from "../../lib/document-title";

export function VocabularyStatsPage() {
  useDocumentTitle("Vocabulary progress");
  return (
    <RequireAuth>
      <div className="page">
        <header className="page__header">
          <h1>Your progress</h1>
          <VocabularyNav />
        </header>
        <ReviewStats />
      </div>
    </RequireAuth>
  );
}
