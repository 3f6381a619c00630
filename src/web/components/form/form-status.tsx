export type Status = { kind: "success" | "error" | "info"; message: string } | null;

/**
 * The form's live region. It is always in the page, even when empty, so that screen readers
 * announce a message when one appears.
 */
export function FormStatus({ status, id }: { status: Status; id?: string }) {
  return (
    <div id={id} className="form-status" aria-live="polite" aria-atomic="true">
      {status ? (
        <p className={`notice notice--${status.kind}`}>
          {status.kind === "error" ? <span className="visually-hidden">Error: </span> : null}
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
