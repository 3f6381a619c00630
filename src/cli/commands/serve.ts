import { Command } from "commander";
import { startServer } from "../../server/server.ts";
import { configOrExit } from "../config.ts";

export function serveCommand(): Command {
  return new Command("serve")
    .description("Start the Parlance server (applies migrations and loads content first).")
    .addHelpText(
      "after",
      "\nConfigured by environment variables: PORT, HOST, DATABASE_URL, DATA_DIR, SESSION_SECRET,\nLOG_LEVEL, CONTENT_DIR, TRUST_PROXY, PUBLIC_ORIGIN, BODY_LIMIT, RATE_LIMIT_PER_MINUTE (see README).",
    )
    .action(async () => {
      const config = configOrExit();
      try {
        await startServer(config);
      } catch (err) {
        console.error(`parlance: could not start: ${(err as Error).message}`);
        process.exit(1);
      }
    });
}
