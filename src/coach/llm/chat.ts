/**
 * One request to an OpenAI-compatible chat completions endpoint whose answer must be JSON of a
 * given schema: sent with response_format json_schema, parsed, validated with Zod. Every failure
 * becomes an LlmError that says why (timeout, HTTP error, network, output not as asked).
 */
import type { z } from "zod";
import type { LlmConfig } from "./config.ts";

export type LlmFailure = "timeout" | "http" | "network" | "invalid-output";

export class LlmError extends Error {
  constructor(
    readonly reason: LlmFailure,
    message: string,
  ) {
    super(message);
    this.name = "LlmError";
  }
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest<T> {
  messages: ChatMessage[];
  /** Name and JSON schema of the answer (strict mode: every property required). */
  schemaName: string;
  jsonSchema: Record<string, unknown>;
  /** The same shape in Zod, to validate what comes back. */
  parse: z.ZodType<T>;
  temperature?: number;
}

export async function chatJson<T>(config: LlmConfig, request: ChatRequest<T>, doFetch: typeof fetch = fetch): Promise<T> {
  const body = {
    model: config.model,
    temperature: request.temperature ?? 0,
    messages: request.messages,
    response_format: { type: "json_schema", json_schema: { name: request.schemaName, strict: true, schema: request.jsonSchema } },
  };
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

  const signal = AbortSignal.timeout(config.timeoutMs);
  let response: Response;
  let raw: string;
  try {
    response = await doFetch(config.url, { method: "POST", headers, body: JSON.stringify(body), signal });
    raw = await response.text();
  } catch (err) {
    const e = err as Error;
    if (e.name === "TimeoutError" || e.name === "AbortError" || signal.aborted) throw new LlmError("timeout", `no answer within ${config.timeoutMs} ms`);
    throw new LlmError("network", `request failed: ${e.message}`);
  }
  if (!response.ok) throw new LlmError("http", `HTTP ${response.status}: ${raw.slice(0, 200)}`);

  let content: unknown;
  try {
    const envelope = JSON.parse(raw) as { choices?: { message?: { content?: unknown } }[] };
    content = envelope.choices?.[0]?.message?.content;
    if (typeof content !== "string") throw new Error("no choices[0].message.content string");
    content = JSON.parse(content);
  } catch (err) {
    throw new LlmError("invalid-output", `not a chat completion with JSON content: ${(err as Error).message}`);
  }
  const parsed = request.parse.safeParse(content);
  if (!parsed.success) {
    throw new LlmError("invalid-output", `does not match the schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}
