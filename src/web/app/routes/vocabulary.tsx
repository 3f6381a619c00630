import { Link } from "react-router";
import { useQueue } from "../../features/vocabulary/api/get-queue";
import { GlossaryBrowser } from "../../features/vocabulary/components/glossary-browser";
import { VocabularyNav } from "../../features/vocabulary/components/vocabulary-nav";
import { DEFAULT_ROLE, vocabularyPaths } from "../../features/vocabulary/paths";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";

/** The glossary, for everyone; a signed-in learner also sees what today's review holds. */
export function VocabularyPage() {
  useDocumentTitle("Vocabulary");
  const { data: user } = useUser();
  const roleId = user?.targetRole ?? DEFAULT_ROLE;
  return (
    <div className="page">
      <header className="page__header">
        <h1>Vocabulary</h1>
        <p className="lead">
          The words of backend work with plain meanings, how to say them, and examples from code reviews, stand-ups and
          incidents. Add the ones you want to keep to your review deck.
        </p>
        <VocabularyNav />
      </header>
      {user ? <TodayCard /> : <SignedOutNote />}
      <GlossaryBrowser roleId={roleId} />
    </div>
  );
}

function TodayCard() {
  const queue = useQueue();
  if (!queue.data) return null;
  const q = queue.data;
  return (
    <aside className="today card" aria-label="Today's review">
      {q.deckEmpty ? (
        <p>Your review deck is empty. Open a term below and add it, or add a whole topic area from <Link to={vocabularyPaths.deck}>your deck</Link>.</p>
      ) : q.remaining > 0 ? (
        <>
          <p>
            <strong>{q.remaining}</strong> {q.remaining === 1 ? "card is" : "cards are"} waiting today: {q.counts.learning + q.counts.review} due, {q.counts.new} new.
          </p>
          <Link to={vocabularyPaths.review} className="button button--primary">
            Start today's review
          </Link>
        </>
      ) : (
        <p>You have reviewed everything due today. <Link to={vocabularyPaths.stats}>See your progress</Link>.</p>
      )}
    </aside>
  );
}

function SignedOutNote() {
  return (
    <p className="notice notice--info">
      <Link to="/sign-up">Create an account</Link> or <Link to="/sign-in?redirectTo=%2Fvocabulary">sign in</Link> to review terms with spaced
      repetition: Parlance brings each word back just before you would forget it.
    </p>
  );
}
