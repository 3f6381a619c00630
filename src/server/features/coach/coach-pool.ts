/**
 * A pool of worker threads, each holding one coach, so feedback never blocks the event loop.
 * Workers start on first use (or on warm()), a request goes to the least busy worker, and a worker
 * that dies is replaced while its pending requests fail with a clear error.
 *
 * A long text's feedback is shared when another worker is idle: harper.js, two thirds of the
 * work, lints most of the text there while the first worker lints the rest and does everything
 * else (see GrammarShare in the coach). One learner's answer then takes the time of the larger
 * part, not of the whole; with no worker idle there is nothing to gain, and nothing is shared.
 */
import { Worker } from "node:worker_threads";
import { grammarCut } from "../../../coach/language/share.ts";
import type { Feedback, GradeInput, GradeResult, Issue, Task } from "../../../coach/types.ts";

export type WorkerRequest =
  | { id: number; op: "feedback"; text: string; task: Task; grammarFrom?: number }
  | { id: number; op: "check"; text: string; grammarFrom?: number }
  | { id: number; op: "grammar"; text: string }
  | { id: number; op: "grade"; input: GradeInput };

/** For request `id` given with `grammarFrom`: harper's issues on text.slice(grammarFrom), from another worker, or why there are none. */
export interface SharedGrammar {
  op: "shared-grammar";
  id: number;
  issues?: Issue[];
  error?: string;
}

export type WorkerResponse =
  | { type: "ready"; timings: Record<string, number> }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; result: unknown }
  | { type: "error"; id: number; message: string }
  | { type: "log"; level: "warn" | "info"; message: string; fields: Record<string, unknown> };

export interface CoachPoolLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface CoachClient {
  feedback(text: string, task: Task): Promise<Feedback>;
  check(text: string): Promise<Issue[]>;
  grade(input: GradeInput): Promise<GradeResult>;
  /** Starts every worker now instead of on first use. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
  pending: Map<number, { resolve(value: unknown): void; reject(err: Error): void }>;
}

// Compiled code runs the .js worker. Under tsx (tests, dev) the .ts one: Node 20 does not hand the
// parent's --import loader to worker threads, so a two-line bootstrap registers tsx first.
const RUNNING_TS = import.meta.url.endsWith(".ts");
const WORKER_FILE = new URL(`./coach.worker${RUNNING_TS ? ".ts" : ".js"}`, import.meta.url);
// A coach's JavaScript heap holds ~110 MB it keeps (models, dictionaries, task analyses); the rest
// is garbage from each request. Uncapped, V8 let it pile up (the default server passed 960 MB after
// 3,600 answers and kept growing); capped, it collects sooner and the process stays near 840 MB.
// Texts at the size limit with the largest tasks run fine under the cap.
const resourceLimits = { maxOldGenerationSizeMb: 256 };
const newWorker = (workerData: unknown) =>
  RUNNING_TS
    ? new Worker(
        `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE.href)}); });`,
        { eval: true, workerData, resourceLimits },
      )
    : new Worker(WORKER_FILE, { workerData, resourceLimits });

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

export function createCoachPool(options: { size: number; contentDir: string; logger: CoachPoolLogger }): CoachClient {
  const slots: (Slot | undefined)[] = new Array(options.size).fill(undefined);
  let nextId = 1;
  let closing = false;

  function start(index: number): Slot {
    const worker = newWorker({ contentDir: options.contentDir });
    const pending: Slot["pending"] = new Map();
    let markReady!: () => void;
    let markFailed!: (err: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => {}); // observed by callers; avoid an unhandled rejection when idle
    worker.on("message", (m: WorkerResponse) => {
      if (m.type === "ready") {
        options.logger.info({ worker: index, timings: m.timings }, "coach worker ready");
        slot.isReady = true;
        markReady();
      } else if (m.type === "failed") {
        options.logger.error({ worker: index, err: m.message }, "coach worker could not start");
        markFailed(new Error("The coach could not start."));
      } else if (m.type === "log") {
        options.logger[m.level](m.fields, m.message);
      } else {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.type === "result") p?.resolve(m.result);
        else p?.reject(new Error(m.message));
      }
    });
    worker.on("error", (err) => options.logger.error({ worker: index, err }, "coach worker crashed"));
    worker.on("exit", (code) => {
      markFailed(new Error("The coach worker stopped."));
      for (const p of pending.values()) p.reject(new Error("The coach worker stopped before answering."));
      pending.clear();
      if (slots[index]?.worker === worker) slots[index] = undefined;
      if (!closing && code !== 0) options.logger.warn({ worker: index, code }, "coach worker exited; a new one starts on next use");
    });
    const slot: Slot = { worker, ready, isReady: false, pending };
    slots[index] = slot;
    return slot;
  }

  function pick(): Slot {
    let best = -1;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      if (!s) return start(i);
      if (best < 0 || s.pending.size < slots[best]!.pending.size) best = i;
    }
    return slots[best]!;
  }

  async function call<T>(request: Request): Promise<T> {
    if (closing) throw new Error("The coach is shutting down.");
    return send(pick(), request);
  }

  /** A feedback or a check, its text shared with an idle worker when it is long enough. */
  async function callShared<T>(request: Extract<Request, { op: "feedback" | "check" }>): Promise<T> {
    if (closing) throw new Error("The coach is shutting down.");
    const slot = pick();
    const helper = slot.isReady ? slots.find((s) => s && s !== slot && s.isReady && s.pending.size === 0) : undefined;
    const from = helper ? grammarCut(request.text) : undefined;
    if (!helper || from === undefined) return send(slot, request);
    const id = nextId++;
    const forward = (message: Omit<SharedGrammar, "op" | "id">) => {
      // the worker giving the feedback may have died meanwhile: its request has failed already
      if (slots.includes(slot)) slot.worker.postMessage({ op: "shared-grammar", id, ...message } satisfies SharedGrammar);
    };
    send<Issue[]>(helper, { op: "grammar", text: request.text.slice(from) }).then(
      (issues) => forward({ issues }),
      (err: Error) => forward({ error: err.message }),
    );
    return send(slot, { ...request, grammarFrom: from }, id);
  }

  async function send<T>(slot: Slot, request: Request, id = nextId++): Promise<T> {
    const result = new Promise<T>((resolve, reject) => slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    result.catch(() => {}); // the caller sees the rejection; this only stops it counting as unhandled
    try {
      await slot.ready;
    } catch (err) {
      slot.pending.delete(id);
      throw err;
    }
    slot.worker.postMessage({ ...request, id });
    return result;
  }

  return {
    feedback: (text, task) => callShared<Feedback>({ op: "feedback", text, task }),
    check: (text) => callShared<Issue[]>({ op: "check", text }),
    grade: (input) => call<GradeResult>({ op: "grade", input }),
    async warm() {
      await Promise.all(slots.map((s, i) => (s ?? start(i)).ready));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s?.worker.terminate()));
    },
  };
}
