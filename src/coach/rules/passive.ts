/**
 * Passive voice where the actor matters. In an incident report, "the database was restarted" hides
 * who did it and when; "we restarted the database" is clearer and is what postmortems ask for. The
 * rule fires on agentless passives in incident reports once there are two or more, and elsewhere
 * only when most sentences are passive.
 */
import type { Analysis, Token } from "../text/analyze.ts";
import { nextWord } from "../text/analyze.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";

const BE = new Set(["is", "are", "was", "were", "been", "being", "be", "'s", "'re", "’s", "’re"]);
/** Adjective-like participles that describe a state, not an action. */
const STATIVE = new Set(["based", "located", "called", "named", "known", "used", "supposed", "done", "involved", "interested", "concerned", "related", "required", "expected", "designed", "built", "composed", "made", "considered", "allowed", "able"]);

const FEELINGS = new Set(["tired", "worried", "excited", "bored", "surprised", "pleased", "satisfied", "confused", "frustrated", "disappointed", "scared", "annoyed", "shocked", "delighted", "relieved", "stressed", "overwhelmed", "motivated", "impressed", "embarrassed", "experienced", "qualified", "skilled", "limited", "advanced", "complicated", "detailed", "dedicated", "distributed", "automated", "centralized", "decentralized"]);

interface Passive {
  be: Token;
  participle: Token;
}

function findPassives(a: Analysis): Passive[] {
  const out: Passive[] = [];
  for (const t of a.tokens) {
    if (!BE.has(t.lower) || (t.pos !== "AUX" && t.pos !== "VERB")) continue;
    let p = nextWord(a, t.i);
    if (p && p.pos === "ADV") p = nextWord(a, p.i);
    if (!p || p.lower.endsWith("ing") || STATIVE.has(p.lower) || FEELINGS.has(p.lower)) continue;
    const participle = (p.pos === "VERB" && p.lower !== p.lemma) || (p.pos === "ADJ" && /[^e]ed$|ied$/.test(p.lower));
    if (!participle) continue;
    // an agent named with "by" is fine
    let agent = false;
    for (let k = p.i + 1; k < a.tokens.length && a.tokens[k]!.clause === p.clause; k++) if (a.tokens[k]!.lower === "by") agent = true;
    if (!agent) out.push({ be: t, participle: p });
  }
  return out;
}

export const passive: Rule = {
  id: "passive",
  group: "clarity",
  check(ctx) {
    const passives = findPassives(ctx.a);
    const incident = ctx.structure === "incident-report";
    const sentences = ctx.a.sentences.length;
    const overuse = incident ? passives.length >= 2 : passives.length >= 3 && passives.length > sentences / 2;
    if (!overuse) return [];
    const issues: Issue[] = [];
    for (const p of passives) {
      const phrase = ctx.a.text.slice(p.be.start, p.participle.end);
      issues.push(
        makeIssue(
          "passive.agentless",
          { start: p.be.start, end: p.participle.end },
          "passive",
          incident
            ? `"${phrase}" hides who did it. In an incident report, name the actor: "we ${p.participle.lower} …", "the on-call engineer ${p.participle.lower} …".`
            : `Many sentences here are passive. Saying who acts ("we ${p.participle.lower} …") is clearer than "${phrase}".`,
          undefined,
          "suggestion",
        ),
      );
    }
    return issues;
  },
};
