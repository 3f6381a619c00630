/** A glossary term as an Anki note. */
import type { Term } from "../../content/schema.ts";
import { guidFor, type AnkiNote } from "./collection.ts";

/**
 * The note for a term. The guid derives from the term id, so exporting again and importing into
 * the same Anki collection updates the notes instead of adding duplicates. Pass the pronunciation
 * when the term's own is omitted and was generated (CMU dictionary).
 */
export function noteFromTerm(term: Term, pronunciation = term.pronunciation): AnkiNote {
  return {
    guid: guidFor("parlance", term.id),
    term: term.term,
    definition: term.expansion ? `${term.expansion}. ${term.definition}` : term.definition,
    pronunciation: pronunciation ? `${pronunciation.respelling} ${pronunciation.ipa}` : "",
    example: term.examples[0]?.text ?? "",
    tags: ["parlance", term.area, term.level],
  };
}
