import { test } from "node:test";
import assert from "node:assert/strict";
import { indefiniteArticle, ingForm, pastForm, thirdPersonForm } from "./morph.ts";

test("a/an by sound", () => {
  const cases: [string, string][] = [["API", "an"], ["HTTP", "an"], ["SQL", "an"], ["REST", "a"], ["JSON", "a"], ["URL", "a"], ["user", "a"], ["unique", "a"], ["uninstalled", "an"], ["hour", "an"], ["index", "an"], ["queue", "a"], ["update", "an"], ["one-off", "a"]];
  for (const [word, article] of cases) assert.equal(indefiniteArticle(word), article, word);
});

test("verb forms", () => {
  const ing: [string, string][] = [["change", "changing"], ["run", "running"], ["use", "using"], ["fix", "fixing"], ["see", "seeing"], ["die", "dying"], ["open", "opening"], ["stop", "stopping"]];
  for (const [v, f] of ing) assert.equal(ingForm(v), f);
  const past: [string, string][] = [["deploy", "deployed"], ["stop", "stopped"], ["try", "tried"], ["go", "went"], ["migrate", "migrated"], ["fail", "failed"], ["roll", "rolled"]];
  for (const [v, f] of past) assert.equal(pastForm(v), f);
  const third: [string, string][] = [["have", "has"], ["do", "does"], ["fix", "fixes"], ["retry", "retries"], ["know", "knows"]];
  for (const [v, f] of third) assert.equal(thirdPersonForm(v), f);
});
