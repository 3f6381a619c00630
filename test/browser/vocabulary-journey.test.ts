/**
 * The vocabulary journey in real Chromium against the real server: search the glossary (the query
 * lands in the URL), open a term, listen (speechSynthesis is called, at normal and slow speed), add
 * it and four more to the deck, review five cards with the keyboard alone — one of them a typed
 * recall — and see the stats change. Then axe-core on every vocabulary page in both themes, and the
 * pages on a 375 px phone. Run `npm run build:web` first.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { browserSuite, checkA11y, chromiumMissing, formatViolations, newLearner, signUpThroughUi, watchPageErrors } from "../helpers/browser.ts";

const skip = chromiumMissing;
const ROLE = "backend-developer";
const TERMS = ["idempotent", "backpressure", "cache-hit", "rate-limiting", "api"];
const termData = new Map<string, any>();

const suite = browserSuite({}, {
  ready: async ({ server }) => {
    for (const id of TERMS) termData.set(id, ((await (await fetch(`${server.url}/api/roles/${ROLE}/terms/${id}`)).json()) as { term: unknown }).term);
  },
});

/**
 * Headless Chromium has no voices: a stand-in speechSynthesis records what the page asks it to say
 * (injected through the DevTools protocol, so the page's CSP still applies to the page itself).
 */
async function withFakeSpeech(context: BrowserContext): Promise<void> {
  // A string, not a function: the test runner's TypeScript transform would add helpers the page lacks.
  await context.addInitScript({
    content: `
      window.__spoken = [];
      const voice = { name: "Test English", lang: "en-US", voiceURI: "test-english", default: true, localService: true };
      const fake = {
        speaking: false, pending: false, paused: false,
        getVoices() { return [voice]; },
        speak(u) { window.__spoken.push({ text: u.text, rate: u.rate }); },
        cancel() {}, pause() {}, resume() {},
        addEventListener() {}, removeEventListener() {},
      };
      Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
    `,
  });
}

const spoken = (page: Page) => page.evaluate<{ text: string; rate: number }[]>("window.__spoken");

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.locator(".loading").first().waitFor({ state: "detached" });
}

async function scan(page: Page, label: string): Promise<void> {
  await settle(page);
  assert.equal(await page.locator("h1").count(), 1, `${label}: exactly one h1`);
  const inline = await page.evaluate<number>("document.querySelectorAll('script:not([src]), style, [style]').length");
  assert.equal(inline, 0, `${label}: no inline <script>, <style> or style attributes`);
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, `axe-core found violations on ${label}:\n${formatViolations(violations)}`);
}

/** The answer to the card on screen, worked out from the pack as a learner who knows it would. */
async function answerCard(page: Page): Promise<string> {
  const card = page.locator(".review-card");
  await card.waitFor();
  const key = (await card.getAttribute("data-card-key")) ?? "";
  const classes = (await card.getAttribute("class")) ?? "";
  const nextCard = () => page.locator(`.review-card:not([data-card-key="${key}"]), .review-done`).first().waitFor();
  const type = /review-card--(\w+)/.exec(classes)![1]!;
  const terms = [...termData.values()];
  if (type === "recognition") {
    await page.keyboard.press("Space");
    await page.locator(".grade-buttons").waitFor();
    await page.keyboard.press("3");
    await nextCard();
    return type;
  }
  if (type === "usage") {
    const options = await page.locator(".usage-option span:not(.visually-hidden)").allInnerTexts();
    const index = options.findIndex((o) => terms.some((t) => t.examples.some((e: { text: string }) => e.text === o.trim())));
    assert.ok(index >= 0, `a usage option is one of the terms' examples: ${options.join(" | ")}`);
    await page.keyboard.press(String(index + 1));
  } else {
    let answer: string;
    if (type === "recall") {
      const definition = (await page.locator(".review-card__definition").innerText()).trim();
      answer = terms.find((t) => definition.endsWith(t.definition))!.term;
    } else if (type === "listening") {
      const before = (await spoken(page)).length;
      await page.getByRole("button", { name: "Listen: the term to type" }).click();
      const said = await spoken(page);
      assert.equal(said.length, before + 1);
      answer = said.at(-1)!.text;
      await page.locator(".answer-form input").focus();
    } else {
      const sentence = (await page.locator(".review-card__sentence").innerText()).trim();
      const [head, tail] = sentence.split("_____") as [string, string];
      const example = terms.flatMap((t) => t.examples.map((e: { text: string }) => e.text)).find((e: string) => e.startsWith(head) && e.endsWith(tail.split("_____")[0]!));
      assert.ok(example, `a cloze sentence comes from an example: ${sentence}`);
      answer = example.slice(head.length, example.length - tail.length);
      if (tail.includes("_____")) answer = example.slice(head.length).split(tail.split("_____")[0]!)[0]!;
    }
    await page.waitForFunction(() => document.activeElement?.matches(".review-card .answer-form input") ?? false);
    await page.keyboard.type(answer);
    await page.keyboard.press("Enter");
  }
  await page.locator(".feedback").waitFor();
  assert.match(await page.locator(".feedback__verdict").innerText(), /^Correct|^Accepted/);
  await page.keyboard.press("Space");
  await nextCard();
  return type;
}

