import { test } from "node:test";
import assert from "node:assert/strict";
import { nextSteps, type AreaState, type NextStep, type NextStepsInput, type SetState } from "./next-steps.ts";

const areas = (mastery: Record<string, number | null>): AreaState[] => Object.entries(mastery).map(([id, m]) => ({ id, mastery: m }));
/** Two sets per area, junior then mid; `done` lists completed set ids. */
const sets = (areaIds: string[], done: string[] = []): SetState[] =>
  areaIds.flatMap((a) => [`${a}-junior`, `${a}-mid`].map((id) => ({ id, areaId: a, completed: done.includes(id) })));
const input = (o: Partial<NextStepsInput>): NextStepsInput => {
  const a = o.areas ?? areas({ api: null, caching: null, databases: null });
  return { areas: a, sets: sets(a.map((x) => x.id)), lastSet: null, dueReviews: 0, ...o };
};

test("next steps: tables of cases", () => {
  const cases: [name: string, input: NextStepsInput, steps: NextStep[]][] = [
    ["a new learner starts the first area", input({}), [{ kind: "new-area", areaId: "api", setId: "api-junior" }]],
    [
      "an unfinished set comes first, then reviews, the weakest area and a new one",
      input({
        areas: areas({ api: 70, caching: 40, databases: null }),
        lastSet: { setId: "api-mid", answered: 4, total: 10 },
        dueReviews: 12,
      }),
      [
        { kind: "continue-set", setId: "api-mid", areaId: "api", answered: 4, total: 10 },
        { kind: "reviews", due: 12 },
        { kind: "weakest-area", areaId: "caching", mastery: 40, setId: "caching-junior" },
      ],
    ],
    [
      "a finished set leads to the next set of its area",
      input({
        areas: areas({ api: 70, caching: 40, databases: null }),
        sets: sets(["api", "caching", "databases"], ["api-junior"]),
        lastSet: { setId: "api-junior", answered: 10, total: 10 },
      }),
      [
        { kind: "next-set", setId: "api-mid", areaId: "api" },
        { kind: "weakest-area", areaId: "caching", mastery: 40, setId: "caching-junior" },
        { kind: "new-area", areaId: "databases", setId: "databases-junior" },
      ],
    ],
    [
      "an area with every set done has no next set; its weakest neighbour is offered",
      input({
        areas: areas({ api: 90, caching: 40 }),
        sets: sets(["api", "caching"], ["api-junior", "api-mid", "caching-junior"]),
        lastSet: { setId: "api-mid", answered: 10, total: 10 },
      }),
      [{ kind: "weakest-area", areaId: "caching", mastery: 40, setId: "caching-mid" }],
    ],
    [
      "the weakest area is not the one being continued",
      input({ areas: areas({ api: 10, caching: 40, databases: 30 }), lastSet: { setId: "api-junior", answered: 2, total: 10 } }),
      [
        { kind: "continue-set", setId: "api-junior", areaId: "api", answered: 2, total: 10 },
        { kind: "weakest-area", areaId: "databases", mastery: 30, setId: "databases-junior" },
      ],
    ],
    [
      "ties go to the area earlier on the path",
      input({ areas: areas({ api: 50, caching: 30, databases: 30 }) }),
      [{ kind: "weakest-area", areaId: "caching", mastery: 30, setId: "caching-junior" }],
    ],
    [
      "a weakest area with every set done offers its first set again",
      input({ areas: areas({ api: 20 }), sets: sets(["api"], ["api-junior", "api-mid"]) }),
      [{ kind: "weakest-area", areaId: "api", mastery: 20, setId: "api-junior" }],
    ],
    [
      "a last set no longer in the content is ignored",
      input({ lastSet: { setId: "gone", answered: 1, total: 10 }, dueReviews: 3 }),
      [
        { kind: "reviews", due: 3 },
        { kind: "new-area", areaId: "api", setId: "api-junior" },
      ],
    ],
    [
      "at most three steps",
      input({ areas: areas({ api: 50, caching: 20, databases: null }), lastSet: { setId: "api-junior", answered: 1, total: 10 }, dueReviews: 5 }),
      [
        { kind: "continue-set", setId: "api-junior", areaId: "api", answered: 1, total: 10 },
        { kind: "reviews", due: 5 },
        { kind: "weakest-area", areaId: "caching", mastery: 20, setId: "caching-junior" },
      ],
    ],
  ];
  for (const [name, i, steps] of cases) assert.deepEqual(nextSteps(i), steps, name);
});

test("maxSteps limits the list", () => {
  const i = input({ areas: areas({ api: 50, caching: null }), dueReviews: 5 });
  assert.equal(nextSteps(i).length, 3);
  assert.equal(nextSteps({ ...i, maxSteps: 1 }).length, 1);
  assert.equal(nextSteps({ ...i, maxSteps: 0 }).length, 0);
});
