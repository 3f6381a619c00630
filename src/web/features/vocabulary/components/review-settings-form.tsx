import { useId, useState, type FormEvent } from "react";
import { Button } from "../../../components/button";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { TextField } from "../../../components/form/text-field";
import { Loading } from "../../../components/loading";
import { useReviewSettings, useUpdateReviewSettings } from "../api/review-settings";
import type { ReviewSettings } from "../types";

/** Desired retention and new cards per day. */
export function ReviewSettingsForm() {
  const settings = useReviewSettings();
  if (settings.isPending) return <Loading label="Loading your settings…" />;
  if (settings.isError)
    return (
      <p className="notice notice--error" role="alert">
        Your settings could not be loaded. {settings.error.message}
      </p>
    );
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: ReviewSettings }) {
  const update = useUpdateReviewSettings();
  const [retention, setRetention] = useState(String(Math.round(initial.desiredRetention * 100)));
  const [perDay, setPerDay] = useState(String(initial.newPerDay));
  const [errors, setErrors] = useState<{ retention?: string; perDay?: string }>({});
  const [status, setStatus] = useState<Status>(null);
  const rangeId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const r = Number(retention);
    const n = Number(perDay);
    const problems: typeof errors = {};
    if (!/^\d+$/.test(retention.trim()) || r < 70 || r > 99) problems.retention = "Enter a whole percentage from 70 to 99.";
    if (!/^\d+$/.test(perDay.trim()) || n > 200) problems.perDay = "Enter a whole number from 0 to 200.";
    setErrors(problems);
    if (Object.keys(problems).length) {
      setStatus({ kind: "error", message: "Your settings were not saved. Please correct the fields marked below." });
      return;
    }
    update.mutate(
      { desiredRetention: r / 100, newPerDay: n },
      {
        onSuccess: () => setStatus({ kind: "success", message: "Settings saved. Today's queue follows them from now on." }),
        onError: (e) => setStatus({ kind: "error", message: e.message }),
      },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        label="Desired retention (%)"
        inputMode="numeric"
        value={retention}
        onChange={(e) => setRetention(e.target.value)}
        error={errors.retention}
        className="field--short"
        id={rangeId}
        hint="How sure you want to be of remembering a card when it comes back: 90% is a good balance. Higher means more reviews."
      />
      <TextField
        label="New cards per day"
        inputMode="numeric"
        value={perDay}
        onChange={(e) => setPerDay(e.target.value)}
        error={errors.perDay}
        className="field--short"
        hint="A term has up to five cards. Fifteen new cards a day is about three new terms."
      />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending} busyLabel="Saving…">
          Save settings
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
