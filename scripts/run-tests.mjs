#!/usr/bin/env node
// Runs the test suite with Node's built-in runner: unit tests beside the code (src/**/*.test.ts),
// API tests (test/api), browser tests (test/browser, after building the web app).
// Usage: node scripts/run-tests.mjs [unit|api|browser ...]
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const TIERS = { unit: ["src"], api: ["test/api", "test/cli"], browser: ["test/browser"] };
const asked = process.argv.slice(2);
const tiers = asked.length ? asked : Object.keys(TIERS);
for (const t of tiers) if (!TIERS[t]) { console.error(`unknown tier ${t}; use ${Object.keys(TIERS).join(", ")}`); process.exit(2); }

const walk = (dir) => {
  try {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      if (f === "node_modules" || f === "web") return [];
      return statSync(p).isDirectory() ? walk(p) : p.endsWith(".test.ts") ? [p] : [];
    });
  } catch {
    return [];
  }
};

const files = tiers.flatMap((t) => TIERS[t].flatMap(walk)).sort();
if (tiers.includes("browser") && !process.env.PARLANCE_SKIP_WEB_BUILD) {
  const build = spawnSync("npm", ["run", "--silent", "build:web"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = { ...process.env, TZ: "UTC", NODE_ENV: "test" };
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...files],
  { stdio: "inherit", env },
);
process.exit(result.status ?? 1);
