/**
 * Word choice learners get wrong in predictable ways: "do a mistake" → "make a mistake", "do some
 * changes" → "make some changes", "say me" → "tell me", "make a research" → "do research", "make
 * yoga" → "do yoga", "learn me" → "teach me", "rob my wallet" → "steal", "I was boring" → "bored",
 * "the film was bored" → "boring", "a lot of funny" → "fun", "the service was slowly" → "slow".
 */
import { nextWord, prevWord } from "../text/analyze.ts";
import { matchCase, thirdPersonForm, ingForm } from "../text/morph.ts";
import { makeIssue, type Rule } from "./rule.ts";
import type { Issue } from "../types.ts";
import { wordTable } from "../text/word-table.ts";

/** Nouns that go with "make", not "do". */
const MAKE_NOUNS = new Set(["difference", "noise", "appointment", "appointments", "promise", "promises", "complaint", "complaints", "mistake", "mistakes", "decision", "decisions", "change", "changes", "modification", "modifications", "improvement", "improvements", "progress", "plan", "plans", "suggestion", "suggestions", "choice", "choices", "assumption", "assumptions", "request", "requests", "call", "calls", "effort", "sense"]);
const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them"]);
/** Activities we "do", not "make". */
const DO_ACTIVITIES = new Set(["yoga", "sport", "sports", "exercise", "exercises", "homework", "housework", "karate", "judo", "gymnastics", "pilates", "aerobics"]);
/** What is stolen (the person or the bank is robbed). */
const STOLEN_THINGS = new Set(["wallet", "purse", "phone", "bag", "handbag", "money", "car", "bike", "bicycle", "passport", "laptop", "watch", "camera", "jewellery", "jewelry", "suitcase", "keys", "wallets", "phones", "bags", "cars", "bikes"]);
/** Feelings: the -ing word describes what causes it, the -ed word the person who has it. */
const FEELINGS = wordTable<string>({
  boring: "bored", exciting: "excited", tiring: "tired", confusing: "confused", disappointing: "disappointed", embarrassing: "embarrassed",
  frightening: "frightened", annoying: "annoyed", relaxing: "relaxed", worrying: "worried", surprising: "surprised", terrifying: "terrified",
  amazing: "amazed", exhausting: "exhausted", frustrating: "frustrated", shocking: "shocked", satisfying: "satisfied",
});
const FEELING_ED = wordTable<string>(Object.fromEntries(Object.entries(FEELINGS).map(([ing, ed]) => [ed, ing])));
/** Things and events, which cause feelings rather than have them. */
const EVENTS = new Set(["film", "movie", "book", "match", "game", "lesson", "lecture", "trip", "journey", "party", "show", "concert", "story", "meeting", "course", "job", "work", "day", "weekend", "holiday", "exam", "news", "flight", "museum", "city", "town", "place", "weather", "programme", "program", "series", "novel", "play", "speech", "presentation", "tour", "visit", "evening", "night"]);
const INTENSIFIERS = new Set(["so", "very", "really", "quite", "too", "extremely", "a", "bit", "little", "rather", "pretty", "incredibly", "terribly", "awfully"]);
/** Adjectives that end in -ly: never adverbs used for adjectives. */
const LY_ADJECTIVES = new Set(["friendly", "lovely", "lonely", "ugly", "silly", "likely", "early", "daily", "weekly", "monthly", "yearly", "elderly", "costly", "lively", "holy", "curly", "only", "family", "jolly", "smelly", "chilly", "hilly", "oily", "bubbly", "sickly", "deadly", "unlikely", "orderly", "cowardly", "kindly", "timely", "unfriendly", "user-friendly"]);

/** The inflected form of "make" matching an inflected "do". */
function makeLike(doForm: string): string {
  switch (doForm.toLowerCase()) {
    case "did": return "made";
    case "done": return "made";
    case "doing": return ingForm("make");
    case "does": return thirdPersonForm("make");
    default: return "make";
  }
}

