import { useId } from "react";

export type Series = { key: string; label: string; className: string };
export type Bar = { label: string; longLabel: string; values: Record<string, number> };

/**
 * A bar chart drawn in SVG (attributes only, no inline styles: the CSP forbids them), stacked when
 * there are several series, with the same numbers as a table for screen readers and anyone who
 * prefers to read them.
 */
export function BarChart({ title, summary, series, bars, unit }: { title: string; summary: string; series: Series[]; bars: Bar[]; unit: string }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...bars.map((b) => series.reduce((sum, s) => sum + (b.values[s.key] ?? 0), 0)));
  const slot = 20;
  const width = bars.length * slot;
  const height = 100;
  const ticks = niceTicks(max);
  const top = ticks.at(-1)!;
  const y = (v: number) => height - (v / top) * height;
  const every = Math.ceil(bars.length / 7);

  return (
    <figure className="chart">
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <p id={descId} className="chart__summary muted">
        {summary}
      </p>
      {series.length > 1 ? (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <svg viewBox="0 0 10 10" width="10" height="10">
                <rect width="10" height="10" rx="2" className={s.className} />
              </svg>{" "}
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="chart__frame">
        <svg className="chart__svg" viewBox={`-1 -4 ${width + 2} ${height + 6}`} preserveAspectRatio="none" role="img" aria-labelledby={`${titleId} ${descId}`}>
          {ticks.map((t) => (
            <line key={t} x1="0" x2={width} y1={y(t)} y2={y(t)} className="chart__grid" vectorEffect="non-scaling-stroke" />
          ))}
          {bars.map((b, i) => {
            let base = 0;
            return (
              <g key={b.label}>
                {series.map((s) => {
                  const v = b.values[s.key] ?? 0;
                  if (v <= 0) return null;
                  const rect = <rect key={s.key} x={i * slot + 3} width={slot - 6} y={y(base + v)} height={y(base) - y(base + v)} className={s.className} />;
                  base += v;
                  return rect;
                })}
              </g>
            );
          })}
        </svg>
        <ol className="chart__ticks" aria-hidden="true">
          {[...ticks].reverse().map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ol>
      </div>
      <ol className="chart__labels" aria-hidden="true">
        {bars.map((b, i) => (
          <li key={b.label}>{i % every === 0 || i === bars.length - 1 ? b.label : ""}</li>
        ))}
      </ol>
      <details className="chart__table">
        <summary>Show the numbers as a table</summary>
        {/* Focusable, so that a keyboard can scroll it when it overflows. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`${title}: table`}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {series.map((s) => (
                  <th scope="col" key={s.key}>
                    {series.length > 1 ? s.label : unit}
                  </th>
                ))}
                {series.length > 1 ? <th scope="col">Total</th> : null}
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.label}>
                  <th scope="row">{b.longLabel}</th>
                  {series.map((s) => (
                    <td key={s.key}>{b.values[s.key] ?? 0}</td>
                  ))}
                  {series.length > 1 ? <td>{series.reduce((sum, s) => sum + (b.values[s.key] ?? 0), 0)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Gridlines at round numbers: 0 and up to four steps to at least the maximum. */
function niceTicks(max: number): number[] {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) {
    ticks.push(t);
    if (t >= max) break;
  }
  return ticks.length > 1 ? ticks : [0, 1];
}
