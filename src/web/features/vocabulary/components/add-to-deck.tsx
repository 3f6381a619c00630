import { useState } from "react";
import { Link, useLocation } from "react-router";
import { Button } from "../../../components/button";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { useUser } from "../../../lib/auth";
import { signInPath } from "../../../lib/redirect";
import { useAddTerm, useDeckEntry, useRemoveTerm } from "../api/deck";
import { vocabularyPaths } from "../paths";

/** "Add to my review deck" for a term — or, once added, what is in the deck and a way to remove it. */
export function AddToDeck({ roleId, termId, term }: { roleId: string; termId: string; term: string }) {
  const { data: user } = useUser();
  const location = useLocation();
  const entry = useDeckEntry(roleId, termId, Boolean(user));
  const add = useAddTerm();
  const remove = useRemoveTerm();
  const [status, setStatus] = useState<Status>(null);

  if (!user) {
    return (
      <p className="add-to-deck">
        <Link to={signInPath(location.pathname)} className="button button--secondary">
          Sign in to review “{term}”
        </Link>
      </p>
    );
  }

  const inDeck = entry.data;
  return (
    <div className="add-to-deck">
      {inDeck ? (
        <div className="add-to-deck__in">
          <p className="add-to-deck__state">
            <CheckIcon /> In your review deck · {inDeck.cards.length} cards
          </p>
          <Link to={vocabularyPaths.review} className="button button--primary">
            Review now
          </Link>
          <Button
            variant="ghost"
            busy={remove.isPending}
            busyLabel="Removing…"
            onClick={() =>
              remove.mutate(
                { roleId, termId },
                {
                  onSuccess: () => setStatus({ kind: "info", message: `“${term}” was removed from your deck, with its review history.` }),
                  onError: (e) => setStatus({ kind: "error", message: e.message }),
                },
              )
            }
          >
            Remove from deck
          </Button>
        </div>
      ) : (
        <Button
          busy={add.isPending || entry.isPending}
          busyLabel={entry.isPending ? "Checking your deck…" : "Adding…"}
          onClick={() =>
            add.mutate(
              { roleId, termId },
              {
                onSuccess: (r) =>
                  setStatus({ kind: "success", message: `Added “${term}” to your review deck: ${r.cardsAdded} cards, from recognising it to using it in a sentence.` }),
                onError: (e) => setStatus({ kind: "error", message: e.message }),
              },
            )
          }
        >
          Add to my review deck
        </Button>
      )}
      <FormStatus status={status} />
    </div>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="icon icon--success">
      <path d="M4 10.5l4 4 8-9" className="icon__stroke" />
    </svg>
  );
}
