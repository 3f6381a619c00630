#!/usr/bin/env node
// The `parlance` command runs the compiled code in dist/ (built by `npm install` via the prepare
// script, or `npm run build`).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  console.error("parlance: dist/ is missing. Run `npm run build` (npm install does it for you).");
  process.exit(1);
}
await import(entry.href);
