/**
 * Zod issues → content problems in plain English, each pointing at the line of the offending
 * value. The schema's own messages ("must be at most 30 words") are kept; Zod's generic ones
 * ("Invalid input: expected array, received undefined") are rewritten for authors. Pure.
 */
import type { z } from "zod";
import { fieldPath, type ContentProblem } from "./model.ts";

const TYPE_NAMES: Record<string, string> = {
  array: "a list",
  object: "a mapping of fields",
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
};

const describeValue = (value: unknown): string =>
  value === null ? "empty" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value === "string" ? "text" : String(typeof value);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Error map for `safeParse(data, { error: describeIssue })`: messages an author can act on. */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case "too_small": {
      const n = Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
      if (issue.origin === "array") return `needs ${issue.exact ? "exactly" : "at least"} ${plural(n, "item")}`;
      if (issue.origin === "string") return `must be at least ${plural(n, "character")}`;
      return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`;
    }
    case "too_big": {
      const n = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
      if (issue.origin === "array") return issue.exact ? `needs exactly ${plural(n, "item")}` : `may have at most ${plural(n, "item")}`;
      if (issue.origin === "string") return `may be at most ${plural(n, "character")}`;
      return `must be at most ${n}`;
    }
    case "invalid_value":
      return `must be one of: ${issue.values.map(String).join(", ")}${
        issue.input === undefined ? "" : ` (found "${String(issue.input)}")`
      }`;
    case "invalid_union":
      if ("discriminator" in issue && Array.isArray(issue.options))
        return `must be one of: ${issue.options.map(String).join(", ")}`;
      return undefined;
    default:
      return undefined;
  }
};

/** Turn a failed parse into problems; unknown keys become one problem each, at the key's line. */
export function schemaProblems(
  file: string,
  error: z.ZodError,
  lineOf: (field: string) => number | null,
  prefix = "",
): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const field = fieldPath(prefix, ...issue.path.map((p) => (typeof p === "symbol" ? p.toString() : p)));
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const keyField = fieldPath(field, key);
        return { file, line: lineOf(keyField), field: keyField, message: `unknown field "${key}": check its spelling, or remove it` };
      });
    }
    return [{ file, line: lineOf(field), field, message: issue.message }];
  });
}
