/**
 * The curriculum in the database and through the API: loading is idempotent and keyed by the
 * content hash, a changed pack retires what left it (still resolvable) and restores what comes
 * back, a broken pack is refused, lists filter and paginate, details resolve, and no response ever
 * carries an answer key.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEFAULT_CONTENT_DIR } from "../../src/config/paths.ts";
import { loadConfig } from "../../src/config/env.ts";
import { TOKEN_KINDS } from "../../src/content/code-tokens.ts";
import { TOPIC_SECTIONS } from "../../src/content/schema.ts";
import { codeBlocks } from "../../src/content/topic-markdown.ts";
import { buildApp } from "../../src/server/app.ts";
import { ContentProblemsError, loadContent, loadSources } from "../../src/server/features/content/content.loader.ts";
import { startServer } from "../../src/server/server.ts";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, client, type Client, type TestApp } from "../helpers/app.ts";
import { miniPack, preparedContent } from "../helpers/content.ts";

const ROLE = "backend-developer";
const base = `/api/roles/${ROLE}`;

/** Field names that hold answers; none may appear in any response before an attempt. */
const FORBIDDEN_FIELDS = ["correct", "accept", "keyPoints", "modelAnswer", "explanation", "modelDialogue", "pitfalls", "followUps", "moves"];

function forbiddenKeys(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => forbiddenKeys(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(FORBIDDEN_FIELDS.includes(k) ? [`${path}.${k}`] : []),
      ...forbiddenKeys(v, `${path}.${k}`),
    ]);
  }
  return [];
}

/** Every item of a paginated list, following nextOffset. */
async function all(c: Client, url: string, limit = 100): Promise<any[]> {
  const items: any[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const res = await c.get(`${url}${url.includes("?") ? "&" : "?"}limit=${limit}&offset=${offset}`);
    assert.equal(res.status, 200, `${url}: ${res.text.slice(0, 200)}`);
    items.push(...res.body.items);
    offset = res.body.nextOffset;
  }
  return items;
}

/** Long answer texts from the stored pack: none may appear in a response either. */
async function answerStrings(): Promise<string[]> {
  const { rows } = await preparedContent();
  const role = rows.find((r) => r.roleId === ROLE)!;
  const data = (table: "questions" | "scenarios" | "exercises") => role[table].map((r) => JSON.parse(r.data));
  const strings = [
    ...data("questions").flatMap((q) => [q.modelAnswer, ...q.pitfalls, ...q.followUps]),
    ...data("scenarios").flatMap((s) => s.modelDialogue.map((line: { text: string }) => line.text)),
    ...data("exercises").flatMap((e) => [
      e.explanation,
      ...(e.type === "written" ? [e.modelAnswer] : []),
      ...(e.type === "error-correction" ? e.accept : []),
    ]),
  ];
  // Long ones only: a short phrase may fairly appear elsewhere in the curriculum.
  return strings.filter((s): s is string => typeof s === "string" && s.length >= 60);
}

