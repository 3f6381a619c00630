/**
 * Interview prep in a real browser against the real server: a learner filters the bank, answers a
 * question and sees the coach's feedback with their words highlighted; runs a three-question mock
 * interview with a follow-up, reloads in the middle and carries on, opens the report and its share
 * link in a signed-out browser, then revokes it; builds a kit, scores a candidate and exports both
 * as Markdown. axe-core scans every new page.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { browserSuite, checkA11y, chromiumMissing, formatViolations, newLearner, signUpThroughUi, watchPageErrors } from "../helpers/browser.ts";

const skip = chromiumMissing;
const suite = browserSuite({ COACH_WORKERS: "1" });

/** axe-core on the page as it is, in the light and the dark theme. */
async function scan(page: Page, label: string) {
  await page.locator(".loading").first().waitFor({ state: "detached" });
  for (const colorScheme of ["dark", "light"] as const) {
    // Reduced motion: no colour transitions, so axe sees the settled theme.
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    const violations = await checkA11y(page);
    assert.equal(violations.length, 0, `axe-core found violations on ${label} (${colorScheme}):\n${formatViolations(violations)}`);
  }
}

const GOOD =
  "Most teams build web APIs with REST. Resources are identified by URLs and you act on them with standard HTTP methods like GET and POST. " +
  "Communication is stateless, so each request carries everything the server needs. Data is usually JSON, and status codes describe the outcome.";

