import { Link } from "react-router";
import { Button } from "../../../components/button";
import { Loading } from "../../../components/loading";
import { QueryError } from "../../../components/query-error";
import { roleplayPaths } from "../../../lib/paths";
import type { RoleplaySummary, ScenarioSummary } from "../../../types/roleplay";
import { useRoleAreas, useScenarios } from "../api/scenarios";
import { LEVEL_LABEL, SETTING_LABEL, excerpt, plural } from "../lib/labels";

export type LibraryFilters = { level: string; area: string; setting: string };

/** Where the learner stands with a scenario: a conversation to resume, or the best one finished. */
type Standing = { active: RoleplaySummary | null; best: RoleplaySummary | null };

function standings(conversations: RoleplaySummary[]): Map<string, Standing> {
  const out = new Map<string, Standing>();
  for (const c of conversations) {
    const s = out.get(c.scenario.id) ?? { active: null, best: null };
    // Newest first: the first active one is the one to resume.
    if (c.status === "active") s.active ??= c;
    else if (!s.best || (c.goalsMet ?? 0) > (s.best.goalsMet ?? 0)) s.best = c;
    out.set(c.scenario.id, s);
  }
  return out;
}

function Select({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange(v: string): void; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The scenarios, filtered by level, topic area and setting, each with the learner's standing when
 * `conversations` is given (signed in).
 */
export function ScenarioLibrary(props: {
  roleId: string;
  filters: LibraryFilters;
  onFilter(key: keyof LibraryFilters, value: string): void;
  conversations?: RoleplaySummary[] | undefined;
}) {
  const { filters } = props;
  const areas = useRoleAreas(props.roleId);
  const scenarios = useScenarios(props.roleId, filters);
  const areaTitle = new Map((areas.data ?? []).map((a) => [a.id, a.title]));
  const standing = standings(props.conversations ?? []);
  const items = scenarios.data?.pages.flatMap((p) => p.items) ?? [];
  const total = scenarios.data?.pages[0]?.total ?? 0;
  return (
    <>
      <form className="roleplay-filters" role="search" aria-label="Filter the scenarios" onSubmit={(e) => e.preventDefault()}>
        <Select
          id="roleplay-level"
          label="Level"
          value={filters.level}
          onChange={(v) => props.onFilter("level", v)}
          options={Object.entries(LEVEL_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <Select
          id="roleplay-area"
          label="Topic area"
          value={filters.area}
          onChange={(v) => props.onFilter("area", v)}
          options={(areas.data ?? []).filter((a) => a.counts.scenarios.total > 0 || a.id === filters.area).map((a) => ({ value: a.id, label: a.title }))}
        />
        <Select
          id="roleplay-setting"
          label="Setting"
          value={filters.setting}
          onChange={(v) => props.onFilter("setting", v)}
          options={Object.entries(SETTING_LABEL).map(([value, label]) => ({ value, label }))}
        />
      </form>
      {scenarios.isPending ? (
        <Loading label="Loading the scenarios…" />
      ) : scenarios.isError ? (
        <QueryError what="The scenarios" error={scenarios.error} retry={() => void scenarios.refetch()} />
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {plural(total, "scenario")}
          </p>
          {items.length === 0 ? (
            <p>No scenario matches these filters. Choose “Any” in one of them to see more.</p>
          ) : (
            <ul className="scenario-grid">
              {items.map((s) => (
                <ScenarioCard key={s.id} scenario={s} areaTitle={areaTitle.get(s.area) ?? s.area} standing={standing.get(s.id)} />
              ))}
            </ul>
          )}
          {scenarios.hasNextPage ? (
            <Button variant="secondary" busy={scenarios.isFetchingNextPage} busyLabel="Loading…" onClick={() => void scenarios.fetchNextPage()}>
              Show more scenarios
            </Button>
          ) : null}
        </>
      )}
    </>
  );
}

function ScenarioCard({ scenario, areaTitle, standing }: { scenario: ScenarioSummary; areaTitle: string; standing: Standing | undefined }) {
  return (
    <li className="scenario-card">
      <h3 className="scenario-card__title">
        <Link to={roleplayPaths.scenario(scenario.id)}>{scenario.title}</Link>
      </h3>
      <p className="scenario-card__meta">
        <span className="tag">{LEVEL_LABEL[scenario.level]}</span> <span className="tag tag--quiet">{SETTING_LABEL[scenario.setting]}</span>{" "}
        <span className="muted">{areaTitle}</span>
      </p>
      <p className="scenario-card__situation">{excerpt(scenario.situation)}</p>
      {standing?.active ? (
        <p className="scenario-card__status">
          <span className="status-tag status-tag--learning">In progress</span>{" "}
          <Link to={roleplayPaths.session(standing.active.id)} aria-label={`Resume: ${scenario.title}`}>
            Resume
          </Link>
        </p>
      ) : standing?.best ? (
        <p className="scenario-card__status">
          <span className={standing.best.goalsMet === standing.best.goalsTotal ? "status-tag status-tag--done" : "status-tag"}>Finished</span>{" "}
          <Link to={roleplayPaths.report(standing.best.id)} aria-label={`Best: ${standing.best.goalsMet ?? 0} of ${standing.best.goalsTotal} goals met, the report of ${scenario.title}`}>
            Best: {standing.best.goalsMet ?? 0} of {standing.best.goalsTotal} goals met
          </Link>
        </p>
      ) : null}
    </li>
  );
}
