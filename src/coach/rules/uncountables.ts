/**
 * Uncountable nouns used as countable: "informations", "feedbacks", "an advice", "a useful
 * feedback", "many information", "a lot of moneys", "how many food", and skill counted as an
 * event: "I have an experience with Docker". Nouns that start a compound ("a data center", "a
 * feedback loop") are left alone.
 */
import type { Token } from "../text/analyze.ts";
import { nextWord, prevWord } from "../text/analyze.ts";
import { matchCase } from "../text/morph.ts";
import { DAY_WORDS } from "./phrases.ts";
import { makeIssue, type Rule, type RuleContext } from "./rule.ts";
import { wordTable } from "../text/word-table.ts";

/** Uncountable nouns learners pluralise, by their wrong plural. */
const PLURALS = wordTable<string>({
  informations: "information",
  feedbacks: "feedback",
  advices: "advice",
  equipments: "equipment",
  knowledges: "knowledge",
  softwares: "software",
  hardwares: "hardware",
  researches: "research",
  evidences: "evidence",
  progresses: "progress",
  homeworks: "homework",
  furnitures: "furniture",
  luggages: "luggage",
  baggages: "baggage",
  datas: "data",
  documentations: "documentation",
  guidances: "guidance",
  traffics: "traffic",
  maintenances: "maintenance",
  logics: "logic",
  stuffs: "stuff",
  infos: "info",
  firmwares: "firmware",
  middlewares: "middleware",
  // everyday nouns whose -s form is not a word at all
  advertisings: "advertising",
  musics: "music",
  garbages: "garbage",
  houseworks: "housework",
  electricities: "electricity",
  jewelleries: "jewellery",
  jewelries: "jewelry",
  sceneries: "scenery",
  pollutions: "pollution",
});

/**
 * Plurals that exist in special senses ("public moneys" in law, "the energies of particles",
 * "territorial waters", "he rubbishes the plan") but never after a word of quantity: "a lot of
 * moneys", "an amount of waters". Flagged only there.
 */
const PLURALS_AFTER_QUANTITY = wordTable<string>({
  moneys: "money",
  energies: "energy",
  waters: "water",
  rubbishes: "rubbish",
});
/** Words of quantity before "of" that take an uncountable noun: "a lot of money", "an amount of water". */
const QUANTITY_OF = new Set(["lot", "lots", "amount", "amounts", "plenty", "deal", "bit", "quantity"]);

/** Plural forms that are also verbs ("she researches", "as the job progresses"): flagged only after a determiner. */
const ALSO_VERBS = new Set(["feedbacks", "researches", "evidences", "progresses", "stuffs", "traffics"]);

/** Everyday uncountables that learners count ("a bread", "how many sugar", "a good weather"); their -s forms are real words or rare, so only PLURALS are flagged as plurals. */
const EVERYDAY_UNCOUNTABLE = ["training", "bread", "sugar", "rice", "milk", "money", "weather", "music", "traffic", "accommodation", "electricity", "news", "luck", "rubbish", "garbage", "housework", "jewellery", "jewelry", "scenery", "pollution", "advertising"];
const UNCOUNTABLE = new Set([...Object.values(PLURALS), ...EVERYDAY_UNCOUNTABLE]);
/**
 * Nouns that are countable only in a special sense ("regional foods", "the waters of the bay",
 * "soft cheeses"), so "a food" may be right, but "how many food", "many water" never are: checked only
 * after "many" and "several".
 */
const UNCOUNTABLE_AFTER_QUANTIFIER = new Set(["food", "water", "fun", "meat", "cheese", "soup", "petrol", "gas", "fuel", "salt", "flour", "butter", "oil", "air", "noise", "space", "patience", "happiness", "confidence"]);
/** Verbs after which "an experience with Docker" means skill, which is uncountable. */
const HAVE_SKILL = new Set(["have", "has", "gained", "gain", "gaining", "having"]);
/** "a piece of …" reads naturally for these. */
const PIECE_OF = new Set(["information", "advice", "feedback", "evidence", "equipment", "software", "hardware", "furniture", "luggage", "research", "data", "documentation", "info"]);
const PLURAL_QUANTIFIERS = wordTable<string>({ many: "a lot of", several: "some", few: "little", various: "various kinds of" });
const DETERMINERS = new Set(["the", "these", "those", "my", "our", "your", "their", "his", "her", "its", "some", "any", "all", "many", "several", "few", "more", "most", "other", "such", "different", "various"]);

