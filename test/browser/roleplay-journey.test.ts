/**
 * Roleplays in a real browser against the real server. A learner filters the library, reads the
 * brief of "Explain a checkout outage to stakeholders", asks for a hint and talks it through with
 * the model dialogue's replies (the first one sent with Ctrl+Enter): every goal is met, and after a
 * reload the conversation is still over, with its report. Another learner, on a phone-sized screen,
 * answers weakly with the counterpart's lines read aloud: the counterpart follows up and pushes
 * back, the report shows the goals missed; "Try again" starts afresh, where a reply too long and an
 * empty one get the server's messages, a reply sent after the conversation ended in another tab
 * gets its 409, and ending early takes a confirmation. axe-core scans the library, the brief, the conversation with inline feedback and
 * the report, in the dark and the light theme.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page, Response } from "playwright-core";
import { DEFAULT_CONTENT_DIR } from "../../src/config/paths.ts";
import { readPack } from "../../src/content/read-pack.ts";
import { browserSuite, checkA11y, chromiumMissing, formatViolations, newLearner, signUpThroughUi, watchPageErrors } from "../helpers/browser.ts";

const skip = chromiumMissing;
const suite = browserSuite({ COACH_WORKERS: "1" });

const pack = (await readPack(DEFAULT_CONTENT_DIR, "backend-developer")).pack;
const scenario = pack.scenarios.find((s) => s.id === "explain-outage")!;
const STRONG = scenario.modelDialogue.filter((l) => l.speaker === "learner").map((l) => l.text.replace(/\s+/g, " ").trim());
const WEAK = ["It was a problem. We fixed it.", "I am not sure.", "Yes, ok."];

/** axe-core on the page as it is, in the dark and the light theme. */
async function scan(page: Page, label: string) {
  await page.locator(".loading").first().waitFor({ state: "detached" });
  for (const colorScheme of ["dark", "light"] as const) {
    // Reduced motion: no colour transitions, so axe sees the settled theme.
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    const violations = await checkA11y(page);
    assert.equal(violations.length, 0, `axe-core found violations on ${label} (${colorScheme}):\n${formatViolations(violations)}`);
  }
}

const replyBox = (page: Page) => page.getByRole("textbox", { name: /^Your reply to / });
const isTurn = (r: Response) => r.request().method() === "POST" && /\/api\/roleplays\/[^/]+\/turns$/.test(r.url());

/** Types a reply, sends it (by Ctrl+Enter or the Send button) and returns the conversation the server answered with. */
async function say(page: Page, text: string, how: "button" | "keyboard" = "button") {
  const box = replyBox(page);
  await box.fill(text);
  const answered = page.waitForResponse(isTurn);
  if (how === "keyboard") await box.press("Control+Enter");
  else await page.getByRole("button", { name: "Send", exact: true }).click();
  const response = await answered;
  assert.equal(response.status(), 200, await response.text());
  const { roleplay } = (await response.json()) as { roleplay: { status: string; turns: { speaker: string; text: string }[] } };
  // The page shows what the server answered: the counterpart's line is the log's last.
  await page.getByRole("log").locator(".chat__turn").nth(roleplay.turns.length - 1).getByText(roleplay.turns.at(-1)!.text).waitFor();
  return roleplay;
}

