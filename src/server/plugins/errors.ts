/**
 * The one error handler: every failure becomes {"error": {"code", "message", "details"?}} with
 * the right status. Anything unexpected is logged with its request id and answered with a 500
 * that says nothing about the server's insides.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, ERROR_STATUS, type ErrorCode } from "../errors.ts";

/** Fastify's own client-error codes, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid_json",
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid_json",
  FST_ERR_CTP_EMPTY_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_TYPE: "unsupported_media_type",
  FST_ERR_VALIDATION: "validation_failed",
};

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  payload_too_large: "The request body is larger than this server accepts.",
  unsupported_media_type: "Send the request body as JSON (Content-Type: application/json).",
  invalid_json: "The request body is not valid JSON.",
  bad_request: "The request could not be understood.",
};

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    // Errors are serialized here, not by the route's response schemas, so that an error status a
    // route did not declare (a 429 from the rate limiter, say) can never turn into a 500.
    reply.serializer(JSON.stringify).type("application/json; charset=utf-8");
    if (err instanceof AppError) {
      return reply.code(err.status).headers(err.headers).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = (err as FastifyError).validationContext ?? "body";
      const details = err.validation.flatMap((v) => {
        const base = v.instancePath.replace(/^\/+/, "").replaceAll("/", ".");
        const keys = (v.params as { keys?: unknown }).keys;
        if (v.keyword === "unrecognized_keys" && Array.isArray(keys)) {
          return keys.map((key) => ({ in: where, path: base ? `${base}.${key}` : String(key), message: "is not a known field" }));
        }
        return [{ in: where, path: base || where, message: v.message }];
      });
      const first = details[0]!;
      return reply.code(400).send(errorBody("validation_failed", `${first.path}: ${first.message}`, details));
    }
    if (err instanceof SyntaxError || (err as FastifyError).code === "FST_ERR_CTP_INVALID_JSON_BODY") {
      return reply.code(400).send(errorBody("invalid_json", MESSAGES.invalid_json!));
    }
    const mapped = (err as FastifyError).code ? FASTIFY_CODES[(err as FastifyError).code] : undefined;
    if (mapped) {
      return reply.code(ERROR_STATUS[mapped]).send(errorBody(mapped, MESSAGES[mapped] ?? err.message));
    }
    const status = (err as FastifyError).statusCode;
    if (status === 429) {
      return reply.code(429).send(errorBody("rate_limited", err.message));
    }
    if (status && status >= 400 && status < 500) {
      const code: ErrorCode = status === 404 ? "not_found" : status === 405 ? "method_not_allowed" : "bad_request";
      return reply.code(ERROR_STATUS[code]).send(errorBody(code, MESSAGES[code] ?? err.message));
    }
    request.log.error({ err, reqId: request.id }, "unexpected error");
    return reply
      .code(500)
      .send(errorBody("internal_error", `Something went wrong on our side. Quote request id ${request.id} if you report it.`));
  });
});
