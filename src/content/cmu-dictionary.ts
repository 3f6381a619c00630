/**
 * The one place that loads the CMU Pronouncing Dictionary (about 134,000 entries, several MB).
 * It is imported lazily, on first use, so that nothing pays for it unless pronunciations are
 * needed; `pronunciation.ts` stays pure and takes the dictionary as an argument.
 */
import type { PronouncingDictionary } from "./pronunciation.ts";

let loading: Promise<PronouncingDictionary> | undefined;

export function loadCmuDictionary(): Promise<PronouncingDictionary> {
  loading ??= import("cmu-pronouncing-dictionary").then((m) => m.dictionary);
  return loading;
}
