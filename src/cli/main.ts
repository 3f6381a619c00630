/**
 * The `parlance` command. Each subcommand lives in commands/ and is added here.
 */
import { Command } from "commander";
import { VERSION } from "../version.ts";
import { serveCommand } from "./commands/serve.ts";
import { dbCommand } from "./commands/db.ts";
import { backupCommand } from "./commands/backup.ts";
import { contentCommand } from "./commands/content.ts";
import { coachCommand } from "./commands/coach.ts";

const program = new Command("parlance")
  .description("Parlance: practise the English of backend development.")
  .version(VERSION)
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(dbCommand())
  .addCommand(backupCommand())
  .addCommand(contentCommand())
  .addCommand(coachCommand());

await program.parseAsync(process.argv);
