import { test } from "node:test";
import assert from "node:assert/strict";
import { readWordNet } from "../resources.ts";
import { createThesaurus, findLine } from "./wordnet.ts";

const enc = (s: string) => new TextEncoder().encode(s);

test("findLine: binary search over sorted lines, header lines first", () => {
  const buf = enc("  1 licence text\n  2 more\nalpha n 1\nbeta n 2\nbeta_max n 3\ngamma n 4\n");
  const cases: [string, string | null][] = [["alpha", "alpha n 1"], ["beta", "beta n 2"], ["beta_max", "beta_max n 3"], ["gamma", "gamma n 4"], ["delta", null], ["bet", null], ["aaa", null], ["zeta", null]];
  for (const [key, line] of cases) {
    const found = findLine(buf, enc(key));
    assert.equal(found ? new TextDecoder().decode(found) : null, line, key);
  }
});

test("WordNet synonyms: frequent senses only, both ways", async () => {
  const thesaurus = createThesaurus(await readWordNet());
  const has: [string, string][] = [["big", "large"], ["begin", "start"], ["error", "mistake"], ["delete", "erase"], ["answer", "reply"], ["show", "display"]];
  for (const [a, b] of has) assert.ok(thesaurus.synonyms(a).has(b) || thesaurus.synonyms(b).has(a), `${a} ~ ${b}`);
  // rare senses are left out ("key" as an island, "table" as a plateau)
  const not: [string, string][] = [["key", "cay"], ["table", "mesa"], ["fast", "quick"]];
  for (const [a, b] of not) assert.ok(!thesaurus.synonyms(a).has(b), `${a} !~ ${b}`);
  assert.equal(thesaurus.knows("idempotent"), true);
  assert.equal(thesaurus.knows("kubernetes"), false);
  // names are written with a capital in WordNet; words that are also names are not only names
  assert.equal(thesaurus.isName("transylvania"), true);
  assert.equal(thesaurus.isName("thursday"), true);
  assert.equal(thesaurus.isName("mould"), false);
  assert.equal(thesaurus.isName("turkey"), false);
});