export const wordChoice: Rule = {
  id: "word-choice",
  group: "language",
  check(ctx) {
    const a = ctx.a;
    const issues: Issue[] = [];
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      if (!t.isWord) continue;
      // "I make yoga" → "I do yoga"
      if (t.lemma === "make" && t.pos === "VERB" && DO_ACTIVITIES.has(nextWord(a, i)?.lower ?? "")) {
        const activity = nextWord(a, i)!;
        const doForm = t.lower === "made" ? "did" : t.lower === "making" ? "doing" : t.lower === "makes" ? "does" : "do";
        issues.push(makeIssue("word-choice.make-do", { start: t.start, end: t.end }, "word-choice", `We "do" ${activity.lower}, not "make" it.`, matchCase(doForm, t.text)));
        continue;
      }
      if (t.lemma === "do" && (t.pos === "VERB" || t.pos === "AUX")) {
        // do (a|an|some|the|many|a few|few|several|any|no)? (adj)? NOUN
        let k = nextWord(a, i);
        let steps = 0;
        while (k && steps < 3 && !MAKE_NOUNS.has(k.lower) && (/^(?:a|an|some|any|no|many|few|several|more|big|small|wrong|bad|good|quick|final|major|minor|huge|little)$/.test(k.lower))) {
          k = nextWord(a, k.i);
          steps++;
        }
        if (k && MAKE_NOUNS.has(k.lower) && k.pos === "NOUN" && !(k.lower === "call" || k.lower === "calls" || k.lower === "request" || k.lower === "requests" || k.lower === "sense")) {
          const fix = matchCase(makeLike(t.text), t.text);
          issues.push(makeIssue("word-choice.make-do", { start: t.start, end: t.end }, "word-choice", `We "make" a ${k.lemma}, not "do" it: "${fix} ${a.text.slice(nextWord(a, i)!.start, k.end)}".`, fix));
        }
        continue;
      }
      if (t.lemma === "make" && t.pos === "VERB") {
        const n1 = nextWord(a, i);
        const n2 = n1 ? nextWord(a, n1.i) : undefined;
        if (n1 && (n1.lower === "a" || n1.lower === "some") && n2 && (n2.lower === "research" || n2.lower === "homework")) {
          const doForm = t.lower === "made" ? "did" : t.lower === "making" ? "doing" : t.lower === "makes" ? "does" : "do";
          issues.push(makeIssue("word-choice.make-do", { start: t.start, end: n2.end }, "word-choice", `We "do ${n2.lower}" (uncountable), not "make a ${n2.lower}".`, `${matchCase(doForm, t.text)} ${n1.lower === "some" ? "some " : ""}${n2.text}`));
        }
        continue;
      }
      // "Can you learn me how to…" → "teach me": you learn from someone who teaches you
      if (t.lemma === "learn" && t.pos === "VERB" && /^(?:me|us|him|her)$/.test(nextWord(a, i)?.lower ?? "") && nextWord(a, i)!.start === t.end + 1) {
        const teach = t.lower === "learned" || t.lower === "learnt" ? "taught" : t.lower === "learns" ? "teaches" : t.lower === "learning" ? "teaching" : "teach";
        issues.push(makeIssue("word-choice.learn-teach", { start: t.start, end: t.end }, "word-choice", `Someone "teaches" you; you "learn" from them: "${teach} ${nextWord(a, i)!.lower}".`, matchCase(teach, t.text)));
        continue;
      }
      // "someone robbed my wallet" → "stole": a person or a bank is robbed, a thing is stolen
      if (t.lemma === "rob" && t.pos === "VERB") {
        let k = nextWord(a, i);
        if (k && /^(?:my|his|her|your|our|their|a|the|some)$/.test(k.lower)) k = nextWord(a, k.i);
        if (k && STOLEN_THINGS.has(k.lower)) {
          const steal = t.lower === "robbed" ? "stole" : t.lower === "robs" ? "steals" : t.lower === "robbing" ? "stealing" : "steal";
          issues.push(makeIssue("word-choice.rob-steal", { start: t.start, end: t.end }, "word-choice", `A thing is "stolen"; a person or a place is "robbed": "${steal}".`, matchCase(steal, t.text)));
          continue;
        }
      }
      // "I was boring at work" → "bored"; "the film was so bored" → "boring"
      if ((FEELINGS[t.lower] && t.pos !== "VERB") || FEELING_ED[t.lower]) {
        let k = prevWord(a, i);
        while (k && INTENSIFIERS.has(k.lower)) k = prevWord(a, k.i);
        const be = k && /^(?:am|is|are|was|were|'m|’m|been|feel|felt|get|got|became|become|seemed)$/.test(k.lower) ? k : undefined;
        const subject = be && prevWord(a, be.i);
        const after = nextWord(a, i);
        const predicative = !after || after.pos === "ADP" || after.pos === "CCONJ" || after.pos === "SCONJ" || /[,.;!?]/.test(a.text.slice(t.end, after.start));
        if (subject && predicative && FEELINGS[t.lower] && /^(?:i|we)$/.test(subject.lower) && !(after && after.lower === "to")) {
          issues.push(makeIssue("word-choice.feeling", { start: t.start, end: t.end }, "word-choice", `"${FEELINGS[t.lower]}" says how you feel; "${t.lower}" would say you make others feel it.`, matchCase(FEELINGS[t.lower]!, t.text)));
          continue;
        }
        if (subject && predicative && FEELING_ED[t.lower] && EVENTS.has(subject.lower) && !(after && /^(?:by|with|about|of|at|to)$/.test(after.lower))) {
          issues.push(makeIssue("word-choice.feeling", { start: t.start, end: t.end }, "word-choice", `A ${subject.lower} is "${FEELING_ED[t.lower]}" (it makes people feel ${t.lower}); people are "${t.lower}".`, matchCase(FEELING_ED[t.lower]!, t.text)));
          continue;
        }
      }
      // "we had a lot of funny" → "fun": "funny" makes people laugh, "fun" is enjoyment
      if (t.lower === "funny") {
        const before = prevWord(a, i);
        const after = nextWord(a, i);
        const enjoyment = before && (/^(?:have|had|has|having)$/.test(before.lower) || (before.lower === "of" && prevWord(a, before.i)?.lower === "lot") || (before.lower === "much" && /^(?:so|too|very)$/.test(prevWord(a, before.i)?.lower ?? "")));
        if (enjoyment && !(after && (after.pos === "NOUN") && after.start === t.end + 1)) {
          issues.push(makeIssue("word-choice.fun-funny", { start: t.start, end: t.end }, "word-choice", `"Fun" is enjoyment; "funny" means it makes you laugh.`, matchCase("fun", t.text)));
          continue;
        }
      }
      // "the service was very slowly" → "slow": after "be", describe with an adjective
      if (t.pos === "ADV" && /ly$/.test(t.lower) && !LY_ADJECTIVES.has(t.lower) && t.lower.length > 5) {
        let k = prevWord(a, i);
        while (k && INTENSIFIERS.has(k.lower)) k = prevWord(a, k.i);
        const be = k && /^(?:is|are|was|were|be|been|seems|seemed|looks|looked|sounds|sounded)$/.test(k.lower) ? k : undefined;
        const after = nextWord(a, i);
        const ends = !after || /[,.;!?]/.test(a.text.slice(t.end, after.start)) || /^(?:and|but|today|yesterday|again|now|tonight)$/.test(after.lower);
        const adjective = t.lower.endsWith("ily") ? `${t.lower.slice(0, -3)}y` : t.lower.endsWith("ically") ? t.lower.slice(0, -2) : t.lower.slice(0, -2);
        if (be && ends && k !== prevWord(a, i) && adjective.length > 2) {
          issues.push(makeIssue("word-choice.adverb-adjective", { start: t.start, end: t.end }, "word-choice", `After "${be.lower}", describe with an adjective: "${adjective}".`, matchCase(adjective, t.text)));
          continue;
        }
        if (be && ends && k === prevWord(a, i) && adjective.length > 2 && /^(?:slowly|quickly|badly|nicely|happily|easily|loudly|quietly|cheaply|expensively)$/.test(t.lower)) {
          issues.push(makeIssue("word-choice.adverb-adjective", { start: t.start, end: t.end }, "word-choice", `After "${be.lower}", describe with an adjective: "${adjective}".`, matchCase(adjective, t.text)));
          continue;
        }
      }
      // "borrow me your laptop" → "lend me"
      if (t.lemma === "borrow" && OBJECT_PRONOUNS.has(nextWord(a, i)?.lower ?? "")) {
        const lend = t.lower === "borrowed" ? "lent" : t.lower === "borrows" ? "lends" : t.lower === "borrowing" ? "lending" : "lend";
        issues.push(makeIssue("word-choice.borrow-lend", { start: t.start, end: t.end }, "word-choice", `You "borrow" from someone and "lend" to someone: "${lend} ${nextWord(a, i)!.lower}".`, matchCase(lend, t.text)));
        continue;
      }
      // "assist to a meeting" → "attend"
      if (t.lemma === "assist" && /^(?:to|at)$/.test(nextWord(a, i)?.lower ?? "")) {
        const next = nextWord(a, i)!;
        const object = nextWord(a, next.i);
        if (object && (object.pos === "DET" || object.pos === "NOUN")) {
          const attend = t.lower === "assisted" ? "attended" : t.lower === "assists" ? "attends" : t.lower === "assisting" ? "attending" : "attend";
          issues.push(makeIssue("word-choice.assist-attend", { start: t.start, end: next.end }, "word-choice", `To be present at a meeting is to "${attend}" it; "assist" means "help".`, matchCase(attend, t.text)));
          continue;
        }
      }
      if (t.lemma === "say" && t.pos === "VERB") {
        const n = nextWord(a, i);
        const prev = prevWord(a, i);
        if (n && OBJECT_PRONOUNS.has(n.lower) && n.start === t.end + 1 && nextWord(a, n.i)?.lower !== "to" && prev?.lower !== "let's") {
          const tell = t.lower === "said" ? "told" : t.lower === "says" ? "tells" : t.lower === "saying" ? "telling" : "tell";
          issues.push(makeIssue("word-choice.say-tell", { start: t.start, end: t.end }, "word-choice", `Use "tell" with a person: "${tell} ${n.lower}" (or "say to ${n.lower}").`, matchCase(tell, t.text)));
        }
      }
    }
    return issues;
  },
};
