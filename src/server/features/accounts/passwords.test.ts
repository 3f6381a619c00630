import { test } from "node:test";
import assert from "node:assert/strict";
import { hashPassword, isCommonPassword, needsRehash, passwordProblem, verifyPassword } from "./passwords.ts";

test("a hash verifies its password only, and carries its salt and parameters", async () => {
  const hash = await hashPassword("a long passphrase 42");
  assert.match(hash, /^scrypt\$15\$8\$1\$[\w-]+\$[\w-]+$/);
  assert.equal(await verifyPassword("a long passphrase 42", hash), true);
  assert.equal(await verifyPassword("a long passphrase 43", hash), false);
  assert.notEqual(await hashPassword("a long passphrase 42"), hash, "a fresh salt each time");
  assert.equal(needsRehash(hash), false);
  assert.equal(needsRehash("scrypt$14$8$1$abc$def"), true);
});

test("malformed stored hashes never verify", async () => {
  for (const stored of ["", "bcrypt$x", "scrypt$15$8$1$$", "plain"]) assert.equal(await verifyPassword("x", stored), false, stored);
});

test("password rules", () => {
  const cases: Array<[string, boolean]> = [
    ["short", false],
    ["123456789", false],
    ["1234567890", false], // common
    ["Password123", false], // common, case-insensitive
    ["qwertyuiop", false],
    ["a long passphrase 42", true],
    ["Zürich-Bern-7", true],
  ];
  for (const [pw, ok] of cases) assert.equal(passwordProblem(pw) === null, ok, pw);
  assert.equal(isCommonPassword("dragon"), true);
});
