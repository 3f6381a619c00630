import { NavLink } from "react-router";

export interface SubNavLink {
  to: string;
  label: string;
  /** Active only on this exact path, not below it. */
  end: boolean;
}

/** A section's own navigation under the page header (vocabulary, interview prep). */
export function SubNav({ label, links, className }: { label: string; links: readonly SubNavLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={className ? `subnav ${className}` : "subnav"}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className="subnav__link">
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
