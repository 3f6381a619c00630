/**
 * Hot queries are built and compiled by Kysely once, then run with fresh parameters: building a
 * query on every request costs more than running it (see bench/). Parameters are written as
 * placeholders ":name" when the query is built and bound by name when it runs.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from "kysely";

export interface Prepared<R> {
  execute(values: Record<string, unknown>): Promise<R[]>;
  first(values: Record<string, unknown>): Promise<R | undefined>;
}

export function prepare<R>(db: Kysely<any>, query: Compilable<R>): Prepared<R> {
  const compiled: CompiledQuery<R> = query.compile();
  const bind = (values: Record<string, unknown>) =>
    compiled.parameters.map((p) => {
      if (typeof p === "string" && p.startsWith(":")) {
        const name = p.slice(1);
        if (!(name in values)) throw new Error(`missing query parameter ${name}`);
        return values[name];
      }
      return p;
    });
  const execute = async (values: Record<string, unknown>) => {
    const result: QueryResult<R> = await db.executeQuery({ ...compiled, parameters: bind(values) });
    return result.rows;
  };
  return { execute, first: async (values) => (await execute(values))[0] };
}
