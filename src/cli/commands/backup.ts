import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Command } from "commander";
import { backupSqlite } from "../../db/database.ts";
import { configOrExit } from "../config.ts";

export function backupCommand(): Command {
  return new Command("backup")
    .description("Write a consistent copy of the SQLite database to <file>, safely while the server runs.")
    .argument("<file>", "where to write the backup (must not exist)")
    .addHelpText("after", "\nOn PostgreSQL use pg_dump instead; this command covers the embedded SQLite database.")
    .action(async (file: string) => {
      const config = configOrExit();
      if (config.database.kind !== "sqlite") {
        console.error("parlance: backup copies the SQLite database; on PostgreSQL use pg_dump.");
        process.exit(1);
      }
      const target = resolve(file);
      if (existsSync(target)) {
        console.error(`parlance: ${target} already exists; choose a new file name.`);
        process.exit(1);
      }
      if (!existsSync(config.database.file)) {
        console.error(`parlance: no database at ${config.database.file} yet; start Parlance once first.`);
        process.exit(1);
      }
      await backupSqlite(config.database.file, target);
      console.log(`backed up ${config.database.file} to ${target}`);
    });
}
