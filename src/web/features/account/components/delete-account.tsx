import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/button";
import { focusFirstError } from "../../../components/form/focus-first-error";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { PasswordField } from "../../../components/form/password-field";
import { toFormErrors } from "../../../lib/form-errors";
import { useDeleteAccount } from "../api/delete-account";

/**
 * Deleting is two steps: a button that opens the confirmation, then the password and a final
 * button. `onDeleted` runs after the server has deleted everything.
 */
export function DeleteAccount({ email, onDeleted }: { email: string; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const remove = useDeleteAccount();

  useEffect(() => {
    if (confirming) passwordRef.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    setPassword("");
    setError(undefined);
    setStatus(null);
    requestAnimationFrame(() => openRef.current?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) {
      setError("Enter your password to confirm.");
      setStatus({ kind: "error", message: "Your account was not deleted. Enter your password to confirm." });
      focusFirstError(formRef.current);
      return;
    }
    setStatus({ kind: "info", message: "Deleting your account…" });
    remove.mutate(
      { password },
      {
        onSuccess: onDeleted,
        onError: (err) => {
          const result = toFormErrors(err, { knownFields: ["password"], fieldFor: { invalid_credentials: "password" } });
          setError(result.fields.password);
          setStatus({ kind: "error", message: `Your account was not deleted. ${result.message}` });
          focusFirstError(formRef.current);
        },
      },
    );
  }

  return (
    <div className="danger-zone">
      <p>
        Deleting your account removes everything Parlance holds about you — your profile, your progress and your
        practice history — from this server, straight away. <strong>It cannot be undone.</strong>
      </p>
      {!confirming ? (
        <Button ref={openRef} variant="danger" onClick={() => setConfirming(true)}>
          Delete account…
        </Button>
      ) : (
        <form ref={formRef} className="form danger-zone__confirm" noValidate onSubmit={onSubmit} aria-labelledby="confirm-delete-heading">
          <h3 id="confirm-delete-heading">Confirm deletion of {email}</h3>
          <p>Type your password to confirm that you want to delete this account and all its data for good.</p>
          <PasswordField
            ref={passwordRef}
            label="Password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={error}
            required
          />
          <FormStatus status={status} />
          <div className="form__actions">
            <Button type="submit" variant="danger" busy={remove.isPending} busyLabel="Deleting…">
              Delete my account for good
            </Button>
            <Button variant="secondary" onClick={cancel} disabled={remove.isPending}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
