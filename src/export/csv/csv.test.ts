import { test } from "node:test";
import assert from "node:assert/strict";
import { csvDocument, csvRecord, CsvError, decodeUtf8, escapeFormula, parseCsv, unescapeCell } from "./csv.ts";

test("records follow RFC 4180: quotes doubled, fields with commas, quotes or line breaks quoted", () => {
  assert.equal(csvRecord(["plain", "a,b", 'say "hi"', "two\nlines", "", null, 3.5]), 'plain,"a,b","say ""hi""","two\nlines",,,3.5');
});

test("formula cells are escaped with an apostrophe, and read back unescaped", () => {
  for (const cell of ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"]) {
    const escaped = escapeFormula(cell);
    assert.equal(escaped, `'${cell}`);
    assert.equal(unescapeCell(escaped), cell);
    assert.equal(unescapeCell(cell), null, `${JSON.stringify(cell)} is refused unescaped`);
  }
  assert.equal(escapeFormula("idempotent"), "idempotent");
  assert.equal(unescapeCell("'quoted on purpose"), "'quoted on purpose");
});

test("a document starts with a BOM, ends lines with CRLF, and parses back to the same cells", () => {
  const header = ["term", "definition", "example"];
  const records = [
    ["API", "A defined set of operations, inputs and outputs.", 'He said "ship it", then left.'],
    ["=HYPERLINK(\"http://evil\")", "multi\r\nline", "naïve café — ünïcödé ✓"],
  ];
  const doc = csvDocument(header, records);
  assert.ok(doc.startsWith("\uFEFF"));
  assert.ok(doc.endsWith("\r\n"));
  const bytes = new TextEncoder().encode(doc);
  const rows = parseCsv(decodeUtf8(bytes));
  assert.deepEqual(rows.map((r) => r.cells.map((c) => unescapeCell(c))), [header, ...records]);
  assert.deepEqual(rows.map((r) => r.line), [1, 2, 3]);
});

test("LF line ends, a missing final line end and blank lines are accepted", () => {
  const rows = parseCsv("a,b\n\n1,2\n3,4");
  assert.deepEqual(rows.map((r) => r.cells), [["a", "b"], ["1", "2"], ["3", "4"]]);
  assert.deepEqual(rows.map((r) => r.line), [1, 3, 4]);
});

test("malformed CSV is refused with the line", () => {
  assert.throws(() => parseCsv('a,b\n"open,2\n'), (e: unknown) => e instanceof CsvError && /never closed/.test(e.message) && e.line === 2);
  assert.throws(() => parseCsv('a,b\nx"y,2\n'), (e: unknown) => e instanceof CsvError && /unquoted field/.test(e.message) && e.line === 2);
  assert.throws(() => parseCsv('a,b\n"x"y,2\n'), (e: unknown) => e instanceof CsvError && /after a closing quote/.test(e.message));
});

test("limits: records, fields and field length", () => {
  const limits = { maxRecords: 3, maxFields: 3, maxFieldLength: 5 };
  assert.throws(() => parseCsv("a\nb\nc\nd\n", limits), /more than 2 records/);
  assert.throws(() => parseCsv("a,b,c,d\n", limits), /more than 3 fields/);
  assert.throws(() => parseCsv("abcdef\n", limits), /longer than 5/);
  assert.throws(() => parseCsv('"abcdef"\n', limits), /longer than 5/);
});

test("decoding refuses invalid UTF-8, UTF-16 and binary files, and drops a UTF-8 BOM", () => {
  assert.equal(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), "a");
  assert.throws(() => decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63])), (e: unknown) => e instanceof CsvError && /not valid UTF-8/.test(e.message) && e.line === 2);
  assert.throws(() => decodeUtf8(new Uint8Array([0x61, 0xc3])), /not valid UTF-8/); // truncated sequence
  assert.throws(() => decodeUtf8(new Uint8Array([0xff, 0xfe, 0x61, 0x00])), /UTF-16/);
  assert.throws(() => decodeUtf8(new Uint8Array([0x61, 0x00, 0x62])), /binary/);
  // Latin-1 "café" is not UTF-8.
  assert.throws(() => decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), /not valid UTF-8/);
});
