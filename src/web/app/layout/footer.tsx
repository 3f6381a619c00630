export function Footer() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          <strong>Parlance</strong> — practice the English of backend development.
        </p>
        <p className="muted">Open source and self-hosted: your account and your practice live on this server.</p>
      </div>
    </footer>
  );
}
