/**
 * Security headers, JSON-only bodies and the Origin check that stops cross-site request forgery:
 * a browser always sends Origin on a cross-site write, and a cookie-authenticated write without
 * one is refused.
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../errors.ts";
import { SESSION_COOKIE } from "./session.ts";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function requestOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin && origin !== "null") return origin;
  if (origin === "null") return "null";
  const referer = request.headers.referer;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return "null";
  }
}

export const securityPlugin = fp(async (app: FastifyInstance, opts: { publicOrigin: string | undefined }) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Self-hosters often serve plain http on a LAN; upgrading would break that.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  // Only JSON bodies are accepted anywhere: a form or text body is answered with 415.
  app.removeContentTypeParser("text/plain");

  app.addHook("onRequest", async (request) => {
    if (!WRITES.has(request.method) || !request.url.startsWith("/api/")) return;
    const origin = requestOrigin(request);
    const expected = opts.publicOrigin ?? `${request.protocol}://${request.host}`;
    const hasSession = Boolean(request.cookies?.[SESSION_COOKIE]);
    if (origin === undefined ? hasSession : origin !== expected) {
      throw new AppError(
        "cross_origin_rejected",
        "This request did not come from Parlance's own pages (Origin header missing or different).",
      );
    }
  });
});
