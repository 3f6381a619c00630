/**
 * The contents of an Anki collection (schema version 11, the format of `collection.anki2` inside an
 * .apkg), computed without I/O: the schema, the `col` row with its models/decks/dconf JSON, and the
 * note and card rows. Sources: Anki's rslib/src/storage/schema11.sql for the tables, and genanki
 * (the reference .apkg writer) for the JSON shapes of models, decks and deck options.
 */
import { createHash } from "node:crypto";

/** Field separator inside notes.flds. */
export const FIELD_SEPARATOR = "\x1f";

/** Anki's schema 11, as rslib/src/storage/schema11.sql creates it (without its placeholder col row). */
export const SCHEMA_11 = `
create table col (
  id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null,
  conf text not null, models text not null, decks text not null, dconf text not null, tags text not null
);
create table notes (
  id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null,
  csum integer not null, flags integer not null, data text not null
);
create table cards (
  id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null,
  due integer not null, ivl integer not null, factor integer not null, reps integer not null,
  lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null
);
create table revlog (
  id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null
);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

export const FIELD_NAMES = ["Term", "Definition", "Pronunciation", "Example"] as const;

export interface AnkiNote {
  /** Stable across exports, so re-importing updates the note instead of duplicating it. */
  guid: string;
  term: string;
  definition: string;
  pronunciation: string;
  example: string;
  tags?: readonly string[];
}

export interface CardTemplate {
  name: string;
  /** Question side, Anki template syntax: {{Term}}. */
  front: string;
  /** Answer side: {{FrontSide}} repeats the question. */
  back: string;
  css: string;
}

export const DEFAULT_TEMPLATE: CardTemplate = {
  name: "Term → meaning",
  front: '<div class="term">{{Term}}</div>\n{{#Pronunciation}}<div class="pronunciation">{{Pronunciation}}</div>{{/Pronunciation}}',
  back: '{{FrontSide}}\n\n<hr id=answer>\n\n<div class="definition">{{Definition}}</div>\n{{#Example}}<div class="example">{{Example}}</div>{{/Example}}',
  css: [
    ".card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; color: black; background-color: white; }",
    ".term { font-size: 28px; font-weight: 600; }",
    ".pronunciation { color: #555; margin-top: 4px; }",
    ".definition { margin: 12px 0; }",
    ".example { font-style: italic; color: #333; }",
    ".nightMode .pronunciation, .nightMode .example { color: #ccc; }",
  ].join("\n"),
};

/** Plain text as Anki field HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "<br>");

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Anki's strip_html_media: media file names kept, comments, styles, scripts and tags removed, entities decoded. */
export function stripHtmlMedia(html: string): string {
  return html
    .replace(/<img[^>]+src=["']?([^"'>]+)["']?[^>]*>/gi, " $1 ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<style[\s\S]*?>[\s\S]*?<\/style>/gi, "")
    .replace(/<script[\s\S]*?>[\s\S]*?<\/script>/gi, "")
    .replace(/<[\s\S]*?>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, body: string) => {
      if (body[0] === "#") {
        const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[body.toLowerCase()] ?? entity;
    });
}

/** notes.csum: the first 8 hex digits of the SHA-1 of the stripped first field, as an integer. */
export function fieldChecksum(firstField: string): number {
  return parseInt(createHash("sha1").update(stripHtmlMedia(firstField), "utf8").digest("hex").slice(0, 8), 16);
}

/** A stable id in Anki's id range (epoch-millisecond-sized integers) from a string. */
export function stableId(text: string): number {
  const h = createHash("sha1").update(text, "utf8").digest();
  // 40 bits of hash above 1e12: 13–14 digit ids that never collide with Anki's default deck (1).
  return 1_000_000_000_000 + (h.readUIntBE(0, 5) % 1_000_000_000_000);
}

const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** A note guid in Anki's style (base91 of 64 hash bits), stable for the same parts. */
export function guidFor(...parts: string[]): string {
  let n = createHash("sha256").update(parts.join("__"), "utf8").digest().readBigUInt64BE(0);
  let out = "";
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out || "a";
}

/** The fields a template's question side uses, in field order: Anki's "req" (any of them makes a card). */
function requiredFields(template: CardTemplate): number[] {
  const used = new Set([...template.front.matchAll(/{{[#^/]?(?:[^}:]*:)*([^}]+)}}/g)].map((m) => m[1]!.trim()));
  const req = FIELD_NAMES.map((name, i) => (used.has(name) ? i : -1)).filter((i) => i >= 0);
  return req.length ? req : [0];
}

export interface CollectionRows {
  col: {
    id: number;
    crt: number;
    mod: number;
    scm: number;
    ver: number;
    dty: number;
    usn: number;
    ls: number;
    conf: string;
    models: string;
    decks: string;
    dconf: string;
    tags: string;
  };
  notes: { id: number; guid: string; mid: number; mod: number; usn: number; tags: string; flds: string; sfld: string; csum: number; flags: number; data: string }[];
  cards: {
    id: number;
    nid: number;
    did: number;
    ord: number;
    mod: number;
    usn: number;
    type: number;
    queue: number;
    due: number;
    ivl: number;
    factor: number;
    reps: number;
    lapses: number;
    left: number;
    odue: number;
    odid: number;
    flags: number;
    data: string;
  }[];
  deckId: number;
  modelId: number;
}

export interface CollectionInput {
  deckName: string;
  notes: readonly AnkiNote[];
  cardTemplate?: Partial<CardTemplate>;
  /** Creation time, epoch ms: note and card ids and modification times derive from it. */
  now: number;
}

/** Everything to write into collection.anki2: one note type, one deck, one new card per note. */
export function collectionRows(input: CollectionInput): CollectionRows {
  const template: CardTemplate = { ...DEFAULT_TEMPLATE, ...input.cardTemplate };
  const deckName = input.deckName.trim() || "Parlance";
  const now = Math.floor(input.now);
  const seconds = Math.floor(now / 1000);
  const deckId = stableId(`deck:${deckName}`);
  // The model id changes with its fields and templates, so Anki never merges an older layout into it.
  const modelId = stableId(`model:${JSON.stringify([FIELD_NAMES, template])}`);

  const model = {
    id: modelId,
    name: "Parlance term",
    type: 0,
    mod: seconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ name: template.name, ord: 0, qfmt: template.front, afmt: template.back, bqfmt: "", bafmt: "", did: null }],
    flds: FIELD_NAMES.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    css: template.css,
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    req: [[0, "any", requiredFields(template)]],
    tags: [],
    vers: [],
  };
  const deck = (id: number, name: string) => ({
    id,
    name,
    desc: "",
    conf: 1,
    dyn: 0,
    collapsed: false,
    extendNew: 10,
    extendRev: 50,
    mod: seconds,
    usn: -1,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  });
  const dconf = {
    id: 1,
    name: "Default",
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  };
  const conf = {
    nextPos: input.notes.length + 1,
    estTimes: true,
    activeDecks: [deckId],
    sortType: "noteFld",
    timeLim: 0,
    sortBackwards: false,
    addToCur: true,
    curDeck: deckId,
    newBury: true,
    newSpread: 0,
    dueCounts: true,
    curModel: String(modelId),
    collapseTime: 1200,
  };

  const notes: CollectionRows["notes"] = [];
  const cards: CollectionRows["cards"] = [];
  const guids = new Set<string>();
  input.notes.forEach((note, i) => {
    if (guids.has(note.guid)) throw new Error(`duplicate note guid ${JSON.stringify(note.guid)}`);
    guids.add(note.guid);
    const fields = [note.term, note.definition, note.pronunciation, note.example].map((f) => escapeHtml(f.replaceAll(FIELD_SEPARATOR, " ")));
    const tags = (note.tags ?? []).map((t) => t.trim().replace(/\s+/g, "_")).filter(Boolean);
    const noteId = now + i;
    notes.push({
      id: noteId,
      guid: note.guid,
      mid: modelId,
      mod: seconds,
      usn: -1,
      tags: tags.length ? ` ${tags.join(" ")} ` : "",
      flds: fields.join(FIELD_SEPARATOR),
      sfld: stripHtmlMedia(fields[0]!),
      csum: fieldChecksum(fields[0]!),
      flags: 0,
      data: "",
    });
    cards.push({
      id: now + input.notes.length + i,
      nid: noteId,
      did: deckId,
      ord: 0,
      mod: seconds,
      usn: -1,
      type: 0, // new
      queue: 0, // new queue
      due: i + 1, // new cards: their position
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      odue: 0,
      odid: 0,
      flags: 0,
      data: "",
    });
  });

  return {
    col: {
      id: 1,
      crt: Math.floor(seconds / 86_400) * 86_400,
      mod: now,
      scm: now,
      ver: 11,
      dty: 0,
      usn: 0,
      ls: 0,
      conf: JSON.stringify(conf),
      models: JSON.stringify({ [modelId]: model }),
      decks: JSON.stringify({ "1": deck(1, "Default"), [deckId]: deck(deckId, deckName) }),
      dconf: JSON.stringify({ "1": dconf }),
      tags: "{}",
    },
    notes,
    cards,
    deckId,
    modelId,
  };
}
