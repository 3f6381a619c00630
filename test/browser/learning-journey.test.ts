/**
 * The learning path in a real browser against the real server: a learner completes a mixed set —
 * multiple choice, gaps, matching, phrasing, a correction, an ordering by drag and drop and by
 * keyboard, and a written answer the coach grades — sees the summary, mastery and the streak
 * change on the path and the home page, then opens a roadmap topic and marks it done. axe-core
 * scans every new page; the player and the path also fit a 375 px phone.
 * The server's clock is moved on by two minutes before each answer, so that the set counts as
 * twenty minutes of practice and meets the daily goal.
 */
import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { Page } from "playwright-core";
import type { Exercise } from "../../src/content/schema.ts";
import { browserSuite, checkA11y, chromiumMissing, formatViolations, newLearner, signUpThroughUi, watchPageErrors } from "../helpers/browser.ts";
import { preparedContent } from "../helpers/content.ts";

const skip = chromiumMissing;
let offset = 0;
const clock = { now: () => Date.now() + offset };
const suite = browserSuite({ COACH_WORKERS: "1" }, { clock });
const exercises = new Map<string, Exercise>();

before(async () => {
  if (skip) return;
  for (const role of (await preparedContent()).rows) for (const row of role.exercises) exercises.set(row.id, JSON.parse(row.data) as Exercise);
});

async function scan(page: Page, label: string) {
  await page.locator(".loading").first().waitFor({ state: "detached" });
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, `axe-core found violations on ${label}:\n${formatViolations(violations)}`);
}

async function noSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
  assert.equal(overflow, 0, `${label}: nothing scrolls sideways`);
}

/** The order of the ordering exercise's items as the page shows them. */
const shownOrder = (page: Page) => page.locator(".ordering__text").allInnerTexts();

/** Answers the exercise on screen through the page, rightly unless `wrong`. Returns its type. */
async function answerShown(page: Page, wrong: boolean): Promise<Exercise["type"]> {
  const form = page.locator("form.exercise");
  const headingId = (await form.locator("h2").getAttribute("id"))!;
  const e = exercises.get(headingId.replace(/^ex-/, "").replace(/-heading$/, ""))!;
  assert.ok(e, headingId);
  switch (e.type) {
    case "multiple-choice":
    case "phrasing": {
      const right = e.options.filter((o) => o.correct).map((o) => o.text);
      const choose = wrong ? [e.options.find((o) => !o.correct)!.text] : right;
      for (const [i, text] of choose.entries()) {
        const option = form.getByLabel(text, { exact: true });
        if (i === 0) {
          // The keyboard alone: focus the option and press Space.
          await option.focus();
          await page.keyboard.press("Space");
        } else await option.check();
      }
      break;
    }
    case "cloze":
      for (const [i, blank] of e.blanks.entries()) await form.getByLabel(`Gap ${i + 1} of ${e.blanks.length}`).fill(wrong ? "nothing" : blank.accept[0]!);
      break;
    case "matching":
      for (const pair of e.pairs) await form.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
      break;
    case "error-correction":
      await form.getByLabel("Corrected sentence").fill(e.accept[0]!);
      break;
    case "ordering": {
      // Drag and drop with the mouse: the item shown last goes to the top.
      const before = await shownOrder(page);
      const handles = form.locator(".ordering__handle");
      const from = (await handles.last().boundingBox())!;
      const to = (await handles.first().boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 8 });
      await page.mouse.up();
      const dragged = await shownOrder(page);
      assert.equal(dragged[0], before.at(-1), "the dragged item is now first");
      // Then the keyboard: each item in turn is moved up into its place with the arrow keys.
      for (const [place, text] of e.items.entries()) {
        const at = (await shownOrder(page)).indexOf(text);
        const handle = form.getByRole("button", { name: new RegExp(`^Move “${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”, position`) });
        await handle.focus();
        for (let k = at; k > place; k--) await page.keyboard.press("ArrowUp");
        assert.equal((await shownOrder(page))[place], text);
      }
      assert.deepEqual(await shownOrder(page), e.items);
      break;
    }
    case "written":
      await form.getByLabel(e.prompt.trim()).fill(e.modelAnswer);
      break;
  }
  offset += 2 * 60_000;
  await form.getByRole("button", { name: e.type === "written" ? "Send to the coach" : "Check answer" }).click();
  return e.type;
}

