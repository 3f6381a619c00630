/**
 * Hot queries are built and compiled by Kysely once, then run with fresh parameters: building a
 * query on every request costs more than running it (see bench/). Parameters are written as
 * placeholders with `param("name")` when the query is built and bound by name when it runs.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from "kysely";

/** A named placeholder, typed as the column's value so query builders accept it. */
export const param = <T = string>(name: string): T => `:${name}` as unknown as T;

/** A query compiled once, run on any executor — the database or a transaction. */
export type CompiledRunner<R> = (executor: Kysely<any>, values: Record<string, unknown>) => Promise<QueryResult<R>>;

export function compileOnce<R>(query: Compilable<R>): CompiledRunner<R> {
  const compiled: CompiledQuery<R> = query.compile();
  return (executor, values) =>
    executor.executeQuery<R>({
      ...compiled,
      parameters: compiled.parameters.map((p) => {
        if (typeof p !== "string" || !p.startsWith(":")) return p;
        const name = p.slice(1);
        if (!(name in values)) throw new Error(`missing query parameter ${name}`);
        return values[name];
      }),
    });
}

export interface Prepared<R> {
  execute(values: Record<string, unknown>): Promise<R[]>;
  first(values: Record<string, unknown>): Promise<R | undefined>;
}

/** A read compiled once and bound to `db`. */
export function prepare<R>(db: Kysely<any>, query: Compilable<R>): Prepared<R> {
  const run = compileOnce(query);
  const execute = async (values: Record<string, unknown>) => (await run(db, values)).rows;
  return { execute, first: async (values) => (await execute(values))[0] };
}
