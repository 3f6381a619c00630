import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import SQLite from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { buildApkg } from "./apkg.ts";
import { FIELD_SEPARATOR, fieldChecksum, guidFor, stripHtmlMedia, type AnkiNote } from "./collection.ts";
import { noteFromTerm } from "./notes.ts";
import type { ZipFiles } from "./anki-io.ts";

const notes: AnkiNote[] = [
  { guid: guidFor("parlance", "idempotent"), term: "idempotent", definition: "Safe to repeat.", pronunciation: "eye-dem-POH-tuhnt /ˌaɪdəmˈpoʊtənt/", example: "Make the handler idempotent." },
  { guid: guidFor("parlance", "backpressure"), term: "backpressure", definition: "A slow consumer tells upstream to slow down.", pronunciation: "", example: "Without backpressure the importer runs out of memory.", tags: ["streams", "senior level"] },
  { guid: "custom-guid", term: "Map<K, V> & \"friends\"", definition: "Line one\nline two", pronunciation: "", example: "" },
];
const now = Date.parse("2026-03-10T09:00:00Z");

function open(apkg: Uint8Array) {
  const files = unzipSync(apkg);
  const db = new SQLite(Buffer.from(files["collection.anki2"]!), { readonly: true });
  return { files, db };
}

test("an .apkg is a zip of collection.anki2 (SQLite, schema 11) and media = {}", () => {
  const { files, db } = open(buildApkg({ deckName: "Parlance::Backend", notes, now }));
  try {
    assert.deepEqual(Object.keys(files).sort(), ["collection.anki2", "media"]);
    assert.equal(strFromU8(files.media!), "{}");
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    assert.deepEqual(tables, ["cards", "col", "graves", "notes", "revlog"]);
    const col = db.prepare("select * from col").get() as Record<string, string | number>;
    assert.equal(col.ver, 11);
    assert.equal(col.id, 1);

    const models = JSON.parse(col.models as string);
    const [model] = Object.values(models) as any[];
    assert.equal(Object.keys(models).length, 1);
    assert.deepEqual(model.flds.map((f: { name: string; ord: number }) => [f.name, f.ord]), [["Term", 0], ["Definition", 1], ["Pronunciation", 2], ["Example", 3]]);
    assert.equal(model.type, 0);
    assert.equal(String(model.id), Object.keys(models)[0]);
    assert.equal(model.tmpls.length, 1);
    assert.match(model.tmpls[0].qfmt, /{{Term}}/);
    assert.match(model.tmpls[0].qfmt, /{{Pronunciation}}/);
    assert.match(model.tmpls[0].afmt, /{{Definition}}/);
    assert.match(model.tmpls[0].afmt, /{{Example}}/);
    assert.deepEqual(model.req, [[0, "any", [0, 2]]]);

    const decks = JSON.parse(col.decks as string);
    const deck = Object.values(decks).find((d: any) => d.name === "Parlance::Backend") as any;
    assert.ok(deck);
    assert.equal(model.did, deck.id);
    assert.ok(JSON.parse(col.dconf as string)[String(deck.conf)], "the deck's options group exists");

    const rows = db.prepare("select * from notes order by id").all() as any[];
    assert.equal(rows.length, 3);
    const fields = rows.map((n) => n.flds.split(FIELD_SEPARATOR));
    assert.deepEqual(fields[0], [notes[0]!.term, notes[0]!.definition, notes[0]!.pronunciation, notes[0]!.example]);
    assert.deepEqual(fields[2], ["Map&lt;K, V&gt; &amp; &quot;friends&quot;", "Line one<br>line two", "", ""]);
    assert.deepEqual(rows.map((n) => n.guid), notes.map((n) => n.guid));
    assert.deepEqual(rows.map((n) => n.tags), ["", " streams senior_level ", ""]);
    for (const [i, row] of rows.entries()) {
      assert.equal(row.mid, model.id);
      assert.equal(row.sfld, stripHtmlMedia(fields[i]![0]!));
      const sha1 = createHash("sha1").update(stripHtmlMedia(fields[i]![0]!)).digest("hex");
      assert.equal(row.csum, parseInt(sha1.slice(0, 8), 16));
    }
    assert.equal(rows[2].sfld, 'Map<K, V> & "friends"');

    const cards = db.prepare("select * from cards order by id").all() as any[];
    assert.equal(cards.length, 3, "one card per note");
    assert.deepEqual(cards.map((c) => c.nid), rows.map((n) => n.id));
    for (const [i, c] of cards.entries()) {
      assert.equal(c.did, deck.id);
      assert.equal(c.ord, 0);
      assert.deepEqual([c.type, c.queue, c.due, c.ivl, c.reps], [0, 0, i + 1, 0, 0]);
    }
  } finally {
    db.close();
  }
});

