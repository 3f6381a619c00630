import { Link } from "react-router";
import { roleplayPaths } from "../../../lib/paths";
import type { RoleplaySummary } from "../../../types/roleplay";
import { LEVEL_LABEL, SETTING_LABEL, plural, when } from "../lib/labels";

/**
 * The learner's conversations: those in progress first (to resume), then the finished ones with
 * their reports. `showScenario` is false on a scenario's own page, where the title goes without saying.
 */
export function ConversationList({ conversations, showScenario = true }: { conversations: RoleplaySummary[]; showScenario?: boolean }) {
  const active = conversations.filter((c) => c.status === "active");
  const finished = conversations.filter((c) => c.status === "completed");
  return (
    <ul className="plain-list conversation-list">
      {[...active, ...finished].map((c) => {
        const name = showScenario ? c.scenario.title : `Started ${when(c.startedAt)}`;
        return (
          <li key={c.id} className="conversation-list__item">
            {c.status === "active" ? (
              <>
                <Link to={roleplayPaths.session(c.id)} aria-label={`Resume: ${name}`}>
                  {name}
                </Link>{" "}
                <span className="status-tag status-tag--learning">In progress</span>
                <span className="muted conversation-list__meta">
                  {showScenario ? `Started ${when(c.startedAt)} · ` : ""}
                  {plural(c.replies, "reply", "replies")} so far
                </span>
              </>
            ) : (
              <>
                <Link to={roleplayPaths.report(c.id)} aria-label={`Report: ${name}`}>
                  {name}
                </Link>{" "}
                <span className={c.goalsMet === c.goalsTotal ? "status-tag status-tag--done" : "status-tag"}>
                  {c.goalsMet ?? 0} of {c.goalsTotal} goals met
                </span>
                <span className="muted conversation-list__meta">
                  {showScenario ? `${LEVEL_LABEL[c.scenario.level]} · ${SETTING_LABEL[c.scenario.setting]} · ` : ""}
                  {c.completedAt ? `Finished ${when(c.completedAt)}` : "Finished"} · {plural(c.replies, "reply", "replies")}
                  {c.endedBy === "learner" ? " · ended early" : ""}
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
