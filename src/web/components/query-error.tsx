import { Button } from "./button";

/** A request that failed: what happened, and a way to try again. */
export function QueryError({ what, error, retry }: { what: string; error: Error; retry: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>
        {what} could not be loaded. {error.message}
      </p>
      <Button variant="secondary" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
