/** The coach's task and feedback as the API accepts and returns them. */
import { z } from "zod";
import { STRUCTURE_KINDS } from "../../../coach/types.ts";

const Span = { start: z.number().int(), end: z.number().int() };
const Source = z.enum(["harper", "coach", "llm"]);
const short = z.string().trim().min(1).max(500);

export const CoachTask = z
  .strictObject({
    kind: z.enum(["interview-answer", "roleplay-turn", "written-exercise", "free-writing"]),
    prompt: z.string().max(2000).optional(),
    level: z.enum(["junior", "mid", "senior"]).optional(),
    reference: z.string().max(5000).optional(),
    keyPoints: z
      .array(z.union([short, z.strictObject({ text: short, accept: z.array(short).max(12).optional(), id: short.optional(), kind: z.enum(["statement", "move"]).optional() })]))
      .max(12)
      .optional(),
    targetVocabulary: z
      .array(z.union([short, z.strictObject({ term: short, aliases: z.array(short).max(12).optional(), id: short.optional() })]))
      .max(20)
      .optional(),
    structure: z.enum(STRUCTURE_KINDS as unknown as [string, ...string[]]).optional(),
    register: z.enum(["formal", "neutral"]).optional(),
  })
  .meta({ id: "CoachTask" });

export const Feedback = z
  .object({
    overall: z.number(),
    band: z.number().int().min(0).max(5),
    bandLabel: z.string(),
    scores: z.object({
      content: z.number().nullable(),
      language: z.number(),
      vocabulary: z.number(),
      structure: z.number().nullable(),
      clarity: z.number(),
    }),
    issues: z.array(
      z.object({
        ...Span,
        category: z.string(),
        message: z.string(),
        replacement: z.string().optional(),
        rule: z.string(),
        source: Source,
        severity: z.enum(["error", "suggestion"]),
      }),
    ),
    keyPoints: z.object({
      covered: z.array(z.object({ text: z.string(), evidence: z.object(Span), quote: z.string(), strength: z.number(), source: Source })),
      missed: z.array(
        z.object({
          text: z.string(),
          reason: z.enum(["absent", "partial", "contradicted"]),
          evidence: z.object(Span).optional(),
          source: Source,
        }),
      ),
    }),
    vocabulary: z.object({
      used: z.array(z.object({ term: z.string(), span: z.object(Span) })),
      misused: z.array(z.object({ term: z.string(), span: z.object(Span), message: z.string() })),
      unused: z.array(z.string()),
      domainTerms: z.array(z.string()),
    }),
    structure: z
      .object({
        kind: z.string(),
        parts: z.array(z.object({ id: z.string(), label: z.string(), present: z.boolean(), evidence: z.object(Span).optional() })),
        inOrder: z.boolean(),
        score: z.number(),
      })
      .nullable(),
    rewrites: z.array(z.object({ ...Span, original: z.string(), suggestion: z.string(), reason: z.string(), source: Source })),
    summary: z.string(),
    stats: z.object({ words: z.number(), sentences: z.number(), averageSentenceLength: z.number(), readingEase: z.number() }),
    sources: z.array(Source),
    llm: z.object({ model: z.string(), latencyMs: z.number(), summary: z.string().optional() }).optional(),
  })
  .meta({ id: "CoachFeedback" });
