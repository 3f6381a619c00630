/**
 * Reading the curriculum: repositories in, learner views out, 404 for what does not exist. A
 * retired item resolves by id (flagged) but is left out of lists and search.
 */
import { AppError } from "../../errors.ts";
import type {
  AreaView,
  ExerciseSetSummary,
  ExerciseSetView,
  Page,
  QuestionSummary,
  QuestionView,
  RoleOverview,
  RoleSummary,
  ScenarioSummary,
  ScenarioView,
  SearchKind,
  SearchResult,
  TermSummary,
  TermView,
  TopicSummary,
  TopicView,
} from "./content.schemas.ts";
import type { ContentRepository, Slice } from "./content.repository.ts";
import {
  areaView,
  exerciseSetSummary,
  exerciseSetView,
  questionSummary,
  questionView,
  roleOverview,
  scenarioSummary,
  scenarioView,
  termSummary,
  termView,
  topicSummary,
  topicView,
} from "./learner-views.ts";
import type { SearchRepository } from "./search.repository.ts";

export interface Paging {
  limit: number;
  offset: number;
}

type Level = "junior" | "mid" | "senior";

function toPage<S, V>(slice: Slice<S>, paging: Paging, view: (item: S) => V): Page<V> {
  const end = paging.offset + slice.items.length;
  return {
    items: slice.items.map(view),
    total: slice.total,
    limit: paging.limit,
    offset: paging.offset,
    nextOffset: slice.items.length > 0 && end < slice.total ? end : null,
  };
}

export function createContentService(deps: { content: ContentRepository; search: SearchRepository }) {
  const { content, search } = deps;

  // The messages do not echo the ids back: a 404 says what was looked for, not what was sent.
  const roleMissing = () => new AppError("not_found", "There is no role with that id.");
  const missing = (kind: string) => new AppError("not_found", `This role has no ${kind} with that id.`);

  async function requireRole(roleId: string) {
    const role = await content.role(roleId);
    if (!role) throw roleMissing();
    return role;
  }

  /** An empty page may mean an unknown role: say so rather than answer an empty list. */
  async function checked<T>(roleId: string, slice: Slice<T>): Promise<Slice<T>> {
    if (slice.total === 0) await requireRole(roleId);
    return slice;
  }

  async function areaViews(roleId: string, roleRetired: boolean): Promise<AreaView[]> {
    const areas = await content.areas(roleId);
    return areas.filter((a) => roleRetired || !a.retired).map((a) => areaView(a.item, a.retired));
  }

  return {
    async catalog(): Promise<RoleSummary[]> {
      return (await content.activeRoles()).map(({ role, areas }) => ({
        id: role.id,
        title: role.title,
        summary: role.summary,
        areas: areas.map((a) => ({ id: a.id, title: a.title, summary: a.summary })),
      }));
    },

    async overview(roleId: string): Promise<RoleOverview> {
      const role = await requireRole(roleId);
      return roleOverview(role.item, await areaViews(roleId, role.retired), role.retired);
    },

    async areas(roleId: string, paging: Paging): Promise<Page<AreaView>> {
      const role = await requireRole(roleId);
      const all = await areaViews(roleId, role.retired);
      return toPage({ items: all.slice(paging.offset, paging.offset + paging.limit), total: all.length }, paging, (a) => a);
    },

    async area(roleId: string, areaId: string): Promise<AreaView> {
      const area = await content.area(roleId, areaId);
      if (!area) throw (await content.role(roleId)) ? missing("topic area") : roleMissing();
      return areaView(area.item, area.retired);
    },

    async terms(
      roleId: string,
      query: { area?: string | undefined; level?: Level | undefined; letter?: string | undefined; q?: string | undefined } & Paging,
    ): Promise<Page<TermSummary>> {
      const filters = { area: query.area, level: query.level, letter: query.letter };
      const slice = query.q
        ? await content.listMatching("terms", roleId, await search.matchingIds(query.q, roleId, "term"), filters, query)
        : await content.list("terms", roleId, filters, query);
      return toPage(await checked(roleId, slice), query, termSummary);
    },

    async term(roleId: string, id: string): Promise<TermView> {
      const found = await content.item("terms", roleId, id);
      if (!found) throw missing("term");
      return termView(found.item, found.retired);
    },

    async topics(roleId: string, query: { area?: string | undefined; level?: Level | undefined } & Paging): Promise<Page<TopicSummary>> {
      const slice = await content.list("topics", roleId, { area: query.area, level: query.level }, query);
      return toPage(await checked(roleId, slice), query, topicSummary);
    },

    async topic(roleId: string, id: string): Promise<TopicView> {
      const found = await content.item("topics", roleId, id);
      if (!found) throw missing("topic");
      return topicView(found.item, found.retired);
    },

    async questions(
      roleId: string,
      query: { area?: string | undefined; level?: Level | undefined; kind?: string | undefined; q?: string | undefined } & Paging,
    ): Promise<Page<QuestionSummary>> {
      const filters = { area: query.area, level: query.level, kind: query.kind };
      const slice = query.q
        ? await content.listMatching("questions", roleId, await search.matchingIds(query.q, roleId, "question"), filters, query)
        : await content.list("questions", roleId, filters, query);
      return toPage(await checked(roleId, slice), query, questionSummary);
    },

    async question(roleId: string, id: string): Promise<QuestionView> {
      const found = await content.item("questions", roleId, id);
      if (!found) throw missing("question");
      return questionView(found.item, found.retired);
    },

    async scenarios(
      roleId: string,
      query: { area?: string | undefined; level?: Level | undefined; setting?: string | undefined } & Paging,
    ): Promise<Page<ScenarioSummary>> {
      const slice = await content.list("scenarios", roleId, { area: query.area, level: query.level, setting: query.setting }, query);
      return toPage(await checked(roleId, slice), query, scenarioSummary);
    },

    async scenario(roleId: string, id: string): Promise<ScenarioView> {
      const found = await content.item("scenarios", roleId, id);
      if (!found) throw missing("scenario");
      return scenarioView(found.item, found.retired);
    },

    async exerciseSets(roleId: string, query: { area?: string | undefined; level?: Level | undefined } & Paging): Promise<Page<ExerciseSetSummary>> {
      const slice = await content.list("exercise_sets", roleId, { area: query.area, level: query.level }, query);
      return toPage(await checked(roleId, slice), query, exerciseSetSummary);
    },

    async exerciseSet(roleId: string, id: string): Promise<ExerciseSetView> {
      const found = await content.item("exercise_sets", roleId, id);
      if (!found) throw missing("exercise set");
      const exercises = await content.exercises(roleId, id, found.retired);
      return exerciseSetView(found.item, exercises, roleId, found.retired);
    },

    async search(q: string, options: { role?: string | undefined; kinds?: readonly SearchKind[] | undefined } & Paging): Promise<Page<SearchResult>> {
      const { results, total } = await search.search(q, { roleId: options.role, kinds: options.kinds, limit: options.limit, offset: options.offset });
      return toPage({ items: results, total }, options, (r) => r);
    },
  };
}

export type ContentService = ReturnType<typeof createContentService>;
