/**
 * Prometheus metrics at /metrics: request counts and latency histograms by route and status.
 * A registry per app instance keeps tests that build several apps apart.
 */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "parlance_" });
  const labelNames = ["method", "route", "status"] as const;
  const requests = new Counter({
    name: "parlance_http_requests_total",
    help: "HTTP requests answered, by route and status.",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "parlance_http_request_duration_seconds",
    help: "Time to answer HTTP requests, by route and status.",
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  // prom-client hashes the label values on every call; the few label sets are kept ready instead.
  const children = new Map<string, { requests: ReturnType<typeof requests.labels>; duration: ReturnType<typeof duration.labels> }>();
  app.addHook("onResponse", (request, reply, done) => {
    // The route pattern, not the URL, so that ids in paths don't explode the label set.
    const route = request.routeOptions.url ?? "unmatched";
    const key = `${request.method} ${route} ${reply.statusCode}`;
    let child = children.get(key);
    if (!child) {
      const labels = { method: request.method, route, status: String(reply.statusCode) };
      child = { requests: requests.labels(labels), duration: duration.labels(labels) };
      children.set(key, child);
    }
    child.requests.inc();
    child.duration.observe(reply.elapsedTime / 1000);
    done();
  });

  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
});
