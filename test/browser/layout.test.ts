/**
 * The app shell: the menu on a 375 px phone, the theme toggle, the skip link — and, with
 * PARLANCE_SCREENSHOT=1, the screenshot of the home page that the README shows.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { browserSuite, checkA11y, chromiumMissing, formatViolations, watchPageErrors } from "../helpers/browser.ts";

const skip = chromiumMissing;
const suite = browserSuite();

test("on a 375 px phone the menu button opens and closes the navigation", { skip }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = watchPageErrors(page);
  await page.goto(suite.server.url);

  const menuButton = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  const vocabulary = nav.getByRole("link", { name: "Vocabulary" });

  assert.equal(await menuButton.isVisible(), true, "menu button shown");
  assert.equal(await menuButton.getAttribute("aria-expanded"), "false");
  assert.equal(await vocabulary.isVisible(), false, "navigation folded away");

  await menuButton.click();
  assert.equal(await menuButton.getAttribute("aria-expanded"), "true");
  await vocabulary.waitFor({ state: "visible" });
  for (const name of ["Vocabulary", "Path", "Roadmap", "Interview", "Roleplay"])
    assert.equal(await nav.getByRole("link", { name }).isVisible(), true, `${name} link visible`);
  assert.equal(await page.getByRole("banner").getByRole("link", { name: "Sign in" }).isVisible(), true);

  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, `axe-core, open menu at 375 px:\n${formatViolations(violations)}`);

  // The page fits the phone: nothing scrolls sideways.
  const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
  assert.equal(overflow, 0, "no horizontal scrolling at 375 px");

  // Following a link closes the menu.
  await vocabulary.click();
  await page.getByRole("heading", { level: 1, name: "Vocabulary" }).waitFor();
  assert.equal(await menuButton.getAttribute("aria-expanded"), "false");
  assert.equal(await vocabulary.isVisible(), false);

  // Keyboard: Enter opens, Tab enters the menu, Escape closes and gives focus back to the button.
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await vocabulary.waitFor({ state: "visible" });
  await page.keyboard.press("Tab");
  assert.equal(await page.locator(":focus").getAttribute("href"), "/vocabulary", "Tab after the button enters the menu");
  await page.keyboard.press("Escape");
  assert.equal(await menuButton.getAttribute("aria-expanded"), "false");
  assert.equal((await page.locator(":focus").innerText()).trim(), "Menu", "focus back on the menu button");

  // A tap outside the header closes it too.
  await menuButton.click();
  await vocabulary.waitFor({ state: "visible" });
  await page.mouse.click(187, 730);
  assert.equal(await menuButton.getAttribute("aria-expanded"), "false");

  assert.deepEqual(problems, []);
  await context.close();
});

test("the theme toggle switches to dark and is remembered", { skip }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(suite.server.url);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");

  await page.reload();
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  assert.equal(await page.getByRole("button", { name: "Dark theme" }).getAttribute("aria-pressed"), "true");
  const background = await page.evaluate<string>("getComputedStyle(document.body).backgroundColor");
  assert.equal(background, "rgb(14, 16, 20)");
  await context.close();
});

test("the skip link is the first stop and moves focus to the main content", { skip }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(suite.server.url);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to content" });
  assert.equal((await page.locator(":focus").innerText()).trim(), "Skip to content");
  assert.equal(await skipLink.isVisible(), true, "visible when focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate<string>("document.activeElement && document.activeElement.id"), "main");
  await context.close();
});

test("screenshot of the home page for the README (PARLANCE_SCREENSHOT=1)", { skip: skip || (process.env.PARLANCE_SCREENSHOT !== "1" && "set PARLANCE_SCREENSHOT=1 to write docs/screenshot.png") }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light", deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(suite.server.url);
  await page.waitForLoadState("networkidle");
  await page.locator(".area-card").first().waitFor();
  const target = fileURLToPath(new URL("../../docs/screenshot.png", import.meta.url));
  mkdirSync(fileURLToPath(new URL("../../docs/", import.meta.url)), { recursive: true });
  await page.screenshot({ path: target, fullPage: false });
  await context.close();
});
