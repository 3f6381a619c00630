import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../text/analyze.ts";
import { testNlp } from "../test-support.ts";
import { assessStructure, detectStructure } from "./structure.ts";
import type { StructureKind } from "../types.ts";

const cases: { kind: StructureKind; text: string; present: string[]; inOrder: boolean }[] = [
  {
    kind: "star",
    text: "At my last job our checkout API was timing out every evening. I was responsible for the payments service, so I had to find the cause. I profiled the slow endpoint and added an index on the orders table. As a result, p95 latency dropped from 2 seconds to 200 milliseconds.",
    present: ["situation", "task", "action", "result"],
    inOrder: true,
  },
  {
    kind: "star",
    text: "I added an index and the latency went down. I like databases.",
    present: ["action"],
    inOrder: true,
  },
  {
    kind: "incident-report",
    text: "Impact: 12% of checkout requests failed for 40 minutes. At 14:05 the error-rate alert fired and I was paged. The root cause was a config change that halved the connection pool. We rolled back the change at 14:40. To prevent this, we will add a canary step to config deploys.",
    present: ["impact", "timeline", "root-cause", "mitigation", "prevention"],
    inOrder: true,
  },
  {
    kind: "design-proposal",
    text: "Currently every service polls the orders table. We could add a message queue or use change data capture. A queue is simpler, but it means every writer must publish events; CDC costs more to run. I recommend starting with a queue.",
    present: ["context", "options", "trade-offs", "recommendation"],
    inOrder: true,
  },
  {
    kind: "code-review",
    text: "Consider batching these calls. This loop runs one query per user, which means an N+1 problem under load.",
    present: ["observation", "impact", "suggestion"],
    inOrder: false,
  },
];

for (const c of cases) {
  test(`structure ${c.kind}: ${c.text.slice(0, 40)}`, () => {
    const r = assessStructure(analyze(testNlp(), c.text), c.kind);
    assert.deepEqual(r.parts.filter((p) => p.present).map((p) => p.id), c.present);
    assert.equal(r.inOrder, c.inOrder);
  });
}

test("detectStructure finds the incident report and nothing in a plain answer", () => {
  assert.equal(detectStructure(analyze(testNlp(), cases[2]!.text)), "incident-report");
  assert.equal(detectStructure(analyze(testNlp(), "A hash map stores keys and values. Lookups take constant time on average.")), null);
});