for (const dialect of DIALECTS) {
  describe(`content (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let c: Client;
    before(async () => {
      t = await buildTestApp(dialect);
      c = client(t.app);
    });
    after(async () => t?.close());

    test("start-up loading of the unchanged pack is skipped", async () => {
      const reports = await loadContent(t.database.handle, DEFAULT_CONTENT_DIR);
      assert.deepEqual(reports, [{ role: ROLE, status: "unchanged" }]);
      const again = await loadContent(t.database.handle, DEFAULT_CONTENT_DIR);
      assert.deepEqual(again, [{ role: ROLE, status: "unchanged" }]);
    });

    test("a changed pack retires removed items, keeps them resolvable, and restores them when they return", async () => {
      const database = await dialect.create();
      const app = await buildApp({ config: t.config, database: database.handle, logger: false });
      try {
        const mc = client(app);
        const full = miniPack("mini");
        const first = await loadSources(database.handle, [full], { now: 1000 });
        assert.equal(first[0]!.status, "loaded");
        assert.deepEqual(first[0]!.changes!.terms, { total: 3, added: 3, restored: 0, retired: 0 });
        assert.equal((await loadSources(database.handle, [full]))[0]!.status, "unchanged");

        // "shard" leaves the pack.
        const smaller = miniPack("mini", { terms: [{ id: "queue", term: "queue" }, { id: "cache", term: "cache" }] });
        const second = await loadSources(database.handle, [smaller], { now: 2000 });
        assert.equal(second[0]!.status, "loaded");
        assert.deepEqual(second[0]!.changes!.terms, { total: 2, added: 0, restored: 0, retired: 1 });

        const list = await mc.get("/api/roles/mini/terms");
        assert.deepEqual(list.body.items.map((i: any) => i.id), ["cache", "queue"]);
        assert.equal(list.body.total, 2);
        const shard = await mc.get("/api/roles/mini/terms/shard");
        assert.equal(shard.status, 200, "a retired term still resolves by id");
        assert.equal(shard.body.term.retired, true);
        assert.equal((await mc.get("/api/roles/mini/terms/queue")).body.term.retired, false);
        const search = await mc.get("/api/search?q=shard");
        assert.deepEqual(search.body.items, [], "retired items are not searchable");
        const overview = await mc.get("/api/roles/mini");
        assert.equal(overview.body.role.counts.terms.total, 2);

        // It comes back.
        const third = await loadSources(database.handle, [full], { now: 3000 });
        assert.deepEqual(third[0]!.changes!.terms, { total: 3, added: 0, restored: 1, retired: 0 });
        assert.equal((await mc.get("/api/roles/mini/terms/shard")).body.term.retired, false);
        assert.equal((await mc.get("/api/search?q=shard")).body.items[0].id, "shard");

        // A role whose folder is gone is retired with everything in it, and still resolves.
        const other = miniPack("other");
        const fourth = await loadSources(database.handle, [other]);
        assert.deepEqual(fourth.map((r) => [r.role, r.status]), [["other", "loaded"], ["mini", "retired"]]);
        assert.equal((await mc.get("/api/roles/mini/terms/queue")).body.term.retired, true);
        assert.equal((await mc.get("/api/roles/mini")).body.role.retired, true);
        assert.deepEqual((await mc.get("/api/catalog")).body.roles.map((r: any) => r.id), ["other"]);
        assert.deepEqual((await mc.get("/api/search?q=queue")).body.items.map((i: any) => i.role), ["other"]);
      } finally {
        await app.close();
        await database.destroy();
      }
    });

    test("a pack with problems is refused with every problem as file:line field — message, and nothing is written", async () => {
      const database = await dialect.create();
      try {
        const broken = miniPack("mini", {
          files: { "areas/basics.yaml": "id: basics\ntitle: Basics\noutcomes: [one, two, three]\n" },
        });
        await assert.rejects(loadSources(database.handle, [broken]), (err: unknown) => {
          assert.ok(err instanceof ContentProblemsError);
          assert.match(err.message, /mini\/areas\/basics\.yaml:1 summary — /);
          return true;
        });
        const roles = await database.handle.db.selectFrom("roles").selectAll().execute();
        assert.deepEqual(roles, []);
      } finally {
        await database.destroy();
      }
    });

    test("the overview counts what the lists hold", async () => {
      const res = await c.get(base);
      assert.equal(res.status, 200);
      const role = res.body.role;
      assert.equal(role.id, ROLE);
      assert.ok(role.areas.length >= 11);
      const lists = { terms: "terms", topics: "topics", questions: "questions", scenarios: "scenarios", exerciseSets: "exercise-sets" } as const;
      for (const [kind, path] of Object.entries(lists)) {
        const total = (await c.get(`${base}/${path}?limit=1`)).body.total;
        assert.equal(role.counts[kind].total, total, kind);
        const byArea = role.areas.reduce((n: number, a: any) => n + a.counts[kind].total, 0);
        assert.equal(byArea, total, `${kind} by area`);
        const area = role.areas[0];
        assert.equal((await c.get(`${base}/${path}?area=${area.id}&level=junior&limit=1`)).body.total, area.counts[kind].junior, `${kind} in ${area.id}`);
      }
      assert.equal(role.counts.exercises.total, (await all(c, `${base}/exercise-sets`)).reduce((n, s) => n + s.exerciseCount, 0));
      assert.ok(role.counts.terms.total >= 220 && role.counts.exercises.total >= 320);
    });

    test("areas list in path order; one area resolves; unknown ones are 404", async () => {
      const overview = (await c.get(base)).body.role;
      const areas = await all(c, `${base}/areas`, 5);
      assert.deepEqual(areas.map((a) => a.id), overview.areas.map((a: any) => a.id));
      const one = await c.get(`${base}/areas/${areas[1].id}`);
      assert.equal(one.status, 200);
      assert.ok(one.body.area.outcomes.length >= 3);
      assert.equal((await c.get(`${base}/areas/no-such-area`)).body.error.code, "not_found");
      assert.equal((await c.get(`/api/roles/no-such-role/areas/${areas[1].id}`)).status, 404);
    });

    test("lists paginate: pages join up to the whole list, without gaps or repeats", async () => {
      for (const path of ["terms", "topics", "questions", "scenarios", "exercise-sets"]) {
        const whole = await all(c, `${base}/${path}`);
        const paged = await all(c, `${base}/${path}`, 7);
        assert.deepEqual(paged.map((i) => i.id), whole.map((i) => i.id), path);
        assert.equal(new Set(whole.map((i) => i.id)).size, whole.length, `${path} has no repeats`);
        const first = await c.get(`${base}/${path}`);
        assert.equal(first.body.limit, 20);
        assert.equal(first.body.items.length, Math.min(20, whole.length));
        const beyond = await c.get(`${base}/${path}?offset=100000`);
        assert.deepEqual([beyond.body.items, beyond.body.total, beyond.body.nextOffset], [[], whole.length, null]);
      }
    });

    test("lists filter by area, level, letter, kind and setting", async () => {
      const check = async (url: string, predicate: (item: any) => boolean, what: string) => {
        const items = await all(c, url);
        assert.ok(items.length > 0, `${what}: some items`);
        assert.ok(items.every(predicate), what);
        return items;
      };
      await check(`${base}/terms?area=caching`, (i) => i.area === "caching", "terms by area");
      await check(`${base}/terms?level=senior`, (i) => i.level === "senior", "terms by level");
      const letterC = await check(`${base}/terms?letter=C`, (i) => /^c/i.test(i.term), "terms by letter");
      const sorted = [...letterC].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base", numeric: true }));
      assert.deepEqual(letterC.map((i) => i.id), sorted.map((i) => i.id), "the glossary is alphabetical");
      await check(`${base}/topics?area=databases&level=mid`, (i) => i.area === "databases" && i.level === "mid", "topics");
      await check(`${base}/questions?kind=behavioral&level=senior`, (i) => i.kind === "behavioral" && i.level === "senior", "questions");
      await check(`${base}/questions?area=auth`, (i) => i.area === "auth", "questions by area");
      await check(`${base}/scenarios?setting=meeting`, (i) => i.setting === "meeting", "scenarios");
      await check(`${base}/exercise-sets?area=testing&level=junior`, (i) => i.area === "testing" && i.level === "junior", "exercise sets");
      const none = await c.get(`${base}/terms?area=no-such-area`);
      assert.deepEqual([none.status, none.body.total], [200, 0]);
    });

    test("the glossary and the interview bank search with q, best match first, and combine q with filters", async () => {
      const terms = await c.get(`${base}/terms?q=idempot`);
      assert.equal(terms.status, 200);
      const ids = terms.body.items.map((i: any) => i.id);
      assert.ok(ids.includes("idempotent") && ids.includes("idempotency"), ids.join());
      const exact = await c.get(`${base}/terms?q=API`);
      assert.equal(exact.body.items[0].id, "api");
      const filtered = await c.get(`${base}/terms?q=cache&level=junior&limit=100`);
      assert.ok(filtered.body.items.length > 0 && filtered.body.items.every((i: any) => i.level === "junior"));
      assert.equal(filtered.body.total, filtered.body.items.length);
      const questions = await c.get(`${base}/questions?q=idempotency`);
      assert.ok(questions.body.total > 0);
    });

    test("a term: pronunciation, examples, collocations, related terms and where it is used", async () => {
      const res = await c.get(`${base}/terms/idempotent`);
      assert.equal(res.status, 200);
      const term = res.body.term;
      assert.match(term.pronunciation.respelling, /^[A-Za-z' -]+$/);
      assert.match(term.pronunciation.ipa, /^\/.+\/$/);
      assert.ok(term.examples.length >= 2 && term.collocations.length >= 2);
      assert.ok(term.related.length > 0 && term.related.every((r: any) => r.id && r.title));
      assert.ok(term.topics.length + term.questions.length > 0, "used somewhere");
      assert.equal(term.retired, false);
      const glossary = await all(c, `${base}/terms`);
      assert.ok(glossary.every((t) => t.pronunciation?.respelling && t.pronunciation?.ipa), "every term has a respelling and IPA");
    });

    test("a topic: sections as Markdown in order, vocabulary, prerequisites and next topics with titles", async () => {
      const topics = await all(c, `${base}/topics`);
      const withPrerequisites = [];
      let highlighted = 0;
      for (const summary of topics) {
        const res = await c.get(`${base}/topics/${summary.id}`);
        assert.equal(res.status, 200);
        assert.deepEqual(res.body.topic.sections.map((s: any) => s.title), [...TOPIC_SECTIONS], summary.id);
        if (res.body.topic.prerequisites.length) withPrerequisites.push(res.body.topic);
        for (const section of res.body.topic.sections) {
          // Each highlighted block spells one of the section's fenced blocks that names a language.
          const named = codeBlocks(section.markdown).filter((b) => b.language !== "").map((b) => b.code);
          for (const block of section.code) {
            assert.ok(named.includes(block.tokens.map((t: any) => t.text).join("")), `${summary.id} / ${section.title}`);
            assert.ok(block.tokens.every((t: any) => t.kind === null || (TOKEN_KINDS as readonly string[]).includes(t.kind)));
          }
          highlighted += section.code.length;
        }
      }
      assert.ok(highlighted >= topics.length * 0.9, `most topics' examples are highlighted (${highlighted} blocks)`);
      assert.ok(withPrerequisites.length > 0);
      const titles = new Map(topics.map((t) => [t.id, t.title]));
      for (const topic of withPrerequisites) {
        for (const p of [...topic.prerequisites, ...topic.next]) assert.equal(p.title, titles.get(p.id));
      }
      const example = (await c.get(`${base}/topics/${topics[0].id}`)).body.topic.sections.find((s: any) => s.title === "Example");
      assert.match(example.markdown, /```\w+/);
      assert.ok(example.code[0].language, "the example's code was highlighted when the content was loaded");
      assert.ok(example.code[0].tokens.some((t: any) => t.kind === "keyword" || t.kind === "property"), JSON.stringify(example.code[0]).slice(0, 300));
    });

    test("a topic's code is highlighted in the languages a grammar knows; other fences stay plain", async () => {
      const role = "highlighting";
      const topic = [
        "---",
        "id: queues-in-code",
        "title: Queues in code",
        "area: basics",
        "level: junior",
        "summary: How a queue looks in code.",
        "terms: [queue]",
        "---",
        ...TOPIC_SECTIONS.flatMap((title) => {
          const body: Record<string, string> = {
            Example: "In TypeScript:\n\n```ts\nconst queue = [] as string[];\n```\n\nIn HCL:\n\n```hcl\nqueue {}\n```\n\nAs text:\n\n```\nplain\n```",
            "Key vocabulary": "- [queue](term:queue)",
            "How to talk about it": "- We queue the jobs.\n- The queue is long.\n- Drain the queue first.",
          };
          return [`## ${title}`, "", body[title] ?? `Some text about ${title.toLowerCase()} and the queue.`, ""];
        }),
      ].join("\n");
      const database = await dialect.create();
      const app = await buildApp({ config: t.config, database: database.handle, logger: false });
      try {
        await loadSources(database.handle, [miniPack(role, { files: { "topics/queues-in-code.md": topic } })]);
        const res = await client(app).get(`/api/roles/${role}/topics/queues-in-code`);
        assert.equal(res.status, 200, res.text.slice(0, 300));
        const example = res.body.topic.sections.find((s: any) => s.title === "Example");
        assert.deepEqual(example.code, [
          {
            language: "ts",
            tokens: [
              { text: "const", kind: "keyword" },
              { text: " queue = [] ", kind: null },
              { text: "as", kind: "keyword" },
              { text: " ", kind: null },
              { text: "string", kind: "type" },
              { text: "[];", kind: null },
            ],
          },
        ]);
        assert.ok(res.body.topic.sections.filter((s: any) => s.title !== "Example").every((s: any) => s.code.length === 0));
      } finally {
        await app.close();
        await database.destroy();
      }
    });

    test("questions, scenarios and exercise sets resolve; unknown ids are 404 not_found", async () => {
      const question = (await c.get(`${base}/questions?limit=1`)).body.items[0];
      const q = await c.get(`${base}/questions/${question.id}`);
      assert.ok(q.body.question.tips.length >= 2 && q.body.question.phrases.length >= 2);
      const scenario = (await c.get(`${base}/scenarios?limit=1`)).body.items[0];
      const s = await c.get(`${base}/scenarios/${scenario.id}`);
      assert.ok(s.body.scenario.goals.length >= 2 && s.body.scenario.counterpart.name);
      const set = (await c.get(`${base}/exercise-sets?limit=1`)).body.items[0];
      const e = await c.get(`${base}/exercise-sets/${set.id}`);
      assert.equal(e.body.exerciseSet.exercises.length, set.exerciseCount);

      for (const path of ["terms", "topics", "questions", "scenarios", "exercise-sets", "areas"]) {
        const res = await c.get(`${base}/${path}/no-such-item`);
        assert.equal(res.status, 404, path);
        assert.equal(res.body.error.code, "not_found");
        assert.equal((await c.get(`/api/roles/no-such-role/${path}`)).status, 404, `${path} of an unknown role`);
      }
      assert.equal((await c.get("/api/roles/no-such-role")).status, 404);
    });

    test("invalid parameters are 400 naming the parameter", async () => {
      const cases: [string, string][] = [
        [`${base}/terms?limit=0`, "limit"],
        [`${base}/terms?limit=101`, "limit"],
        [`${base}/terms?limit=ten`, "limit"],
        [`${base}/terms?offset=-1`, "offset"],
        [`${base}/terms?level=expert`, "level"],
        [`${base}/terms?letter=ab`, "letter"],
        [`${base}/terms?q=%20`, "q"],
        [`${base}/terms?sort=name`, "sort"],
        [`${base}/questions?kind=trivia`, "kind"],
        [`${base}/scenarios?setting=pub`, "setting"],
        [`${base}/topics?area=Not_An_Id`, "area"],
        [`/api/roles/Not_A_Role/terms`, "role"],
        [`${base}/terms/Bad_Id`, "id"],
      ];
      for (const [url, name] of cases) {
        const res = await c.get(url);
        assert.equal(res.status, 400, url);
        assert.equal(res.body.error.code, "validation_failed");
        assert.ok(res.body.error.details.some((d: any) => d.path === name), `${url}: ${JSON.stringify(res.body.error.details)}`);
      }
    });

    test("exercises come without answer keys, in an order that does not give the answer away", async () => {
      const { rows } = await preparedContent();
      const stored = new Map(rows.find((r) => r.roleId === ROLE)!.exercises.map((r) => [r.id, JSON.parse(r.data)]));
      const firstIsCorrect: boolean[] = [];
      for (const set of await all(c, `${base}/exercise-sets`)) {
        const res = await c.get(`${base}/exercise-sets/${set.id}`);
        const again = await c.get(`${base}/exercise-sets/${set.id}`);
        assert.equal(res.text, again.text, "the same set looks the same every time");
        for (const exercise of res.body.exerciseSet.exercises) {
          const original = stored.get(exercise.id);
          if (exercise.type === "multiple-choice" || exercise.type === "phrasing") {
            assert.deepEqual([...exercise.options].sort(), original.options.map((o: any) => o.text).sort());
            firstIsCorrect.push(original.options.find((o: any) => o.text === exercise.options[0]).correct);
          }
          if (exercise.type === "ordering") assert.notDeepEqual(exercise.items, original.items, exercise.id);
          if (exercise.type === "matching") {
            assert.deepEqual(exercise.left, original.pairs.map((p: any) => p.left));
            assert.notDeepEqual(exercise.right, original.pairs.map((p: any) => p.right), exercise.id);
          }
          if (exercise.type === "cloze") assert.equal(exercise.blanks, original.blanks.length);
        }
      }
      const share = firstIsCorrect.filter(Boolean).length / firstIsCorrect.length;
      assert.ok(share < 0.5, `the right option is first in ${Math.round(share * 100)}% of choices`);
    });

    test("no response on any content route carries an answer key", async () => {
      const secrets = await answerStrings();
      assert.ok(secrets.length > 300, `a good sample of answers (${secrets.length})`);
      const urls = ["/api/catalog", base, `${base}/areas`];
      for (const area of await all(c, `${base}/areas`)) urls.push(`${base}/areas/${area.id}`);
      for (const path of ["terms", "topics", "questions", "scenarios", "exercise-sets"]) {
        urls.push(`${base}/${path}?limit=100`, `${base}/${path}?limit=100&offset=100`, `${base}/${path}?limit=100&offset=200`);
        for (const item of await all(c, `${base}/${path}`)) urls.push(`${base}/${path}/${item.id}`);
      }
      for (const q of ["idempotent", "cache", "database", "incident", "api", "tell me about a time", "the", "a"]) {
        urls.push(`/api/search?q=${encodeURIComponent(q)}&limit=100`, `${base}/questions?q=${encodeURIComponent(q)}&limit=100`);
      }
      for (const url of urls) {
        const res = await c.get(url);
        assert.equal(res.status, 200, url);
        assert.deepEqual(forbiddenKeys(res.body), [], `${url} has answer fields`);
        for (const field of FORBIDDEN_FIELDS) assert.ok(!res.text.includes(`"${field}":`), `${url} has "${field}"`);
        for (const secret of secrets) assert.ok(!res.text.includes(JSON.stringify(secret).slice(1, -1)), `${url} shows an answer: ${secret.slice(0, 60)}`);
      }
    });
  });
}

describe("start-up with a broken pack", () => {
  test("startServer refuses to start and lists the problems", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parlance-broken-content-"));
    const pack = miniPack("mini", { files: { "terms/basics.yaml": "terms:\n  - id: Bad Id\n    term: queue\n" } });
    for (const file of pack.files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), "parlance-data-")), CONTENT_DIR: dir, LOG_LEVEL: "silent", PORT: "0" });
    await assert.rejects(startServer(config), /problems?; fix[\s\S]*mini\/terms\/basics\.yaml:\d+ terms\.0\.id — /);
  });
});
