import { Command } from "commander";
import { openDatabase } from "../../db/database.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { configOrExit } from "../config.ts";

export function dbCommand(): Command {
  const db = new Command("db").description("Database maintenance.");
  db.command("migrate")
    .description("Apply every pending migration to the configured database (the server also does this at start-up).")
    .action(async () => {
      const config = configOrExit();
      const database = openDatabase(config.database);
      try {
        const applied = await migrateToLatest(database);
        console.log(applied.length ? `applied: ${applied.join(", ")}` : "the database is up to date");
      } catch (err) {
        console.error(`parlance: ${(err as Error).message}`);
        process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
  return db;
}
