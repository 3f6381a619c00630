/**
 * Walks every operation of the OpenAPI document and sends it what clients get wrong: malformed
 * JSON, wrong types, missing and unknown fields, oversized bodies, wrong content types, missing or
 * forged session cookies. Every answer must be the documented 4xx with the error shape — never a
 * 5xx — and the server must still be healthy afterwards.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, signUp, type Client, type Response, type TestApp } from "../helpers/app.ts";

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; $ref?: string };
interface Parameter {
  name: string;
  required: boolean;
  schema: Schema & { enum?: unknown[]; pattern?: string; minimum?: number; maximum?: number; maxLength?: number };
}

interface Operation {
  method: string;
  path: string;
  secured: boolean;
  body?: Schema;
  bodyRequired: boolean;
  query: Parameter[];
}

function operations(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const body = op.requestBody?.content?.["application/json"]?.schema as Schema | undefined;
      ops.push({
        method: method.toUpperCase(),
        path: path.replace(/\{[^}]+\}/g, "00000000-0000-0000-0000-000000000000"),
        secured: Array.isArray(op.security) && op.security.length > 0,
        body,
        bodyRequired: Boolean(op.requestBody?.required),
        query: (op.parameters ?? []).filter((p: { in: string }) => p.in === "query"),
      });
    }
  }
  return ops;
}

/** A value of the wrong JSON type for a property schema. */
function wrongTypeFor(schema: Schema): unknown {
  const types = ([] as string[]).concat(schema.type ?? schema.anyOf?.flatMap((s) => s.type ?? []) ?? []);
  if (types.includes("string")) return 12345;
  if (types.includes("number") || types.includes("integer")) return "not a number";
  if (types.includes("boolean")) return "yes";
  if (types.includes("array")) return { not: "an array" };
  return ["unexpected"];
}

/** A value a query parameter's schema refuses, or undefined when it accepts any string. */
function badQueryValue(schema: Parameter["schema"]): string | undefined {
  if (schema.type === "integer" || schema.type === "number") return "not-a-number";
  if (schema.enum) return "not-one-of-these";
  if (schema.pattern) return "!! not matching !!";
  if (schema.maxLength !== undefined) return "x".repeat(schema.maxLength + 1);
  return undefined;
}

function assertErrorShape(res: Response, status: number, what: string) {
  assert.equal(res.status, status, `${what}: expected ${status}, got ${res.status} ${res.text.slice(0, 200)}`);
  assert.equal(typeof res.body?.error?.code, "string", `${what}: error.code`);
  assert.equal(typeof res.body?.error?.message, "string", `${what}: error.message`);
}

