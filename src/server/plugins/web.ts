/**
 * Serves the built single-page app from dist/web on the same port as the API. App routes fall back
 * to index.html so client-side routing works on reload; API and asset misses stay JSON 404s.
 */
import staticFiles from "@fastify/static";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { errorBody } from "./errors.ts";

export const webPlugin = fp(async (app: FastifyInstance, opts: { dir: string }) => {
  const indexFile = join(opts.dir, "index.html");
  const built = existsSync(indexFile);
  const indexHtml = built ? readFileSync(indexFile) : null;

  if (built) {
    // The home page is the app itself; the static handler would refuse a directory.
    app.get("/", { schema: { hide: true } }, (_request, reply) =>
      reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(indexHtml),
    );
    await app.register(staticFiles, { root: opts.dir, prefix: "/", index: false, wildcard: true });
    app.addHook("onSend", async (request, reply) => {
      // Vite puts a content hash in every asset name, so those files never change.
      if (reply.statusCode === 200 && request.url.startsWith("/assets/")) {
        reply.header("cache-control", "public, max-age=31536000, immutable");
      }
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0]!;
    const isAppRoute =
      (request.method === "GET" || request.method === "HEAD") &&
      !path.startsWith("/api/") &&
      !/\.[a-z0-9]+$/i.test(path) &&
      path !== "/metrics";
    if (isAppRoute && indexHtml) {
      return reply.code(200).type("text/html; charset=utf-8").header("cache-control", "no-cache").send(indexHtml);
    }
    if (isAppRoute) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("The web app has not been built. Run `npm run build` (npm install does it for you), then restart.");
    }
    return reply.code(404).send(errorBody("not_found", `No route for ${request.method} ${path}.`));
  });
});
