/**
 * The servers under load, in one child process so the load generator does not share their event
 * loop: Parlance as `parlance serve` runs it (SQLite, migrations, content), and a bare Fastify app
 * returning a constant JSON body as the baseline. Prints their URLs as one JSON line.
 */
import Fastify from "fastify";
import { startServer } from "../test/helpers/server.ts";

const parlance = await startServer({ RATE_LIMIT_PER_MINUTE: "100000000" });
const bare = Fastify({ logger: false });
bare.get("/constant", async () => ({ status: "ok" }));
const baseline = await bare.listen({ port: 0, host: "127.0.0.1" });
console.log(JSON.stringify({ parlance: parlance.url, baseline }));

process.on("SIGTERM", async () => {
  await bare.close();
  await parlance.close();
  process.exit(0);
});
