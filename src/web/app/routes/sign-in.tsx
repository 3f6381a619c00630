import { Link, useSearchParams } from "react-router";
import { RedirectIfSignedIn } from "../../features/auth/components/redirect-if-signed-in";
import { SignInForm } from "../../features/auth/components/sign-in-form";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";

export function SignInPage() {
  useDocumentTitle("Sign in");
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo");
  const signUpHref = redirectTo ? `${paths.signUp}?redirectTo=${encodeURIComponent(redirectTo)}` : paths.signUp;
  return (
    <RedirectIfSignedIn>
      <div className="page page--auth">
        <div className="auth-card">
          <h1>Sign in</h1>
          {redirectTo ? <p className="muted">Sign in to continue to that page.</p> : null}
          <SignInForm />
          <p className="auth-card__switch">
            New to Parlance? <Link to={signUpHref}>Create an account</Link>
          </p>
        </div>
      </div>
    </RedirectIfSignedIn>
  );
}
