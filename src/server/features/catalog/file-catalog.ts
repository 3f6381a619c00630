/**
 * The catalog (roles and their topic areas) read straight from the content folder at start-up.
 * Small and read-only: held in memory.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { Area, Role } from "../../../content/schema.ts";
import type { Catalog, RoleSummary } from "./catalog.routes.ts";

export function readCatalog(contentDir: string): Catalog {
  const roles: RoleSummary[] = [];
  const roleDirs = existsSync(contentDir)
    ? readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(contentDir, d.name, "role.yaml")))
    : [];
  for (const dir of roleDirs) {
    const base = join(contentDir, dir.name);
    const role = Role.parse(parse(readFileSync(join(base, "role.yaml"), "utf8")));
    const areas = new Map(
      readdirSync(join(base, "areas"))
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => Area.parse(parse(readFileSync(join(base, "areas", f), "utf8"))))
        .map((a) => [a.id, a]),
    );
    roles.push({
      id: role.id,
      title: role.title,
      summary: role.summary,
      areas: role.areas.flatMap((id) => {
        const a = areas.get(id);
        return a ? [{ id: a.id, title: a.title, summary: a.summary }] : [];
      }),
    });
  }
  return { roles: async () => roles };
}
