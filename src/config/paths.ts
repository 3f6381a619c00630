import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { existsSync } from "node:fs";

/**
 * The package root, found by walking up from this file to package.json, so paths hold whether the
 * code runs from src/ (tsx) or dist/ (compiled) and whatever the working directory is.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const DEFAULT_CONTENT_DIR = resolve(PACKAGE_ROOT, "content");
export const WEB_DIST_DIR = resolve(PACKAGE_ROOT, "dist", "web");
