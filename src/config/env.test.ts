import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./env.ts";

const dir = () => mkdtempSync(join(tmpdir(), "parlance-env-"));

test("defaults: port 3000, SQLite in the data directory, a generated secret kept across starts", () => {
  const cwd = dir();
  const a = loadConfig({}, cwd);
  assert.equal(a.port, 3000);
  assert.deepEqual(a.database, { kind: "sqlite", file: join(cwd, "data", "parlance.db") });
  assert.ok(a.sessionSecret.length >= 32);
  assert.equal(readFileSync(join(cwd, "data", "session-secret"), "utf8").trim(), a.sessionSecret);
  assert.equal(loadConfig({}, cwd).sessionSecret, a.sessionSecret);
  assert.ok(Object.isFrozen(a));
});

test("DATABASE_URL chooses the database", () => {
  const cwd = dir();
  const cases: Array<[string, unknown]> = [
    ["postgres://u@h:5432/db", { kind: "postgres", url: "postgres://u@h:5432/db" }],
    ["postgresql://u@h/db", { kind: "postgres", url: "postgresql://u@h/db" }],
    ["./my.db", { kind: "sqlite", file: join(cwd, "my.db") }],
    ["sqlite:///tmp/x.db", { kind: "sqlite", file: "/tmp/x.db" }],
  ];
  for (const [url, expected] of cases) assert.deepEqual(loadConfig({ DATABASE_URL: url }, cwd).database, expected, url);
});

test("TRUST_PROXY accepts booleans, hop counts and address lists", () => {
  const cwd = dir();
  const cases: Array<[string, unknown]> = [
    ["true", true],
    ["false", false],
    ["2", 2],
    ["10.0.0.1, 10.0.0.2", ["10.0.0.1", "10.0.0.2"]],
  ];
  for (const [v, expected] of cases) assert.deepEqual(loadConfig({ TRUST_PROXY: v }, cwd).trustProxy, expected, v);
});

test("every invalid variable is named", () => {
  const cwd = dir();
  try {
    loadConfig({ PORT: "eighty", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x", SESSION_SECRET: "short", TRUST_PROXY: "maybe?" }, cwd);
    assert.fail("expected a ConfigError");
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    const named = err.problems.map((p) => p.split(":")[0]).sort();
    assert.deepEqual(named, ["DATABASE_URL", "LOG_LEVEL", "PORT", "SESSION_SECRET", "TRUST_PROXY"]);
  }
});

test("PUBLIC_ORIGIN is reduced to its origin", () => {
  assert.equal(loadConfig({ PUBLIC_ORIGIN: "https://parlance.example.com/app/" }, dir()).publicOrigin, "https://parlance.example.com");
});