test("practise, a mock interview with a follow-up resumed after a reload, a shared report, a kit scored and exported", { skip, timeout: 240_000 }, async () => {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = watchPageErrors(page);
  await signUpThroughUi(page, suite.server.url, newLearner());

  // The bank: filters with counts.
  await page.goto(`${suite.server.url}/interview`);
  await page.getByRole("heading", { level: 1, name: "Interview preparation" }).waitFor();
  await page.getByLabel("Level").selectOption("junior");
  await page.getByText(/^\d+ questions?$/).waitFor();
  assert.match(await page.getByLabel("Level").locator("option[value=junior]").innerText(), /Junior \(\d+\)/);
  await scan(page, "the question bank");
  await page.getByRole("link", { name: /What architectural style do most teams use/ }).click();

  // Practice: the model answer is hidden, then feedback with highlights.
  await page.getByRole("heading", { level: 1, name: /What architectural style/ }).waitFor();
  await page.getByText("Hidden until you answer").waitFor();
  await scan(page, "a question");
  await page.getByLabel("Answer as you would in the interview").fill(GOOD);
  await page.getByRole("button", { name: "Get feedback" }).click();
  await page.getByRole("heading", { name: "Coach feedback" }).waitFor({ timeout: 60_000 });
  assert.ok((await page.locator("mark.hl--point").count()) > 0, "covered key points are highlighted in the answer");
  await page.getByRole("heading", { name: "Model answer", level: 3 }).waitFor();
  await page.getByText("An interviewer might ask next").waitFor();
  await scan(page, "feedback on an answer");
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByLabel("Answer as you would in the interview").waitFor();
  assert.equal(await page.locator(".attempt-list li").count(), 1);

  // A mock interview of three questions, with a follow-up and a reload in the middle.
  await page.goto(`${suite.server.url}/interview/mock`);
  await page.getByRole("heading", { level: 1, name: "Mock interview" }).waitFor();
  await scan(page, "the mock interview page");
  await page.getByLabel("Level").selectOption("junior");
  await page.getByLabel("Questions").fill("3");
  await page.getByRole("button", { name: "Start the interview" }).click();
  await page.getByText("Question 1 of 3").waitFor();
  await scan(page, "a mock interview question");
  await page.getByLabel("Your answer").fill("I am not sure, it depends.");
  await page.getByRole("button", { name: "Submit and continue" }).click();
  await page.getByText("The interviewer follows up").waitFor({ timeout: 60_000 });
  await page.reload();
  await page.getByText("The interviewer follows up").waitFor();
  await page.getByLabel("Your answer to the follow-up").fill("I would check the query plan and add an index.");
  await page.getByRole("button", { name: "Submit and continue" }).click();
  for (const n of [2, 3]) {
    await page.getByText(`Question ${n} of 3`).first().waitFor();
    const follow = page.getByLabel("Your answer to the follow-up");
    await page.getByLabel("Your answer", { exact: true }).fill("I would explain the trade-offs with an example from my last project, and measure the result.");
    await page.getByRole("button", { name: "Submit and continue" }).click();
    await Promise.race([follow.waitFor(), page.getByText(n === 3 ? "The interview is over" : `Question ${n + 1} of 3`).waitFor()]);
    if (await follow.isVisible()) {
      await follow.fill("I would measure it first.");
      await page.getByRole("button", { name: "Submit and continue" }).click();
    }
  }
  await page.getByText("The interview is over").waitFor();
  await page.getByRole("link", { name: "Open the report" }).click();
  await page.getByRole("heading", { level: 1, name: "Interview report" }).waitFor();
  await page.getByRole("heading", { name: "Three things to work on" }).waitFor();
  assert.equal(await page.locator("#work-on + ol li").count(), 3);
  await page.getByText("Follow-up:").first().waitFor();
  await scan(page, "the report");
  await page.getByRole("button", { name: "Create a share link" }).click();
  const link = await page.getByLabel(/Read-only link/).inputValue();
  assert.match(link, /\/interview\/shared\/[A-Za-z0-9_-]{32,}$/);

  const stranger = await suite.browser.newContext();
  const other = await stranger.newPage();
  await other.goto(link);
  await other.getByRole("heading", { name: "Three things to work on" }).waitFor();
  await scan(other, "a shared report, signed out");
  await page.getByRole("button", { name: "Revoke the link" }).click();
  await page.getByText("The link no longer works.").waitFor();
  await other.reload();
  await other.getByText("does not exist or was revoked").waitFor();
  await stranger.close();

  // A kit: one bank question and one of the interviewer's own; scored; both exported.
  await page.goto(`${suite.server.url}/interview/kits`);
  await page.getByRole("heading", { level: 1, name: "Interview kits" }).waitFor();
  await scan(page, "the kits page");
  await page.getByRole("link", { name: "New kit" }).click();
  await page.getByLabel("Title").fill("Backend mid, round one");
  await page.getByLabel("Bank question").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add this question" }).click();
  await page.getByLabel("Question", { exact: true }).fill("How do you review a pull request?");
  await page.getByLabel("Key points to listen for, one per line").fill("Reads the description first\nRuns the code");
  await page.getByLabel("Red flags, one per line").fill("Only comments on style");
  await page.getByRole("button", { name: "Add my question" }).click();
  await scan(page, "the kit builder");
  await page.getByRole("button", { name: "Move question 2 up" }).click();
  await page.getByRole("button", { name: "Save the kit" }).click();
  await page.getByRole("heading", { level: 1, name: "Backend mid, round one" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "1. How do you review a pull request?" }).waitFor();
  await page.getByRole("heading", { name: "Red flags" }).first().waitFor();
  await scan(page, "a kit");
  const kitDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export as Markdown" }).click();
  const kitFile = readFileSync((await (await kitDownload).path())!, "utf8");
  assert.match(kitFile, /^# Backend mid, round one/);
  assert.match(kitFile, /## 1\. How do you review a pull request\?/);

  await page.getByLabel("Candidate").fill("Grace");
  await page.getByRole("button", { name: "Start a scorecard" }).click();
  await page.getByRole("heading", { level: 1, name: "Scorecard: Grace" }).waitFor();
  await page.getByLabel("Runs the code").check();
  await page.locator("select[id^=rating-]").first().selectOption("3");
  await page.getByLabel("Yes", { exact: true }).check();
  await scan(page, "a scorecard");
  await page.getByRole("button", { name: "Save scorecard" }).click();
  await page.getByText(/^Saved/).waitFor();
  const cardDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export as Markdown" }).click();
  const cardFile = readFileSync((await (await cardDownload).path())!, "utf8");
  assert.match(cardFile, /# Scorecard: Grace/);
  assert.match(cardFile, /- \[x\] Runs the code/);
  assert.match(cardFile, /Recommendation:\*\* Yes/);

  await page.goto(`${suite.server.url}/interview/guide`);
  await page.getByRole("heading", { name: "The STAR method" }).waitFor();
  await scan(page, "the preparation guide");
  assert.deepEqual(errors, []);
  await context.close();
});
