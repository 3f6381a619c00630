/**
 * Roleplays as the API shows them: a conversation with its turns, the learner's progress through
 * the goals, and the report once it has ended. A learner turn carries the coach's feedback on it
 * (which names the points of the current question it made and missed); the accepted wordings of
 * those points and the model dialogue stay on the server until the report.
 */
import { z } from "zod";
import { Setting } from "../../../content/schema.ts";
import { Feedback } from "../coach/coach.schemas.ts";
import { ContentId, ScenarioView } from "../content/content.schemas.ts";

/** Longest turn the coach is asked about; longer ones are refused with 413 by the service. */
export const MAX_TURN_LENGTH = 4_000;

// ---------------------------------------------------------------------------------------------
// Requests

export const SessionParams = z.strictObject({ session: z.uuid("must be a roleplay id") });

export const SessionsQuery = z.strictObject({
  role: ContentId.optional(),
  scenario: ContentId.optional(),
  status: z.enum(["active", "completed"]).optional(),
});

export const StartBody = z.strictObject({
  role: ContentId.default("backend-developer"),
  scenario: ContentId,
});

export const TurnBody = z.strictObject({
  text: z.string().max(10 * MAX_TURN_LENGTH).describe(`what the learner says, 1–${MAX_TURN_LENGTH} characters`),
  clientTurnId: z.uuid("must be a UUID").optional().describe("an id the page makes for this turn, so a retried request is applied once"),
  dictated: z.boolean().optional().describe("whether the browser's speech recognition wrote (part of) it"),
});

// ---------------------------------------------------------------------------------------------
// Responses

const Act = z.enum(["opening", "follow-up", "pushback", "advance", "closing"]);

export const RoleplayTurn = z
  .discriminatedUnion("speaker", [
    z.object({
      index: z.number().int(),
      speaker: z.literal("counterpart"),
      text: z.string(),
      act: Act.describe("what the line does: opens, follows up on something missing, pushes back, moves on, or closes"),
      source: z.enum(["embedded", "llm"]).describe("who wrote the line: the embedded dialogue manager or the configured LLM"),
      at: z.number().int(),
    }),
    z.object({
      index: z.number().int(),
      speaker: z.literal("learner"),
      text: z.string(),
      movesMade: z.number().int().describe("how many of the current question's expected points this reply made"),
      dictated: z.boolean(),
      feedback: Feedback,
      at: z.number().int(),
    }),
  ])
  .meta({ id: "RoleplayTurn" });

const Goal = z.object({ id: z.string(), text: z.string(), met: z.boolean() });

export const RoleplaySummary = z
  .object({
    id: z.uuid(),
    role: z.string(),
    scenario: z.object({ id: z.string(), title: z.string(), level: z.string(), setting: Setting, area: z.string() }),
    status: z.enum(["active", "completed"]),
    endedBy: z.enum(["finished", "learner"]).nullable(),
    startedAt: z.number().int(),
    completedAt: z.number().int().nullable(),
    replies: z.number().int(),
    goalsMet: z.number().int().nullable().describe("set once the conversation has ended"),
    goalsTotal: z.number().int(),
  })
  .meta({ id: "RoleplaySummary" });

export const RoleplayView = RoleplaySummary.extend({
  brief: ScenarioView,
  turns: z.array(RoleplayTurn),
  progress: z.object({
    beat: z.number().int().describe("1-based number of the counterpart's question now open"),
    beats: z.number().int(),
    repliesLeft: z.number().int().describe("replies before the counterpart wraps up at the latest"),
    goals: z.array(Goal),
  }),
  hintsUsed: z.number().int(),
}).meta({ id: "Roleplay" });

export const HintView = z.object({ hint: z.string(), hintsUsed: z.number().int() }).meta({ id: "RoleplayHint" });

const Reply = z.number().int().describe("1-based number of the learner's reply");

export const RoleplayReport = z
  .object({
    session: RoleplaySummary,
    brief: ScenarioView,
    goals: z.array(
      Goal.extend({
        replies: z.array(Reply).describe("the replies that made its points"),
        points: z.array(z.object({ text: z.string(), made: z.boolean(), reply: Reply.optional() })),
      }),
    ),
    goalsMet: z.number().int(),
    replies: z.number().int(),
    hintsUsed: z.number().int(),
    averageScore: z.number().nullable(),
    vocabulary: z.object({
      used: z.array(z.object({ term: z.string(), replies: z.array(Reply) })),
      misused: z.array(z.object({ term: z.string(), reply: Reply, message: z.string() })),
      unused: z.array(z.string()),
    }),
    issues: z.array(
      z.object({
        reply: Reply,
        quote: z.string(),
        category: z.string(),
        message: z.string(),
        replacement: z.string().optional(),
        severity: z.enum(["error", "suggestion"]),
      }),
    ),
    tone: z.object({
      label: z.enum(["diplomatic", "clear", "too-blunt", "too-hedged"]),
      explanation: z.string(),
      examples: z.array(z.object({ reply: Reply, quote: z.string() })),
    }),
    rewrites: z.array(z.object({ reply: Reply, original: z.string(), suggestion: z.string(), reason: z.string() })),
    transcript: z.array(z.object({ speaker: z.enum(["counterpart", "learner"]), text: z.string() })),
    modelDialogue: z.array(z.object({ speaker: z.enum(["counterpart", "learner"]), text: z.string() })),
  })
  .meta({ id: "RoleplayReport" });

export type RoleplayTurn = z.infer<typeof RoleplayTurn>;
export type RoleplaySummary = z.infer<typeof RoleplaySummary>;
export type RoleplayView = z.infer<typeof RoleplayView>;
export type RoleplayReport = z.infer<typeof RoleplayReport>;
