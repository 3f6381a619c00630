/** Schemas shared by several route modules. */
import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "./errors.ts";

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

/** The error responses every route may give, for the OpenAPI document. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, ErrorBody])) as Record<number, typeof ErrorBody>;
}

export const NoContent = z.undefined().describe("No content");

/** The body of an action that takes no input: nothing, or an empty JSON object. */
export const EmptyBody = z.strictObject({}).optional();
