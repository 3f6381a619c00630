/**
 * The optional LLM provider: asks an OpenAI-compatible chat completions endpoint for feedback and
 * rewrites with a JSON-schema-constrained response, validates the answer with Zod, and throws an
 * LlmError saying why when anything goes wrong (timeout, HTTP error, output that is not what was
 * asked for). The embedded coach's result goes along as context, so the model adds to it rather
 * than repeating it.
 */
import { z } from "zod";
import type { Feedback, IssueCategory, Task } from "../types.ts";
import type { LlmConfig } from "./config.ts";
import { chatJson } from "./chat.ts";

const CATEGORIES = [
  "spelling", "grammar", "article", "agreement", "tense", "uncountable", "preposition", "word-choice", "punctuation",
  "capitalization", "filler", "hedging", "vague", "register", "tone", "long-sentence", "passive", "style",
] as const satisfies readonly IssueCategory[];

/** What the model must return. */
export const LlmReview = z.object({
  issues: z
    .array(
      z.object({
        quote: z.string().min(1).max(300),
        category: z.enum(CATEGORIES),
        message: z.string().min(1).max(400),
        replacement: z.string().max(300).nullable(),
      }),
    )
    .max(20),
  rewrites: z.array(z.object({ original: z.string().min(1).max(1000), suggestion: z.string().min(1).max(1000), reason: z.string().max(300) })).max(3),
  summary: z.string().max(600),
});
export type LlmReview = z.infer<typeof LlmReview>;

/** The same shape as a JSON schema for response_format (strict mode: every property required). */
export const REVIEW_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["issues", "rewrites", "summary"],
  properties: {
    issues: {
      type: "array",
      maxItems: 20,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["quote", "category", "message", "replacement"],
        properties: {
          quote: { type: "string", description: "the exact words from the learner's text" },
          category: { type: "string", enum: [...CATEGORIES] },
          message: { type: "string", description: "one plain sentence for the learner" },
          replacement: { type: ["string", "null"], description: "the corrected words, or null" },
        },
      },
    },
    rewrites: {
      type: "array",
      maxItems: 3,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["original", "suggestion", "reason"],
        properties: {
          original: { type: "string", description: "a sentence copied exactly from the learner's text" },
          suggestion: { type: "string" },
          reason: { type: "string" },
        },
      },
    },
    summary: { type: "string", description: "Good: … Next time: …" },
  },
} as const;

export { LlmError, type LlmFailure } from "./chat.ts";

export interface LlmProvider {
  readonly model: string;
  review(text: string, task: Task, embedded: Feedback): Promise<LlmReview>;
}

const SYSTEM = [
  "You are an English coach for backend developers who are practising the English of their job and of job interviews.",
  "Many are non-native speakers. Be precise, specific and kind.",
  "You receive the task, the learner's text and the findings of an automatic checker.",
  "Add what the checker missed: language mistakes (quote the exact words), unclear or wrong technical statements,",
  "and up to three rewrites of the weakest sentences (copy each original sentence exactly).",
  "Do not repeat the checker's findings. Answer only with JSON that matches the schema.",
].join(" ");

export interface ProviderOptions {
  /** For tests and custom transports; default: the global fetch. */
  fetch?: typeof fetch;
}

export function createOpenAiProvider(config: LlmConfig, options: ProviderOptions = {}): LlmProvider {
  const doFetch = options.fetch ?? fetch;
  return {
    model: config.model,
    async review(text, task, embedded) {
      return chatJson(
        config,
        {
          schemaName: "coach_review",
          jsonSchema: REVIEW_JSON_SCHEMA,
          parse: LlmReview,
          messages: [
            { role: "system", content: SYSTEM },
            {
              role: "user",
              content: JSON.stringify({
                task: { kind: task.kind, prompt: task.prompt, level: task.level, structure: task.structure, keyPoints: task.keyPoints },
                text,
                checker: {
                  band: embedded.band,
                  issues: embedded.issues.map((i) => ({ quote: text.slice(i.start, i.end), category: i.category, message: i.message })),
                  missedKeyPoints: embedded.keyPoints.missed.map((k) => k.text),
                },
              }),
            },
          ],
        },
        doFetch,
      );
    },
  };
}
