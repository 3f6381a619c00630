/**
 * Structure detection: does the text have the parts its genre expects, in order? Each part is
 * recognised by the phrases that typically carry it ("as a result", "root cause", "I recommend",
 * "could we…"), sentence by sentence. STAR: situation → task → action → result; incident report:
 * impact → timeline → root cause → mitigation → prevention; design proposal: context → options →
 * trade-offs → recommendation; code-review comment: observation → impact → suggestion; API
 * documentation; change announcement.
 */
import type { Analysis } from "../text/analyze.ts";
import type { StructureKind, StructurePart, StructureReport } from "../types.ts";

interface PartSpec {
  id: string;
  label: string;
  cue: RegExp;
}

const B = (source: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "iu");

export const STRUCTURES: Record<StructureKind, { label: string; parts: readonly PartSpec[] }> = {
  star: {
    label: "STAR (situation, task, action, result)",
    parts: [
      { id: "situation", label: "Situation", cue: B(String.raw`at my (?:last|previous|current|old|first) (?:job|company|role|team|project)|in my (?:last|previous|current|old|first) (?:job|role|team|company|project)|when i (?:was|worked|joined)|we had an?|our team (?:was|had)|there was an?|we were|last (?:year|month|quarter)|a few (?:months|years|weeks) ago|the (?:situation|context|background) was|i was working|once,? (?:we|i)|in \d{4}`) },
      { id: "task", label: "Task", cue: B(String.raw`my (?:task|job|role|goal|responsibility) was|i was (?:asked|responsible|tasked|in charge|supposed)|i (?:needed|had) to|the goal was|we needed to|the (?:task|challenge|problem) was|i had to`) },
      { id: "action", label: "Action", cue: B(String.raw`i (?:decided|started|wrote|built|added|implemented|proposed|set up|created|organi[sz]ed|talked|spoke|met|asked|suggested|introduced|reviewed|changed|moved|migrated|refactored|fixed|investigated|analy[sz]ed|led|designed|paired|scheduled|documented|ran|used|took|made|worked|booked|collected|measured|profiled|split|rewrote|called|explained|listened|prepared|agreed)|so i|first,? i|then i|i also|what i did`) },
      { id: "result", label: "Result", cue: B(String.raw`as a result|in the end|the result was|eventually|finally|this (?:reduced|improved|cut|saved|helped)|we (?:reduced|improved|cut|saved|shipped|delivered|launched|finished)|(?:reduced|improved|cut|increased|decreased|dropped|went down|went up)[^.]{0,40}(?:by|from|to) \d|since then|i learned|i learnt|the outcome|afterwards|\d+ ?(?:%|percent)|the lesson`) },
    ],
  },
  "incident-report": {
    label: "incident report (impact, timeline, root cause, mitigation, prevention)",
    parts: [
      { id: "impact", label: "Impact", cue: B(String.raw`impact|affected|users? (?:could ?n[o'’]t|were unable|saw|got)|customers|outage|downtime|down for|error rate|\d+ ?(?:%|percent) of|failed requests|degraded|unavailable|could not|couldn[’']t|were not able`) },
      { id: "timeline", label: "Timeline", cue: B(String.raw`\d{1,2}[:.]\d{2}|utc|at \d|minutes? later|hours? later|after that|at first|timeline|we (?:noticed|detected|got paged|were paged)|alert (?:fired|triggered)|paged|was paged|got paged`) },
      { id: "root-cause", label: "Root cause", cue: B(String.raw`root cause|caused by|because|due to|the cause|the reason|triggered by|was a result of|turned out`) },
      { id: "mitigation", label: "Mitigation", cue: B(String.raw`mitigat\w*|rolled back|roll back|rollback|restarted|reverted|hotfix|workaround|scaled (?:up|out)|failed over|disabled|flushed|recovered|restored|we fixed|was fixed`) },
      { id: "prevention", label: "Prevention", cue: B(String.raw`prevent\w*|going forward|action items?|follow[- ]ups?|we will|we[’']ll|next time|in the future|to avoid|to make sure|from now on|we plan to|we are adding|lessons? learned|so that this`) },
    ],
  },
  "design-proposal": {
    label: "design proposal (context, options, trade-offs, recommendation)",
    parts: [
      { id: "context", label: "Context", cue: B(String.raw`currently|today|right now|at the moment|the problem|the issue|context|background|we need|our (?:current|existing)|at present`) },
      { id: "options", label: "Options", cue: B(String.raw`options?|alternatives?|approach(?:es)?|we could|one way|another way|either|choices?|the first is|the second is`) },
      { id: "trade-offs", label: "Trade-offs", cue: B(String.raw`trade-?offs?|downsides?|upsides?|pros|cons|on the other hand|costs?|drawbacks?|advantages?|disadvantages?|but it|however|risks?|the price|simpler|more complex|cheaper|slower|faster`) },
      { id: "recommendation", label: "Recommendation", cue: B(String.raw`i (?:recommend|propose|suggest|would go with|prefer)|i[’']d (?:go with|pick|recommend|suggest)|my recommendation|we should|let[’']s go with|i would pick|recommendation|my proposal`) },
    ],
  },
  "code-review": {
    label: "code-review comment (observation, impact, suggestion)",
    parts: [
      { id: "observation", label: "Observation", cue: B(String.raw`this (?:function|method|query|loop|line|code|change|class|call|endpoint|test|handler)|here|i noticed|i see|on line|line \d+|currently|it looks like|looks like|this pr`) },
      { id: "impact", label: "Impact", cue: B(String.raw`which (?:means|could|will|might)|this (?:could|will|might|means|can)|might (?:cause|lead|break)|could (?:cause|lead|break)|risks?|leads? to|results? in|will (?:fail|break|be slow)|n\+1|race condition|so if|if two|under load`) },
      { id: "suggestion", label: "Suggestion", cue: B(String.raw`consider|could we|what about|how about|maybe we could|i[’']?d suggest|i would suggest|suggest|would it make sense|might be (?:better|worth)|we could|it might be worth|instead|what do you think`) },
    ],
  },
  "api-documentation": {
    label: "API documentation (endpoint, parameters, response, errors, example)",
    parts: [
      { id: "endpoint", label: "Endpoint", cue: B(String.raw`(?:get|post|put|patch|delete) \/|endpoint|url`) },
      { id: "parameters", label: "Parameters", cue: B(String.raw`parameters?|query string|request body|body|fields?|required|optional|headers?`) },
      { id: "response", label: "Response", cue: B(String.raw`returns?|response|responds|status code|2\d\d|json|payload`) },
      { id: "errors", label: "Errors", cue: B(String.raw`errors?|4\d\d|5\d\d|fails?|invalid|unauthori[sz]ed|not found|rate[- ]limit\w*`) },
      { id: "example", label: "Example", cue: B(String.raw`example|e\.g\.|for instance|curl|sample`) },
    ],
  },
  "change-announcement": {
    label: "change announcement (what, when, impact, action, contact)",
    parts: [
      { id: "change", label: "What changes", cue: B(String.raw`we are (?:changing|moving|replacing|deprecating|migrating|introducing|adding|removing|switching|retiring)|we[’']re (?:changing|moving|replacing|deprecating|migrating|introducing|adding|removing|switching|retiring)|will be (?:deprecated|removed|replaced|changed|moved|retired|turned off)|deprecat\w*|new version`) },
      { id: "timing", label: "When", cue: B(String.raw`on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|starting|from (?:next|\d|monday)|next (?:week|month|sprint|release)|by the end|deadline|until|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d`) },
      { id: "impact", label: "Impact", cue: B(String.raw`affects?|affected|impact|this means|what this means|breaking|downtime|if you`) },
      { id: "action", label: "Action", cue: B(String.raw`please|you need to|action required|make sure|update your|migrate|switch to|what you need to do|you should|you will need`) },
      { id: "contact", label: "Contact", cue: B(String.raw`questions|reach out|contact|ask in|channel|ping|let (?:me|us) know|slack|#[a-z-]+`) },
    ],
  },
};

