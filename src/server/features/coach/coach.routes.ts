import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Task } from "../../../coach/types.ts";
import { requireText } from "../../errors.ts";
import { requireUser } from "../../plugins/session.ts";
import { errorResponses } from "../../schemas.ts";
import { CoachTask, Feedback } from "./coach.schemas.ts";

export const MAX_TEXT_LENGTH = 20_000;

export const coachRoutes: FastifyPluginAsyncZod<{ perUserPerMinute: number }> = async (app, opts) => {
  app.post(
    "/api/coach/feedback",
    {
      schema: {
        tags: ["coach"],
        summary: "The coach's feedback on a text for a task",
        description: `The text must not be empty and may be up to ${MAX_TEXT_LENGTH} characters (413 beyond).`,
        security: [{ session: [] }],
        body: z.strictObject({
          // Longer texts are refused with 413 by the handler, not 400 by the schema.
          text: z.string().max(10 * MAX_TEXT_LENGTH),
          task: CoachTask,
        }),
        response: { 200: Feedback, ...errorResponses(400, 401, 403, 413, 415, 429) },
      },
      config: {
        rateLimit: {
          max: opts.perUserPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => (request.user ? `coach:${request.user.id}` : `coach:${request.ip}`),
        },
      },
    },
    async (request) => {
      requireUser(request);
      const { text, task } = request.body;
      // Checked only: offsets in the feedback are into the text as sent, so it is not trimmed.
      requireText(text, MAX_TEXT_LENGTH, "text");
      return app.coach.feedback(text, task as Task);
    },
  );
};
