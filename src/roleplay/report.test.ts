import assert from "node:assert/strict";
import { test } from "node:test";
import type { Issue, IssueCategory } from "../coach/types.ts";
import { assessTone, type Tone } from "./report.ts";

const issue = (text: string, quote: string, category: IssueCategory): Issue => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, category, message: "", rule: "test", source: "coach", severity: "suggestion" };
};

/** A reply and the clarity findings the coach made on it. */
const reply = (text: string, ...found: [string, IssueCategory][]) => ({ text, feedback: { issues: found.map(([q, c]) => issue(text, q, c)) } });

test("tone over a conversation", () => {
  const cases: { replies: ReturnType<typeof reply>[]; tone: Tone; examples: string[] }[] = [
    { replies: [reply("The API returns 404 when the order does not exist.")], tone: "clear", examples: [] },
    { replies: [reply("I understand the concern. Could we add a version field instead?")], tone: "diplomatic", examples: ["I understand"] },
    { replies: [reply("You must change this now.", ["You must change", "tone"]), reply("Thanks.")], tone: "too-blunt", examples: ["You must change"] },
    {
      replies: [reply("I think maybe it could probably work.", ["I think maybe", "hedging"]), reply("Perhaps possibly later.", ["Perhaps possibly", "hedging"])],
      tone: "too-hedged",
      examples: ["I think maybe", "Perhaps possibly"],
    },
    // One hedge is not a habit, and bluntness outweighs an equal number of hedges.
    { replies: [reply("I think maybe it works.", ["I think maybe", "hedging"])], tone: "clear", examples: [] },
    { replies: [reply("Fix it.", ["Fix it", "tone"]), reply("I guess maybe.", ["I guess maybe", "hedging"])], tone: "too-blunt", examples: ["Fix it"] },
  ];
  for (const c of cases) {
    const tone = assessTone(c.replies);
    assert.equal(tone.label, c.tone, JSON.stringify(c.replies.map((r) => r.text)));
    assert.deepEqual(tone.examples.map((e) => e.quote), c.examples);
    assert.ok(tone.explanation.length > 20);
  }
});
