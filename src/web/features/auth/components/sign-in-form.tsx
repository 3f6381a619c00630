import { useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/button";
import { focusFirstError } from "../../../components/form/focus-first-error";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { PasswordField } from "../../../components/form/password-field";
import { TextField } from "../../../components/form/text-field";
import { toFormErrors } from "../../../lib/form-errors";
import { useSignIn } from "../api/sign-in";

type Fields = "email" | "password";

/** Signs in; the page watching the signed-in user takes care of going on to the next page. */
export function SignInForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const signIn = useSignIn();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Partial<Record<Fields, string>> = {};
    if (!email.trim()) local.email = "Enter your e-mail address.";
    if (!password) local.password = "Enter your password.";
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setStatus({ kind: "error", message: "Please fill in both fields." });
      focusFirstError(formRef.current);
      return;
    }
    setStatus({ kind: "info", message: "Signing in…" });
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          const result = toFormErrors(error, { knownFields: ["email", "password"] });
          setErrors(result.fields);
          setStatus({ kind: "error", message: result.message });
          focusFirstError(formRef.current);
        },
        onSuccess: () => setStatus({ kind: "success", message: "Signed in." }),
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
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
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
        required
      />
      <FormStatus id="sign-in-status" status={status} />
      <Button type="submit" busy={signIn.isPending} busyLabel="Signing in…" className="button--block">
        Sign in
      </Button>
    </form>
  );
}
