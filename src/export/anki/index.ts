export { buildApkg, type ApkgInput } from "./apkg.ts";
export { noteFromTerm } from "./notes.ts";
export { DEFAULT_TEMPLATE, FIELD_NAMES, FIELD_SEPARATOR, fieldChecksum, guidFor, type AnkiNote, type CardTemplate } from "./collection.ts";
export type { ZipFiles } from "./anki-io.ts";