/** The page is no wider than the screen (nothing to scroll sideways at 375 px). */
async function assertNoSidewaysScroll(page: Page, label: string) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${label}: the page is ${scroll}px wide on a ${client}px screen`);
}

test("strong replies: library, brief, a hint, every goal met, resumed after a reload, and the report", { skip, timeout: 240_000 }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = watchPageErrors(page);
  await signUpThroughUi(page, suite.server.url, newLearner());

  // The library, filtered by level and setting.
  await page.goto(`${suite.server.url}/roleplay`);
  await page.getByRole("heading", { level: 1, name: "Workplace roleplays" }).waitFor();
  const all = Number((await page.getByText(/^\d+ scenarios?$/).innerText()).split(" ")[0]);
  assert.equal(all, pack.scenarios.length);
  await page.getByText("None yet.").waitFor();
  await scan(page, "the library");
  await page.getByLabel("Setting").selectOption("incident");
  await page.getByLabel("Level").selectOption("senior");
  const expected = pack.scenarios.filter((s) => s.setting === "incident" && s.level === "senior").length;
  await page.getByText(new RegExp(`^${expected} scenarios?$`)).waitFor();
  assert.equal(await page.locator(".scenario-card").count(), expected);
  assert.match(page.url(), /setting=incident/);
  await page.getByRole("link", { name: scenario.title }).click();

  // The brief: roles, goals, vocabulary linked to the glossary, phrases.
  await page.getByRole("heading", { level: 1, name: scenario.title }).waitFor();
  await page.getByText(scenario.counterpart.name, { exact: true }).waitFor();
  for (const goal of scenario.goals) await page.getByText(goal.text).waitFor();
  assert.equal(await page.getByRole("link", { name: "incident", exact: true }).getAttribute("href"), "/vocabulary/terms/incident");
  await page.getByText(scenario.usefulPhrases[0]!).waitFor();
  await scan(page, "the brief");
  await page.getByRole("button", { name: "Start the conversation" }).click();

  // The counterpart speaks first; a hint names a phrase for the open question.
  await page.getByRole("heading", { level: 1, name: scenario.title }).waitFor();
  const log = page.getByRole("log", { name: `Conversation with ${scenario.counterpart.name}` });
  await log.getByText(scenario.beats[0]!.line).waitFor();
  await page.getByText("Question 1 of 6").waitFor();
  await page.getByRole("button", { name: "Hint", exact: true }).click();
  await page.getByRole("status").getByText(scenario.beats[0]!.hint).waitFor();
  await page.getByText("1 hint used").waitFor();

  // While a reply is on its way the form is read-only and the reply shows as pending.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/roleplays/*/turns", async (route) => {
    await gate;
    await route.continue();
  });
  await replyBox(page).fill(STRONG[0]!);
  const first = page.waitForResponse(isTurn);
  await replyBox(page).press("Control+Enter");
  await page.getByRole("button", { name: "Sending…" }).waitFor();
  assert.equal(await replyBox(page).getAttribute("readonly"), "");
  await log.locator(".chat__turn--pending").getByText(STRONG[0]!).waitFor();
  release();
  assert.equal((await first).status(), 200);
  await page.unroute("**/api/roleplays/*/turns");
  await log.getByText(scenario.beats[1]!.line).waitFor();
  await page.getByText("Question 2 of 6").waitFor();
  // Focus is back in the box for the next reply.
  await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");

  let status = "active";
  for (const text of STRONG.slice(1)) {
    status = (await say(page, text)).status;
    if (status === "completed") break;
  }
  assert.equal(status, "completed");
  await log.getByText(scenario.closingLine.replace(/\s+/g, " ").trim()).waitFor();
  const report = page.getByRole("link", { name: "See your report" });
  await report.waitFor();
  // The reply box is gone: the report link takes the focus.
  await page.waitForFunction(() => document.activeElement?.textContent === "See your report");
  assert.equal(await replyBox(page).count(), 0);
  // Inline feedback (on by default): a score under every reply, goals ticked in the side panel.
  assert.equal(await log.locator(".chat__feedback").count(), STRONG.length);
  await page.getByText(`Goals (${scenario.goals.length} of ${scenario.goals.length} met)`).waitFor();
  await scan(page, "a finished conversation with inline feedback");

  // Everything comes from the server: a reload shows the same conversation.
  await page.reload();
  await page.getByRole("log").getByText(scenario.closingLine.replace(/\s+/g, " ").trim()).waitFor();
  assert.equal(await page.getByRole("log").locator(".chat__turn--learner").count(), STRONG.length);
  await page.getByRole("link", { name: "See your report" }).click();

  // The report: every goal met, with the replies that met them.
  await page.getByRole("heading", { level: 1, name: `Report: ${scenario.title}` }).waitFor();
  await page.getByText(`${scenario.goals.length} of ${scenario.goals.length} goals met`).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Missed", exact: true }).count(), 0);
  assert.equal(await page.locator(".report-goal--met").count(), scenario.goals.length);
  assert.equal(await page.locator(".report-goal--met").filter({ hasText: "Met in reply" }).count(), scenario.goals.length);
  await page.getByRole("heading", { name: "Tone", exact: true }).waitFor();
  await page.getByRole("heading", { name: "Model dialogue", exact: true }).waitFor();
  await page.getByRole("heading", { name: "Used well", exact: true }).waitFor();
  assert.ok((await page.locator(".report__vocabulary li").count()) > 0);
  // "reply 1" links to the reply in the transcript.
  await page.locator(".report-goal--met").first().getByRole("link", { name: "reply 1" }).first().click();
  assert.match(page.url(), /#reply-1$/);
  await scan(page, "the report of a strong conversation");

  // Back in the library, the scenario shows the best result and the conversation its report.
  await page.goto(`${suite.server.url}/roleplay`);
  await page.getByRole("link", { name: new RegExp(`^Best: ${scenario.goals.length} of ${scenario.goals.length} goals met`) }).waitFor();
  await page.getByRole("link", { name: `Report: ${scenario.title}` }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("weak replies on a phone: follow-ups and push-backs, goals missed; try again, refused replies, ending early", { skip, timeout: 300_000 }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 375, height: 800 } });
  // The browser's speech synthesis, recorded instead of heard.
  await context.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance.text);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = watchPageErrors(page);
  await signUpThroughUi(page, suite.server.url, newLearner());

  await page.goto(`${suite.server.url}/roleplay/${scenario.id}`);
  await page.getByRole("button", { name: "Start the conversation" }).click();
  const log = page.getByRole("log");
  await log.getByText(scenario.beats[0]!.line).waitFor();
  await assertNoSidewaysScroll(page, "the conversation");

  // Read aloud: each new counterpart line is spoken, and any line on request.
  const readAloud = page.getByLabel(`Read aloud ${scenario.counterpart.name.split(" ")[0]}'s lines`);
  await readAloud.check();
  const first = await say(page, WEAK[0]!);
  await page.waitForFunction((line) => (window as unknown as { spoken: string[] }).spoken.includes(line), first.turns.at(-1)!.text);
  await page.getByRole("button", { name: `Read aloud ${scenario.counterpart.name}'s line 1` }).click();
  await page.waitForFunction((line) => (window as unknown as { spoken: string[] }).spoken.at(-1) === line, scenario.beats[0]!.line);

  let status = first.status;
  for (let i = 1; status === "active" && i < 40; i++) status = (await say(page, WEAK[i % WEAK.length]!)).status;
  assert.equal(status, "completed");
  // The counterpart followed up on what was missing and pushed back.
  assert.ok((await log.locator(".chat__turn--follow-up").count()) > 0, "a follow-up was asked");
  assert.ok((await log.locator(".chat__turn--pushback").count()) > 0, "the counterpart pushed back");
  await log.locator(".chat__turn--pushback").first().getByText("Push-back").waitFor();
  await scan(page, "a weak conversation with inline feedback, on a phone");

  // Inline feedback and read-aloud are remembered on this device.
  await page.getByLabel("Inline feedback").uncheck();
  assert.equal(await log.locator(".chat__feedback").count(), 0);
  await page.reload();
  await page.getByRole("link", { name: "See your report" }).waitFor();
  assert.equal(await page.getByLabel("Inline feedback").isChecked(), false);
  assert.equal(await readAloud.isChecked(), true);
  assert.equal(await log.locator(".chat__feedback").count(), 0);
  await page.getByLabel("Inline feedback").check();

  await page.getByRole("link", { name: "See your report" }).click();
  await page.getByRole("heading", { level: 1, name: `Report: ${scenario.title}` }).waitFor();
  await page.getByRole("heading", { name: "Missed", exact: true }).waitFor();
  assert.ok((await page.locator(".report-goal--missed").count()) > 0);
  await page.getByText(/^[0-3] of 4 goals met$/).waitFor();
  await page.getByRole("heading", { name: "Better phrasings" }).waitFor();
  await assertNoSidewaysScroll(page, "the report");
  await scan(page, "the report of a weak conversation, on a phone");

  // Try again: a new conversation of the same scenario.
  const reportUrl = page.url();
  await page.getByRole("button", { name: "Try again" }).click();
  await page.waitForURL((url) => url.href !== reportUrl && /\/roleplay\/sessions\/[0-9a-f-]+$/.test(url.pathname));
  await page.getByRole("log").getByText(scenario.beats[0]!.line).waitFor();
  assert.equal(await page.getByRole("log").locator(".chat__turn").count(), 1);

  // Refused replies show the server's message, and what was typed stays.
  const long = "a".repeat(4_001);
  await replyBox(page).fill(long);
  await page.getByText("4,001 / 4,000 characters — too long").waitFor();
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("alert").getByText("longer than 4,000 characters").waitFor();
  assert.equal((await replyBox(page).inputValue()).length, 4_001);
  await replyBox(page).fill("   ");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByText("This must not be empty.").waitFor();
  assert.equal(await replyBox(page).getAttribute("aria-invalid"), "true");
  await say(page, STRONG[0]!);
  assert.equal(await page.getByRole("alert").count(), 0);

  // Ending early takes a confirmation; "Keep talking" goes back.
  await page.getByRole("button", { name: "End conversation…" }).click();
  const endNow = page.getByRole("button", { name: "End the conversation" });
  await page.waitForFunction(() => document.activeElement?.textContent === "End the conversation");
  await page.getByRole("button", { name: "Keep talking" }).click();
  await page.getByRole("button", { name: "End conversation…" }).click();
  await endNow.click();
  await page.getByText("You ended it early.").waitFor();
  await page.getByRole("link", { name: "See your report" }).click();
  await page.getByText("You ended the conversation early.").waitFor();
  await page.getByText(/^[0-4] of 4 goals met$/).waitFor();

  // A reply to a conversation that ended elsewhere (another tab) gets the server's 409 message.
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("log").getByText(scenario.beats[0]!.line).waitFor();
  const id = page.url().split("/").at(-1)!;
  const ended = await page.evaluate(async (session) => (await fetch(`/api/roleplays/${session}/end`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })).status, id);
  assert.equal(ended, 200);
  await replyBox(page).fill("Hello, Priya.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("alert").getByText("This conversation has ended").waitFor();
  await page.getByRole("link", { name: "See your report" }).waitFor();

  // The library lists the conversations, those in progress first, then the finished ones.
  await page.goto(`${suite.server.url}/roleplay`);
  await page.getByRole("heading", { name: "Your conversations" }).waitFor();
  await page.locator(".conversation-list__item").first().waitFor();
  assert.equal(await page.locator(".conversation-list__item").count(), 3);
  await assertNoSidewaysScroll(page, "the library");
  assert.deepEqual(errors, []);
  await context.close();
});
