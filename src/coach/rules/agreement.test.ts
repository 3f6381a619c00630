import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { agreement } from "./agreement.ts";

const cases: RuleCase[] = [
  // fires
  { text: "Each request have its own trace id.", expect: ["have => has"] },
  { text: "Every service are deployed twice a day.", expect: ["are => is"] },
  { text: "Everyone have access to the staging cluster.", expect: ["have => has"] },
  { text: "Nobody know why the job failed.", expect: ["know => knows"] },
  { text: "The cache is fast but it have a small hit rate.", expect: ["have => has"] },
  { text: "It don't scale past one node.", expect: ["do => does"] },
  { text: "They has two replicas in each region.", expect: ["has => have"] },
  { text: "The services is down since the deploy.", expect: ["is => are"] },
  { text: "Our database are too slow for this query.", expect: ["are => is"] },
  { text: "Each of the workers are idle now.", expect: ["are => is"] },
  { text: "I is responsible for the API.", expect: ["is => am"] },
  // does not fire
  { text: "Each request has its own trace id.", expect: [] },
  { text: "Does it have a retry policy?", expect: [] },
  { text: "We let it run overnight.", expect: [] },
  { text: "Everyone knows the on-call rota.", expect: [] },
  { text: "The team are happy with the new pipeline.", expect: [] },
  { text: "If it were up to me, we would shard.", expect: [] },
  { text: "The data are stored in three regions.", expect: [] },
  { text: "They have two replicas in each region.", expect: [] },
  { text: "It always returns a 200.", expect: [] },
  { text: "Make sure it works before you merge.", expect: [] },
  { text: "The number of services is growing.", expect: [] },
  { text: "Each service exposes a health endpoint.", expect: [] },
];

for (const c of cases) test(`agreement: ${c.text}`, () => checkRule(agreement, c));