for (const dialect of DIALECTS) {
  describe(`bad input on every route (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let ops: Operation[];
    let signedIn: Client;

    before(async () => {
      t = await buildTestApp(dialect);
      const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
      assert.equal(doc.openapi, "3.1.0");
      ops = operations(doc);
      assert.ok(ops.length >= 8, "the document lists the routes");
      signedIn = (await signUp(t.app)).client;
    });
    after(async () => t?.close());

    test("malformed JSON → 400 invalid_json", async () => {
      for (const op of ops.filter((o) => o.body)) {
        const res = await signedIn.raw(op.method as any, op.path, undefined, { "content-type": "application/json" });
        // raw() without a body sends none; send a broken one explicitly:
        const broken = await t.app.inject({
          method: op.method as any,
          url: op.path,
          headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", cookie: `parlance_session=${signedIn.cookies.get("parlance_session")}` },
          payload: '{"email": "a@b.co",',
        });
        assert.ok(res.status < 500, `${op.method} ${op.path} with empty JSON body: ${res.status}`);
        assertErrorShape({ status: broken.statusCode, body: broken.json(), text: broken.body, headers: broken.headers }, 400, `${op.method} ${op.path} malformed`);
        assert.equal(broken.json().error.code, "invalid_json");
      }
    });

    test("wrong types → 400 naming the field", async () => {
      for (const op of ops.filter((o) => o.body?.properties)) {
        for (const [name, prop] of Object.entries(op.body!.properties!)) {
          const res = await signedIn.raw(op.method as any, op.path, { [name]: wrongTypeFor(prop) });
          assertErrorShape(res, 400, `${op.method} ${op.path} ${name} wrong type`);
          assert.ok(
            res.body.error.details.some((d: { path: string }) => d.path === name),
            `${op.method} ${op.path}: details name ${name}: ${JSON.stringify(res.body.error.details)}`,
          );
        }
      }
    });

    test("missing required fields → 400 naming them", async () => {
      for (const op of ops.filter((o) => o.body?.required?.length)) {
        const res = await signedIn.raw(op.method as any, op.path, {});
        assertErrorShape(res, 400, `${op.method} ${op.path} empty object`);
        const paths = res.body.error.details.map((d: { path: string }) => d.path);
        for (const name of op.body!.required!) assert.ok(paths.includes(name), `${op.method} ${op.path}: ${name} reported missing`);
      }
    });

    test("unknown fields → 400", async () => {
      for (const op of ops.filter((o) => o.body?.properties)) {
        const res = await signedIn.raw(op.method as any, op.path, { unexpectedField: 1 });
        assertErrorShape(res, 400, `${op.method} ${op.path} unknown field`);
        assert.ok(res.body.error.details.some((d: { path: string }) => d.path === "unexpectedField"), JSON.stringify(res.body.error));
      }
    });

    test("bodies over the limit → 413", async () => {
      const big = JSON.stringify({ padding: "x".repeat(t.config.bodyLimit + 10) });
      for (const op of ops.filter((o) => o.body)) {
        const res = await signedIn.raw(op.method as any, op.path, undefined, { "content-type": "application/json" });
        assert.ok(res.status < 500);
        const r = await t.app.inject({
          method: op.method as any,
          url: op.path,
          headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json" },
          payload: big,
        });
        assertErrorShape({ status: r.statusCode, body: r.json(), text: r.body, headers: r.headers }, 413, `${op.method} ${op.path} oversized`);
      }
    });

    test("non-JSON content types → 415", async () => {
      for (const op of ops.filter((o) => o.body)) {
        for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
          const res = await signedIn.raw(op.method as any, op.path, undefined, { "content-type": type });
          const r = await t.app.inject({
            method: op.method as any,
            url: op.path,
            headers: { host: "localhost", origin: "http://localhost", "content-type": type },
            payload: "a=b",
          });
          assert.ok(res.status < 500);
          assertErrorShape({ status: r.statusCode, body: r.json(), text: r.body, headers: r.headers }, 415, `${op.method} ${op.path} ${type}`);
        }
      }
    });

    test("signed-in routes without a session, or with a forged one → 401", async () => {
      for (const op of ops.filter((o) => o.secured)) {
        for (const cookie of [undefined, "parlance_session=forged-token-value", "parlance_session=" + "A".repeat(500)]) {
          const r = await t.app.inject({
            method: op.method as any,
            url: op.path,
            headers: { host: "localhost", origin: "http://localhost", ...(cookie && { cookie }) },
          });
          const res = { status: r.statusCode, body: r.json(), text: r.body, headers: r.headers };
          if (op.body && op.bodyRequired) {
            // The body is checked before the session; either way a 4xx with the error shape.
            assert.ok([400, 401].includes(res.status), `${op.method} ${op.path}: ${res.status}`);
            assertErrorShape(res, res.status, `${op.method} ${op.path}`);
          } else {
            assertErrorShape(res, 401, `${op.method} ${op.path} cookie=${cookie?.slice(0, 30)}`);
          }
        }
      }
    });

    test("invalid query parameters → 400 naming the parameter; unknown ones → 400", async () => {
      const withQuery = ops.filter((o) => o.method === "GET" && o.query.length > 0);
      assert.ok(withQuery.length > 0, "some routes take query parameters");
      for (const op of withQuery) {
        // Required parameters other than the one under test get a value they accept.
        const required = (except: string) =>
          op.query.filter((p) => p.required && p.name !== except).map((p) => `${p.name}=${encodeURIComponent(String(p.schema.enum?.[0] ?? "x"))}`);
        for (const param of op.query) {
          const bad = badQueryValue(param.schema);
          if (bad === undefined) continue;
          const url = `${op.path}?${[...required(param.name), `${param.name}=${encodeURIComponent(bad)}`].join("&")}`;
          const res = await signedIn.get(url);
          assertErrorShape(res, 400, `GET ${url}`);
          assert.ok(res.body.error.details.some((d: { path: string }) => d.path === param.name), `GET ${url}: ${JSON.stringify(res.body.error.details)}`);
        }
        const url = `${op.path}?${[...required(""), "unexpectedParam=1"].join("&")}`;
        const res = await signedIn.get(url);
        assertErrorShape(res, 400, `GET ${url}`);
        assert.ok(res.body.error.details.some((d: { path: string }) => d.path === "unexpectedParam"), JSON.stringify(res.body.error));
      }
    });

    test("unknown API paths → JSON 404; /healthz still answers", async () => {
      const res = await t.app.inject({ url: "/api/does-not-exist" });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, "not_found");
      const health = await t.app.inject({ url: "/healthz" });
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { status: "ok" });
    });
  });
}
