import { Link, useSearchParams } from "react-router";
import { RedirectIfSignedIn } from "../../features/auth/components/redirect-if-signed-in";
import { SignUpForm } from "../../features/auth/components/sign-up-form";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";

export function SignUpPage() {
  useDocumentTitle("Create your account");
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo");
  const signInHref = redirectTo ? `${paths.signIn}?redirectTo=${encodeURIComponent(redirectTo)}` : paths.signIn;
  return (
    <RedirectIfSignedIn>
      <div className="page page--auth">
        <div className="auth-card">
          <h1>Create your account</h1>
          <p className="muted">Free, and it stays on this server. You can delete it, with everything in it, at any time.</p>
          <SignUpForm />
          <p className="auth-card__switch">
            Already have an account? <Link to={signInHref}>Sign in</Link>
          </p>
        </div>
      </div>
    </RedirectIfSignedIn>
  );
}
