/** Session lifetime: 30 days, renewed while in use, and gone once expired. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, signUp, type TestApp } from "../helpers/app.ts";

const DAY = 24 * 3600_000;

for (const dialect of DIALECTS) {
  describe(`session lifetime (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let now = Date.UTC(2026, 0, 10, 12);
    before(async () => {
      t = await buildTestApp(dialect, {}, { clock: { now: () => now } });
    });
    after(async () => t?.close());

    test("a session used within 30 days is renewed (new cookie, later expiry); an unused one expires", async () => {
      const active = await signUp(t.app);
      const idle = await signUp(t.app);

      now += 20 * DAY;
      const renewed = await active.client.get("/api/account");
      assert.equal(renewed.status, 200);
      assert.match(String(renewed.headers["set-cookie"]), /Max-Age=2592000/, "renewed to a full 30 days");
      const quiet = await active.client.get("/api/account");
      assert.equal(quiet.headers["set-cookie"], undefined, "not renewed again on the next request");

      now += 15 * DAY; // 35 days after sign-up: the idle session is past its 30 days
      assert.equal((await idle.client.get("/api/account")).status, 401);
      assert.equal((await active.client.get("/api/account")).status, 200);
    });
  });
}
