/**
 * The I/O of the Anki export, and only here: writing the collection with better-sqlite3 (an
 * in-memory database, serialized to bytes — no temporary file) and zipping with fflate. fflate sits
 * behind the ZipFiles type so another zip library can replace it.
 */
import SQLite from "better-sqlite3";
import { zipSync } from "fflate";
import { SCHEMA_11, type CollectionRows } from "./collection.ts";

/** Builds a zip archive from file names and contents, stamped with the given modification time (epoch ms). */
export type ZipFiles = (files: Record<string, Uint8Array>, modified: number) => Uint8Array;

export const zipWithFflate: ZipFiles = (files, modified) => zipSync(files, { level: 6, mtime: new Date(modified) });

/** An SQLite database file (as bytes) holding the collection. */
export function writeCollection(rows: CollectionRows): Uint8Array {
  const db = new SQLite(":memory:");
  try {
    db.exec(SCHEMA_11);
    const insert = (table: string, row: Record<string, unknown>) => {
      const columns = Object.keys(row);
      db.prepare(`insert into ${table} (${columns.join(", ")}) values (${columns.map((c) => `@${c}`).join(", ")})`).run(row);
    };
    db.transaction(() => {
      insert("col", rows.col);
      for (const note of rows.notes) insert("notes", note);
      for (const card of rows.cards) insert("cards", card);
    })();
    return new Uint8Array(db.serialize());
  } finally {
    db.close();
  }
}
