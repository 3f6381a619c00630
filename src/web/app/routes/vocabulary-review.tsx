import { RequireAuth } from "../../features/auth/components/require-auth";
import { ReviewSession } from "../../features/vocabulary/components/review-session";
import { VocabularyNav } from "../../features/vocabulary/components/vocabulary-nav";
import { useDocumentTitle } from "../../lib/document-title";

export function VocabularyReviewPage() {
  useDocumentTitle("Review");
  return (
    <RequireAuth>
      <div className="page page--narrow">
        <header className="page__header">
          <h1>Review</h1>
          <VocabularyNav />
        </header>
        <ReviewSession />
      </div>
    </RequireAuth>
  );
}
