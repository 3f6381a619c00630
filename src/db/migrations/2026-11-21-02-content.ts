// Frozen: never edit a migration that has shipped; add a new one.
//
// The curriculum, loaded from content/ at start-up: one table per kind, keyed by (role_id, id).
// Filter columns are real columns; the whole item is a JSON text column; `retired_at` marks items
// that left the pack but stay resolvable for progress that points at them. The search index is an
// FTS5 table on SQLite and a table with a generated tsvector on PostgreSQL.
import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from "kysely";

/** (role_id, id, position, title, data, retired_at) plus the kind's filter columns. */
function itemTable(db: Kysely<any>, name: string, columns: (t: CreateTableBuilder<string>) => CreateTableBuilder<string>) {
  let table = db.schema
    .createTable(name)
    .addColumn("role_id", "text", (c) => c.notNull().references("roles.id"))
    .addColumn("id", "text", (c) => c.notNull());
  table = columns(table);
  return table
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("retired_at", "bigint")
    .addPrimaryKeyConstraint(`${name}_pkey`, ["role_id", "id"]);
}

const withAreaLevel = (t: CreateTableBuilder<string>) =>
  t.addColumn("area", "text", (c) => c.notNull()).addColumn("level", "text", (c) => c.notNull());

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("roles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("retired_at", "bigint")
    .execute();

  await itemTable(db, "areas", (t) => t).execute();
  await itemTable(db, "terms", (t) => withAreaLevel(t).addColumn("letter", "text", (c) => c.notNull())).execute();
  await itemTable(db, "topics", withAreaLevel).execute();
  await itemTable(db, "questions", (t) => withAreaLevel(t).addColumn("kind", "text", (c) => c.notNull())).execute();
  await itemTable(db, "scenarios", (t) => withAreaLevel(t).addColumn("setting", "text", (c) => c.notNull())).execute();
  await itemTable(db, "exercise_sets", withAreaLevel).execute();
  await itemTable(db, "exercises", (t) =>
    t.addColumn("set_id", "text", (c) => c.notNull()).addColumn("type", "text", (c) => c.notNull()),
  ).execute();

  // Lists read a role's active items in position order, filtered by area (and level).
  for (const table of ["terms", "topics", "questions", "scenarios", "exercise_sets"]) {
    await db.schema.createIndex(`${table}_role_area`).on(table).columns(["role_id", "area", "position"]).execute();
  }
  await db.schema.createIndex("terms_role_position").on("terms").columns(["role_id", "position"]).execute();
  await db.schema.createIndex("exercises_role_set").on("exercises").columns(["role_id", "set_id", "position"]).execute();

  // The search index. Rows hold text with diacritics already folded (src/content/search-text.ts);
  // `exact` lists a term's exact keys ("|pub sub|publish subscribe|") for exact hits first.
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Words are split on anything but letters and digits before the 'simple' configuration (no
    // stemming, no stop words) sees them, so both databases index the same words.
    await sql`
      create table search_entries (
        role_id text not null,
        kind text not null,
        item_id text not null,
        exact text not null,
        title text not null,
        aliases text not null,
        body text not null,
        document tsvector generated always as (
          setweight(to_tsvector('simple', regexp_replace(title, '[^[:alnum:]]+', ' ', 'g')), 'A') ||
          setweight(to_tsvector('simple', regexp_replace(aliases, '[^[:alnum:]]+', ' ', 'g')), 'B') ||
          setweight(to_tsvector('simple', regexp_replace(body, '[^[:alnum:]]+', ' ', 'g')), 'D')
        ) stored,
        primary key (role_id, kind, item_id)
      )`.execute(db);
    await sql`create index search_entries_document on search_entries using gin (document)`.execute(db);
  } else {
    // Prefix indexes of 2–4 characters make "idempot*" an index lookup rather than a scan.
    await sql`
      create virtual table search_entries using fts5(
        role_id unindexed,
        kind unindexed,
        item_id unindexed,
        exact unindexed,
        title,
        aliases,
        body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      )`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["search_entries", "exercises", "exercise_sets", "scenarios", "questions", "topics", "terms", "areas", "roles"]) {
    await db.schema.dropTable(t).execute();
  }
}
