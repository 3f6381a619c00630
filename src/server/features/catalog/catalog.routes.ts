import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

export const AreaSummary = z.object({ id: z.string(), title: z.string(), summary: z.string() });
export const RoleSummary = z
  .object({ id: z.string(), title: z.string(), summary: z.string(), areas: z.array(AreaSummary) })
  .meta({ id: "RoleSummary" });
export type RoleSummary = z.infer<typeof RoleSummary>;

export interface Catalog {
  roles(): Promise<RoleSummary[]>;
}

export const catalogRoutes: FastifyPluginAsyncZod<{ catalog: Catalog }> = async (app, { catalog }) => {
  app.get(
    "/api/catalog",
    {
      schema: {
        tags: ["content"],
        summary: "The roles Parlance teaches and their topic areas",
        response: { 200: z.object({ roles: z.array(RoleSummary) }) },
      },
    },
    async () => ({ roles: await catalog.roles() }),
  );
};
