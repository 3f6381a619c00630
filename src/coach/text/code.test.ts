import { test } from "node:test";
import assert from "node:assert/strict";
import { codeSpans } from "./code.ts";

const quoted = (text: string) => codeSpans(text).map((s) => text.slice(s.start, s.end));

test("paths, identifiers, versions and backticks are code", () => {
  assert.deepEqual(quoted("Call GET /api/v1/orders?status=open with user_id from config.yaml."), ["/api/v1/orders?status=open", "user_id", "config.yaml"]);
  assert.deepEqual(quoted("Run `npm ci` on Node v20 and watch p99."), ["`npm ci`", "v20", "p99"]);
});

test("a word before sentence punctuation is a word", () => {
  assert.deepEqual(quoted("Can you tell me where the printer is? Yes! It is here; (by the door)."), []);
});
