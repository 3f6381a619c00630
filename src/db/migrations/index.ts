/**
 * Every migration, by name. Names start with their date so they sort in the order they were
 * written; a static list (rather than reading a folder) works the same from src/ and dist/.
 */
import type { Migration } from "kysely";
import * as accounts from "./2026-11-21-01-accounts.ts";
import * as content from "./2026-11-21-02-content.ts";
import * as review from "./2026-11-21-03-review.ts";
import * as learning from "./2026-11-21-04-learning.ts";
import * as interview from "./2026-11-21-05-interview.ts";
import * as roleplay from "./2026-11-21-06-roleplay.ts";
import * as reviewTimeIndex from "./2026-11-21-07-review-time-index.ts";

export const migrations: Record<string, Migration> = {
  "2026-11-21-01-accounts": accounts,
  "2026-11-21-02-content": content,
  "2026-11-21-03-review": review,
  "2026-11-21-04-learning": learning,
  "2026-11-21-05-interview": interview,
  "2026-11-21-06-roleplay": roleplay,
  "2026-11-21-07-review-time-index": reviewTimeIndex,
};
