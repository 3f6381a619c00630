/** Exercise factories for the unit tests: small valid exercises of each type, with overrides. */
import { Exercise } from "../content/schema.ts";

type Of<T extends Exercise["type"]> = Extract<Exercise, { type: T }>;
const base = { terms: ["endpoint", "payload"], explanation: "Because." };

export const multipleChoice = (o: Partial<Of<"multiple-choice">> = {}): Of<"multiple-choice"> =>
  Exercise.parse({
    id: "mc",
    type: "multiple-choice",
    prompt: "What is an endpoint?",
    options: [{ text: "A URL a client calls", correct: true }, { text: "A pipeline stage" }, { text: "A table" }, { text: "A log" }],
    ...base,
    ...o,
  }) as Of<"multiple-choice">;

export const multiSelect = (o: Partial<Of<"multiple-choice">> = {}): Of<"multiple-choice"> =>
  multipleChoice({
    id: "ms",
    multiSelect: true,
    options: [
      { text: "A", correct: true },
      { text: "B", correct: true },
      { text: "C", correct: false },
      { text: "D", correct: false },
    ],
    ...o,
  });

export const cloze = (o: Partial<Of<"cloze">> = {}): Of<"cloze"> =>
  Exercise.parse({
    id: "cz",
    type: "cloze",
    text: "DELETE is ___, so the client sends a ___ request to create.",
    blanks: [{ accept: ["idempotent"] }, { accept: ["POST"] }],
    ...base,
    ...o,
  }) as Of<"cloze">;

export const matching = (o: Partial<Of<"matching">> = {}): Of<"matching"> =>
  Exercise.parse({
    id: "mt",
    type: "matching",
    prompt: "Match the codes.",
    pairs: [
      { left: "200", right: "OK" },
      { left: "201", right: "Created" },
      { left: "404", right: "Not Found" },
      { left: "500", right: "Server Error" },
    ],
    ...base,
    ...o,
  }) as Of<"matching">;

export const phrasing = (o: Partial<Of<"phrasing">> = {}): Of<"phrasing"> =>
  Exercise.parse({
    id: "ph",
    type: "phrasing",
    context: "In a code review.",
    prompt: "Which is more professional?",
    options: [{ text: "Could we add a test here?", correct: true }, { text: "Add a test." }, { text: "No tests?!" }],
    ...base,
    ...o,
  }) as Of<"phrasing">;

export const errorCorrection = (o: Partial<Of<"error-correction">> = {}): Of<"error-correction"> =>
  Exercise.parse({
    id: "ec",
    type: "error-correction",
    prompt: "Correct the sentence.",
    sentence: "We need to discuss about the payload format.",
    accept: ["We need to discuss the payload format.", "We need to talk about the payload format."],
    ...base,
    ...o,
  }) as Of<"error-correction">;

export const ordering = (o: Partial<Of<"ordering">> = {}): Of<"ordering"> =>
  Exercise.parse({
    id: "or",
    type: "ordering",
    prompt: "Put the steps in order.",
    items: ["Detect", "Mitigate", "Resolve", "Review"],
    ...base,
    ...o,
  }) as Of<"ordering">;

export const written = (o: Partial<Of<"written">> = {}): Of<"written"> =>
  Exercise.parse({
    id: "wr",
    type: "written",
    prompt: "Explain caching.",
    keyPoints: [
      { text: "stores copies", accept: ["keeps a copy"] },
      { text: "faster reads", accept: ["lower latency"] },
    ],
    minWords: 5,
    maxWords: 12,
    modelAnswer: "A cache keeps a copy of data so reads are faster.",
    ...base,
    ...o,
  }) as Of<"written">;
