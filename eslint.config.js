// Lint rules, including the architecture's boundaries: the pure cores import nothing of the
// server, the database, the file system or React; the web app imports nothing of the server.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const io = ["fastify", "fastify-*", "@fastify/*", "kysely", "better-sqlite3", "pg", "node:fs", "node:fs/*", "fs", "react", "react-dom"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "coverage/**", "bench/results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/coach/**/*.ts", "src/srs/**/*.ts", "src/learning/**/*.ts", "src/content/**/*.ts"],
    ignores: ["**/*.test.ts", "src/coach/llm/**", "src/coach/resources.ts", "src/content/read-pack.ts", "src/content/check-content.ts", "src/content/cmu-dictionary.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: io, message: "The pure core does no I/O: take data as arguments." }] }],
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/server/**", "**/db/**", "**/cli/**", "node:*"], message: "The web app talks to the server over HTTP only." }] },
      ],
    },
  },
  {
    files: ["src/server/**/*.ts", "src/db/**/*.ts", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/web/**"], message: "The server does not import the web app." }] }],
    },
  },
);
