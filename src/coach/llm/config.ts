/**
 * Configuration of the optional LLM, from the environment. Nothing is configured by default, and
 * then nothing is ever sent anywhere.
 *
 *   COACH_LLM_URL         an OpenAI-compatible chat completions endpoint (Ollama, llama.cpp server,
 *                         vLLM, a hosted API), e.g. http://127.0.0.1:11434/v1/chat/completions;
 *                         a base URL ("…/v1" or the server root) is completed to …/v1/chat/completions
 *   COACH_LLM_MODEL       the model name the server expects, e.g. llama3.1:8b
 *   COACH_LLM_API_KEY     optional; sent as "Authorization: Bearer …"
 *   COACH_LLM_TIMEOUT_MS  optional; default 8000
 */
import { z } from "zod";

export const LlmConfig = z.object({
  url: z.url({ protocol: /^https?$/ }),
  model: z.string().trim().min(1),
  apiKey: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().max(120_000).default(8000),
});
export type LlmConfig = z.infer<typeof LlmConfig>;

export class LlmConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid LLM configuration: ${problems.join("; ")}`);
    this.name = "LlmConfigError";
  }
}

/** The endpoint to POST to: the URL as given when it names chat/completions, else completed. */
export function completionsUrl(url: string): string {
  const clean = url.replace(/\/+$/, "");
  if (/\/chat\/completions$/.test(clean)) return clean;
  if (/\/v1$/.test(clean)) return `${clean}/chat/completions`;
  return `${clean}/v1/chat/completions`;
}

/**
 * The LLM configuration, or null when COACH_LLM_URL and COACH_LLM_MODEL are not both set.
 * Throws LlmConfigError listing every invalid variable.
 */
export function llmConfigFromEnv(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const url = env.COACH_LLM_URL?.trim();
  const model = env.COACH_LLM_MODEL?.trim();
  if (!url && !model) return null;
  const problems: string[] = [];
  if (!url) problems.push("COACH_LLM_URL is required when COACH_LLM_MODEL is set");
  if (!model) problems.push("COACH_LLM_MODEL is required when COACH_LLM_URL is set");
  const timeout = env.COACH_LLM_TIMEOUT_MS?.trim();
  const timeoutMs = timeout ? Number(timeout) : undefined;
  if (timeout && !(Number.isInteger(timeoutMs) && timeoutMs! > 0)) problems.push("COACH_LLM_TIMEOUT_MS must be a positive whole number of milliseconds");
  if (problems.length) throw new LlmConfigError(problems);
  const parsed = LlmConfig.safeParse({ url, model, apiKey: env.COACH_LLM_API_KEY?.trim() || undefined, timeoutMs });
  if (!parsed.success) {
    const names: Record<string, string> = { url: "COACH_LLM_URL", model: "COACH_LLM_MODEL", apiKey: "COACH_LLM_API_KEY", timeoutMs: "COACH_LLM_TIMEOUT_MS" };
    throw new LlmConfigError(parsed.error.issues.map((i) => `${names[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`));
  }
  const { apiKey, ...rest } = parsed.data;
  return { ...rest, url: completionsUrl(parsed.data.url), ...(apiKey ? { apiKey } : {}) };
}
