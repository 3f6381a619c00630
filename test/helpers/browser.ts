/**
 * Browser tests drive Debian's Chromium through playwright-core (no browser download).
 * `chromiumMissing` lets a test file skip with a clear reason on machines without it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Clock } from "../../src/server/features/accounts/accounts.service.ts";
import { startServer, type RunningServer } from "./server.ts";

const require = createRequire(import.meta.url);

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A reason to skip, or false when Chromium is there. */
export const chromiumMissing: string | false = existsSync(chromiumPath)
  ? false
  : `Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH — browser tests skipped`;

const webIndex = fileURLToPath(new URL("../../dist/web/index.html", import.meta.url));

/** The server serves dist/web; without a build every page would be a 404. */
export function assertWebBuilt(): void {
  if (!existsSync(webIndex)) throw new Error(`${webIndex} is missing: run \`npm run build:web\` before the browser tests`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type A11yViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
};

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it is now and returns its violations (WCAG 2.0/2.1/2.2 A and AA
 * plus axe's best practices). axe is injected through the DevTools protocol rather than
 * `page.addScriptTag`, because the app's Content-Security-Policy (rightly) refuses inline scripts
 * and the tests keep the policy on to catch violations of it.
 */
export async function checkA11y(page: Page): Promise<A11yViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== "undefined");
  if (!hasAxe) {
    axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(axeSource);
  }
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return JSON.parse(JSON.stringify(result.violations)) as A11yViolation[];
  });
}

/** One readable block per violation, for assertion messages. */
export function formatViolations(violations: A11yViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? "").replaceAll("\n", "\n      ")}`)
        .join("\n");
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
      return `  [${v.impact ?? "?"}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
}

/**
 * Collects what should never happen on a page: uncaught exceptions and console errors such as
 * Content-Security-Policy refusals. Failed responses (a 401 from /api/account when signed out)
 * are expected and are not counted.
 */
export function watchPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (text.startsWith("Failed to load resource")) return;
    problems.push(`console error: ${text}`);
  });
  return problems;
}

export type Learner = { displayName: string; email: string; password: string };

let learnerCount = 0;

/** A new learner with a unique e-mail address and a password no list of common ones contains. */
export function newLearner(overrides: Partial<Learner> = {}): Learner {
  learnerCount += 1;
  const tag = `${process.pid}-${Date.now().toString(36)}-${learnerCount}`;
  return {
    displayName: `Ada Lovelace ${learnerCount}`,
    email: `learner-${tag}@example.com`,
    password: `plum-orbit-canyon-${tag}`,
    ...overrides,
  };
}

/** Signs up through the form and waits for the signed-in home page. */
export async function signUpThroughUi(page: Page, baseUrl: string, learner: Learner): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel("Your name").fill(learner.displayName);
  await page.getByLabel("E-mail address").fill(learner.email);
  await page.getByLabel("Password", { exact: true }).fill(learner.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { level: 1, name: `Hello, ${learner.displayName}` }).waitFor();
}

/** Signs in through the form (from wherever the page is) and waits until the form is gone. */
export async function signInThroughUi(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  if (!new URL(page.url() || "about:blank", "http://x").pathname.startsWith("/sign-in")) await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Fails fast, with a message that says what is wrong, when the server does not serve the app at "/". */
export async function assertServesApp(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/`, { headers: { Accept: "text/html" } });
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !type.startsWith("text/html")) {
    const body = (await response.text()).slice(0, 200);
    throw new Error(`GET / answered ${response.status} (${type}) instead of the app's index.html: ${body}`);
  }
}

export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
}

/**
 * The real server (fresh database, built web app) and a Chromium that one browser-test file shares,
 * started in before() and stopped in after(). Read `suite.server` and `suite.browser` inside tests;
 * nothing starts when Chromium is missing (the tests skip with `chromiumMissing`).
 */
export function browserSuite(
  env: Record<string, string> = {},
  options: { clock?: Clock; /** More set-up once the server and browser run. */ ready?: (suite: BrowserSuite) => Promise<void> } = {},
): BrowserSuite {
  const suite = {} as BrowserSuite;
  before(async () => {
    if (chromiumMissing) return;
    assertWebBuilt();
    suite.server = await startServer(env, options.clock ? { clock: options.clock } : {});
    await assertServesApp(suite.server.url);
    suite.browser = await launchBrowser();
    await options.ready?.(suite);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
