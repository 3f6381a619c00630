import { useNavigate } from "react-router";
import { Button } from "../../../components/button";
import { isApiError } from "../../../lib/api-client";
import { learningPaths } from "../../../lib/paths";
import { useStartMistakes } from "../api/start-mistakes";

/** Starts a run through the exercises the learner got wrong most recently. */
export function MistakesButton({ role, variant = "secondary" }: { role: string; variant?: "primary" | "secondary" }) {
  const start = useStartMistakes(role);
  const navigate = useNavigate();
  return (
    <span className="start-set">
      <Button
        variant={variant}
        className="button--small"
        busy={start.isPending}
        busyLabel="Starting…"
        onClick={() => start.mutate(undefined, { onSuccess: (attempt) => void navigate(learningPaths.practice(attempt.id)) })}
      >
        Review my mistakes
      </Button>
      {start.isError ? (
        <span className="field__error" role="alert">
          {isApiError(start.error) ? start.error.message : "The set could not be started."}
        </span>
      ) : null}
    </span>
  );
}
