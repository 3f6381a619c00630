/**
 * The SQL that cannot be written once for both databases: full-text matching and ranking (SQLite
 * FTS5 / PostgreSQL tsvector), and the lock that keeps two servers from loading the same content
 * at once. Beside `database.ts`, this is the only module that knows SQLite from PostgreSQL; only
 * the content repositories use it.
 *
 * Queries carry named placeholders (":role") for `prepare` (prepared.ts) to bind.
 */
import { sql, type RawBuilder } from "kysely";
import type { Dialect } from "./database.ts";

/** One search hit as the database returns it. */
export interface SearchHitRow {
  role_id: string;
  kind: string;
  item_id: string;
  title: string;
  snippet: string;
  /** 1/true when the query is the term or one of its aliases, exactly. */
  exact_hit: number | boolean;
}

/** One matching item of a kind, best first, for filtering a list by a query. */
export interface MatchRow {
  item_id: string;
}

export interface DialectSql {
  /**
   * The query words in the database's full-text syntax: every word quoted (so that no input can be
   * read as an operator), all required, the last one matched as a prefix.
   */
  matchExpression(words: readonly string[]): string;
  /**
   * A page of hits over search_entries, exact term/alias hits first, then by relevance (bm25 /
   * ts_rank; title weighs most, then aliases, then body). Placeholders: :match, :exact (a LIKE
   * pattern over the `exact` column), :role ('' for every role), :k1–:k4 (kinds; '' for unused),
   * :limit, :offset.
   */
  searchPage(): RawBuilder<SearchHitRow>;
  /**
   * How many hits searchPage pages through. Same placeholders but :limit and :offset. A separate
   * query on both databases: FTS5's ranking functions refuse to share a query with a window
   * function, and on PostgreSQL `count(*) over ()` would turn the top-N sort into a full one.
   */
  searchCount(): RawBuilder<{ total: number | string }>;
  /** Matching item ids of one kind in one role, best first. Placeholders: :match, :exact, :role, :kind. */
  matchingItems(): RawBuilder<MatchRow>;
  /** Serializes content loads of one role across processes for the rest of the transaction. */
  lockContent(roleId: string): RawBuilder<unknown> | null;
}

const p = (name: string) => sql`${`:${name}`}`;
const kindIn = sql`kind in (${p("k1")}, ${p("k2")}, ${p("k3")}, ${p("k4")})`;
const roleIs = sql`(${p("role")} = '' or role_id = ${p("role")})`;

const sqlite: DialectSql = {
  matchExpression: (words) => words.map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? "*" : ""}`).join(" "),
  // Column weights follow the table's columns: role_id, kind, item_id, exact, title, aliases, body.
  searchPage: () => sql<SearchHitRow>`
    select role_id, kind, item_id, title,
      snippet(search_entries, 6, '**', '**', '…', 16) as snippet,
      case when exact like ${p("exact")} then 1 else 0 end as exact_hit
    from search_entries
    where search_entries match ${p("match")} and ${roleIs} and ${kindIn}
    order by exact_hit desc, bm25(search_entries, 0, 0, 0, 0, 10.0, 5.0, 1.0), item_id
    limit ${p("limit")} offset ${p("offset")}`,
  searchCount: () => sql<{ total: number }>`
    select count(*) as total from search_entries
    where search_entries match ${p("match")} and ${roleIs} and ${kindIn}`,
  matchingItems: () => sql<MatchRow>`
    select item_id from search_entries
    where search_entries match ${p("match")} and role_id = ${p("role")} and kind = ${p("kind")}
    order by case when exact like ${p("exact")} then 0 else 1 end, bm25(search_entries, 0, 0, 0, 0, 10.0, 5.0, 1.0), item_id`,
  // SQLite serializes writers itself.
  lockContent: () => null,
};

const tsquery = sql`to_tsquery('simple', ${p("match")})`;
const HEADLINE = "StartSel=**, StopSel=**, MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=\" … \"";

const postgres: DialectSql = {
  matchExpression: (words) => words.map((w, i) => `'${w.replaceAll("'", "''")}'${i === words.length - 1 ? ":*" : ""}`).join(" & "),
  // ts_headline is costly, so it runs on the page only, outside the ranked subquery.
  searchPage: () => sql<SearchHitRow>`
    select hit.role_id, hit.kind, hit.item_id, hit.title,
      ts_headline('simple', hit.body, ${tsquery}, ${HEADLINE}) as snippet,
      hit.exact_hit
    from (
      select role_id, kind, item_id, title, body,
        exact like ${p("exact")} as exact_hit,
        ts_rank(document, ${tsquery}) as rank
      from search_entries
      where document @@ ${tsquery} and ${roleIs} and ${kindIn}
      order by exact_hit desc, rank desc, item_id
      limit ${p("limit")} offset ${p("offset")}
    ) hit
    order by hit.exact_hit desc, hit.rank desc, hit.item_id`,
  searchCount: () => sql<{ total: number }>`
    select count(*) as total from search_entries
    where document @@ ${tsquery} and ${roleIs} and ${kindIn}`,
  matchingItems: () => sql<MatchRow>`
    select item_id from search_entries
    where document @@ ${tsquery} and role_id = ${p("role")} and kind = ${p("kind")}
    order by case when exact like ${p("exact")} then 0 else 1 end, ts_rank(document, ${tsquery}) desc, item_id`,
  lockContent: (roleId) => sql`select pg_advisory_xact_lock(hashtext(${`parlance:content:${roleId}`}))`,
};

export const dialectSql = (dialect: Dialect): DialectSql => (dialect === "sqlite" ? sqlite : postgres);
