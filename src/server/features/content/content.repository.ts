/**
 * Reads the curriculum. Every query a page runs is compiled once (prepared.ts); optional filters
 * are written as `(:area = '' or area = :area)` so that one compiled query serves every
 * combination. Rows leave as stored items (stored-content.ts) with a `retired` flag.
 */
import { sql, type Kysely } from "kysely";
import type { Tables } from "../../../db/tables.ts";
import { param, prepare, type Prepared } from "../../../db/prepared.ts";
import type {
  StoredArea,
  StoredExercise,
  StoredExerciseSet,
  StoredQuestion,
  StoredRole,
  StoredScenario,
  StoredTerm,
  StoredTopic,
} from "./stored-content.ts";

export interface Found<T> {
  item: T;
  retired: boolean;
}

export interface Slice<T> {
  items: T[];
  total: number;
}

/** The kinds that have list and detail routes, with the columns their lists filter on. */
const LISTS = {
  terms: ["area", "level", "letter"],
  topics: ["area", "level"],
  questions: ["area", "level", "kind"],
  scenarios: ["area", "level", "setting"],
  exercise_sets: ["area", "level"],
} as const;
type ListTable = keyof typeof LISTS;
type FilterOf<T extends ListTable> = Partial<Record<(typeof LISTS)[T][number], string>>;

interface StoredOf {
  terms: StoredTerm;
  topics: StoredTopic;
  questions: StoredQuestion;
  scenarios: StoredScenario;
  exercise_sets: StoredExerciseSet;
}

const IN_CHUNK = 500;

