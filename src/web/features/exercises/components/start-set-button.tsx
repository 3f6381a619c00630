import { Link, useNavigate } from "react-router";
import { Button } from "../../../components/button";
import { isApiError } from "../../../lib/api-client";
import { learningPaths } from "../../../lib/paths";
import { useStartSet } from "../api/start-set";

export type StartSetButtonProps = {
  role: string;
  setId: string;
  /** For the accessible name: "Start Basic words". */
  title: string;
  /** An unfinished run to continue instead of starting a new one. */
  openAttemptId?: string | null;
  completed?: boolean;
  /** Open the run at this exercise (a recommended written exercise). */
  exerciseId?: string;
  label?: string;
  variant?: "primary" | "secondary";
};

/** Starts a run through a set and opens the player, or continues the open run. */
export function StartSetButton({ role, setId, title, openAttemptId, completed, exerciseId, label, variant = "secondary" }: StartSetButtonProps) {
  const start = useStartSet(role);
  const navigate = useNavigate();
  const visible = label ?? (completed ? "Practice again" : "Start");
  const suffix = exerciseId ? `?exercise=${encodeURIComponent(exerciseId)}` : "";
  if (openAttemptId && !exerciseId) {
    return (
      <Link className={`button button--${variant} button--small`} to={learningPaths.practice(openAttemptId)} aria-label={`${label ?? "Continue"}: ${title}`}>
        {label ?? "Continue"}
      </Link>
    );
  }
  return (
    <span className="start-set">
      <Button
        variant={variant}
        className="button--small"
        busy={start.isPending}
        busyLabel="Starting…"
        aria-label={start.isPending ? undefined : `${visible}: ${title}`}
        onClick={() =>
          start.mutate(setId, {
            onSuccess: (attempt) => void navigate(`${learningPaths.practice(attempt.id)}${suffix}`),
          })
        }
      >
        {visible}
      </Button>
      {start.isError ? (
        <span className="field__error" role="alert">
          {isApiError(start.error) ? start.error.message : "The set could not be started."}
        </span>
      ) : null}
    </span>
  );
}
