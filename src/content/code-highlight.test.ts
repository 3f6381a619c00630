import { test } from "node:test";
import assert from "node:assert/strict";
import { createCodeHighlighter, flattenTree, httpMessages, scopeKind } from "./code-highlight.ts";
import type { CodeToken } from "./code-tokens.ts";
import { codeBlocks } from "./topic-markdown.ts";

const highlight = createCodeHighlighter();
/** Spans as one readable string: `[kind:text]` for a coloured span, the text alone for plain. */
const show = (tokens: readonly CodeToken[]) => tokens.map((t) => (t.kind ? `[${t.kind}:${t.text}]` : t.text)).join("");

test("a TypeScript snippet becomes spans of the kinds the stylesheet colours", () => {
  const result = highlight('const limit: number = parse("10"); // per page', "ts");
  assert.deepEqual(result, {
    language: "ts",
    tokens: [
      { text: "const", kind: "keyword" },
      { text: " ", kind: null },
      { text: "limit", kind: "property" },
      { text: ": ", kind: null },
      { text: "number", kind: "type" },
      { text: " = ", kind: null },
      { text: "parse", kind: "function" },
      { text: "(", kind: null },
      { text: '"10"', kind: "string" },
      { text: "); ", kind: null },
      { text: "// per page", kind: "comment" },
    ],
  });
});

test("a few languages of the curriculum", () => {
  const cases: [language: string, code: string, expected: string][] = [
    ["sql", "SELECT id FROM orders WHERE total > 100;", "[keyword:SELECT] id [keyword:FROM] orders [keyword:WHERE] total > [number:100];"],
    ["python", "def ping():\n    return True", "[keyword:def] [function:ping]():\n    [keyword:return] [number:True]"],
    ["yaml", "replicas: 3 # two is not enough", "[property:replicas:] [number:3] [comment:# two is not enough]"],
    ["bash", "echo $HOME", "[type:echo] [property:$HOME]"],
    // An interpolation is code inside a string: plain again, not string-coloured.
    ["js", "`id ${id}`", "[string:`id ]${id}[string:`]"],
  ];
  for (const [language, code, expected] of cases) assert.equal(show(highlight(code, language)!.tokens), expected, language);
});

test("a language is found by name or alias, whatever its case", () => {
  const code = "let x = 1;";
  const expected = highlight(code, "typescript")!.tokens;
  for (const name of ["ts", "TS", "TypeScript", " typescript "]) assert.deepEqual(highlight(code, name)?.tokens, expected, name);
});

test("no language, or one no grammar knows, stays plain", () => {
  for (const language of ["", "  ", "hcl", "not-a-language", "<script>"]) assert.equal(highlight("resource {}", language), null, JSON.stringify(language));
});

test("the spans spell the code exactly, markup and all: the page shows them as text", () => {
  const cases: [language: string, code: string][] = [
    ["html", '<script>alert("x")</script>\n<p class="a">&amp; café</p>'],
    ["json", '{\n  "name": "naïve — ✓",\n  "n": [1, 2.5e3, null]\n}\n'],
    ["go", "func main() {\n\tfmt.Println(\"tab\\tindented\")\n}"],
    ["markdown", "## heading\n\n- *item* `code`"],
    ["dockerfile", "FROM node:20\nRUN npm ci"],
    ["sql", ""],
  ];
  for (const [language, code] of cases) {
    const result = highlight(code, language);
    assert.ok(result, language);
    assert.equal(result.tokens.map((t) => t.text).join(""), code, language);
    assert.ok(result.tokens.every((t) => t.text !== ""), `${language}: no empty spans`);
    assert.ok(result.tokens.every((t, i) => i === 0 || result.tokens[i - 1]!.kind !== t.kind), `${language}: neighbours merged`);
  }
});

test("an HTTP block with a request and its response highlights both start lines and the JSON bodies", () => {
  const code = 'POST /v1/orders HTTP/1.1\nContent-Type: application/json\n\n{"qty": 2}\n\nHTTP/1.1 201 Created\nLocation: /v1/orders/7\n';
  assert.deepEqual(httpMessages(code), ['POST /v1/orders HTTP/1.1\nContent-Type: application/json\n\n{"qty": 2}\n\n', "HTTP/1.1 201 Created\nLocation: /v1/orders/7\n"]);
  assert.equal(
    show(highlight(code, "http")!.tokens),
    '[keyword:POST] [string:/v1/orders] [meta:HTTP/1.1]\n[property:Content-Type]: application/json\n\n{[property:"qty"]: [number:2]}\n\n' +
      "[meta:HTTP/1.1] [number:201] Created\n[property:Location]: /v1/orders/7\n",
  );
});

test("scopeKind maps highlight.js's classes to a kind, transparent (undefined) or plain (null)", () => {
  const cases: [classes: string[], kind: string | null | undefined][] = [
    [["hljs-keyword"], "keyword"],
    [["hljs-title", "function_"], "function"],
    [["hljs-title", "function_", "invoke__"], "function"],
    [["hljs-title", "class_"], "type"],
    [["hljs-title", "class_", "inherited__"], "type"],
    [["hljs-variable", "language_"], "keyword"],
    [["hljs-variable", "constant_"], "property"],
    [["hljs-char", "escape_"], "string"],
    [["hljs-subst"], null],
    [["hljs-params"], undefined],
    [["hljs-punctuation"], undefined],
    [["language-ts"], undefined],
    [[], undefined],
  ];
  for (const [classes, kind] of cases) assert.equal(scopeKind(classes), kind, classes.join(" "));
});

test("flattenTree: the innermost known scope wins, unknown scopes inherit, neighbours merge", () => {
  const span = (className: string[], ...children: unknown[]) => ({ type: "element", properties: { className }, children });
  const text = (value: string) => ({ type: "text", value });
  const tree = {
    children: [
      span(["hljs-string"], text('"a'), span(["hljs-params"], text("b")), span(["hljs-subst"], text("${c}")), text('"')),
      span(["hljs-comment"], text("// x "), span(["hljs-doctag"], text("@todo"))),
      span(["hljs-comment"], text("")),
    ] as never[],
  };
  assert.deepEqual(flattenTree(tree), [
    { text: '"ab', kind: "string" },
    { text: "${c}", kind: null },
    { text: '"', kind: "string" },
    { text: "// x ", kind: "comment" },
    { text: "@todo", kind: "meta" },
  ]);
});

test("codeBlocks: language and code of each fence, indented fences dedented, unclosed ones to the end", () => {
  const markdown = [
    "Intro.",
    "```ts title",
    "const a = 1;",
    "```",
    "- a list item:",
    "  ```sql",
    "  SELECT 1;",
    "    -- indented more",
    "  ```",
    "~~~",
    "plain ``` not a close",
    "~~~",
    "````bash",
    "echo open",
  ].join("\n");
  assert.deepEqual(codeBlocks(markdown), [
    { language: "ts", code: "const a = 1;" },
    { language: "sql", code: "SELECT 1;\n  -- indented more" },
    { language: "", code: "plain ``` not a close" },
    { language: "bash", code: "echo open" },
  ]);
});
