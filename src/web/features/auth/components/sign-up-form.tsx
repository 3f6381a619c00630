import { useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/button";
import { focusFirstError } from "../../../components/form/focus-first-error";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { PasswordField } from "../../../components/form/password-field";
import { TextField } from "../../../components/form/text-field";
import { toFormErrors } from "../../../lib/form-errors";
import { useSignUp } from "../api/sign-up";

type Fields = "displayName" | "email" | "password";
const FIELDS: readonly Fields[] = ["displayName", "email", "password"];

export const MIN_PASSWORD_LENGTH = 10;

/** Creates an account. Checks only what is obvious here; the server has the final word. */
export function SignUpForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const signUp = useSignUp();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Partial<Record<Fields, string>> = {};
    if (!displayName.trim()) local.displayName = "Enter the name Parlance should call you.";
    if (!email.trim()) local.email = "Enter your e-mail address.";
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) local.email = "Enter an e-mail address like name@example.com.";
    if (password.length < MIN_PASSWORD_LENGTH)
      local.password = `Use at least ${MIN_PASSWORD_LENGTH} characters (you have ${password.length}).`;
    setErrors(local);
    if (Object.keys(local).length > 0) {
      const count = Object.keys(local).length;
      setStatus({ kind: "error", message: count === 1 ? "Please correct the field marked below." : `Please correct the ${count} fields marked below.` });
      focusFirstError(formRef.current);
      return;
    }
    setStatus({ kind: "info", message: "Creating your account…" });
    signUp.mutate(
      { displayName: displayName.trim(), email: email.trim(), password },
      {
        onError: (error) => {
          const result = toFormErrors(error, { knownFields: FIELDS, fieldFor: { email_taken: "email" } });
          setErrors(result.fields);
          setStatus({ kind: "error", message: result.message });
          focusFirstError(formRef.current);
        },
        onSuccess: () => setStatus({ kind: "success", message: "Account created." }),
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label="Your name"
        hint="How the coach and your team-mates will see you. You can change it later."
        name="displayName"
        autoComplete="name"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
        required
      />
      <TextField
        label="E-mail address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="off"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
        required
      />
      <PasswordField
        label="Password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember; very common passwords are refused.`}
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
        required
      />
      <FormStatus id="sign-up-status" status={status} />
      <Button type="submit" busy={signUp.isPending} busyLabel="Creating account…" className="button--block">
        Create account
      </Button>
    </form>
  );
}
