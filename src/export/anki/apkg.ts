/**
 * Builds an Anki package (.apkg): a zip holding `collection.anki2`, an SQLite database in Anki's
 * schema version 11, and `media`, the JSON map of media files (empty: "{}"). One note type with the
 * fields Term, Definition, Pronunciation, Example; one card per note (front: term and
 * pronunciation; back: definition and example). Any Anki from 2.1 on imports it.
 */
import { writeCollection, zipWithFflate, type ZipFiles } from "./anki-io.ts";
import { collectionRows, type AnkiNote, type CardTemplate } from "./collection.ts";

export interface ApkgInput {
  deckName: string;
  notes: readonly AnkiNote[];
  cardTemplate?: Partial<CardTemplate>;
  /** Creation time, epoch ms; defaults to the current time. Ids and modification times derive from it. */
  now?: number;
  /** The zip writer; fflate by default. */
  zip?: ZipFiles;
}

export function buildApkg(input: ApkgInput): Uint8Array {
  const now = input.now ?? Date.now();
  const rows = collectionRows({
    deckName: input.deckName,
    notes: input.notes,
    now,
    ...(input.cardTemplate ? { cardTemplate: input.cardTemplate } : {}),
  });
  const zip = input.zip ?? zipWithFflate;
  return zip(
    {
      "collection.anki2": writeCollection(rows),
      media: new TextEncoder().encode("{}"),
    },
    now,
  );
}
