/**
 * `parlance coach` as a batch job sees it: JSON Lines in, JSON Lines out, one line per input in
 * order, bad lines answered with an error, empty input accepted, output streamed before the input
 * ends, and a non-zero exit only when stdin cannot be read. The real command runs in a child process.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, openSync, writeFileSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const CLI = ["--import", "tsx", "src/cli/main.ts", "coach"];
const env = { ...process.env, LOG_LEVEL: "silent", NO_COLOR: "1" };
const run = (args: string[], input: string) => spawnSync(process.execPath, [...CLI, ...args], { input, encoding: "utf8", env, timeout: 120_000 });

// Until src/cli/main.ts registers coachCommand(), these tests have nothing to run against.
const wired = !/unknown command/.test(spawnSync(process.execPath, [...CLI, "grade"], { input: "", encoding: "utf8", env }).stderr);
const it = (name: string, fn: () => Promise<void> | void) => test(name, { skip: wired ? false : "coach is not registered in src/cli/main.ts yet" }, fn);

const lines = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));

it("check: one line per input, in order; bad lines get an error and the run goes on", () => {
  const input = [
    JSON.stringify({ id: "a", text: "We deployed new service and it have many informations." }),
    "this is not JSON",
    JSON.stringify({ id: 7 }),
    "",
    JSON.stringify({ id: "b", text: "Kubernetes restarts the pod when the liveness probe fails." }),
  ].join("\n");
  const r = run(["check"], input);
  assert.equal(r.status, 0, r.stderr);
  const out = lines(r.stdout);
  assert.equal(out.length, 4);
  assert.equal(out[0].id, "a");
  const text = "We deployed new service and it have many informations.";
  assert.deepEqual(out[0].issues.map((i: any) => text.slice(i.start, i.end)), ["new service", "have", "many informations"]);
  for (const i of out[0].issues) assert.deepEqual(Object.keys(i).sort(), ["category", "end", "message", "replacement", "start"]);
  assert.deepEqual(Object.keys(out[1]).sort(), ["error", "id"]);
  assert.equal(out[1].id, null);
  assert.equal(out[2].id, 7);
  assert.match(out[2].error, /text/);
  assert.deepEqual(out[3], { id: "b", issues: [] });
});

it("grade: a score from 0 to 5 with covered and missed key points", () => {
  const input = [
    { id: "good", question: "What is a primary key?", reference: "A primary key uniquely identifies each row in a table and cannot be null.", answer: "It uniquely identifies every row of the table, and it can't be null." },
    { id: "off", question: "What is a primary key?", reference: "A primary key uniquely identifies each row in a table and cannot be null.", answer: "I like hiking." },
    { id: "kp", question: "What is a primary key?", keyPoints: ["A primary key uniquely identifies each row", "A primary key cannot be null"], answer: "A primary key identifies each row uniquely." },
  ].map((l) => JSON.stringify(l)).join("\n");
  const r = run(["grade"], `${input}\n`);
  assert.equal(r.status, 0, r.stderr);
  const [good, off, kp] = lines(r.stdout);
  assert.ok(good.score > off.score);
  for (const g of [good, off, kp]) {
    assert.ok(g.score >= 0 && g.score <= 5);
    assert.ok(Array.isArray(g.covered) && Array.isArray(g.missed));
  }
  assert.deepEqual(kp.covered, ["A primary key uniquely identifies each row"]);
  assert.deepEqual(kp.missed, ["A primary key cannot be null"]);
});

it("empty input: no output, exit 0", () => {
  for (const command of ["check", "grade"]) {
    const r = run([command], "");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "");
  }
});

it("grade streams: the first answer comes out before the input ends", async () => {
  const child = spawn(process.execPath, [...CLI, "grade"], { env, stdio: ["pipe", "pipe", "inherit"] });
  const out = createInterface({ input: child.stdout });
  const first = new Promise<string>((resolve) => out.once("line", resolve));
  child.stdin.write(`${JSON.stringify({ id: 1, question: "q", reference: "A queue decouples services.", answer: "It decouples services." })}\n`);
  assert.equal(JSON.parse(await first).id, 1);
  child.stdin.end(`${JSON.stringify({ id: 2, question: "q", reference: "r", answer: "a" })}\n`);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(code, 0);
});

it("unreadable stdin exits non-zero", () => {
  const dir = mkdtempSync(join(tmpdir(), "parlance-coach-"));
  const fd = openSync(dir, "r");
  try {
    const r = spawnSync(process.execPath, [...CLI, "grade"], { stdio: [fd, "pipe", "pipe"], encoding: "utf8", env });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /cannot read stdin/);
  } finally {
    closeSync(fd);
  }
});

it("feedback: a readable report for a question of the pack; an unknown id exits 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "parlance-coach-"));
  const file = join(dir, "answer.txt");
  writeFileSync(file, "REST stands for Representational State Transfer. It is an architectural style, not a protocol.");
  const r = spawnSync(process.execPath, [...CLI, "feedback", "--question", "rest-and-restful-apis", "--file", file], { encoding: "utf8", env });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Band \d\/5/);
  assert.match(r.stdout, /Good: .+ Next time: /);
  assert.ok(!r.stdout.includes("\u001b["), "no colours when not a terminal");
  const json = spawnSync(process.execPath, [...CLI, "feedback", "--question", "rest-and-restful-apis", "--file", file, "--json"], { encoding: "utf8", env });
  assert.equal(JSON.parse(json.stdout).keyPoints.covered.length >= 2, true);
  const unknown = spawnSync(process.execPath, [...CLI, "feedback", "--question", "no-such-question", "--file", file], { encoding: "utf8", env });
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no question/);
});
