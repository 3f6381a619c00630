/**
 * Full-text search over terms, topics, questions and scenarios: exact term and alias hits first,
 * prefix matching on the last word, filters and paging — and no input, however odd, gets a 5xx.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/databases.ts";
import { buildTestApp, client, type Client, type TestApp } from "../helpers/app.ts";

const search = (c: Client, q: string, extra = "") => c.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
const ids = (res: { body: any }) => res.body.items.map((i: any) => `${i.kind}:${i.id}`);

for (const dialect of DIALECTS) {
  describe(`search (${dialect.name})`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let c: Client;
    before(async () => {
      t = await buildTestApp(dialect);
      c = client(t.app);
    });
    after(async () => t?.close());

    test("a term whose name or alias is exactly the query comes first", async () => {
      const cases: [string, string][] = [
        ["API", "term:api"],
        ["api", "term:api"],
        ["Application Programming Interface", "term:api"],
        ["JWT", "term:jwt"],
        ["JSON Web Token", "term:jwt"],
        ["pub/sub", "term:pub-sub"],
        ["Pub Sub", "term:pub-sub"],
        ["N+1 query", "term:n-plus-one-query"],
        ["Node.js", "term:node-js"],
      ];
      for (const [q, first] of cases) {
        const res = await search(c, q);
        assert.equal(res.status, 200, q);
        assert.equal(ids(res)[0], first, `${q}: ${ids(res).join(", ")}`);
      }
    });

    test("the last word matches as a prefix; every word must match", async () => {
      const prefix = ids(await search(c, "idempot"));
      assert.ok(prefix.includes("term:idempotent") && prefix.includes("term:idempotency"), prefix.join());
      assert.deepEqual(prefix.slice(0, 2).sort(), ["term:idempotency", "term:idempotent"], "terms named by the prefix first");
      const words = await search(c, "rate limit", "&limit=100");
      assert.equal(ids(words)[0], "term:rate-limiting");
      const none = await search(c, "idempotent zzzqqq");
      assert.deepEqual([none.status, none.body.total, none.body.items], [200, 0, []]);
    });

    test("case and diacritics do not matter", async () => {
      assert.equal(ids(await search(c, "IDÉMPOTENT"))[0], "term:idempotent");
    });

    test("results carry kind, role, id, title and a snippet with the match marked", async () => {
      const res = await search(c, "backoff", "&limit=100");
      assert.ok(res.body.items.length > 0);
      for (const item of res.body.items) {
        assert.deepEqual(Object.keys(item).sort(), ["id", "kind", "role", "snippet", "title"]);
        assert.equal(item.role, "backend-developer");
      }
      assert.ok(res.body.items.some((i: any) => /\*\*backoff\*\*/i.test(i.snippet)), "a snippet marks the matched word");
      const kinds = new Set((await search(c, "database", "&limit=100")).body.items.map((i: any) => i.kind));
      assert.deepEqual([...kinds].sort(), ["question", "scenario", "term", "topic"].filter((k) => kinds.has(k)));
      assert.ok(kinds.size >= 3, "search spans kinds");
    });

    test("kinds and role filter; limit and offset page through the hits", async () => {
      const topics = await search(c, "cache", "&kinds=topic&limit=100");
      assert.ok(topics.body.items.length > 0 && topics.body.items.every((i: any) => i.kind === "topic"));
      const two = await search(c, "cache", "&kinds=topic,%20question&limit=100");
      assert.ok(two.body.items.every((i: any) => i.kind === "topic" || i.kind === "question"));
      assert.ok(two.body.total > topics.body.total);
      const role = await search(c, "cache", "&role=backend-developer&limit=5");
      assert.equal(role.body.items.length, 5);
      assert.deepEqual((await search(c, "cache", "&role=no-such-role")).body.items, []);

      const whole = await search(c, "cache", "&limit=100");
      assert.equal(whole.body.items.length, Math.min(100, whole.body.total));
      const pages = [];
      for (let offset = 0; offset < whole.body.total; offset += 7) pages.push(...ids(await search(c, "cache", `&limit=7&offset=${offset}`)));
      assert.deepEqual(pages, ids(whole));
      const first = await search(c, "cache", "&limit=7");
      assert.equal(first.body.nextOffset, 7);
    });

    test("empty, blank, missing or oversized q is 400 naming q; bad kinds or limit name theirs", async () => {
      for (const url of ["/api/search", "/api/search?q=", "/api/search?q=%20%20%09", `/api/search?q=${"a".repeat(201)}`]) {
        const res = await c.get(url);
        assert.equal(res.status, 400, url);
        assert.ok(res.body.error.details.some((d: any) => d.path === "q"), url);
      }
      for (const [extra, name] of [["&kinds=term,answer", "kinds"], ["&kinds=", "kinds"], ["&limit=0", "limit"], ["&offset=x", "offset"], ["&role=Bad_Role", "role"], ["&sort=rank", "sort"]]) {
        const res = await search(c, "cache", extra!);
        assert.equal(res.status, 400, extra);
        assert.ok(res.body.error.details.some((d: any) => d.path === name), `${extra}: ${res.text}`);
      }
    });

    test("query syntax and odd input never cause a 5xx", async () => {
      const inputs = [
        '"', "'", '""', "''", "*", "**", "a*", "*a", "OR", "AND", "NOT", "a OR b", "a AND NOT b", "NEAR(a b)", "a NEAR/2 b",
        "title:cache", "{title body}: cache", "^cache", "cache^2", "(cache", "cache)", "()", "-cache", "+cache", "cache -redis",
        "a & b", "a | b", "!a", "a:*", "'a':*", "a <-> b", "a <2> b", ":*", "&&", "||", "\\", "\\'", "%", "_", "%_%", "'; drop table terms; --",
        "' or 1=1 --", "\" OR \"\"=\"", "NULL", "0", "-1", "1e308", "ǅ", "🙂", "🙂 cache", "кэш", "キャッシュ", "缓存", "ｃａｃｈｅ", "e\u0301",
        "\u200b", "\u0000", "a".repeat(200), "cache ".repeat(33).trim(), "x y z w v u t s r q p o n m l",
      ];
      for (const q of inputs) {
        const res = await c.get(`/api/search?q=${encodeURIComponent(q)}`);
        assert.ok(res.status < 500, `${JSON.stringify(q)}: ${res.status} ${res.text.slice(0, 200)}`);
        if (res.status === 200) assert.ok(Array.isArray(res.body.items));
        else assert.equal(res.body.error.code, "validation_failed", JSON.stringify(q));
        const glossary = await c.get(`/api/roles/backend-developer/terms?q=${encodeURIComponent(q)}`);
        assert.ok(glossary.status < 500, `terms?q=${JSON.stringify(q)}: ${glossary.status}`);
      }
      // Bytes that are not UTF-8, and broken escapes, as a client might send them.
      for (const raw of ["%ED%A0%80", "%FF%FE", "%C0%AF", "%", "%zz", "a%2", "%00%00"]) {
        const res = await c.get(`/api/search?q=${raw}`);
        assert.ok(res.status < 500, `q=${raw}: ${res.status} ${res.text.slice(0, 200)}`);
      }
      // Punctuation-only input has no words to look for: an empty result, not an error.
      const punctuation = await search(c, "!!! ??? ***");
      assert.deepEqual([punctuation.status, punctuation.body.total], [200, 0]);
    });
  });
}