export function assessStructure(a: Analysis, kind: StructureKind): StructureReport {
  const spec = STRUCTURES[kind];
  const parts: StructurePart[] = spec.parts.map((p) => ({ id: p.id, label: p.label, present: false }));
  const firstSentence: number[] = spec.parts.map(() => -1);
  for (const s of a.sentences) {
    spec.parts.forEach((p, k) => {
      if (firstSentence[k]! >= 0) return;
      if (p.cue.test(s.text)) {
        firstSentence[k] = s.index;
        parts[k]!.present = true;
        parts[k]!.evidence = { start: s.start, end: s.end };
      }
    });
  }
  const order = firstSentence.filter((x) => x >= 0);
  let inOrder = true;
  for (let k = 1; k < order.length; k++) if (order[k]! < order[k - 1]!) inOrder = false;
  const present = parts.filter((p) => p.present).length;
  const score = Math.round(100 * (0.85 * (present / parts.length) + (inOrder && present > 1 ? 0.15 : 0)));
  return { kind, parts, inOrder, score };
}

/** Which known structure the text follows best (most parts present), or null if none has half its parts. */
export function detectStructure(a: Analysis): StructureKind | null {
  let best: StructureKind | null = null;
  let bestShare = 0.5;
  for (const kind of Object.keys(STRUCTURES) as StructureKind[]) {
    const r = assessStructure(a, kind);
    const share = r.parts.filter((p) => p.present).length / r.parts.length;
    if (share > bestShare) {
      best = kind;
      bestShare = share;
    }
  }
  return best;
}
