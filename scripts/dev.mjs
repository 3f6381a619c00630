#!/usr/bin/env node
// Development: the API with reload on :3000 (tsx watch) and the Vite dev server on :5173, which
// proxies /api to it. Ctrl-C stops both.
import { spawn } from "node:child_process";

const procs = [
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "src/cli/main.ts", "serve"], { stdio: "inherit" }),
  spawn("npx", ["vite", "--config", "src/web/vite.config.ts"], { stdio: "inherit" }),
];
const stop = () => procs.forEach((p) => p.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const p of procs) p.on("exit", (code) => { stop(); process.exitCode = code ?? 0; });
