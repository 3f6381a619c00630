import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { useSignOut } from "../../features/auth/api/sign-out";
import { ThemeToggle } from "../../features/theme/components/theme-toggle";
import { useUser } from "../../lib/auth";
import { paths, practiceAreas } from "../../lib/paths";
import { flashNotice, leaveSignedIn } from "./route-notice";

/**
 * The site header. On narrow screens the navigation and account links fold into a menu opened
 * by a button (a disclosure: Escape closes it and returns focus to the button).
 */
export function Header() {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // Close the menu whenever the page changes (adjusting state during render, not in an effect).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  // A tap or click outside the header closes the open menu.
  const headerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (headerRef.current && !headerRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Escape" && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <header ref={headerRef} className="site-header" onKeyDown={onKeyDown}>
      <div className="container site-header__inner">
        <Link to={paths.home} className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" />
            <path d="M10 24V8h7a5 5 0 0 1 0 10h-7" />
          </svg>
          <span>Parlance</span>
        </Link>
        <button
          ref={buttonRef}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}
        >
          <svg aria-hidden="true" className="menu-button__icon" viewBox="0 0 20 20" width="18" height="18">
            {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5.5h14M3 10h14M3 14.5h14" />}
          </svg>
          Menu
        </button>
        <div id={menuId} className="site-menu" data-open={open || undefined}>
          <nav aria-label="Main" className="site-nav">
            <ul>
              {practiceAreas.map((area) => (
                <li key={area.to}>
                  <NavLink to={area.to} className="site-nav__link">
                    {area.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountLinks />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

function AccountLinks() {
  const { data: user, isPending } = useUser();
  const signOut = useSignOut();
  const [error, setError] = useState<string | null>(null);

  if (isPending) return <div className="account-links" aria-hidden="true" />;

  if (!user)
    return (
      <div className="account-links">
        <NavLink to={paths.signIn} className="site-nav__link">
          Sign in
        </NavLink>
        <Link to={paths.signUp} className="button button--primary button--small">
          Sign up
        </Link>
      </div>
    );

  function onSignOut() {
    setError(null);
    signOut.mutate(undefined, {
      onSuccess: () => {
        flashNotice("You have signed out.");
        leaveSignedIn(paths.home);
      },
      onError: (e) => setError(`Sign-out failed: ${e.message}`),
    });
  }

  return (
    <div className="account-links">
      <span className="account-links__name" title={user.email}>
        <span className="account-links__label">Signed in as </span>
        <strong>{user.displayName}</strong>
      </span>
      <NavLink to={paths.settings} className="site-nav__link">
        Settings
      </NavLink>
      <button type="button" className="button button--secondary button--small" onClick={onSignOut} disabled={signOut.isPending}>
        {signOut.isPending ? "Signing out…" : "Sign out"}
      </button>
      <div className="account-links__error" role="alert">
        {error}
      </div>
    </div>
  );
}
