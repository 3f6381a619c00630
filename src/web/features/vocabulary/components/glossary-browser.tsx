import { useEffect, useId, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Button } from "../../../components/button";
import { Loading } from "../../../components/loading";
import { useAreas } from "../api/get-areas";
import { useGlossary, type GlossaryFilters } from "../api/get-glossary";
import { LEVEL_LABEL } from "../lib/format";
import { vocabularyPaths } from "../paths";
import type { TermSummary } from "../types";

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz", "#"];
const DEBOUNCE_MS = 250;

/**
 * The glossary: by category (topic area) and level, an A–Z index, and a search that runs on the
 * server as you type. Every filter lives in the URL, so a search can be shared and survives a reload.
 */
export function GlossaryBrowser({ roleId }: { roleId: string }) {
  const [params, setParams] = useSearchParams();
  const filters: GlossaryFilters = {
    q: params.get("q") ?? "",
    area: params.get("area") ?? "",
    level: params.get("level") ?? "",
    letter: params.get("letter") ?? "",
  };
  const searchId = useId();
  const areaId = useId();
  const levelId = useId();
  const countId = useId();

  // The box follows the URL (back and forward), and the URL follows the box after a pause in typing.
  const [text, setText] = useState(filters.q ?? "");
  const [seen, setSeen] = useState(filters.q);
  if (seen !== filters.q) {
    setSeen(filters.q);
    if ((filters.q ?? "") !== text.trim()) setText(filters.q ?? "");
  }
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const q = text.trim();
      if (q === (params.get("q") ?? "")) return;
      const next = new URLSearchParams(params);
      if (q) next.set("q", q);
      else next.delete("q");
      setParams(next, { replace: true });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, params, setParams]);

  const setFilter = (name: keyof GlossaryFilters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: name !== "letter" });
  };

  const areas = useAreas(roleId);
  const glossary = useGlossary(roleId, { ...filters, q: filters.q?.trim() });
  const terms = glossary.data?.pages.flatMap((p) => p.items) ?? [];
  const total = glossary.data?.pages[0]?.total ?? 0;
  const areaTitle = (id: string) => areas.data?.find((a) => a.id === id)?.title ?? id;

  return (
    <div className="glossary">
      <form className="glossary__filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field glossary__search">
          <label className="field__label" htmlFor={searchId}>
            Search the glossary
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="idempotent, cache, rollback…"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={countId}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={areaId}>
            Category
          </label>
          <select id={areaId} className="input select" value={filters.area} onChange={(e) => setFilter("area", e.target.value)}>
            <option value="">All categories</option>
            {areas.data?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={levelId}>
            Level
          </label>
          <select id={levelId} className="input select" value={filters.level} onChange={(e) => setFilter("level", e.target.value)}>
            <option value="">All levels</option>
            {Object.entries(LEVEL_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>

      <nav aria-label="Alphabetical index" className="letter-index">
        <ul>
          <li>
            <Link to={linkWith(params, "letter", "")} className="letter-index__link" aria-current={filters.letter ? undefined : "page"}>
              All
            </Link>
          </li>
          {LETTERS.map((l) => (
            <li key={l}>
              <Link
                to={linkWith(params, "letter", l)}
                className="letter-index__link"
                aria-current={filters.letter === l ? "page" : undefined}
                aria-label={l === "#" ? "Terms starting with a digit or sign" : `Terms starting with ${l.toUpperCase()}`}
              >
                {l.toUpperCase()}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p id={countId} className="glossary__count muted" role="status">
        {glossary.isPending ? "Searching…" : glossary.isError ? "" : describeCount(total, filters, areaTitle)}
      </p>

      {glossary.isPending ? (
        <Loading label="Loading the glossary…" />
      ) : glossary.isError ? (
        <div className="notice notice--error" role="alert">
          <p>The glossary could not be loaded. {glossary.error.message}</p>
          <Button variant="secondary" onClick={() => void glossary.refetch()}>
            Try again
          </Button>
        </div>
      ) : terms.length === 0 ? (
        <p>No term matches. Try fewer words, another spelling, or clear the filters.</p>
      ) : (
        <>
          <ul className="term-list">
            {terms.map((t) => (
              <TermRow key={t.id} term={t} areaTitle={areaTitle(t.area)} />
            ))}
          </ul>
          {glossary.hasNextPage ? (
            <Button variant="secondary" busy={glossary.isFetchingNextPage} busyLabel="Loading…" onClick={() => void glossary.fetchNextPage()}>
              Show more terms
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}

function linkWith(params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  const s = next.toString();
  return s ? `?${s}` : "?";
}

function describeCount(total: number, filters: GlossaryFilters, areaTitle: (id: string) => string): string {
  const parts = [`${total} ${total === 1 ? "term" : "terms"}`];
  if (filters.q) parts.push(`matching “${filters.q}”`);
  if (filters.area) parts.push(`in ${areaTitle(filters.area)}`);
  if (filters.level) parts.push(`at ${LEVEL_LABEL[filters.level] ?? filters.level} level`);
  if (filters.letter) parts.push(filters.letter === "#" ? "starting with a digit or sign" : `starting with ${filters.letter.toUpperCase()}`);
  return parts.join(" ");
}

function TermRow({ term, areaTitle }: { term: TermSummary; areaTitle: string }) {
  return (
    <li className="term-row">
      <h2 className="term-row__title">
        <Link to={vocabularyPaths.term(term.id)}>{term.term}</Link>
      </h2>
      <p className="term-row__meta">
        <span>{term.partOfSpeech}</span>
        {term.pronunciation ? <span className="respelling">/{term.pronunciation.respelling}/</span> : null}
        <span className="tag">{LEVEL_LABEL[term.level]}</span>
        <span className="tag tag--quiet">{areaTitle}</span>
      </p>
      <p className="term-row__definition">{term.definition}</p>
    </li>
  );
}
