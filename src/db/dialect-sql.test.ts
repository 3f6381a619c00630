import { test } from "node:test";
import assert from "node:assert/strict";
import { dialectSql } from "./dialect-sql.ts";

test("query words become quoted full-text syntax, the last one a prefix", () => {
  assert.equal(dialectSql("sqlite").matchExpression(["rate", "limit"]), '"rate" "limit"*');
  assert.equal(dialectSql("postgres").matchExpression(["rate", "limit"]), "'rate' & 'limit':*");
  // Words come from search-text.ts and hold letters and digits only; quotes are escaped anyway.
  assert.equal(dialectSql("sqlite").matchExpression(['a"b']), '"a""b"*');
  assert.equal(dialectSql("postgres").matchExpression(["a'b"]), "'a''b':*");
});
