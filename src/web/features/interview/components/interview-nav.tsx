import { NavLink } from "react-router";
import { interviewPaths } from "../../../lib/paths";

const LINKS = [
  { to: interviewPaths.bank, label: "Question bank", end: true },
  { to: interviewPaths.mocks, label: "Mock interview", end: false },
  { to: interviewPaths.kits, label: "Interview kits", end: false },
  { to: interviewPaths.guide, label: "Preparation guide", end: false },
];

export function InterviewNav() {
  return (
    <nav aria-label="Interview preparation" className="subnav no-print">
      <ul>
        {LINKS.map((l) => (
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
