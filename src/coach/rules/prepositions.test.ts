import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { prepositions } from "./prepositions.ts";

const cases: RuleCase[] = [
  // fires
  { text: "The latency depends of the payload size.", expect: ["depends of => depends on"] },
  { text: "It depends from the client.", expect: ["depends from => depends on"] },
  { text: "Let's discuss about the schema tomorrow.", expect: ["discuss about => discuss"] },
  { text: "Can you explain me how the cache works?", expect: ["explain me => explain to me"] },
  { text: "I am responsible of the billing service.", expect: ["responsible of => responsible for"] },
  { text: "This is similar with a queue.", expect: ["similar with => similar to"] },
  { text: "We should avoid to call the API in a loop.", expect: ["avoid to call => avoid calling"] },
  { text: "I suggest to use a read replica.", expect: ["suggest to use => suggest using"] },
  { text: "I work with Kafka since three years.", expect: ["since => for"] },
  { text: "The service was down during two hours.", expect: ["during => for"] },
  { text: "In the other hand, writes get slower.", expect: ["In the other hand => On the other hand"] },
  { text: "I look forward to hear from you.", expect: ["hear => hearing"] },
  { text: "The team is interested for event sourcing.", expect: ["interested for => interested in"] },
  // does not fire
  { text: "The latency depends on the payload size.", expect: [] },
  { text: "Let's discuss the schema tomorrow.", expect: [] },
  { text: "Can you explain how the cache works to me?", expect: [] },
  { text: "The answer to that question is in the docs.", expect: [] },
  { text: "I sent a request for more memory.", expect: [] },
  { text: "I have worked with Kafka since 2019.", expect: [] },
  { text: "During the outage, we paged the database team.", expect: [] },
  { text: "We suggest to the team that they rotate keys.", expect: [] },
  { text: "On the other hand, reads get faster.", expect: [] },
  { text: "I look forward to working with you.", expect: [] },
  { text: "Please reach out to the platform team.", expect: [] },
];

for (const c of cases) test(`prepositions: ${c.text}`, () => checkRule(prepositions, c));
