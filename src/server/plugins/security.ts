/**
 * Security headers, JSON-only bodies and the Origin check that stops cross-site request forgery:
 * a browser always sends Origin on a cross-site write, and a cookie-authenticated write without
 * one is refused.
 */
import helmet, { type HelmetOptions } from "helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../errors.ts";
import { SESSION_COOKIE } from "./session.ts";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The headers helmet sets with these options, captured once from a stand-in response. */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  let failed: unknown;
  helmet(options)({} as never, response as never, (err?: unknown) => (failed = err));
  if (failed) throw failed;
  return headers;
}

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
  // The headers never vary by request, so helmet computes them once and every response gets the
  // same set. Set before the handler, so a route may still replace one (the API docs' own CSP).
  const headers = securityHeaders({
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
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
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
