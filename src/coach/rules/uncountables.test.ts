import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { uncountables } from "./uncountables.ts";

const cases: RuleCase[] = [
  // fires
  { text: "I collected all the informations about the outage.", expect: ["informations => information"] },
  { text: "We got many feedbacks from the users.", expect: ["many feedbacks => a lot of feedback"] },
  { text: "Thanks for the advices on the schema.", expect: ["advices => advice"] },
  { text: "Can you give me an advice about caching?", expect: ["an advice => a piece of advice"] },
  { text: "The datas are stored in Postgres.", expect: ["datas => data"] },
  { text: "I received a feedback from my lead.", expect: ["a feedback => a piece of feedback"] },
  { text: "How many data do we keep per user?", expect: ["How many data => How much data"] },
  { text: "There is few information in the logs.", expect: ["few information => little information"] },
  { text: "We need to write more documentations for the API.", expect: ["documentations => documentation"] },
  // does not fire
  { text: "We moved the data center to Frankfurt.", expect: [] },
  { text: "A data structure like a hash map gives O(1) lookups.", expect: [] },
  { text: "The feedback loop is too slow.", expect: [] },
  { text: "She researches consensus algorithms.", expect: [] },
  { text: "As the migration progresses, we watch the error rate.", expect: [] },
  { text: "I have a good knowledge of SQL.", expect: [] },
  { text: "We use software from many vendors.", expect: [] },
  { text: "The information is in the runbook.", expect: [] },
  { text: "We gave feedback on three pull requests.", expect: [] },
];

for (const c of cases) test(`uncountables: ${c.text}`, () => checkRule(uncountables, c));
