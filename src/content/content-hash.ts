/**
 * A fingerprint of a pack's files, so that loading content into the database can skip a pack that
 * has not changed since the last load. Same files, same hash, whatever order they were read in.
 */
import { createHash } from "node:crypto";
import type { ContentFile } from "./model.ts";

export function contentHash(files: readonly ContentFile[]): string {
  const hash = createHash("sha256");
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    // Length-prefixed, so that moving text from one file to the next changes the hash.
    const text = Buffer.from(file.text, "utf8");
    hash.update(`${Buffer.byteLength(file.path)}:${file.path}\n${text.length}:`);
    hash.update(text);
  }
  return hash.digest("hex");
}
