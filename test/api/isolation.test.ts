/**
 * User B can neither read nor change anything of user A's through any route: B walks every
 * operation of the OpenAPI document, and nothing of A's shows up in B's answers or changes in A's
 * data.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, signUp, type TestApp } from "../helpers/app.ts";

for (const dialect of DIALECTS) {
  describe(`users cannot see or change each other's data (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t?.close());

    test("every route answers B about B only, and A's data is unchanged", async () => {
      const a = await signUp(t.app, { displayName: "Alice Secretname" });
      await a.client.patch("/api/account/profile", { nativeLanguage: "Portuguese", level: "senior", timeZone: "America/Sao_Paulo" });
      const aBefore = (await a.client.get("/api/account")).body.user;

      const b = await signUp(t.app, { displayName: "Bob" });
      const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
      const secrets = [a.user.id, a.email, "Alice Secretname", "Portuguese"];

      for (const [path, item] of Object.entries<any>(doc.paths)) {
        for (const method of Object.keys(item)) {
          // Path parameters are filled with A's id: B must not reach A's resources by guessing.
          const url = path.replace(/\{[^}]+\}/g, a.user.id);
          if (method === "get") {
            const res = await b.client.get(url);
            for (const s of secrets) assert.ok(!res.text.includes(s), `GET ${url} shows B something of A's (${s})`);
          } else if (method !== "delete" && method !== "post") {
            const res = await b.client.raw(method.toUpperCase() as any, url, { displayName: "Hijacked" });
            assert.ok(res.status < 500, `${method} ${url}`);
          }
        }
      }
      const aAfter = (await a.client.get("/api/account")).body.user;
      assert.deepEqual(aAfter, aBefore);
      const bNow = (await b.client.get("/api/account")).body.user;
      assert.equal(bNow.id, b.user.id);
    });

    test("B's account deletion leaves A's account and sessions intact", async () => {
      const a = await signUp(t.app);
      const b = await signUp(t.app);
      assert.equal((await b.client.delete("/api/account", { password: b.password })).status, 204);
      assert.equal((await a.client.get("/api/account")).status, 200);
    });
  });
}
