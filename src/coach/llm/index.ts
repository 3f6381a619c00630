/**
 * The coach with an LLM behind it: `withLlm(coach, provider)` returns a Coach whose feedback is
 * the embedded feedback plus the model's findings. When the model times out, answers with an
 * HTTP error or returns something that is not valid, the embedded feedback is returned as it is
 * and the reason is logged. `check` and `grade` stay embedded-only (fast, deterministic).
 */
import type { Coach } from "../coach.ts";
import { llmConfigFromEnv, type LlmConfig } from "./config.ts";
import { mergeReview } from "./merge.ts";
import { createOpenAiProvider, LlmError, type LlmProvider, type ProviderOptions } from "./provider.ts";

/** What the coach logs; pino's logger fits. */
export interface LlmLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

const consoleLogger: LlmLogger = { warn: (details, message) => console.warn(message, details) };

export function withLlm(coach: Coach, provider: LlmProvider, logger: LlmLogger = consoleLogger): Coach {
  return {
    check: (text, share) => coach.check(text, share),
    grammar: (text) => coach.grammar(text),
    grade: (input) => coach.grade(input),
    async feedback(text, task, share) {
      const embedded = await coach.feedback(text, task, share);
      if (!text.trim()) return embedded;
      const t0 = performance.now();
      try {
        const review = await provider.review(text, task, embedded);
        return mergeReview(text, embedded, review, { model: provider.model, latencyMs: Math.round(performance.now() - t0) });
      } catch (err) {
        const reason = err instanceof LlmError ? err.reason : "error";
        logger.warn({ reason, error: (err as Error).message, model: provider.model, ms: Math.round(performance.now() - t0) }, "coach: LLM feedback unavailable, using the embedded feedback");
        return embedded;
      }
    },
  };
}

/** The coach with the LLM from the environment when COACH_LLM_URL and COACH_LLM_MODEL are set, else the coach as it is. */
export function withLlmFromEnv(coach: Coach, options: { env?: Record<string, string | undefined>; logger?: LlmLogger } & ProviderOptions = {}): Coach {
  const config: LlmConfig | null = llmConfigFromEnv(options.env);
  if (!config) return coach;
  return withLlm(coach, createOpenAiProvider(config, options), options.logger);
}

export { llmConfigFromEnv, completionsUrl, LlmConfig, LlmConfigError } from "./config.ts";
export { createOpenAiProvider, LlmError, LlmReview, REVIEW_JSON_SCHEMA, type LlmProvider } from "./provider.ts";
export { mergeReview } from "./merge.ts";