export function createContentRepository(typedDb: Kysely<Tables>) {
  // The item tables share their shape; the generic queries below are built over table names.
  const db = typedDb as unknown as Kysely<any>;
  const found = <T>(row: { data: string; retired_at: number | null } | undefined): Found<T> | undefined =>
    row && { item: JSON.parse(row.data) as T, retired: row.retired_at !== null };

  const byId = (table: string) =>
    prepare<{ data: string; retired_at: number | null }>(
      db,
      db.selectFrom(table).select(["data", "retired_at"]).where("role_id", "=", param("role")).where("id", "=", param("id")),
    );

  /** The active items of one role matching optional filters: where clause shared by page and count. */
  const filtered = (table: ListTable) => {
    let q = db.selectFrom(table).where("role_id", "=", param("role")).where("retired_at", "is", null);
    for (const column of LISTS[table]) {
      q = q.where(sql<boolean>`(${param(column)} = '' or ${sql.ref(column)} = ${param(column)})`);
    }
    return q;
  };

  const lists = Object.fromEntries(
    (Object.keys(LISTS) as ListTable[]).map((table) => [
      table,
      {
        page: prepare<{ data: string; total: number }>(
          db,
          filtered(table)
            .select(["data", sql<number>`count(*) over ()`.as("total")])
            .orderBy("position")
            .orderBy("id")
            .limit(param<number>("limit"))
            .offset(param<number>("offset")),
        ),
        count: prepare<{ total: number }>(db, filtered(table).select(sql<number>`count(*)`.as("total"))),
      },
    ]),
  ) as Record<ListTable, { page: Prepared<{ data: string; total: number }>; count: Prepared<{ total: number }> }>;

  const items = Object.fromEntries((Object.keys(LISTS) as ListTable[]).map((t) => [t, byId(t)])) as Record<ListTable, ReturnType<typeof byId>>;

  const role = prepare<{ data: string; retired_at: number | null }>(
    db,
    db.selectFrom("roles").select(["data", "retired_at"]).where("id", "=", param("role")),
  );
  const activeRoles = prepare<{ id: string; data: string }>(
    db,
    db.selectFrom("roles").select(["id", "data"]).where("retired_at", "is", null).orderBy("position").orderBy("id"),
  );
  const activeAreas = prepare<{ role_id: string; data: string }>(
    db,
    db.selectFrom("areas").select(["role_id", "data"]).where("retired_at", "is", null).orderBy("role_id").orderBy("position").orderBy("id"),
  );
  const areasOfRole = prepare<{ data: string; retired_at: number | null }>(
    db,
    db.selectFrom("areas").select(["data", "retired_at"]).where("role_id", "=", param("role")).orderBy("position").orderBy("id"),
  );
  const area = byId("areas");
  const exercisesOfSet = prepare<{ data: string; retired_at: number | null }>(
    db,
    db
      .selectFrom("exercises")
      .select(["data", "retired_at"])
      .where("role_id", "=", param("role"))
      .where("set_id", "=", param("set"))
      .orderBy("position")
      .orderBy("id"),
  );

  const filterValues = <T extends ListTable>(table: T, filters: FilterOf<T>) =>
    Object.fromEntries(LISTS[table].map((c) => [c, (filters as Record<string, string | undefined>)[c] ?? ""]));

  async function list<T extends ListTable>(
    table: T,
    roleId: string,
    filters: FilterOf<T>,
    paging: { limit: number; offset: number },
  ): Promise<Slice<StoredOf[T]>> {
    const values = { role: roleId, ...filterValues(table, filters), limit: paging.limit, offset: paging.offset };
    const rows = await lists[table].page.execute(values);
    const total = rows.length > 0 ? Number(rows[0]!.total) : Number((await lists[table].count.first(values))?.total ?? 0);
    return { items: rows.map((r) => JSON.parse(r.data) as StoredOf[T]), total };
  }

  /**
   * A list narrowed to the ids a search matched, kept in the search's order (best first). The ids
   * come from the search index, which holds active items only.
   */
  async function listMatching<T extends ListTable>(
    table: T,
    roleId: string,
    rankedIds: readonly string[],
    filters: FilterOf<T>,
    paging: { limit: number; offset: number },
  ): Promise<Slice<StoredOf[T]>> {
    let ids = [...rankedIds];
    const active = Object.entries(filters).filter(([, v]) => v !== undefined && v !== "");
    if (active.length > 0 && ids.length > 0) {
      const keep = new Set<string>();
      for (let i = 0; i < ids.length; i += IN_CHUNK) {
        let q = db.selectFrom(table as string).select("id").where("role_id", "=", roleId).where("retired_at", "is", null);
        q = q.where("id", "in", ids.slice(i, i + IN_CHUNK));
        for (const [column, value] of active) q = q.where(column, "=", value);
        for (const row of await q.execute()) keep.add(row.id);
      }
      ids = ids.filter((id) => keep.has(id));
    }
    const pageIds = ids.slice(paging.offset, paging.offset + paging.limit);
    if (pageIds.length === 0) return { items: [], total: ids.length };
    const rows: { id: string; data: string }[] = await db
      .selectFrom(table as string)
      .select(["id", "data"])
      .where("role_id", "=", roleId)
      .where("id", "in", pageIds)
      .execute();
    const byIdMap = new Map(rows.map((r) => [r.id, JSON.parse(r.data) as StoredOf[T]]));
    return { items: pageIds.flatMap((id) => byIdMap.get(id) ?? []), total: ids.length };
  }

  return {
    async activeRoles(): Promise<{ role: StoredRole; areas: StoredArea[] }[]> {
      const [roles, areas] = await Promise.all([activeRoles.execute({}), activeAreas.execute({})]);
      return roles.map((r) => ({
        role: JSON.parse(r.data) as StoredRole,
        areas: areas.filter((a) => a.role_id === r.id).map((a) => JSON.parse(a.data) as StoredArea),
      }));
    },

    async role(roleId: string): Promise<Found<StoredRole> | undefined> {
      return found<StoredRole>(await role.first({ role: roleId }));
    },

    /** A role's areas in path order; retired ones too, flagged. */
    async areas(roleId: string): Promise<Found<StoredArea>[]> {
      return (await areasOfRole.execute({ role: roleId })).map((row) => found<StoredArea>(row)!);
    },

    async area(roleId: string, areaId: string) {
      return found<StoredArea>(await area.first({ role: roleId, id: areaId }));
    },

    async item<T extends ListTable>(table: T, roleId: string, id: string): Promise<Found<StoredOf[T]> | undefined> {
      return found<StoredOf[T]>(await items[table].first({ role: roleId, id }));
    },

    /** The exercises of a set in order: the active ones, or every one of a retired set. */
    async exercises(roleId: string, setId: string, setRetired: boolean): Promise<StoredExercise[]> {
      const rows = await exercisesOfSet.execute({ role: roleId, set: setId });
      return rows.filter((r) => setRetired || r.retired_at === null).map((r) => JSON.parse(r.data) as StoredExercise);
    },

    list,
    listMatching,
  };
}

export type ContentRepository = ReturnType<typeof createContentRepository>;
