/**
 * The optional LLM against small local servers that speak the chat completions protocol: a good
 * one, a slow one, one that returns malformed JSON, one that returns output off the schema, and
 * one that fails with 500. In every failure the embedded feedback comes back unchanged and the
 * reason is logged.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Coach } from "../coach.ts";
import type { Feedback } from "../types.ts";
import { completionsUrl, llmConfigFromEnv, LlmConfigError, withLlm, withLlmFromEnv, createOpenAiProvider, type LlmReview } from "./index.ts";

const TEXT = "Yesterday we deploy the fix. The error rate go down after ten minutes.";

const embedded: Feedback = {
  overall: 60,
  band: 3,
  bandLabel: "correct but thin",
  scores: { content: 55, language: 70, vocabulary: 60, structure: null, clarity: 90 },
  issues: [{ start: 13, end: 19, category: "tense", message: "Use the past tense.", replacement: "deployed", rule: "tense.past-narrative", source: "coach", severity: "error" }],
  keyPoints: { covered: [], missed: [] },
  vocabulary: { used: [], misused: [], unused: [], domainTerms: [] },
  structure: null,
  rewrites: [],
  summary: "Good: you gave a direct answer. Next time: tell finished events in the past tense.",
  stats: { words: 13, sentences: 2, averageSentenceLength: 6.5, readingEase: 80 },
  sources: ["coach"],
};

const stubCoach: Coach = {
  feedback: async () => structuredClone(embedded),
  check: async () => [],
  grammar: async () => [],
  grade: () => ({ score: 0, covered: [], missed: [], details: { covered: [], missed: [], content: null } }),
};

const goodReview: LlmReview = {
  issues: [
    { quote: "go down", category: "agreement", message: "\"The error rate\" is singular, and this happened in the past: \"went down\".", replacement: "went down" },
    { quote: "not in the text", category: "grammar", message: "dropped", replacement: null },
    { quote: "deploy", category: "tense", message: "duplicate of the coach's finding", replacement: "deployed" },
  ],
  rewrites: [{ original: "The error rate go down after ten minutes.", suggestion: "The error rate went down after ten minutes.", reason: "Past tense and agreement." }],
  summary: "Good: clear timeline. Next time: keep the story in the past tense.",
};

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
const servers: Server[] = [];
const requests: { headers: IncomingMessage["headers"]; body: any }[] = [];

async function serve(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      requests.push({ headers: req.headers, body: JSON.parse(body) });
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
}
after(() => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});

const completion = (content: string) => JSON.stringify({ id: "x", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] });
const reply = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(body);
};

function capture() {
  const logs: { details: Record<string, unknown>; message: string }[] = [];
  return { logs, logger: { warn: (details: Record<string, unknown>, message: string) => logs.push({ details, message }) } };
}

test("a good server: its findings are merged and marked as coming from the LLM", async () => {
  const url = await serve((_req, res) => reply(res, 200, completion(JSON.stringify(goodReview))));
  const { logs, logger } = capture();
  const coach = withLlm(stubCoach, createOpenAiProvider({ url, model: "test-model", apiKey: "secret", timeoutMs: 2000 }), logger);
  const f = await coach.feedback(TEXT, { kind: "free-writing" });
  assert.equal(logs.length, 0);
  assert.deepEqual(f.sources, ["coach", "llm"]);
  assert.equal(f.llm?.model, "test-model");
  assert.match(f.llm?.summary ?? "", /^Good:/);
  // the coach's own issue stays; the LLM adds one; the unquotable and the overlapping ones are dropped
  assert.deepEqual(f.issues.map((i) => [TEXT.slice(i.start, i.end), i.source]), [["deploy", "coach"], ["go down", "llm"]]);
  assert.equal(f.issues[1]!.replacement, "went down");
  assert.equal(f.rewrites.length, 1);
  assert.equal(f.rewrites[0]!.source, "llm");
  assert.equal(TEXT.slice(f.rewrites[0]!.start, f.rewrites[0]!.end), f.rewrites[0]!.original);
  // scores are the embedded ones
  assert.equal(f.band, embedded.band);

  const sent = requests.at(-1)!;
  assert.equal(sent.headers.authorization, "Bearer secret");
  assert.equal(sent.body.model, "test-model");
  assert.equal(sent.body.response_format.type, "json_schema");
  assert.equal(sent.body.response_format.json_schema.strict, true);
  assert.match(sent.body.messages[1].content, /Yesterday we deploy the fix/);
});

const failures: { name: string; reason: string; handler: Handler; timeoutMs?: number }[] = [
  { name: "a slow server", reason: "timeout", timeoutMs: 150, handler: (_req, res) => setTimeout(() => reply(res, 200, completion(JSON.stringify(goodReview))), 500) },
  { name: "malformed JSON", reason: "invalid-output", handler: (_req, res) => reply(res, 200, completion("{\"issues\": [ this is not json")) },
  { name: "a body that is not a completion", reason: "invalid-output", handler: (_req, res) => reply(res, 200, "<html>proxy error</html>") },
  { name: "JSON off the schema", reason: "invalid-output", handler: (_req, res) => reply(res, 200, completion(JSON.stringify({ issues: [{ quote: "go down", category: "poetry" }], rewrites: [] }))) },
  { name: "HTTP 500", reason: "http", handler: (_req, res) => reply(res, 500, JSON.stringify({ error: { message: "model crashed" } })) },
];

for (const f of failures) {
  test(`${f.name}: falls back to the embedded feedback and logs why (${f.reason})`, async () => {
    const url = await serve(f.handler);
    const { logs, logger } = capture();
    const coach = withLlm(stubCoach, createOpenAiProvider({ url, model: "m", timeoutMs: f.timeoutMs ?? 2000 }), logger);
    const t0 = performance.now();
    const result = await coach.feedback(TEXT, { kind: "free-writing" });
    assert.deepEqual(result, embedded);
    assert.equal(logs.length, 1);
    assert.equal(logs[0]!.details.reason, f.reason);
    if (f.timeoutMs) assert.ok(performance.now() - t0 < 450, "does not wait for the slow server");
  });
}

test("an unreachable server is a network failure, not a crash", async () => {
  const { logs, logger } = capture();
  const coach = withLlm(stubCoach, createOpenAiProvider({ url: "http://127.0.0.1:9/v1/chat/completions", model: "m", timeoutMs: 2000 }), logger);
  assert.deepEqual(await coach.feedback(TEXT, { kind: "free-writing" }), embedded);
  assert.equal(logs[0]!.details.reason, "network");
});

test("configuration: nothing configured means no LLM; partial or invalid settings are listed", () => {
  assert.equal(llmConfigFromEnv({}), null);
  assert.equal(withLlmFromEnv(stubCoach, { env: {} }), stubCoach);
  assert.deepEqual(llmConfigFromEnv({ COACH_LLM_URL: "http://127.0.0.1:11434", COACH_LLM_MODEL: "llama3.1" }), {
    url: "http://127.0.0.1:11434/v1/chat/completions",
    model: "llama3.1",
    timeoutMs: 8000,
  });
  const cases: [Record<string, string>, RegExp][] = [
    [{ COACH_LLM_URL: "http://x" }, /COACH_LLM_MODEL is required/],
    [{ COACH_LLM_MODEL: "m" }, /COACH_LLM_URL is required/],
    [{ COACH_LLM_URL: "not a url", COACH_LLM_MODEL: "m" }, /COACH_LLM_URL/],
    [{ COACH_LLM_URL: "http://x", COACH_LLM_MODEL: "m", COACH_LLM_TIMEOUT_MS: "soon" }, /COACH_LLM_TIMEOUT_MS/],
  ];
  for (const [env, message] of cases) assert.throws(() => llmConfigFromEnv(env), (e: unknown) => e instanceof LlmConfigError && message.test(e.message));
});

test("completionsUrl completes base URLs", () => {
  const cases: [string, string][] = [
    ["http://h:8080", "http://h:8080/v1/chat/completions"],
    ["http://h:8080/v1/", "http://h:8080/v1/chat/completions"],
    ["https://api.example.com/v1/chat/completions", "https://api.example.com/v1/chat/completions"],
  ];
  for (const [input, expected] of cases) assert.equal(completionsUrl(input), expected);
});
