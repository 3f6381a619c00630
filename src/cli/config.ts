import { ConfigError, loadConfig, type Config } from "../config/env.ts";

/** The configuration, or one clear line per invalid variable and exit code 1. */
export function configOrExit(): Readonly<Config> {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) console.error(`parlance: invalid configuration: ${p}`);
      process.exit(1);
    }
    throw err;
  }
}
