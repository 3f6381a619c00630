/**
 * The coach for every feature: `app.coach` answers from a pool of worker threads (one coach each),
 * so feedback never blocks the event loop. Workers start on first use, or at once with warm().
 */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { createCoachPool, type CoachClient } from "../features/coach/coach-pool.ts";

declare module "fastify" {
  interface FastifyInstance {
    coach: CoachClient;
  }
}

export const coachPlugin = fp(async (app: FastifyInstance, opts: { workers: number; contentDir: string; warm: boolean }) => {
  const pool = createCoachPool({ size: opts.workers, contentDir: opts.contentDir, logger: app.log });
  app.decorate("coach", pool);
  let closing = false;
  app.addHook("onClose", async () => {
    closing = true;
    await pool.close();
  });
  if (opts.warm) {
    // A server stopped while its workers are still starting stops them on purpose: not an error.
    pool.warm().catch((err) => {
      if (!closing) app.log.error({ err }, "the coach could not start");
    });
  }
});
