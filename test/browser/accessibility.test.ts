/**
 * axe-core on every page, signed out and signed in, in the light and the dark theme; plus the
 * basics axe cannot judge alone: one h1 per page, a title per page, landmarks, no CSP refusals.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { browserSuite, checkA11y, chromiumMissing, formatViolations, newLearner, signUpThroughUi, watchPageErrors } from "../helpers/browser.ts";

const skip = chromiumMissing;
const suite = browserSuite();

type PageCase = { path: string; title: string; h1: string | RegExp };

const PUBLIC_PAGES: PageCase[] = [
  { path: "/", title: "Parlance", h1: "Practice the English of your backend job" },
  { path: "/sign-in", title: "Sign in · Parlance", h1: "Sign in" },
  { path: "/sign-up", title: "Create your account · Parlance", h1: "Create your account" },
  { path: "/vocabulary", title: "Vocabulary · Parlance", h1: "Vocabulary" },
  { path: "/path", title: "Learning path · Parlance", h1: "Learning path" },
  { path: "/roadmap", title: "Roadmap · Parlance", h1: "Roadmap" },
  { path: "/roadmap/http", title: "HTTP · Parlance", h1: "HTTP" },
  { path: "/interview", title: "Interview preparation · Parlance", h1: "Interview preparation" },
  { path: "/roleplay", title: "Workplace roleplays · Parlance", h1: "Workplace roleplays" },
  { path: "/roleplay/explain-outage", title: "Explain a checkout outage to stakeholders · Parlance", h1: "Explain a checkout outage to stakeholders" },
  { path: "/no-such-page", title: "Page not found · Parlance", h1: "Page not found" },
];

const SIGNED_IN_PAGES: PageCase[] = [
  { path: "/", title: "Home · Parlance", h1: /^Hello, / },
  { path: "/settings", title: "Settings · Parlance", h1: "Settings" },
  { path: "/vocabulary", title: "Vocabulary · Parlance", h1: "Vocabulary" },
  { path: "/path", title: "Learning path · Parlance", h1: "Learning path" },
  { path: "/path/areas/api-design", title: "API design · Parlance", h1: "API design" },
  { path: "/roadmap", title: "Roadmap · Parlance", h1: "Roadmap" },
  { path: "/roadmap/http", title: "HTTP · Parlance", h1: "HTTP" },
  { path: "/roleplay", title: "Workplace roleplays · Parlance", h1: "Workplace roleplays" },
  { path: "/roleplay/explain-outage", title: "Explain a checkout outage to stakeholders · Parlance", h1: "Explain a checkout outage to stakeholders" },
  { path: "/no-such-page", title: "Page not found · Parlance", h1: "Page not found" },
];

/** Waits until the page has settled (data loaded, nothing left spinning). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.locator(".loading").first().waitFor({ state: "detached" });
}

async function assertPage(page: Page, label: string, expected: Pick<PageCase, "title" | "h1">): Promise<void> {
  await settle(page);
  assert.equal(await page.title(), expected.title, `${label}: document.title`);
  const h1 = page.locator("h1");
  assert.equal(await h1.count(), 1, `${label}: exactly one h1`);
  const text = (await h1.innerText()).trim();
  if (typeof expected.h1 === "string") assert.equal(text, expected.h1, `${label}: h1`);
  else assert.match(text, expected.h1, `${label}: h1`);
  // The server's CSP allows no inline script or style; nothing in the page should need one.
  const inline = await page.evaluate<number>("document.querySelectorAll('script:not([src]), style, [style]').length");
  assert.equal(inline, 0, `${label}: no inline <script>, <style> or style attributes`);
  for (const role of ["banner", "navigation", "main", "contentinfo"] as const)
    assert.equal(await page.getByRole(role).count() >= 1, true, `${label}: has a ${role} landmark`);
  await scan(page, label);
}

async function scan(page: Page, label: string): Promise<void> {
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, `axe-core found violations on ${label}:\n${formatViolations(violations)}`);
}

for (const theme of ["light", "dark"] as const) {
  test(`every page passes axe-core in the ${theme} theme`, { skip }, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems = watchPageErrors(page);

    // The theme really is the one asked for.
    await page.goto(suite.server.url);
    const background = await page.evaluate<string>("getComputedStyle(document.body).backgroundColor");
    assert.equal(background, theme === "light" ? "rgb(255, 255, 255)" : "rgb(14, 16, 20)");

    for (const pageCase of PUBLIC_PAGES) {
      await page.goto(`${suite.server.url}${pageCase.path}`);
      await assertPage(page, `${pageCase.path} (signed out, ${theme})`, pageCase);
    }

    // Forms showing their errors.
    await page.goto(`${suite.server.url}/sign-up`);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.locator(".field__error").first().waitFor();
    await scan(page, `/sign-up with errors (${theme})`);

    await signUpThroughUi(page, suite.server.url, newLearner());
    for (const pageCase of SIGNED_IN_PAGES) {
      await page.goto(`${suite.server.url}${pageCase.path}`);
      await assertPage(page, `${pageCase.path} (signed in, ${theme})`, pageCase);
    }

    // Settings with the delete confirmation open and an error showing.
    await page.goto(`${suite.server.url}/settings`);
    await settle(page);
    await page.getByRole("button", { name: "Delete account…" }).click();
    await page.getByRole("button", { name: "Delete my account for good" }).click();
    await page.getByRole("region", { name: "Delete account" }).locator(".field__error").waitFor();
    await page.getByRole("region", { name: "Profile" }).getByLabel("Daily goal (minutes)").fill("0");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByRole("region", { name: "Profile" }).locator(".field__error").waitFor();
    await scan(page, `/settings with open confirmation and errors (${theme})`);

    assert.deepEqual(problems, [], `no page errors or CSP refusals (${theme})`);
    await context.close();
  });
}
