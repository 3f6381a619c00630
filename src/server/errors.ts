/**
 * One error vocabulary for the whole API. Every failure leaves the server as
 * {"error": {"code", "message", "details"?}} with the status listed here.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_origin_rejected: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldProblem {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

/** A validation failure on named fields, shaped like the schema validator's own. */
export function fieldError(path: string, message: string): AppError {
  return new AppError("validation_failed", `${path}: ${message}`, [{ path, message } satisfies FieldProblem]);
}

/**
 * A learner's text for the coach (an answer, a reply): 413 with a plain message above `max`
 * characters, 400 when blank; returned trimmed. `noun` names it in the messages.
 */
export function requireText(text: string, max: number, noun: string): string {
  if (text.length > max) {
    throw new AppError("payload_too_large", `Your ${noun} is longer than ${max.toLocaleString("en")} characters; shorten it and send it again.`);
  }
  const trimmed = text.trim();
  if (!trimmed) throw new AppError("validation_failed", `text: write your ${noun} first`, [{ path: "text", message: "must not be empty" } satisfies FieldProblem]);
  return trimmed;
}
