/**
 * The only module in src/content that touches the file system: it reads role folders and hands
 * their text to the pure `parsePack`.
 */
import { readFile, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { ContentFile, PackResult } from "./model.ts";
import { parsePack } from "./parse-pack.ts";

/** Every file under a folder, skipping hidden ones (.DS_Store, editor swap files). */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith("."))
      .map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}

/** Read and schema-check one role folder, e.g. readPack("content", "backend-developer"). */
export async function readPack(contentDir: string, roleId: string): Promise<PackResult> {
  const paths = await listFiles(join(contentDir, roleId));
  const files: ContentFile[] = await Promise.all(
    paths.map(async (path) => ({
      path: relative(contentDir, path).split(sep).join("/"),
      text: await readFile(path, "utf8"),
    })),
  );
  return parsePack(roleId, files);
}

/** Read every role folder under a content directory, in name order. */
export async function readContent(contentDir: string): Promise<PackResult[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  const roles = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
  return Promise.all(roles.map((role) => readPack(contentDir, role)));
}
