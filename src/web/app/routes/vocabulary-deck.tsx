import { RequireAuth } from "../../features/auth/components/require-auth";
import { AddAreaForm, DeckList } from "../../features/vocabulary/components/deck-manager";
import { ExportLinks, ImportForm } from "../../features/vocabulary/components/import-export";
import { ReviewSettingsForm } from "../../features/vocabulary/components/review-settings-form";
import { VocabularyNav } from "../../features/vocabulary/components/vocabulary-nav";
import { DEFAULT_ROLE } from "../../features/vocabulary/paths";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";

export function VocabularyDeckPage() {
  useDocumentTitle("My review deck");
  const { data: user } = useUser();
  const roleId = user?.targetRole ?? DEFAULT_ROLE;
  return (
    <RequireAuth>
      <div className="page page--narrow">
        <header className="page__header">
          <h1>My review deck</h1>
          <VocabularyNav />
        </header>
        <section className="card" aria-labelledby="add-area-heading">
          <h2 id="add-area-heading">Add a topic area</h2>
          <p className="section__intro">Every term of the area, in one go. Terms already in your deck keep their progress.</p>
          <AddAreaForm roleId={roleId} />
        </section>
        <section className="card" aria-labelledby="deck-heading">
          <h2 id="deck-heading">Terms in your deck</h2>
          <DeckList />
        </section>
        <section className="card" aria-labelledby="review-settings-heading">
          <h2 id="review-settings-heading">Review settings</h2>
          <ReviewSettingsForm />
        </section>
        <section className="card" aria-labelledby="export-heading">
          <h2 id="export-heading">Export</h2>
          <ExportLinks roleId={roleId} />
        </section>
        <section className="card" aria-labelledby="import-heading">
          <h2 id="import-heading">Import</h2>
          <ImportForm />
        </section>
      </div>
    </RequireAuth>
  );
}