test("the package is deterministic for the same input and time, and ids are stable across exports", () => {
  const a = buildApkg({ deckName: "Deck", notes, now });
  assert.deepEqual(buildApkg({ deckName: "Deck", notes, now }), a);
  const later = open(buildApkg({ deckName: "Deck", notes, now: now + 86_400_000 }));
  const first = open(a);
  try {
    const ids = (db: SQLite.Database) => {
      const col = db.prepare("select models, decks from col").get() as { models: string; decks: string };
      return [Object.keys(JSON.parse(col.models)), Object.keys(JSON.parse(col.decks))];
    };
    assert.deepEqual(ids(later.db), ids(first.db));
  } finally {
    later.db.close();
    first.db.close();
  }
});

test("a custom card template replaces the default, and a new layout gets a new note type id", () => {
  const cardTemplate = { name: "Meaning → term", front: "{{Definition}}", back: "{{FrontSide}}<hr id=answer>{{Term}}" };
  const custom = open(buildApkg({ deckName: "Deck", notes, now, cardTemplate }));
  const plain = open(buildApkg({ deckName: "Deck", notes, now }));
  try {
    const model = (db: SQLite.Database) => Object.values(JSON.parse((db.prepare("select models from col").get() as { models: string }).models))[0] as any;
    assert.equal(model(custom.db).tmpls[0].qfmt, "{{Definition}}");
    assert.equal(model(custom.db).tmpls[0].name, "Meaning → term");
    assert.deepEqual(model(custom.db).req, [[0, "any", [1]]]);
    assert.notEqual(model(custom.db).id, model(plain.db).id);
  } finally {
    custom.db.close();
    plain.db.close();
  }
});

test("the zip writer can be swapped", () => {
  let seen: string[] = [];
  let stamped = 0;
  const zip: ZipFiles = (files, modified) => {
    seen = Object.keys(files);
    stamped = modified;
    return new Uint8Array([1, 2, 3]);
  };
  assert.deepEqual(buildApkg({ deckName: "Deck", notes, now, zip }), new Uint8Array([1, 2, 3]));
  assert.deepEqual(seen, ["collection.anki2", "media"]);
  assert.equal(stamped, now);
});

test("duplicate guids are refused; an empty deck still makes a valid collection", () => {
  assert.throws(() => buildApkg({ deckName: "Deck", notes: [notes[0]!, notes[0]!], now }), /duplicate note guid/);
  const { db } = open(buildApkg({ deckName: "Empty", notes: [], now }));
  try {
    assert.equal(db.prepare("select count(*) from notes").pluck().get(), 0);
  } finally {
    db.close();
  }
});

test("Anki's field checksum and HTML stripping", () => {
  const cases: [field: string, stripped: string][] = [
    ["idempotent", "idempotent"],
    ["<b>idem</b>potent", "idempotent"],
    ["a &amp; b &lt;c&gt; &#39;d&#x27; &nbsp;", "a & b <c> 'd'  "],
    ['<img src="x.png"> word', " x.png  word"],
    ["<!-- note -->text<style>.a{}</style><script>1</script>", "text"],
  ];
  for (const [field, stripped] of cases) {
    assert.equal(stripHtmlMedia(field), stripped, field);
    assert.equal(fieldChecksum(field), parseInt(createHash("sha1").update(stripped).digest("hex").slice(0, 8), 16));
  }
  // A known value: sha1("idempotent") = fede2e3b37e5…
  assert.equal(fieldChecksum("idempotent"), 0xfede2e3b);
});

test("a glossary term becomes a note with a stable guid", () => {
  const term = {
    id: "api", term: "API", aliases: [], expansion: "Application Programming Interface", partOfSpeech: "noun" as const,
    definition: "A defined set of operations.", pronunciation: { respelling: "ay-pee-EYE", ipa: "/ˌeɪ.piˈaɪ/" },
    examples: [{ situation: "chat" as const, text: "Keep the public API small." }, { situation: "chat" as const, text: "x" }],
    collocations: ["a", "b"], related: [], area: "api-design", level: "junior" as const,
  };
  const note = noteFromTerm(term);
  assert.deepEqual(note, {
    guid: guidFor("parlance", "api"),
    term: "API",
    definition: "Application Programming Interface. A defined set of operations.",
    pronunciation: "ay-pee-EYE /ˌeɪ.piˈaɪ/",
    example: "Keep the public API small.",
    tags: ["parlance", "api-design", "junior"],
  });
  assert.equal(noteFromTerm({ ...term, pronunciation: undefined }).pronunciation, "");
  assert.notEqual(guidFor("parlance", "api"), guidFor("parlance", "rest"));
  assert.match(guidFor("parlance", "api"), /^[\x21-\x7e]{1,11}$/);
});
