/**
 * One coach per worker thread: harper.js, wink-nlp and WordNet are loaded once here (about 1.5 s
 * and 300+ MB) and every request the pool sends is answered from them, off the event loop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createCoach } from "../../../coach/index.ts";
import { withLlmFromEnv } from "../../../coach/llm/index.ts";
import { loadCoachResources } from "../../../coach/resources.ts";
import type { WorkerRequest, WorkerResponse } from "./coach-pool.ts";

const port = parentPort!;
const { contentDir } = workerData as { contentDir: string };

const log = (level: "warn" | "info", message: string, fields: Record<string, unknown> = {}) =>
  port.postMessage({ type: "log", level, message, fields } satisfies WorkerResponse);

try {
  const resources = await loadCoachResources({ contentDir, onMissingContent: "warn" });
  const coach = withLlmFromEnv(createCoach(resources), { logger: { warn: (fields, message) => log("warn", message, fields) } });
  port.postMessage({ type: "ready", timings: resources.timings } satisfies WorkerResponse);

  port.on("message", async (request: WorkerRequest) => {
    try {
      const result =
        request.op === "feedback" ? await coach.feedback(request.text, request.task)
        : request.op === "check" ? await coach.check(request.text)
        : coach.grade(request.input);
      port.postMessage({ type: "result", id: request.id, result } satisfies WorkerResponse);
    } catch (err) {
      port.postMessage({ type: "error", id: request.id, message: (err as Error).message } satisfies WorkerResponse);
    }
  });
} catch (err) {
  port.postMessage({ type: "failed", message: (err as Error).stack ?? String(err) } satisfies WorkerResponse);
}