test("a learner completes a mixed set with a written answer, sees mastery and the streak grow, and marks a roadmap topic done", { skip, timeout: 120_000 }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems = watchPageErrors(page);
  const learner = newLearner();
  await signUpThroughUi(page, suite.server.url, learner);

  // The signed-in home page shows today's plan.
  const plan = page.getByRole("region", { name: "Today's plan" });
  await plan.getByText("0 days").waitFor();
  await plan.getByText("Today: 0 of 15 minutes").waitFor();
  await scan(page, "home with today's plan");

  // The path: every area, nothing started.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Path" }).click();
  await page.getByRole("heading", { level: 1, name: "Learning path" }).waitFor();
  const apiArea = page.locator(".path-area").filter({ has: page.getByRole("link", { name: "API design", exact: true }) });
  await apiArea.getByText("Not started").waitFor();
  await scan(page, "/path (new learner)");

  // The area page, then its mid-level set.
  await apiArea.getByRole("link", { name: "API design", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "API design" }).waitFor();
  await scan(page, "/path/areas/api-design");
  await page.getByRole("button", { name: /^Start: API design in context/ }).click();
  await page.waitForURL(/\/practice\/[0-9a-f-]{36}$/);
  await page.locator("form.exercise").waitFor();
  await scan(page, "the exercise player");

  const seen = new Set<string>();
  let wrongGiven = false;
  for (let n = 0; n < 10; n++) {
    const giveWrong = !wrongGiven && (await page.locator("form.exercise .cloze").count()) > 0;
    const type = await answerShown(page, giveWrong);
    if (giveWrong) wrongGiven = true;
    seen.add(type);
    const feedback = page.locator(".player__feedback");
    await feedback.locator(".feedback__title").waitFor({ timeout: 60_000 });
    assert.match(await feedback.innerText(), /Why/, "the explanation is shown after the answer");
    if (type === "written") {
      await feedback.getByText(/Coach score: \d+\/100/).waitFor();
      await scan(page, "feedback of the coach on a written answer");
    }
    if (type === "ordering") await scan(page, "the ordering exercise answered");
    if (giveWrong) assert.match(await feedback.locator(".feedback__title").innerText(), /Not quite|Partly right/);
    const nextButton = feedback.getByRole("button", { name: "Next exercise" });
    if (await nextButton.count()) await nextButton.click();
    else await feedback.getByRole("link", { name: "See your summary" }).click();
  }
  assert.deepEqual([...seen].sort(), ["cloze", "error-correction", "matching", "multiple-choice", "ordering", "phrasing", "written"]);

  // The summary: score, mastery of the area, the streak, the words missed.
  await page.getByRole("heading", { level: 1, name: /^Summary: / }).waitFor();
  await page.getByText("9 of 10 right").waitFor();
  const mastery = page.getByRole("region", { name: "Mastery of API design" });
  const value = Number(await mastery.locator(".mastery__value strong").innerText());
  assert.ok(value > 0, `mastery ${value}`);
  await page.getByText("1 day").first().waitFor();
  await page.getByText(/Today: 2\d(\.\d)? of 15 minutes — goal met/).waitFor();
  await page.getByRole("region", { name: "Words to review" }).waitFor();
  await scan(page, "the set summary");

  // The path shows the new mastery and the streak; the home page too.
  await page.getByRole("link", { name: "Back to the path" }).click();
  await page.getByRole("heading", { level: 1, name: "Learning path" }).waitFor();
  // the cached path shows until its refetch lands (stale-while-revalidate): wait for the new value
  await apiArea.locator(".mastery__value strong", { hasText: new RegExp(`^${value}$`) }).waitFor();
  assert.equal(await apiArea.locator(".mastery__value strong").innerText(), String(value));
  await page.locator(".path-streak").getByText("1 day").waitFor();
  await page.getByRole("button", { name: "Review my mistakes" }).waitFor();
  await scan(page, "/path after a set");
  await page.goto(suite.server.url);
  await plan.getByText("1 day").waitFor();
  await plan.getByText(/API design for senior developers|API design/).first().waitFor();

  // The roadmap: open HTTP and mark it done.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roadmap" }).click();
  await page.getByRole("heading", { level: 1, name: "Roadmap" }).waitFor();
  await page.getByText(/0 of \d+ topics done/).waitFor();
  await scan(page, "/roadmap");
  await page.getByRole("link", { name: "HTTP", exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: "HTTP" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "What it is" }).waitFor();
  assert.ok((await page.locator(".md pre code").count()) > 0, "the example's code block");
  assert.ok((await page.locator(".md pre code .md__tok--keyword").count()) > 0, "highlighted by the server when the content was loaded");
  assert.ok((await page.locator(".md a[href^='/vocabulary/terms/']").count()) > 0, "terms are linked");
  assert.equal(await page.locator(".md script, .md [onclick]").count(), 0);
  await scan(page, "/roadmap/http");
  const done = page.getByRole("group", { name: "Your progress on HTTP" }).getByRole("button", { name: "Done" });
  await done.click();
  await page.getByText("Marked as done.").waitFor();
  assert.equal(await done.getAttribute("aria-pressed"), "true");
  await page.getByRole("link", { name: "Roadmap" }).first().click();
  await page.getByText(/1 of \d+ topics done/).waitFor();
  await page.locator(".roadmap-topic--done").getByRole("link", { name: "HTTP", exact: true }).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test("on a 375 px phone the path, the player and the roadmap fit, and axe-core finds nothing in the dark theme", { skip, timeout: 60_000 }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, colorScheme: "dark" });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems = watchPageErrors(page);
  await signUpThroughUi(page, suite.server.url, newLearner());
  await noSidewaysScroll(page, "home");

  await page.goto(`${suite.server.url}/path`);
  await page.locator(".path-area").first().waitFor();
  await noSidewaysScroll(page, "/path");
  await scan(page, "/path at 375 px, dark");

  await page.goto(`${suite.server.url}/path/areas/databases`);
  await page.getByRole("button", { name: /^Start: / }).first().click();
  await page.locator("form.exercise").waitFor();
  await noSidewaysScroll(page, "the player");
  // Go to the ordering exercise (dots are buttons), which has the widest rows.
  const dots = page.getByRole("list", { name: "Exercises in this set" }).getByRole("button");
  for (let i = 0; i < (await dots.count()); i++) {
    await dots.nth(i).click();
    if (await page.locator(".ordering").count()) break;
  }
  await page.locator(".ordering").waitFor();
  await noSidewaysScroll(page, "the ordering exercise");
  await scan(page, "the ordering exercise at 375 px, dark");

  await page.goto(`${suite.server.url}/roadmap`);
  await page.locator(".roadmap-topic").first().waitFor();
  await noSidewaysScroll(page, "/roadmap");
  await page.goto(`${suite.server.url}/roadmap/api-documentation`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await noSidewaysScroll(page, "a topic with a table and code");
  await scan(page, "/roadmap/api-documentation at 375 px, dark");

  assert.deepEqual(problems, []);
  await context.close();
});
