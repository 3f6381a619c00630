import { ChangePasswordForm } from "../../features/account/components/change-password-form";
import { DeleteAccount } from "../../features/account/components/delete-account";
import { ProfileForm } from "../../features/account/components/profile-form";
import { RequireAuth } from "../../features/auth/components/require-auth";
import { ThemePicker } from "../../features/theme/components/theme-picker";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { flashNotice, leaveSignedIn } from "../layout/route-notice";

export function SettingsPage() {
  useDocumentTitle("Settings");
  return (
    <RequireAuth>
      <Settings />
    </RequireAuth>
  );
}

function Settings() {
  const { data: user } = useUser();
  if (!user) return null;

  function onDeleted() {
    flashNotice("Your account and all its data have been deleted.");
    leaveSignedIn(paths.home);
  }

  const joined = new Date(user.createdAt);
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1>Settings</h1>
        <p className="lead">
          Signed in as <strong>{user.email}</strong>
          {Number.isNaN(joined.getTime()) ? null : <> · member since {joined.toLocaleDateString(undefined, { dateStyle: "long" })}</>}
        </p>
      </header>

      <section className="card settings-section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <p className="section__intro">Your path is Backend Developer; more roles may come later.</p>
        <ProfileForm key={user.id} user={user} />
      </section>

      <section className="card settings-section" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <ThemePicker />
      </section>

      <section className="card settings-section" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <p className="section__intro">Changing your password signs you out on every other device.</p>
        <ChangePasswordForm />
      </section>

      <section className="card card--danger settings-section" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete account</h2>
        <DeleteAccount email={user.email} onDeleted={() => void onDeleted()} />
      </section>
    </div>
  );
}
