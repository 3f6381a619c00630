import { useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/button";
import { focusFirstError } from "../../../components/form/focus-first-error";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { PasswordField } from "../../../components/form/password-field";
import { toFormErrors } from "../../../lib/form-errors";
import { useChangePassword } from "../api/change-password";

type Fields = "currentPassword" | "newPassword";
const MIN_PASSWORD_LENGTH = 10;

export function ChangePasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const change = useChangePassword();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Partial<Record<Fields, string>> = {};
    if (!currentPassword) local.currentPassword = "Enter your current password.";
    if (newPassword.length < MIN_PASSWORD_LENGTH)
      local.newPassword = `Use at least ${MIN_PASSWORD_LENGTH} characters (you have ${newPassword.length}).`;
    else if (newPassword === currentPassword) local.newPassword = "Choose a password different from your current one.";
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setStatus({ kind: "error", message: "Your password was not changed. Please correct the fields marked below." });
      focusFirstError(formRef.current);
      return;
    }
    setStatus({ kind: "info", message: "Changing your password…" });
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword("");
          setNewPassword("");
          setStatus({
            kind: "success",
            message: "Password changed. You stay signed in here; every other device has been signed out.",
          });
        },
        onError: (error) => {
          const result = toFormErrors(error, {
            knownFields: ["currentPassword", "newPassword"],
            // A wrong current password may come back as invalid_credentials without a field path.
            fieldFor: { invalid_credentials: "currentPassword" },
          });
          setErrors(result.fields);
          setStatus({ kind: "error", message: `Your password was not changed. ${result.message}` });
          focusFirstError(formRef.current);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        error={errors.currentPassword}
        required
      />
      <PasswordField
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; very common passwords are refused.`}
        name="newPassword"
        autoComplete="new-password"
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        error={errors.newPassword}
        required
      />
      <FormStatus status={status} />
      <div className="form__actions">
        <Button type="submit" busy={change.isPending} busyLabel="Changing password…">
          Change password
        </Button>
      </div>
    </form>
  );
}
