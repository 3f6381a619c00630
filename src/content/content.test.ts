// The real content pack, checked as part of the test suite: it must pass `parlance content check`,
// and every glossary term must have a pronunciation to show.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_CONTENT_DIR } from "../config/paths.ts";
import { checkContent } from "./check-content.ts";
import { loadCmuDictionary } from "./cmu-dictionary.ts";
import { termPronunciation } from "./pronunciation.ts";

const check = checkContent(DEFAULT_CONTENT_DIR);

test("the content in content/ passes `parlance content check`", async () => {
  const { problems, stats } = await check;
  assert.ok(stats.length > 0, "no role folders found");
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.line ?? ""} ${p.field} — ${p.message}`),
    [],
  );
});

test("every term has a respelling and IPA, its own or generated", async () => {
  const [{ packs }, dictionary] = await Promise.all([check, loadCmuDictionary()]);
  const terms = packs.flatMap((p) => p.terms);
  assert.ok(terms.length > 0);
  const missing = terms.filter((t) => {
    const p = termPronunciation(t, dictionary);
    return !p || !p.respelling.trim() || !/^\/.+\/$/.test(p.ipa);
  });
  assert.deepEqual(missing.map((t) => t.term), []);
});
