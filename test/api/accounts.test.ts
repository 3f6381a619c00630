import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, client, signUp, type TestApp } from "../helpers/app.ts";

for (const dialect of DIALECTS) {
  describe(`accounts (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t?.close());

    test("sign up signs in, and the account is readable", async () => {
      const { client: c, email } = await signUp(t.app, { displayName: "Priya" });
      const me = await c.get("/api/account");
      assert.equal(me.status, 200);
      assert.equal(me.body.user.email, email);
      assert.equal(me.body.user.displayName, "Priya");
      assert.equal(me.body.user.level, "junior");
      assert.equal(me.body.user.targetRole, "backend-developer");
      assert.equal("passwordHash" in me.body.user || "password_hash" in me.body.user, false);
    });

    test("the session cookie is HttpOnly and SameSite=Lax, and Secure only over https", async () => {
      const c = client(t.app);
      const res = await c.post("/api/auth/sign-up", { email: "cookie@example.com", password: "a long passphrase 42", displayName: "C" });
      const cookie = String(res.headers["set-cookie"]);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/);
    });

    test("e-mail addresses are unique regardless of case: 409", async () => {
      const { email } = await signUp(t.app);
      const res = await client(t.app).post("/api/auth/sign-up", { email: email.toUpperCase(), password: "another long passphrase", displayName: "X" });
      assert.equal(res.status, 409);
      assert.equal(res.body.error.code, "email_taken");
    });

    test("short and common passwords are refused with the field named", async () => {
      for (const password of ["short", "1234567890", "qwertyuiop"]) {
        const res = await client(t.app).post("/api/auth/sign-up", { email: `p${password.length}${password}@example.com`, password, displayName: "X" });
        assert.equal(res.status, 400, password);
        assert.equal(res.body.error.code, "validation_failed");
        assert.equal(res.body.error.details[0].path, "password");
      }
    });

    test("sign out ends the session; sign in starts a new one", async () => {
      const { client: c, email, password } = await signUp(t.app);
      assert.equal((await c.post("/api/auth/sign-out")).status, 204);
      assert.equal((await c.get("/api/account")).status, 401);
      const res = await c.post("/api/auth/sign-in", { email, password });
      assert.equal(res.status, 200);
      assert.equal((await c.get("/api/account")).status, 200);
    });

    test("a signed-out token cannot be replayed", async () => {
      const { client: c } = await signUp(t.app);
      const token = c.cookies.get("parlance_session")!;
      await c.post("/api/auth/sign-out");
      const replay = await t.app.inject({ method: "GET", url: "/api/account", headers: { cookie: `parlance_session=${token}` } });
      assert.equal(replay.statusCode, 401);
    });

    test("unknown e-mail and wrong password get the same answer", async () => {
      const { email } = await signUp(t.app);
      const wrong = await client(t.app).post("/api/auth/sign-in", { email, password: "not the password at all" });
      const unknown = await client(t.app).post("/api/auth/sign-in", { email: "nobody-here@example.com", password: "not the password at all" });
      assert.equal(wrong.status, 401);
      assert.equal(unknown.status, 401);
      assert.deepEqual(wrong.body, unknown.body);
    });

    test("repeated failed sign-ins for one account are throttled with Retry-After", async () => {
      const { email, password } = await signUp(t.app);
      for (let i = 0; i < 5; i++) {
        assert.equal((await client(t.app).post("/api/auth/sign-in", { email, password: "wrong password " + i })).status, 401);
      }
      const blocked = await client(t.app).post("/api/auth/sign-in", { email, password });
      assert.equal(blocked.status, 429);
      assert.equal(blocked.body.error.code, "rate_limited");
      assert.ok(Number(blocked.headers["retry-after"]) > 0);
    });

    test("profile updates are validated and kept", async () => {
      const { client: c } = await signUp(t.app);
      const ok = await c.patch("/api/account/profile", {
        level: "senior",
        dailyGoalMinutes: 30,
        timeZone: "Asia/Kolkata",
        nativeLanguage: "Hindi",
        displayName: "  Ravi  ",
      });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.user.displayName, "Ravi");
      const me = await c.get("/api/account");
      assert.equal(me.body.user.level, "senior");
      assert.equal(me.body.user.dailyGoalMinutes, 30);
      assert.equal(me.body.user.timeZone, "Asia/Kolkata");
      assert.equal(me.body.user.nativeLanguage, "Hindi");
      const bad = await c.patch("/api/account/profile", { timeZone: "Mars/Olympus", dailyGoalMinutes: 1000 });
      assert.equal(bad.status, 400);
      const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
      assert.deepEqual(paths, ["dailyGoalMinutes", "timeZone"]);
    });

    test("changing the password signs out other sessions and keeps this one", async () => {
      const { client: c, email, password } = await signUp(t.app);
      const other = client(t.app);
      assert.equal((await other.post("/api/auth/sign-in", { email, password })).status, 200);
      const wrong = await c.post("/api/account/password", { currentPassword: "not it at all!", newPassword: "a brand new passphrase" });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error.details[0].path, "currentPassword");
      const res = await c.post("/api/account/password", { currentPassword: password, newPassword: "a brand new passphrase" });
      assert.equal(res.status, 204);
      assert.equal((await c.get("/api/account")).status, 200);
      assert.equal((await other.get("/api/account")).status, 401);
      assert.equal((await client(t.app).post("/api/auth/sign-in", { email, password })).status, 401);
      assert.equal((await client(t.app).post("/api/auth/sign-in", { email, password: "a brand new passphrase" })).status, 200);
    });

    test("deleting the account needs the password and removes every row of the user", async () => {
      const { client: c, email, password, user } = await signUp(t.app);
      const keep = await signUp(t.app);
      assert.equal((await c.delete("/api/account", { password: "wrong password!!" })).status, 400);
      assert.equal((await c.delete("/api/account", { password })).status, 204);
      assert.equal((await c.get("/api/account")).status, 401);
      assert.equal((await client(t.app).post("/api/auth/sign-in", { email, password })).status, 401);
      const db = t.database.handle.db;
      assert.equal((await db.selectFrom("users").select("id").where("id", "=", user.id).execute()).length, 0);
      assert.equal((await db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).length, 0);
      assert.equal((await keep.client.get("/api/account")).status, 200);
    });

    test("writes from another origin, or cookie writes without an Origin, are refused", async () => {
      const { client: c } = await signUp(t.app);
      const foreign = await c.patch("/api/account/profile", { level: "mid" }, { origin: "https://evil.example" });
      assert.equal(foreign.status, 403);
      assert.equal(foreign.body.error.code, "cross_origin_rejected");
      const cookie = `parlance_session=${c.cookies.get("parlance_session")}`;
      const noOrigin = await t.app.inject({
        method: "PATCH",
        url: "/api/account/profile",
        headers: { host: "localhost", cookie, "content-type": "application/json" },
        payload: JSON.stringify({ level: "mid" }),
      });
      assert.equal(noOrigin.statusCode, 403);
      assert.equal((await c.get("/api/account")).body.user.level, "junior");
    });

    test("a form-encoded write is refused with 415", async () => {
      const { client: c } = await signUp(t.app);
      const res = await c.raw("PATCH", "/api/account/profile", undefined, {
        "content-type": "application/x-www-form-urlencoded",
      });
      assert.equal(res.status, 415);
    });
  });
}
