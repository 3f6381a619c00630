import { test } from "node:test";
import assert from "node:assert/strict";
import { isBuiltFromKnownWords } from "./derived-words.ts";
import { readWordNet } from "../resources.ts";
import { createThesaurus } from "../content/wordnet.ts";

const thesaurus = createThesaurus(await readWordNet());
const glossary = new Set(["runbook", "cache"]);
const built = (word: string) => isBuiltFromKnownWords(word, (l, pos) => thesaurus.knows(l, pos), (w) => glossary.has(w));

test("words developers build from known words are not misspellings", () => {
  for (const word of ["unindexed", "uncached", "redelivery", "misconfigured", "revalidate", "retryable", "resumable", "runbook's", "another's", "internet's", "pre-warmed"]) {
    assert.equal(built(word), true, word);
  }
});

test("misspellings stay misspellings, even when they start like a prefix or end in -able", () => {
  for (const word of ["untill", "misstake", "recieve", "responsable", "wether", "overal", "reccomend", "teh's", "dependancy"]) {
    assert.equal(built(word), false, word);
  }
});
