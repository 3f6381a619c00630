import { isApiError } from "./api-client";
import { formatWait } from "./format";

/**
 * The server words field problems as predicates ("must be at least 10 characters", "is not your
 * current password"); next to a field they read better as a sentence about "this" field.
 */
export function fieldSentence(message: string): string {
  let text = message.trim();
  if (/^[a-z]/.test(text)) text = `This ${text}`;
  if (!/[.!?]$/.test(text)) text = `${text}.`;
  return text;
}

export type FormErrors = {
  /** Messages to show next to fields, keyed by the field's API name ("email", "password", …). */
  fields: Record<string, string>;
  /** One sentence for the form's status region. */
  message: string;
};

/**
 * Turns whatever a mutation threw into what a form shows. `fieldFor` lets a form move an error
 * that has no field path (such as invalid_credentials) next to the field it concerns.
 */
export function toFormErrors(
  error: unknown,
  options: { knownFields?: readonly string[]; fieldFor?: Partial<Record<string, string>> } = {},
): FormErrors {
  if (!isApiError(error)) return { fields: {}, message: "Something went wrong. Please try again." };

  if (error.status === 429 || error.code === "rate_limited") {
    const wait = error.retryAfterSeconds;
    return {
      fields: {},
      message:
        wait != null
          ? `Too many attempts. Please wait ${formatWait(wait)} and try again.`
          : "Too many attempts. Please wait a little and try again.",
    };
  }

  const fields: Record<string, string> = {};
  const reported = error.fieldErrors();
  const known = options.knownFields;
  let unplaced: string[] = [];
  for (const [path, message] of Object.entries(reported)) {
    if (!known || known.includes(path)) fields[path] = fieldSentence(message);
    else unplaced.push(`${path} ${message}`);
  }
  const target = options.fieldFor?.[error.code];
  if (target) fields[target] = error.message;

  if (Object.keys(fields).length > 0) {
    unplaced = unplaced.map((m) => m.replace(/\.?$/, "."));
    const count = Object.keys(fields).length;
    const summary = count === 1 ? "Please correct the field marked below." : `Please correct the ${count} fields marked below.`;
    return { fields, message: [summary, ...unplaced].join(" ") };
  }
  return { fields, message: unplaced.length > 0 ? unplaced.join(" ") : error.message };
}
