import type { ReactNode } from "react";
import { Link } from "react-router";
import { learningPaths, paths } from "../../../lib/paths";
import type { NextStep } from "../../../types/learning";
import { plural } from "./labels";

/** What a page puts on a step that leads to a set: start it, or continue the open run. */
export type StepAction = (step: NextStep & { setId: string }) => ReactNode;

function describe(step: NextStep): { title: string; text: string } {
  switch (step.kind) {
    case "continue-set":
      return { title: "Continue where you left off", text: `${step.setTitle} — ${step.answered} of ${step.total} answered.` };
    case "next-set":
      return { title: "Next in this area", text: `${step.setTitle}, in ${step.areaTitle}.` };
    case "reviews":
      return { title: "Review your words", text: `${plural(step.due ?? 0, "card is", "cards are")} due in your vocabulary deck.` };
    case "weakest-area":
      return { title: "Strengthen your weakest area", text: `${step.areaTitle} (mastery ${step.mastery}/100)${step.setTitle ? `: ${step.setTitle}` : ""}.` };
    case "new-area":
      return { title: "Start a new area", text: `${step.areaTitle}${step.setTitle ? `: ${step.setTitle}` : ""}.` };
  }
}

export function NextSteps({ steps, action }: { steps: NextStep[]; action: StepAction }) {
  if (steps.length === 0) return <p className="muted">You have done every set. Practice any of them again below.</p>;
  return (
    <ol className="next-steps">
      {steps.map((step) => {
        const { title, text } = describe(step);
        return (
          <li key={`${step.kind}-${step.setId ?? step.areaId ?? ""}`} className="next-step">
            <div className="next-step__text">
              <strong className="next-step__title">{title}</strong>
              <span>{text}</span>
            </div>
            <div className="next-step__action">
              {step.kind === "reviews" ? (
                <Link className="button button--secondary button--small" to={paths.vocabulary}>
                  Review now
                </Link>
              ) : step.setId ? (
                action({ ...step, setId: step.setId })
              ) : step.areaId ? (
                <Link className="button button--secondary button--small" to={learningPaths.area(step.areaId)}>
                  Open the area
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
