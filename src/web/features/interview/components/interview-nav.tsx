import { SubNav } from "../../../components/sub-nav";
import { interviewPaths } from "../../../lib/paths";

const LINKS = [
  { to: interviewPaths.bank, label: "Question bank", end: true },
  { to: interviewPaths.mocks, label: "Mock interview", end: false },
  { to: interviewPaths.kits, label: "Interview kits", end: false },
  { to: interviewPaths.guide, label: "Preparation guide", end: false },
];

export function InterviewNav() {
  return <SubNav label="Interview preparation" links={LINKS} className="no-print" />;
}
