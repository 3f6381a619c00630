/**
 * The counterpart's lines from an LLM, when one is configured. The embedded dialogue manager still
 * decides what happens (advance, follow up, push back, close); the model only says it in the
 * persona's voice, with the scenario, the goals met so far and the conversation as context. Its
 * line is checked and cut to length; any failure throws, and the caller says the embedded line.
 */
import { z } from "zod";
import type { Scenario } from "../content/schema.ts";
import { chatJson, LlmError, type ChatMessage } from "../coach/llm/chat.ts";
import type { LlmConfig } from "../coach/llm/config.ts";
import { normaliseLine, type Reply } from "./dialogue.ts";

/** A spoken turn, not a speech: the longest line kept, in characters. */
export const MAX_LINE_LENGTH = 420;

const Line = z.object({ line: z.string() });
const LINE_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["line"],
  properties: { line: { type: "string", description: "what you say next, one to three sentences" } },
} as const;

export interface CounterpartContext {
  scenario: Scenario;
  /** The conversation so far, oldest first. */
  transcript: readonly { speaker: "counterpart" | "learner"; text: string }[];
  /** What the manager decided, with its own line. */
  reply: Reply;
  goals: readonly { text: string; met: boolean }[];
  /** Lines already said, which must not come back word for word. */
  said: ReadonlySet<string>;
}

function system(scenario: Scenario): string {
  const c = scenario.counterpart;
  return [
    `You are ${c.name}, ${c.role}, in a workplace conversation. Stay in that role; never mention being an AI, a roleplay or a learner.`,
    `Situation: ${scenario.situation}`,
    `The other person is: ${scenario.learnerRole}.`,
    `Your manner: ${c.manner}`,
    `You care about: ${c.caresAbout.join("; ")}.`,
    "Speak plain, natural workplace English, as in a meeting: one to three short sentences, no lists, no stage directions, no quotation marks around your line.",
    "Do exactly what the next step says. Answer only with JSON that matches the schema.",
  ].join("\n");
}

/** Keeps whole sentences up to MAX_LINE_LENGTH; a line that cannot be cut so is refused. */
export function cutLine(text: string): string {
  const clean = text.replace(/\s+/g, " ").replace(/^["'“”]+|["'“”]+$/g, "").trim();
  if (clean.length <= MAX_LINE_LENGTH) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = "";
  for (const s of sentences) {
    if ((out + s).trim().length > MAX_LINE_LENGTH) break;
    out += s;
  }
  return out.trim();
}

export async function counterpartLine(config: LlmConfig, context: CounterpartContext, doFetch: typeof fetch = fetch): Promise<string> {
  const { scenario, reply } = context;
  const messages: ChatMessage[] = [
    { role: "system", content: system(scenario) },
    {
      role: "user",
      content: JSON.stringify({
        goalsOfTheOtherPerson: context.goals.map((g) => ({ goal: g.text, met: g.met })),
        conversation: context.transcript.slice(-12).map((t) => ({ speaker: t.speaker === "counterpart" ? "you" : "them", text: t.text })),
        nextStep: reply.intent,
        suggestedLine: reply.text,
        instructions:
          reply.act === "closing"
            ? "Close the conversation now."
            : "Say the next step in your own words, reacting briefly to what they just said. Do not repeat a line you already said.",
      }),
    },
  ];
  const answer = await chatJson(config, { messages, schemaName: "counterpart_line", jsonSchema: LINE_SCHEMA, parse: Line, temperature: 0.7 }, doFetch);
  const line = cutLine(answer.line);
  if (!line) throw new LlmError("invalid-output", "an empty line, or one sentence longer than a spoken turn");
  if (context.said.has(normaliseLine(line))) throw new LlmError("invalid-output", "a line already said");
  if (/\b(as an ai|language model|roleplay|role-play|the learner)\b/i.test(line)) throw new LlmError("invalid-output", "the line steps out of the role");
  return line;
}
