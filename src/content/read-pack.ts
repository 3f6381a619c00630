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

/** The files of one role folder, as paths relative to the content directory, in path order. */
export async function readPackFiles(contentDir: string, roleId: string): Promise<ContentFile[]> {
  const paths = await listFiles(join(contentDir, roleId));
  const files = await Promise.all(
    paths.map(async (path) => ({ path: relative(contentDir, path).split(sep).join("/"), text: await readFile(path, "utf8") })),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The role folders of a content directory, in name order. */
export async function listRoles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
}

/** Read and schema-check one role folder, e.g. readPack("content", "backend-developer"). */
export async function readPack(contentDir: string, roleId: string): Promise<PackResult> {
  return parsePack(roleId, await readPackFiles(contentDir, roleId));
}

/** Read every role folder under a content directory, in name order. */
export async function readContent(contentDir: string): Promise<PackResult[]> {
  return Promise.all((await listRoles(contentDir)).map((role) => readPack(contentDir, role)));
}
