/**
 * What an operator relies on: health and readiness, metrics, security headers, the request rate
 * limit, hidden 500s, and the web app served beside the API.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, client, type TestApp } from "../helpers/app.ts";
import { buildApp } from "../../src/server/app.ts";

for (const dialect of DIALECTS) {
  describe(`operations (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t?.close());

    test("/healthz and /readyz answer, and the OpenAPI document and docs are served", async () => {
      assert.equal((await t.app.inject({ url: "/healthz" })).statusCode, 200);
      const ready = await t.app.inject({ url: "/readyz" });
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json().checks, { database: "ok", migrations: "ok" });
      const doc = await t.app.inject({ url: "/api/openapi.json" });
      assert.equal(doc.json().openapi, "3.1.0");
      assert.ok(doc.json().paths["/api/auth/sign-in"].post);
      const docs = await t.app.inject({ url: "/api/docs/" });
      assert.equal(docs.statusCode, 200);
      assert.match(docs.headers["content-type"] as string, /text\/html/);
    });

    test("/metrics counts requests by route pattern and status", async () => {
      await t.app.inject({ url: "/api/account" });
      const text = (await t.app.inject({ url: "/metrics" })).body;
      assert.match(text, /parlance_http_requests_total\{method="GET",route="\/api\/account",status="401"\} \d+/);
      assert.match(text, /parlance_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/account",status="401"\}/);
    });

    test("security headers: a CSP without unsafe-inline scripts, nosniff, no framing", async () => {
      const res = await t.app.inject({ url: "/healthz" });
      const csp = String(res.headers["content-security-policy"]);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers["x-content-type-options"], "nosniff");
      assert.ok(res.headers["x-request-id"]);
    });

    test("a request id sent by a proxy is kept", async () => {
      const res = await t.app.inject({ url: "/healthz", headers: { "x-request-id": "edge-42.a" } });
      assert.equal(res.headers["x-request-id"], "edge-42.a");
    });
  });
}

describe("request rate limit", () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(DIALECTS[0]!, { RATE_LIMIT_PER_MINUTE: "5" });
  });
  after(async () => t?.close());

  test("past the limit: 429 with Retry-After and the error shape; health checks are exempt", async () => {
    const c = client(t.app);
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await c.get("/api/catalog")).status);
    assert.deepEqual(statuses.slice(0, 5), [200, 200, 200, 200, 200]);
    const limited = await c.get("/api/catalog");
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, "rate_limited");
    assert.ok(Number(limited.headers["retry-after"]) > 0);
    assert.equal((await c.get("/healthz")).status, 200);
  });
});

describe("unexpected errors and the web app", () => {
  test("a 500 hides its cause, names the request id, and is logged with it", async () => {
    const t = await buildTestApp(DIALECTS[0]!);
    const lines: string[] = [];
    const { config, database } = t;
    const app = await buildApp({
      config,
      database: database.handle,
      logger: { level: "error", stream: { write: (l: string) => lines.push(l) } } as any,
    });
    app.get("/api/boom", async () => {
      throw new Error("secret table name users_v2 exploded");
    });
    const res = await app.inject({ url: "/api/boom" });
    assert.equal(res.statusCode, 500);
    const body = res.json();
    assert.equal(body.error.code, "internal_error");
    assert.doesNotMatch(res.body, /users_v2|exploded|stack/);
    assert.ok(body.error.message.includes(res.headers["x-request-id"] as string));
    assert.ok(lines.some((l) => l.includes("exploded") && l.includes(res.headers["x-request-id"] as string)));
    await app.close();
    await t.close();
  });

  test("app routes fall back to index.html; API and asset misses stay JSON 404s", async () => {
    const t = await buildTestApp(DIALECTS[0]!);
    const web = mkdtempSync(join(tmpdir(), "parlance-web-"));
    mkdirSync(join(web, "assets"));
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Parlance</title>");
    writeFileSync(join(web, "assets", "app-abc123.js"), "console.log(1)");
    const app = await buildApp({ config: t.config, database: t.database.handle, logger: false, webDir: web });
    for (const url of ["/", "/settings", "/path?x=1"]) {
      const page = await app.inject({ url });
      assert.equal(page.statusCode, 200, url);
      assert.match(page.body, /<title>Parlance<\/title>/, url);
    }
    const asset = await app.inject({ url: "/assets/app-abc123.js" });
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers["cache-control"]), /immutable/);
    for (const url of ["/api/nothing-here", "/assets/missing.js"]) {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.json().error.code, "not_found");
    }
    await app.close();
    await t.close();
  });
});

describe("readiness when the database is gone", () => {
  test("/readyz says 503 and names the database", async () => {
    const t = await buildTestApp(DIALECTS[0]!);
    await t.database.handle.close();
    const res = await t.app.inject({ url: "/readyz" });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().checks.database, "unreachable");
    assert.equal((await t.app.inject({ url: "/healthz" })).statusCode, 200);
    await t.app.close();
  });
});
