/**
 * Full-text search over terms, topics, questions and scenarios. The matching and ranking SQL is
 * the database's own (db/dialect-sql.ts); everything else — turning input into words, exact hits,
 * paging — is the same on both. User input never reaches the database as query syntax: it is cut
 * into words of letters and digits (content/search-text.ts), each quoted.
 */
import type { RawBuilder } from "kysely";
import type { DatabaseHandle } from "../../../db/database.ts";
import { dialectSql } from "../../../db/dialect-sql.ts";
import { prepare } from "../../../db/prepared.ts";
import { parseSearchQuery } from "../../../content/search-text.ts";
import { SEARCH_KINDS, type SearchKind, type SearchResult } from "./content.schemas.ts";

export interface SearchOptions {
  roleId?: string | undefined;
  kinds?: readonly SearchKind[] | undefined;
  limit: number;
  offset: number;
}

export function createSearchRepository(handle: DatabaseHandle) {
  const dsql = dialectSql(handle.dialect);
  // Compiled once; run with fresh parameters (prepared.ts).
  const compiled = <T>(raw: RawBuilder<T>) => prepare<T>(handle.db, { compile: () => raw.compile(handle.db) });
  const page = compiled(dsql.searchPage());
  const count = compiled(dsql.searchCount());
  const matching = compiled(dsql.matchingItems());

  /** The query's words in the database's syntax, and the LIKE pattern for an exact hit; null when it has no words. */
  const parse = (input: string) => {
    const query = parseSearchQuery(input);
    if (query.words.length === 0) return null;
    return { match: dsql.matchExpression(query.words), exact: `%|${query.exact}|%` };
  };

  return {
    async search(input: string, options: SearchOptions): Promise<{ results: SearchResult[]; total: number }> {
      const parsed = parse(input);
      if (!parsed) return { results: [], total: 0 };
      const kinds = options.kinds?.length ? options.kinds : SEARCH_KINDS;
      const values = {
        ...parsed,
        role: options.roleId ?? "",
        k1: kinds[0] ?? "",
        k2: kinds[1] ?? "",
        k3: kinds[2] ?? "",
        k4: kinds[3] ?? "",
        limit: options.limit,
        offset: options.offset,
      };
      // Two queries, side by side on PostgreSQL's pool (see DialectSql.searchCount for why two).
      const [rows, counted] = await Promise.all([page.execute(values), count.first(values)]);
      const total = counted?.total ?? 0;
      return {
        results: rows.map((r) => ({ kind: r.kind as SearchKind, role: r.role_id, id: r.item_id, title: r.title, snippet: r.snippet })),
        total: Number(total ?? 0),
      };
    },

    /** Ids of one kind's items in a role that match, best first (exact term hits first). */
    async matchingIds(input: string, roleId: string, kind: SearchKind): Promise<string[]> {
      const parsed = parse(input);
      if (!parsed) return [];
      return (await matching.execute({ ...parsed, role: roleId, kind })).map((r) => r.item_id);
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
