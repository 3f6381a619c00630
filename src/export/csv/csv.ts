/**
 * CSV as RFC 4180 writes it — fields separated by commas, records by CRLF, fields holding a comma,
 * a quote or a line break quoted with doubled quotes — in UTF-8, plus the two guards a file that
 * people open in spreadsheets needs:
 *
 * - **Formula injection.** A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or
 *   a carriage return as a formula (`=cmd|' /C calc'!A0`). Written cells that start so get a
 *   leading apostrophe, which spreadsheets show as text (OWASP's advice); reading undoes exactly
 *   that escape and reports any other such cell, so an import never stores a formula.
 * - **Hostile input.** Decoding refuses bytes that are not UTF-8 (and says so, rather than storing
 *   replacement characters); parsing stops at a limit of rows, fields and field length.
 *
 * Pure: strings and bytes in, strings and rows out.
 */

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written: escaped against formula injection. */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export type CsvCell = string | number | null | undefined;

/** One record: cells escaped against formulas, quoted where needed, joined with commas. No line break. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map((c) => quote(escapeFormula(c === null || c === undefined ? "" : String(c)))).join(",");
}

/**
 * A whole file: a UTF-8 byte-order mark (so that spreadsheet programs detect UTF-8), the header,
 * then the records, each line ended by CRLF.
 */
export function csvDocument(header: readonly string[], records: Iterable<readonly CsvCell[]>): string {
  const lines = [csvRecord(header)];
  for (const r of records) lines.push(csvRecord(r));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A problem with the file as a whole or with one place in it; `line` is 1-based in the file. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "CsvError";
  }
}

/**
 * UTF-8 bytes → text. A UTF-8 byte-order mark is dropped; UTF-16 (recognised by its mark) and any
 * invalid UTF-8 sequence are refused with a message that says how to fix the file.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CsvError("The file is encoded as UTF-16. Save it as \"CSV UTF-8\" and try again.");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = at === null ? undefined : countLines(bytes, at);
    throw new CsvError(
      `The file is not valid UTF-8${line ? ` (the first bad byte is on line ${line})` : ""}. Save it as "CSV UTF-8" and try again.`,
      line,
    );
  }
  if (text.includes("\u0000")) throw new CsvError("The file contains NUL characters; it looks like a binary file, not CSV.");
  return text;
}

/** Where the first invalid UTF-8 sequence starts, by byte offset. */
function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return null;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export interface CsvLimits {
  maxRecords: number;
  maxFields: number;
  maxFieldLength: number;
}

export const DEFAULT_LIMITS: CsvLimits = { maxRecords: 250_000, maxFields: 50, maxFieldLength: 10_000 };

export interface CsvRow {
  /** The line of the file the record starts on, 1-based (the header is line 1). */
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 text (CRLF or LF line ends; a final line end optional). Blank lines are skipped.
 * Throws CsvError at the first malformed place: a quote inside an unquoted field, an unterminated
 * quoted field, text after a closing quote, or a limit exceeded.
 */
export function parseCsv(text: string, limits: CsvLimits = DEFAULT_LIMITS): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    // One record.
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) throw new CsvError(`A quoted field that starts on line ${start} is never closed.`, start);
          const q = text.indexOf('"', i);
          if (q < 0) throw new CsvError(`A quoted field that starts on line ${start} is never closed.`, start);
          const chunk = text.slice(i, q);
          for (const ch of chunk) if (ch === "\n") line++;
          cell += chunk;
          if (text[q + 1] === '"') {
            cell += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (cell.length > limits.maxFieldLength) {
          throw new CsvError(`Line ${start}: a field is longer than ${limits.maxFieldLength} characters.`, start);
        }
        if (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
          throw new CsvError(`Line ${line}: text after a closing quote; a quote inside a field must be doubled ("").`, line);
        }
      } else {
        let j = i;
        while (j < n && text[j] !== "," && text[j] !== "\r" && text[j] !== "\n") j++;
        cell = text.slice(i, j);
        if (cell.includes('"')) throw new CsvError(`Line ${line}: a quote inside an unquoted field; quote the field and double the quote ("").`, line);
        i = j;
      }
      if (cell.length > limits.maxFieldLength) {
        throw new CsvError(`Line ${start}: a field is longer than ${limits.maxFieldLength} characters.`, start);
      }
      cells.push(cell);
      if (cells.length > limits.maxFields) throw new CsvError(`Line ${start}: more than ${limits.maxFields} fields.`, start);
      if (i < n && text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    // End of record: CRLF, LF, lone CR, or the end of the text.
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    if (cells.length === 1 && cells[0] === "") continue; // a blank line
    rows.push({ line: start, cells });
    if (rows.length > limits.maxRecords) throw new CsvError(`The file has more than ${limits.maxRecords - 1} records.`, start);
  }
  return rows;
}

/**
 * A read cell without the escape `escapeFormula` added, or null when the cell is a formula a
 * spreadsheet would run (it starts with = + - @, a tab or a carriage return, without the escape).
 */
export function unescapeCell(cell: string): string | null {
  if (cell.startsWith("'") && FORMULA_START.test(cell.slice(1))) return cell.slice(1);
  return FORMULA_START.test(cell) ? null : cell;
}
