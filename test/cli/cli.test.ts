/**
 * The `parlance` command as an operator meets it: help for every subcommand, configuration errors,
 * migrations, online backups, and a graceful stop.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent", ...env } });

test("--help works for the command and every subcommand", () => {
  for (const args of [["--help"], ["serve", "--help"], ["db", "--help"], ["db", "migrate", "--help"], ["backup", "--help"]]) {
    const r = run(args);
    assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stdout, /Usage: parlance/);
  }
});

test("invalid configuration stops with one line naming the variable and exit code 1", () => {
  const r = run(["serve"], { PORT: "eighty", DATA_DIR: mkdtempSync(join(tmpdir(), "parlance-cli-")) });
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim().split("\n").length, 1);
  assert.match(r.stderr, /PORT/);
});

test("db migrate creates the database; backup writes a consistent copy", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "parlance-cli-"));
  const migrated = run(["db", "migrate"], { DATA_DIR: dataDir });
  assert.equal(migrated.status, 0, migrated.stderr);
  assert.match(migrated.stdout, /applied: /);
  assert.match(run(["db", "migrate"], { DATA_DIR: dataDir }).stdout, /up to date/);

  const target = join(dataDir, "copy.db");
  const backup = run(["backup", target], { DATA_DIR: dataDir });
  assert.equal(backup.status, 0, backup.stderr);
  const copy = new SQLite(target, { readonly: true });
  const tables = copy.prepare("select name from sqlite_master where type = 'table'").all().map((r: any) => r.name);
  copy.close();
  assert.ok(tables.includes("users") && tables.includes("sessions"));
  assert.equal(run(["backup", target], { DATA_DIR: dataDir }).status, 1, "refuses to overwrite");
});

test("serve answers, then stops cleanly on SIGTERM", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "parlance-cli-"));
  const child = spawn(process.execPath, [...CLI, "serve"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const ready = await fetch(`${url}/readyz`);
  assert.equal(ready.status, 200);
  assert.ok(existsSync(join(dataDir, "parlance.db")), "data directory and database created on first start");
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  child.kill("SIGTERM");
  assert.equal(await exited, 0);
  assert.match(out, /shutting down/);
  // Stopped while the coach's workers were still starting: a clean stop logs no error.
  assert.doesNotMatch(out, /"level":(50|60)/);
});
