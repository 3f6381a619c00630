/**
 * One coach per worker thread: harper.js, wink-nlp and WordNet are loaded once here (about 1.5 s
 * and 300+ MB) and every request the pool sends is answered from them, off the event loop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createCoach, type GrammarShare } from "../../../coach/index.ts";
import { withLlmFromEnv } from "../../../coach/llm/index.ts";
import { loadCoachResources } from "../../../coach/resources.ts";
import type { Issue } from "../../../coach/types.ts";
import type { SharedGrammar, WorkerRequest, WorkerResponse } from "./coach-pool.ts";

const port = parentPort!;
const { contentDir } = workerData as { contentDir: string };

const log = (level: "warn" | "info", message: string, fields: Record<string, unknown> = {}) =>
  port.postMessage({ type: "log", level, message, fields } satisfies WorkerResponse);

/** Requests whose text's rest another worker lints: resolved when its SharedGrammar arrives. */
const sharedRests = new Map<number, { resolve(issues: Issue[]): void; reject(err: Error): void }>();

function shareOf(id: number, from: number | undefined): GrammarShare | undefined {
  if (from === undefined) return undefined;
  const rest = new Promise<Issue[]>((resolve, reject) => sharedRests.set(id, { resolve, reject }));
  rest.catch(() => {}); // the coach lints the rest itself then; a request that failed first never asks
  return { from, rest };
}

/**
 * Settles a tick after the newest shared request's rest has come: a request that arrives
 * meanwhile waits for it, since started then it would run to its end (~20 ms) before the shared
 * one could finish its last millisecond.
 */
let sharedRestCame: Promise<void> = Promise.resolve();
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

try {
  const resources = await loadCoachResources({ contentDir, onMissingContent: "warn" });
  const coach = withLlmFromEnv(createCoach(resources), { logger: { warn: (fields, message) => log("warn", message, fields) } });
  port.postMessage({ type: "ready", timings: resources.timings } satisfies WorkerResponse);

  port.on("message", async (message: WorkerRequest | SharedGrammar) => {
    if (message.op === "shared-grammar") {
      const waiting = sharedRests.get(message.id);
      sharedRests.delete(message.id);
      if (message.issues) waiting?.resolve(message.issues);
      else waiting?.reject(new Error(message.error ?? "no issues"));
      return;
    }
    const request = message;
    // registered at once: the rest may come while this request waits below
    const share = request.op === "feedback" || request.op === "check" ? shareOf(request.id, request.grammarFrom) : undefined;
    try {
      // a shared part is another request's rest: it is never held back
      if (request.op !== "grammar") await sharedRestCame;
      if (share) sharedRestCame = share.rest.then(nextTick, nextTick);
      const result =
        request.op === "feedback" ? await coach.feedback(request.text, request.task, share)
        : request.op === "check" ? await coach.check(request.text, share)
        : request.op === "grammar" ? await coach.grammar(request.text)
        : coach.grade(request.input);
      port.postMessage({ type: "result", id: request.id, result } satisfies WorkerResponse);
    } catch (err) {
      port.postMessage({ type: "error", id: request.id, message: (err as Error).message } satisfies WorkerResponse);
    } finally {
      sharedRests.delete(request.id);
    }
  });
} catch (err) {
  port.postMessage({ type: "failed", message: (err as Error).stack ?? String(err) } satisfies WorkerResponse);
}
