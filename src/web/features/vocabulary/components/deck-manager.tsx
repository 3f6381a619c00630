import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { Button } from "../../../components/button";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { Loading } from "../../../components/loading";
import { useAreas } from "../api/get-areas";
import { useAddArea, useDeck, useRemoveTerm } from "../api/deck";
import { PHASE_LABEL, dateTime } from "../lib/format";
import { vocabularyPaths } from "../paths";
import type { DeckEntry, Phase } from "../types";

/** Add a whole topic area to the deck in one go. */
export function AddAreaForm({ roleId }: { roleId: string }) {
  const areas = useAreas(roleId);
  const addArea = useAddArea();
  const [area, setArea] = useState("");
  const [status, setStatus] = useState<Status>(null);
  const selectId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!area) {
      setStatus({ kind: "error", message: "Choose a topic area first." });
      return;
    }
    const title = areas.data?.find((a) => a.id === area)?.title ?? area;
    addArea.mutate(
      { roleId, areaId: area },
      {
        onSuccess: (r) =>
          setStatus({
            kind: "success",
            message:
              r.termsAdded > 0
                ? `Added ${r.termsAdded} terms of ${title} (${r.cardsAdded} cards)${r.termsAlreadyInDeck ? `; ${r.termsAlreadyInDeck} were already in your deck` : ""}.`
                : `Every term of ${title} is already in your deck.`,
          }),
        onError: (e) => setStatus({ kind: "error", message: e.message }),
      },
    );
  }

  return (
    <form className="form form--inline" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={selectId} className="field__label">
          Topic area
        </label>
        <select id={selectId} className="input select" value={area} onChange={(e) => setArea(e.target.value)}>
          <option value="">Choose an area…</option>
          {areas.data?.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title} ({a.counts.terms.total} terms)
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <Button type="submit" busy={addArea.isPending} busyLabel="Adding…">
          Add all its terms
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}

const phaseSummary = (entry: DeckEntry) => {
  const counts = new Map<Phase, number>();
  for (const c of entry.cards) counts.set(c.phase, (counts.get(c.phase) ?? 0) + 1);
  return [...counts].map(([p, n]) => `${n} ${PHASE_LABEL[p].toLowerCase()}`).join(", ");
};

/** The terms in the deck, most recently added first, each with its cards' states and a remove button. */
export function DeckList() {
  const deck = useDeck();
  const remove = useRemoveTerm();
  const [status, setStatus] = useState<Status>(null);

  if (deck.isPending) return <Loading label="Loading your deck…" />;
  if (deck.isError)
    return (
      <p className="notice notice--error" role="alert">
        Your deck could not be loaded. {deck.error.message}
      </p>
    );
  if (deck.data.total === 0)
    return (
      <p>
        Your deck is empty. Add a topic area above, or open a term in the <Link to={vocabularyPaths.glossary}>glossary</Link> and add it.
      </p>
    );

  return (
    <>
      <p className="muted">
        {deck.data.total} terms, {deck.data.cards} cards.{deck.data.total > deck.data.items.length ? ` The ${deck.data.items.length} most recently added are shown.` : ""}
      </p>
      <FormStatus status={status} />
      <ul className="deck-list">
        {deck.data.items.map((entry) => (
          <li key={`${entry.roleId}:${entry.termId}`} className="deck-row">
            <div>
              <Link to={vocabularyPaths.term(entry.termId)} className="deck-row__term">
                {entry.term}
              </Link>
              <p className="deck-row__meta muted">
                {phaseSummary(entry)}
                {entry.nextDue ? ` · next review ${dateTime(entry.nextDue)}` : ""}
              </p>
            </div>
            <Button
              variant="ghost"
              className="button--small"
              aria-label={`Remove ${entry.term} from your deck`}
              onClick={() =>
                remove.mutate(
                  { roleId: entry.roleId, termId: entry.termId },
                  {
                    onSuccess: () => setStatus({ kind: "info", message: `Removed “${entry.term}” and its review history.` }),
                    onError: (e) => setStatus({ kind: "error", message: e.message }),
                  },
                )
              }
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