test("a learner searches, opens a term, listens, adds five terms, reviews with the keyboard and sees the stats change", { skip }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  await withFakeSpeech(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = watchPageErrors(page);
  await signUpThroughUi(page, suite.server.url, newLearner());

  // The home page shows today's four words.
  const spotlight = page.getByRole("region", { name: "Today's words" });
  await spotlight.getByRole("listitem").nth(3).waitFor();

  // Search: results as you type, the query in the URL.
  await page.getByRole("banner").getByRole("link", { name: "Vocabulary" }).click();
  await page.getByRole("heading", { level: 1, name: "Vocabulary" }).waitFor();
  await page.getByLabel("Search the glossary").fill("idempot");
  await page.waitForURL(/[?&]q=idempot/);
  await page.locator(".glossary__count").getByText(/matching “idempot”/).waitFor();
  await page.getByRole("link", { name: "idempotent", exact: true }).click();

  // The term page: listen at both speeds, then add it.
  await page.getByRole("heading", { level: 1, name: "idempotent" }).waitFor();
  assert.equal(await page.title(), "idempotent · Parlance");
  await page.getByRole("button", { name: "Listen: idempotent" }).click();
  await page.getByRole("button", { name: "Listen slowly: idempotent" }).click();
  assert.deepEqual((await spoken(page)).slice(0, 2).map((u) => ({ text: u.text, rate: Math.round(u.rate * 10) / 10 })), [
    { text: "idempotent", rate: 1 },
    { text: "idempotent", rate: 0.6 },
  ]);
  assert.ok((await page.locator("mark.term-mark").count()) >= 2, "the examples mark the term");
  await page.getByRole("button", { name: "Add to my review deck" }).click();
  await page.getByText("In your review deck").waitFor();

  for (const id of TERMS.slice(1)) {
    await page.goto(`${suite.server.url}/vocabulary/terms/${id}`);
    await page.getByRole("heading", { level: 1, name: termData.get(id).term }).waitFor();
    await page.getByRole("button", { name: "Add to my review deck" }).click();
    await page.getByText("In your review deck").waitFor();
  }

  // Stats before any review.
  await page.goto(`${suite.server.url}/vocabulary/stats`);
  const reviewsToday = page.locator(".stat-tile").filter({ hasText: "Reviews today" }).locator("dd");
  await reviewsToday.waitFor();
  assert.equal((await reviewsToday.innerText()).trim(), "0");
  await page.locator(".stat-tile").filter({ hasText: "Terms in your deck" }).getByText(/^5/).waitFor();

  // Review with the keyboard alone, until five cards are done and one of them was a typed recall.
  await page.getByRole("navigation", { name: "Vocabulary" }).getByRole("link", { name: "Review" }).click();
  await page.getByRole("heading", { level: 1, name: "Review" }).waitFor();
  const done: string[] = [];
  while (done.length < 5 || !done.includes("recall")) {
    assert.ok(done.length < 15, `no recall card among ${done.join(", ")}`);
    done.push(await answerCard(page));
  }

  // Undo the last grade with U (Escape first leaves an answer box, once the next card has taken the
  // focus): the card comes back.
  await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
  await page.keyboard.press("Escape");
  await page.keyboard.press("u");
  await page.getByText("The last grade was taken back").waitFor({ state: "attached" });
  await page.locator(".review-card").waitFor();

  // The stats changed.
  await page.getByRole("navigation", { name: "Vocabulary" }).getByRole("link", { name: "Stats" }).click();
  await page.getByRole("heading", { level: 1, name: "Your progress" }).waitFor();
  await settle(page);
  assert.equal(Number((await reviewsToday.innerText()).trim()), done.length - 1);
  await page.getByText("Show the numbers as a table").first().click();
  const todayRow = page.locator(".chart__table table").first().locator("tbody tr").last();
  assert.equal((await todayRow.locator("td").last().innerText()).trim(), String(done.length - 1));

  assert.deepEqual(problems, []);
  await context.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`the vocabulary pages pass axe-core in the ${theme} theme`, { skip }, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
    await withFakeSpeech(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems = watchPageErrors(page);

    await page.goto(`${suite.server.url}/vocabulary?q=cache&level=junior`);
    await page.locator(".term-row").first().waitFor();
    await scan(page, `/vocabulary search, signed out (${theme})`);
    await page.goto(`${suite.server.url}/vocabulary/terms/idempotent`);
    await scan(page, `term page, signed out (${theme})`);

    await signUpThroughUi(page, suite.server.url, newLearner());
    await page.goto(`${suite.server.url}/vocabulary?letter=r`);
    await page.locator(".term-row").first().waitFor();
    await scan(page, `/vocabulary by letter, signed in (${theme})`);
    await page.goto(`${suite.server.url}/vocabulary/review`);
    await page.getByText("Your review deck is empty").waitFor();
    await scan(page, `empty review (${theme})`);

    await page.goto(`${suite.server.url}/vocabulary/deck`);
    await page.getByRole("combobox", { name: "Topic area" }).selectOption("caching");
    await page.getByRole("button", { name: "Add all its terms" }).click();
    await page.getByText(/Added \d+ terms of/).waitFor();
    await scan(page, `deck page (${theme})`);

    await page.goto(`${suite.server.url}/vocabulary/terms/cache-hit`);
    await page.getByText("In your review deck").waitFor();
    await scan(page, `term page in the deck (${theme})`);

    await page.goto(`${suite.server.url}/vocabulary/review`);
    await page.locator(".review-card").waitFor();
    await scan(page, `review question (${theme})`);
    // Work through cards until each kind of screen has been scanned once.
    const seen = new Set<string>();
    for (let i = 0; i < 12 && seen.size < 4; i++) {
      const card = page.locator(".review-card");
      const key = (await card.getAttribute("data-card-key")) ?? "";
      const type = /review-card--(\w+)/.exec((await card.getAttribute("class")) ?? "")![1]!;
      if (type === "recognition") {
        await page.keyboard.press("Space");
        await page.locator(".grade-buttons").waitFor();
        if (!seen.has("revealed")) await scan(page, `review, answer shown (${theme})`);
        seen.add("revealed");
        await page.keyboard.press("1");
      } else if (type === "usage") {
        await page.keyboard.press("1");
        await page.locator(".feedback").waitFor();
        if (!seen.has("usage")) await scan(page, `review, usage feedback (${theme})`);
        seen.add("usage");
        await page.keyboard.press("Space");
      } else {
        // The page moves the focus into the answer box once the card is shown: type only then.
        await page.waitForFunction(() => document.activeElement?.matches(".review-card .answer-form input") ?? false);
        await page.keyboard.type("wrong answer");
        await page.keyboard.press("Enter");
        await page.locator(".feedback").waitFor();
        if (!seen.has("typed")) await scan(page, `review, typed feedback with a diff (${theme})`);
        seen.add("typed");
        await page.keyboard.press("Space");
      }
      await page.locator(`.review-card:not([data-card-key="${key}"])`).waitFor();
    }

    await page.goto(`${suite.server.url}/vocabulary/stats`);
    await page.locator(".stat-tile").first().waitFor();
    for (const summary of await page.getByText("Show the numbers as a table").all()) await summary.click();
    await scan(page, `stats with tables open (${theme})`);

    await page.goto(suite.server.url);
    await page.getByRole("region", { name: "Today's words" }).getByRole("listitem").first().waitFor();
    await scan(page, `home with the spotlight (${theme})`);

    assert.deepEqual(problems, [], `no page errors or CSP refusals (${theme})`);
    await context.close();
  });
}

test("the vocabulary pages fit a 375 px phone", { skip }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: "light", isMobile: true, hasTouch: true });
  await withFakeSpeech(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await signUpThroughUi(page, suite.server.url, newLearner());
  await page.goto(`${suite.server.url}/vocabulary/deck`);
  await page.getByRole("combobox", { name: "Topic area" }).selectOption("api-design");
  await page.getByRole("button", { name: "Add all its terms" }).click();
  await page.getByText(/Added \d+ terms of/).waitFor();
  for (const path of ["/vocabulary", "/vocabulary/terms/idempotent", "/vocabulary/review", "/vocabulary/deck", "/vocabulary/stats", "/"]) {
    await page.goto(`${suite.server.url}${path}`);
    await settle(page);
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px on a 375 px screen`);
  }
  await page.goto(`${suite.server.url}/vocabulary/review`);
  await page.locator(".review-card").waitFor();
  await context.close();
});
