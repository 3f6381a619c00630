import { useId, useMemo, useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/button";
import { focusFirstError } from "../../../components/form/focus-first-error";
import { FormStatus, type Status } from "../../../components/form/form-status";
import { SelectField } from "../../../components/form/select-field";
import { TextField } from "../../../components/form/text-field";
import { toFormErrors } from "../../../lib/form-errors";
import type { Level, User } from "../../../types/api";
import { useUpdateProfile } from "../api/update-profile";
import { COMMON_LANGUAGES } from "../lib/languages";
import { browserTimeZone, timeZoneOptions } from "../lib/time-zones";

type Fields = "displayName" | "level" | "nativeLanguage" | "dailyGoalMinutes" | "timeZone";
const FIELDS: readonly Fields[] = ["displayName", "level", "nativeLanguage", "dailyGoalMinutes", "timeZone"];

export const MIN_DAILY_GOAL = 5;
export const MAX_DAILY_GOAL = 240;

const LEVELS: { value: Level; label: string }[] = [
  { value: "junior", label: "Junior" },
  { value: "mid", label: "Mid-level" },
  { value: "senior", label: "Senior" },
];

/** Display name, level, native language, daily goal and time zone. Mount with `key={user.id}`. */
export function ProfileForm({ user }: { user: User }) {
  const formRef = useRef<HTMLFormElement>(null);
  const languagesId = useId();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [level, setLevel] = useState<Level>(user.level);
  const [nativeLanguage, setNativeLanguage] = useState(user.nativeLanguage ?? "");
  const [dailyGoal, setDailyGoal] = useState(String(user.dailyGoalMinutes));
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const update = useUpdateProfile();

  const detected = useMemo(() => browserTimeZone(), []);
  const zones = useMemo(() => timeZoneOptions([user.timeZone, detected]), [user.timeZone, detected]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Partial<Record<Fields, string>> = {};
    if (!displayName.trim()) local.displayName = "Enter the name Parlance should call you.";
    const minutes = Number(dailyGoal);
    if (!/^\d+$/.test(dailyGoal.trim()) || minutes < MIN_DAILY_GOAL || minutes > MAX_DAILY_GOAL)
      local.dailyGoalMinutes = `Enter a whole number of minutes from ${MIN_DAILY_GOAL} to ${MAX_DAILY_GOAL}.`;
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setStatus({ kind: "error", message: "Your profile was not saved. Please correct the fields marked below." });
      focusFirstError(formRef.current);
      return;
    }
    setStatus({ kind: "info", message: "Saving…" });
    update.mutate(
      {
        displayName: displayName.trim(),
        level,
        nativeLanguage: nativeLanguage.trim() || null,
        dailyGoalMinutes: minutes,
        timeZone,
      },
      {
        onSuccess: () => setStatus({ kind: "success", message: "Profile saved." }),
        onError: (error) => {
          const result = toFormErrors(error, { knownFields: FIELDS });
          setErrors(result.fields);
          setStatus({ kind: "error", message: `Your profile was not saved. ${result.message}` });
          focusFirstError(formRef.current);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
        required
      />
      <SelectField
        label="Level"
        hint="Sets the difficulty of exercises and interview questions."
        name="level"
        value={level}
        onChange={(e) => setLevel(e.target.value as Level)}
        error={errors.level}
      >
        {LEVELS.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Native language"
        hint="Optional. Pick a suggestion or type your own; the coach uses it to explain typical mistakes."
        name="nativeLanguage"
        list={languagesId}
        autoComplete="off"
        value={nativeLanguage}
        onChange={(e) => setNativeLanguage(e.target.value)}
        error={errors.nativeLanguage}
      />
      <datalist id={languagesId}>
        {COMMON_LANGUAGES.map((language) => (
          <option key={language} value={language} />
        ))}
      </datalist>
      <TextField
        label="Daily goal (minutes)"
        hint={`How long you want to practice each day, from ${MIN_DAILY_GOAL} to ${MAX_DAILY_GOAL} minutes.`}
        name="dailyGoalMinutes"
        type="number"
        inputMode="numeric"
        min={MIN_DAILY_GOAL}
        max={MAX_DAILY_GOAL}
        step={1}
        className="field--short"
        value={dailyGoal}
        onChange={(e) => setDailyGoal(e.target.value)}
        error={errors.dailyGoalMinutes}
      />
      <SelectField
        label="Time zone"
        hint={
          timeZone === detected ? (
            "Your day starts at midnight in this time zone. This is the time zone of your device."
          ) : (
            <>
              Your day starts at midnight in this time zone.{" "}
              <button type="button" className="link-button" onClick={() => setTimeZone(detected)}>
                Use this device's time zone ({detected.replaceAll("_", " ")})
              </button>
            </>
          )
        }
        name="timeZone"
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value)}
        error={errors.timeZone}
      >
        {zones.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </SelectField>
      <FormStatus status={status} />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending} busyLabel="Saving…">
          Save profile
        </Button>
      </div>
    </form>
  );
}
