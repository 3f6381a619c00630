import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/button";
import { isApiError } from "../../../lib/api-client";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { MAX_IMPORT_BYTES, useImportCsv } from "../api/import-csv";
import type { ImportReport } from "../types";

/** Downloads of the deck and the glossary (Anki and CSV), and the CSV import. */
export function ExportLinks({ roleId }: { roleId: string }) {
  return (
    <div className="export">
      <h3>Your deck</h3>
      <p className="muted">CSV holds every card with its review history (import it here to restore it); Anki gets one note per term.</p>
      <p className="button-row">
        <a href="/api/review/export?format=csv" className="button button--secondary" download>
          Download CSV
        </a>
        <a href="/api/review/export?format=apkg" className="button button--secondary" download>
          Download for Anki (.apkg)
        </a>
      </p>
      <h3>The whole glossary</h3>
      <p className="button-row">
        <a href={`/api/roles/${encodeURIComponent(roleId)}/glossary/export?format=csv`} className="button button--secondary" download>
          Glossary as CSV
        </a>
        <a href={`/api/roles/${encodeURIComponent(roleId)}/glossary/export?format=apkg`} className="button button--secondary" download>
          Glossary for Anki (.apkg)
        </a>
      </p>
    </div>
  );
}

export function ImportForm() {
  const importCsv = useImportCsv();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const inputId = useId();
  const hintId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblems([]);
    setReport(null);
    const file = inputRef.current?.files?.[0];
    if (!file) {
      setStatus({ kind: "error", message: "Choose a CSV file first." });
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: "error", message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; Parlance imports CSV files of up to 20 MB. Split it into smaller files.` });
      return;
    }
    setStatus({ kind: "info", message: "Importing…" });
    importCsv.mutate(file, {
      onSuccess: (r) => {
        setReport(r);
        setStatus({
          kind: "success",
          message:
            r.mode === "cards"
              ? `Restored ${r.cardsRestored} cards and ${r.reviewsRestored} reviews.`
              : `Added ${r.termsAdded} terms (${r.cardsAdded} cards); terms already in your deck were left as they were.`,
        });
      },
      onError: (e) => {
        setStatus({ kind: "error", message: e.message });
        const details = isApiError(e) && Array.isArray(e.details) ? (e.details as { message?: string }[]) : [];
        setProblems(details.slice(1).map((d) => String(d.message ?? "")).filter(Boolean));
      },
    });
  }

  return (
    <form className="form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={inputId} className="field__label">
          CSV file
        </label>
        <p id={hintId} className="field__hint">
          A file exported from Parlance, or any UTF-8 CSV with a <code>term</code> or <code>term_id</code> column: those terms are
          added as new cards. Nothing changes unless the whole file can be read.
        </p>
        <input ref={inputRef} id={inputId} type="file" accept=".csv,text/csv" className="input input--file" aria-describedby={hintId} />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={importCsv.isPending} busyLabel="Importing…">
          Import
        </Button>
      </div>
      <FormStatus status={status} />
      {problems.length ? (
        <ul className="problem-list">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {report && report.unmatchedCount > 0 ? (
        <div className="notice notice--info">
          <p>
            {report.unmatchedCount} {report.unmatchedCount === 1 ? "row was" : "rows were"} skipped:
          </p>
          <ul>
            {report.unmatched.map((u) => (
              <li key={`${u.line}:${u.value}`}>
                Line {u.line}: “{u.value}” — {u.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}