function isCompound(ctx: RuleContext, t: Token): boolean {
  const next = nextWord(ctx.a, t.i);
  // "a good advice yesterday": a time word after the noun is no compound
  return next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN") && next.start === t.end + 1 && !DAY_WORDS.has(next.lower);
}

export const uncountables: Rule = {
  id: "uncountables",
  group: "language",
  check(ctx) {
    const issues = [];
    for (const t of ctx.a.tokens) {
      if (!t.isWord) continue;
      const singular = PLURALS[t.lower];
      const prev = prevWord(ctx.a, t.i);
      // "a lot of moneys", "much energies": the plural of a noun that is uncountable in this sense
      const afterQuantity = PLURALS_AFTER_QUANTITY[t.lower];
      if (afterQuantity && prev && (prev.lower === "much" || (prev.lower === "of" && QUANTITY_OF.has(prevWord(ctx.a, prev.i)?.lower ?? "")))) {
        issues.push(makeIssue("uncountables.plural", { start: t.start, end: t.end }, "uncountable", `"${afterQuantity}" is uncountable here, so it has no plural: say "${afterQuantity}".`, matchCase(afterQuantity, t.text)));
        continue;
      }
      if (singular) {
        // after "of" ("a lot of feedbacks") a verb cannot follow, so the word is the noun
        // ("Feedbacks are welcome": opening a sentence before a verb, it is the noun)
        const opensSentence = ctx.a.sentences[t.sentence]!.first === t.i && /^(?:are|were|is|was|have|has)$/.test(nextWord(ctx.a, t.i)?.lower ?? "");
        const nounPlace = (prev && (DETERMINERS.has(prev.lower) || prev.lower === "of")) || opensSentence;
        if (ALSO_VERBS.has(t.lower) && !nounPlace) continue;
        if (t.pos === "VERB" && !nounPlace) continue;
        const quantifier = prev ? PLURAL_QUANTIFIERS[prev.lower] : undefined;
        const message = `"${singular}" is uncountable in English, so it has no plural: say "${singular}"${quantifier ? `, and "${quantifier}" instead of "${prev!.text}"` : ""}.`;
        if (quantifier && prev) {
          issues.push(makeIssue("uncountables.plural", { start: prev.start, end: t.end }, "uncountable", message, `${matchCase(quantifier, prev.text)} ${matchCase(singular, t.text)}`));
        } else {
          issues.push(makeIssue("uncountables.plural", { start: t.start, end: t.end }, "uncountable", message, matchCase(singular, t.text)));
        }
        continue;
      }
      // "I have an experience with Kubernetes", "she has an experience in marketing": skill, not an event
      // (but "I had an experience with a rude waiter": one event, with a determiner after "with")
      if (t.lower === "experience" && prev && (prev.lower === "an" || prev.lower === "a")) {
        const verb = prevWord(ctx.a, prev.i);
        const prep = nextWord(ctx.a, t.i);
        const field = prep ? nextWord(ctx.a, prep.i) : undefined;
        const skillField = field !== undefined && ((prep!.lower === "with" && /^\p{Lu}/u.test(field.text) && field.pos !== "DET" && field.pos !== "PRON") || (prep!.lower === "in" && field.text === field.lower && (field.pos === "NOUN" || /ing$/.test(field.lower))));
        if (verb && HAVE_SKILL.has(verb.lower) && skillField) {
          issues.push(makeIssue("uncountables.article", { start: prev.start, end: t.end }, "uncountable", `Skill you have is "experience", without "${prev.lower}": "${verb.lower} experience ${prep!.lower} …" ("an experience" is one event that happened to you).`, t.text));
          continue;
        }
      }
      // "how many food" → "how much food"; "many water" → "a lot of water"
      if (UNCOUNTABLE_AFTER_QUANTIFIER.has(t.lower) && prev && /^(?:many|several)$/.test(prev.lower) && !isCompound(ctx, t) && t.pos === "NOUN") {
        const next = nextWord(ctx.a, t.i);
        // "many food companies", "many water-saving taps": the noun modifies a later one
        if (next && next.start <= t.end + 1 && (next.pos === "VERB" || next.pos === "ADJ" || next.lower === "-")) continue;
        const before = prevWord(ctx.a, prev.i);
        if (prev.lower === "many" && before?.lower === "how") {
          issues.push(makeIssue("uncountables.quantifier", { start: before.start, end: t.end }, "uncountable", `"${t.lower}" is uncountable here: ask "how much ${t.lower}", not "how many".`, `${matchCase("how much", before.text)} ${t.text}`));
        } else {
          const replacement = prev.lower === "many" ? "a lot of" : "some";
          issues.push(makeIssue("uncountables.quantifier", { start: prev.start, end: t.end }, "uncountable", `"${t.lower}" is uncountable here: use "${replacement}" (or "much"), not "${prev.lower}".`, `${matchCase(replacement, prev.text)} ${t.text}`));
        }
        continue;
      }
      if (!UNCOUNTABLE.has(t.lower) || t.lower === "knowledge" || isCompound(ctx, t)) continue;
      if (!prev || prev.end + 1 !== t.start) continue;
      // "a useful feedback": the article before one or two adjectives
      if (prev.pos === "ADJ") {
        let article = prevWord(ctx.a, prev.i);
        if (article?.pos === "ADJ" || article?.pos === "ADV") article = prevWord(ctx.a, article.i);
        if ((article?.lower === "a" || article?.lower === "an") && prevWord(ctx.a, article.i)?.lower !== "such" && !/^(?:lot|bit|piece|kind|type|sort|amount|deal|little)$/.test(prev.lower)) {
          const phrase = ctx.a.text.slice(nextWord(ctx.a, article.i)!.start, t.end);
          issues.push(makeIssue("uncountables.article", { start: article.start, end: t.end }, "uncountable", `"${t.lower}" is uncountable: don't use "${article.lower}" with it. Say "${phrase}" or "some ${phrase}".`, phrase));
          continue;
        }
      }
      if (prev.lower === "a" || prev.lower === "an") {
        if (prevWord(ctx.a, prev.i)?.lower === "such") continue;
        // "a hardware key", "a data dump": the tagger reads the head of a compound as a verb
        const head = nextWord(ctx.a, t.i);
        if (head && head.start === t.end + 1 && (head.pos === "VERB" || head.pos === "NUM" || head.pos === "ADJ")) continue;
        const replacement = PIECE_OF.has(t.lower) ? `${matchCase("a piece of", prev.text)} ${t.text}` : t.text;
        issues.push(
          makeIssue("uncountables.article", { start: prev.start, end: t.end }, "uncountable", `"${t.lower}" is uncountable: don't use "${prev.lower}" with it. Say "${t.lower}", "some ${t.lower}" or "${PIECE_OF.has(t.lower) ? `a piece of ${t.lower}` : `the ${t.lower}`}".`, replacement),
        );
      } else if (prev.lower === "many" || prev.lower === "few" || prev.lower === "several") {
        const replacement = prev.lower === "many" ? "a lot of" : prev.lower === "few" ? "little" : "some";
        const before = prevWord(ctx.a, prev.i);
        if (prev.lower === "many" && before?.lower === "how") {
          issues.push(makeIssue("uncountables.quantifier", { start: before.start, end: t.end }, "uncountable", `"${t.lower}" is uncountable: ask "how much ${t.lower}", not "how many".`, `${matchCase("how much", before.text)} ${t.text}`));
          continue;
        }
        issues.push(makeIssue("uncountables.quantifier", { start: prev.start, end: t.end }, "uncountable", `"${t.lower}" is uncountable: use "${replacement}" (or "much"/"little"), not "${prev.lower}".`, `${matchCase(replacement, prev.text)} ${t.text}`));
      }
    }
    return issues;
  },
};
