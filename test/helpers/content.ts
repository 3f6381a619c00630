/**
 * The real content pack for tests. Parsing and validating it takes about a second, and every API
 * test file builds its own databases, so the prepared rows are cached on disk, keyed by the
 * content's hash and by the source of the code that turns content into rows: a change to either
 * prepares them afresh. Loading them into a database goes through the same code as start-up
 * (`applyRoles`), in one transaction per role.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONTENT_DIR, PACKAGE_ROOT } from "../../src/config/paths.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { applyRoles, prepareRoles, readContentSources, storedHash, type LoadReport } from "../../src/server/features/content/content.loader.ts";
import type { RoleRows, RoleSource } from "../../src/server/features/content/stored-content.ts";
import { stringify } from "yaml";

/** The modules whose code decides what the rows hold. */
function codeFingerprint(): string {
  const hash = createHash("sha256");
  const dirs = ["src/content", "src/server/features/content"];
  for (const dir of dirs) {
    for (const name of readdirSync(join(PACKAGE_ROOT, dir)).sort()) {
      if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
      hash.update(name).update(readFileSync(join(PACKAGE_ROOT, dir, name)));
    }
  }
  return hash.digest("hex");
}

export interface PreparedContent {
  rows: RoleRows[];
  roleIds: string[];
}

let prepared: Promise<PreparedContent> | undefined;

/** The real pack's rows, prepared once per process (and once per change, across processes). */
export function preparedContent(): Promise<PreparedContent> {
  prepared ??= (async () => {
    const sources = await readContentSources(DEFAULT_CONTENT_DIR);
    const roleIds = sources.map((s) => s.roleId);
    const key = createHash("sha256")
      .update(sources.map((s) => `${s.roleId}=${storedHash(s.files)}`).join("\n"))
      .update(codeFingerprint())
      .digest("hex")
      .slice(0, 32);
    const dir = join(tmpdir(), "parlance-test-content");
    const file = join(dir, `${key}.json`);
    try {
      return { rows: JSON.parse(readFileSync(file, "utf8")) as RoleRows[], roleIds };
    } catch {
      const rows = await prepareRoles(sources);
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed, so a parallel test process never reads half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(rows));
      renameSync(temporary, file);
      return { rows, roleIds };
    }
  })();
  return prepared;
}

/** Load the real pack into a (freshly migrated) test database. */
export async function loadTestContent(handle: DatabaseHandle): Promise<LoadReport[]> {
  const { rows, roleIds } = await preparedContent();
  return applyRoles(handle, rows, { roleIds });
}

export interface MiniTerm {
  id: string;
  term: string;
  /** Stress respelling; the IPA is made up from it, the validator only checks its shape. */
  respelling?: string;
}

/**
 * A small valid role folder, in memory: one area, the given terms, and one exercise set of five
 * multiple-choice exercises about the first term. Override or add files with `files`.
 */
export function miniPack(
  roleId: string,
  options: { terms?: MiniTerm[]; files?: Record<string, string | null> } = {},
): RoleSource {
  const terms = options.terms ?? [
    { id: "queue", term: "queue" },
    { id: "cache", term: "cache" },
    { id: "shard", term: "shard" },
  ];
  const first = terms[0]!;
  const files: Record<string, string | null> = {
    "role.yaml": stringify({ id: roleId, title: `Role ${roleId}`, summary: "A role for tests.", areas: ["basics"] }),
    "areas/basics.yaml": stringify({
      id: "basics",
      title: "Basics",
      summary: "The basic words.",
      outcomes: ["Name the parts.", "Explain the flow.", "Write a short note."],
    }),
    "terms/basics.yaml": stringify({
      terms: terms.map((t) => ({
        id: t.id,
        term: t.term,
        partOfSpeech: "noun",
        definition: `A thing called ${t.term} that tests use.`,
        pronunciation: { respelling: t.respelling ?? t.term.toUpperCase(), ipa: `/${t.term}/` },
        examples: [
          { situation: "standup", text: `Yesterday I looked at the ${t.term} with Sam.` },
          { situation: "code-review", text: `Could you rename this ${t.term} before we merge?` },
        ],
        collocations: [`check the ${t.term}`, `a new ${t.term}`],
        area: "basics",
        level: "junior",
      })),
    }),
    "exercises/basics.yaml": stringify({
      area: "basics",
      sets: [
        {
          id: "basics-words",
          title: "Basic words",
          level: "junior",
          exercises: [1, 2, 3, 4, 5].map((n) => ({
            id: `basics-words-${n}`,
            type: "multiple-choice",
            terms: [first.id],
            prompt: `Question ${n}: which word names this?`,
            options: [
              { text: first.term, correct: true },
              { text: `not ${n}`, correct: false },
              { text: `never ${n}`, correct: false },
            ],
            explanation: `The word is ${first.term}, explanation number ${n}.`,
          })),
        },
      ],
    }),
    ...options.files,
  };
  return {
    roleId,
    files: Object.entries(files)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([path, text]) => ({ path: `${roleId}/${path}`, text }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}
