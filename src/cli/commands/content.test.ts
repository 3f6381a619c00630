import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { contentCommand } from "./content.ts";

/** A content directory holding the given files. */
function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "parlance-content-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const valid = {
  "r/role.yaml": "id: r\ntitle: R\nsummary: A role.\nareas: [a]\n",
  "r/areas/a.yaml": "id: a\ntitle: A\nsummary: An area.\noutcomes: [one, two, three]\n",
};

/** Run `content check` with arguments; returns what it printed and its exit code. */
async function run(t: { mock: { method: typeof import("node:test").mock.method } }, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  t.mock.method(console, "log", (line: string) => out.push(line));
  t.mock.method(console, "error", (line: string) => err.push(line));
  await contentCommand().parseAsync(["check", ...args], { from: "user" });
  const code = process.exitCode;
  process.exitCode = undefined;
  return { out, err, code };
}

test("a valid pack: one summary line, exit 0", async (t) => {
  const { out, code } = await run(t, "--dir", contentDir(valid));
  assert.equal(code, 0);
  assert.deepEqual(out, ["content OK (r: 1 area, 0 terms, 0 topics, 0 questions, 0 scenarios, 0 exercises in 0 sets)"]);
});

test("problems are printed as file:line field — message, grouped by file, then a summary; exit 1", async (t) => {
  const dir = contentDir({
    ...valid,
    "r/role.yaml": "id: r\ntitle: R\nsummary: A role.\nareas: [a, b]\n",
    "r/areas/a.yaml": "id: a\ntitle: A\noutcomes: [one, two, three]\n",
  });
  const { out, code } = await run(t, "--dir", dir);
  assert.equal(code, 1);
  assert.deepEqual(out, [
    "r/areas/a.yaml:1 summary — is required",
    "",
    'r/role.yaml:4 areas.1 — unknown area id "b"',
    "",
    "2 problems in 2 files (r: 0 areas, 0 terms, 0 topics, 0 questions, 0 scenarios, 0 exercises in 0 sets)",
  ]);
});

test("--json prints { ok, problems, stats }", async (t) => {
  const dir = contentDir({ ...valid, "r/areas/a.yaml": "id: a\ntitle: A\noutcomes: [one, two, three]\n" });
  const { out, code } = await run(t, "--dir", dir, "--json");
  assert.equal(code, 1);
  const report = JSON.parse(out.join("\n"));
  assert.equal(report.ok, false);
  assert.deepEqual(report.problems, [{ file: "r/areas/a.yaml", line: 1, field: "summary", message: "is required" }]);
  assert.equal(report.stats[0].role, "r");
});

test("a missing content directory is an error, exit 1", async (t) => {
  const { err, code } = await run(t, "--dir", join(tmpdir(), "parlance-no-such-dir"));
  assert.equal(code, 1);
  assert.match(err[0]!, /^parlance: cannot read the content directory .*parlance-no-such-dir/);
});
