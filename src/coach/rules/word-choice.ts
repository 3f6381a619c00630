/**
 * Word choice learners get wrong in predictable ways: "do a mistake" → "make a mistake", "do some
 * changes" → "make some changes", "say me" → "tell me", "make a research" → "do research", "make
 * yoga" → "do yoga", "learn me" → "teach me", "rob my wallet" → "steal", "I was boring" → "bored",
 * "the film was bored", "a very interested experience" → "boring", "interesting", "can you do me a
 * photo" → "take", "a lot of funny" → "fun", "the service was slowly" → "slow",
 * "speaks English very good" → "well", "I am very worry" → "worried", "a good cooker" → "cook",
 * "make me a favour" → "do", "please revert me" → "get back to me".
 */
import { endsPhrase, nextWord, prevWord, spaced, type Token } from "../text/analyze.ts";
import { matchCase, thirdPersonForm, ingForm } from "../text/morph.ts";
import { LANGUAGE_NAMES, PERSONAL_SUBJECTS, POSSESSIVES } from "./phrases.ts";
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
/**
 * Before a noun that names a thing or an event, the -ing word: "a very interesting experience",
 * not "interested". ("a relaxed evening", "a worried look", "a confused situation" are right.)
 */
const ATTRIBUTIVE_ED = wordTable<string>({
  ...Object.fromEntries(Object.entries(FEELING_ED).filter(([ed]) => !/^(?:relaxed|worried|confused)$/.test(ed))),
  interested: "interesting",
});
/** Things and events a learner calls "interested" or "bored" (not places: "a shocked city"). */
const ATTRIBUTIVE_THINGS = new Set(["film", "movie", "book", "match", "game", "lesson", "lecture", "trip", "journey", "show", "concert", "story", "meeting", "course", "job", "day", "weekend", "holiday", "exam", "news", "flight", "programme", "program", "series", "novel", "play", "speech", "presentation", "tour", "visit", "evening", "experience", "article", "topic", "subject", "idea", "question", "talk", "conversation", "class", "result", "ending", "week", "situation"]);
/** What comes before "a very interested experience": an article or a word of degree. */
const BEFORE_ATTRIBUTIVE = new Set(["a", "an", "the", "such", "very", "so", "really", "quite", "most", "more", "extremely", "pretty", "rather", "incredibly"]);
/** "a friend of me" → "of mine". */
const POSSESSIVE_PRONOUN_OF = wordTable<string>({ me: "mine", you: "yours", him: "his", her: "hers", us: "ours", them: "theirs" });
/** Words of degree before an adjective that do not change what it describes. */
const DEGREE = new Set(["very", "so", "really", "too", "quite", "extremely", "pretty"]);
/** Nouns and verbs learners use for their adjective after "be": "I am worry", "he is very talent". */
const ADJECTIVE_OF = wordTable<string>({ worry: "worried", talent: "talented", complicate: "complicated" });
/** Adjectives learners leave as they are after a verb, and their adverbs. */
const ADVERB_OF = wordTable<string>({
  good: "well", careful: "carefully", careless: "carelessly", quiet: "quietly", polite: "politely", rude: "rudely", patient: "patiently",
  fluent: "fluently", correct: "correctly", perfect: "perfectly", beautiful: "beautifully", nervous: "nervously", confident: "confidently",
  professional: "professionally", quick: "quickly", easy: "easily", bad: "badly", serious: "seriously", efficient: "efficiently", proper: "properly",
});
/**
 * Verbs that rightly take an adjective after them or after their object ("looks good", "went bad",
 * "made it perfect", "keep it quiet", "found it easy", "want it perfect"): not the adverb pattern.
 */
const OBJECT_COMPLEMENT_VERBS = new Set([
  "look", "feel", "seem", "sound", "smell", "taste", "become", "get", "stay", "remain", "keep", "appear", "turn", "grow", "go", "come",
  "make", "find", "consider", "prove", "hold", "leave", "want", "need", "like", "prefer", "have", "think", "believe", "call", "paint", "know",
  "set", "rate", "deem", "judge", "declare", "render", "sit", "stand", "lie", "fall", "run", "wear", "serve", "eat", "drink", "buy", "sell",
]);
/** Things and events, which cause feelings rather than have them. */
const EVENTS = new Set(["film", "movie", "book", "match", "game", "lesson", "lecture", "trip", "journey", "party", "show", "concert", "story", "meeting", "course", "job", "work", "day", "weekend", "holiday", "exam", "news", "flight", "museum", "city", "town", "place", "weather", "programme", "program", "series", "novel", "play", "speech", "presentation", "tour", "visit", "evening", "night"]);
const INTENSIFIERS = new Set(["so", "very", "really", "quite", "too", "extremely", "a", "bit", "little", "rather", "pretty", "incredibly", "terribly", "awfully"]);
/** Adjectives that end in -ly: never adverbs used for adjectives. */
const LY_ADJECTIVES = new Set(["friendly", "lovely", "lonely", "ugly", "silly", "likely", "early", "daily", "weekly", "monthly", "yearly", "elderly", "costly", "lively", "holy", "curly", "only", "family", "jolly", "smelly", "chilly", "hilly", "oily", "bubbly", "sickly", "deadly", "unlikely", "orderly", "cowardly", "kindly", "timely", "unfriendly", "user-friendly"]);

/** Plural countable nouns: "fewer" and "many" count them; "less" and "much" measure a mass. */
const PLURAL_COUNTABLES = new Set(["people", "cars", "clothes", "things", "friends", "books", "students", "children", "mistakes", "problems", "jobs", "options", "choices", "trees", "buses", "shops", "questions", "tourists", "visitors", "customers", "employees", "workers", "houses", "flats", "apartments", "bags", "bottles", "cigarettes", "sweets", "toys", "games", "apps", "meetings", "emails", "bugs", "features", "users", "words", "pages", "rooms", "teachers", "classes", "lessons", "exams", "parks", "restaurants", "cafés", "cafes", "flights", "trains", "animals", "dogs", "cats", "plants", "vegetables", "calories", "shoes", "phones", "computers", "kids", "members", "players", "tickets", "accidents", "crimes", "chances", "opportunities", "ideas", "tasks"]);
/** Languages: a person "speaks" one, never "talks" it. */
const LANGUAGES = new Set(["English", "Spanish", "French", "German", "Italian", "Portuguese", "Russian", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Arabic", "Hindi", "Turkish", "Greek", "Polish", "Dutch", "Swedish", "Romanian", "Hungarian", "Czech", "Ukrainian", "Vietnamese", "Thai", "Indonesian", "Persian", "Hebrew", "Urdu", "Bengali", "Catalan", "Norwegian", "Danish", "Finnish"]);
/** Adjectives "too much" cannot describe: "too much salty" → "too salty". */
const DEGREE_ADJECTIVES = new Set(["salty", "sweet", "spicy", "expensive", "hot", "cold", "big", "small", "difficult", "hard", "long", "loud", "noisy", "tired", "busy", "crowded", "slow", "late", "early", "heavy", "strong", "complicated", "dangerous", "boring", "far", "old", "young", "fast", "high", "low", "strict", "short", "tight", "bright", "dark", "dirty", "stressful", "sad", "happy", "tiring", "bitter", "sour", "greasy", "oily", "dry", "wet", "warm", "cheap"]);
/** Participles that take "well", not "good": "well maintained", "well paid". */
const WELL_PARTICIPLES = new Set(["maintained", "paid", "organized", "organised", "designed", "written", "made", "known", "prepared", "trained", "dressed", "behaved", "cooked", "kept", "done", "built", "educated", "informed", "planned", "managed", "lit", "equipped", "documented", "tested", "received", "deserved", "connected", "located", "protected", "structured", "explained"]);
/** Events one is present at: "attend" them ("assist" means "help"). */
const ATTENDED_EVENTS = new Set(["workshop", "meeting", "conference", "lecture", "wedding", "ceremony", "course", "seminar", "concert", "event", "training", "party", "webinar", "funeral", "presentation", "session", "interview", "festival", "mass"]);
/** Nouns we "make" that learners "do" in a relative clause: "the mistake I did". */
const MADE_IN_CLAUSE = new Set(["mistake", "mistakes", "decision", "decisions", "promise", "promises", "complaint", "complaints"]);
/** Things whose level "rises" (intransitive); someone "raises" them. */
const RISING = new Set(["price", "prices", "rent", "rents", "cost", "costs", "temperature", "temperatures", "salary", "salaries", "tax", "taxes", "level", "levels", "number", "numbers", "unemployment", "inflation", "population", "sun", "water", "bills", "fees", "fares", "wages"]);

/** The inflected form of "make" matching an inflected "do". */
/** Things that cause a feeling, after "find": "I find adverts annoying". */
const FOUND_THINGS = new Set(["it", "this", "that", "these", "those", "adverts", "ads", "advertisements", "commercials", "films", "movies", "lessons", "books", "games", "meetings", "videos", "songs", "programmes", "programs", "shows", "rules", "jokes", "emails", "messages", "notifications", "lectures", "classes", "trips", "exams", "tests", "instructions", "forms", "queues", "delays", "pop-ups", "popups", "interruptions", "noise", "homework", "traffic", "politics", "news", "comments", "reviews", "stories", "novels", "articles", "podcasts", "series", ...EVENTS]);
/** Prices are "high" or "low"; goods are "cheap" or "expensive". */
// ("the rent is cheap", "the fare was cheap" are everyday English: only "price" and "cost" stay strict)
const PRICE_NOUNS = new Set(["price", "prices", "cost", "costs"]);
const PRICE_LEVELS: Record<string, string> = { cheap: "low", cheaper: "lower", cheapest: "lowest", expensive: "high" };
/** Words that make "win money" right: money won in a game, a bet or a competition. */
const WINNING = /^(?:lottery|lotto|prize|prizes|bet|bets|betting|casino|poker|game|games|gambling|gamble|competition|contest|race|match|tournament|quiz|raffle|jackpot|cards|award|show|case|lawsuit|court|championship|cup|final|bingo|roulette|slots|draw|sweepstakes|league|olympics)$/;
/** Verbs of doing that take an adverb, not an adjective: "think more carefully", "work quietly". */
// ("act calm", "eat healthy", "play safe" are linking uses or set phrases, so "act" and those adjectives are left out)
const MANNER_VERBS = new Set(["think", "drive", "speak", "work", "listen", "read", "write", "plan", "behave", "walk", "talk", "check", "eat", "answer", "explain", "study", "prepare", "spend", "choose", "consider", "treat", "handle", "test", "review", "cook", "play", "dress", "live", "wait"]);
const MANNER_ADJECTIVES = new Set(["careful", "careless", "quiet", "serious", "patient", "polite", "honest", "efficient", "calm", "proper", "correct", "regular", "frequent", "beautiful", "perfect", "terrible", "nervous", "responsible", "wise", "effective"]);

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
      // "less clothes" → "fewer clothes"; "too much things" → "too many things"
      if ((t.lower === "less" || t.lower === "much") && t.pos !== "VERB") {
        const noun = nextWord(a, i);
        const before = prevWord(a, i);
        const after = noun && nextWord(a, noun.i);
        if (noun && PLURAL_COUNTABLES.has(noun.lower) && noun.start === t.end + 1 && !(after && after.pos === "NOUN" && after.start === noun.end + 1) && before?.lower !== "or" && before?.lower !== "very" &&
          // "how much things cost": the price, not an amount of things
          !(t.lower === "much" && before?.lower === "how" && /\b(?:cost|costs|costed|worth)\b/.test(a.text.slice(noun.end, a.sentences[t.sentence]!.end)))) {
          const right = t.lower === "less" ? "fewer" : "many";
          issues.push(makeIssue("word-choice.countable", t, "word-choice", `"${noun.lower}" can be counted: use "${right}", not "${t.lower}".`, matchCase(right, t.text)));
          continue;
        }
      }
      // "Hiroshi talks English" → "speaks English"
      if (t.lemma === "talk" && (t.pos === "VERB" || (t.pos === "NOUN" && t.lower === "talks" && !/^(?:the|these|those|peace|trade|our|their|his|her|my|your)$/.test(prevWord(a, i)?.lower ?? "") && /^(?:NOUN|PRON|PROPN)$/.test(prevWord(a, i)?.pos ?? ""))) && LANGUAGES.has(nextWord(a, i)?.text ?? "") && nextWord(a, i)!.start === t.end + 1) {
        const speak = t.lower === "talked" ? "spoke" : t.lower === "talks" ? "speaks" : t.lower === "talking" ? "speaking" : "speak";
        issues.push(makeIssue("word-choice.speak-talk", t, "word-choice", `A person "speaks" a language.`, matchCase(speak, t.text)));
        continue;
      }
      // "How does it look like?" → "What does it look like?" (or "How does it look?")
      if (t.lower === "how" && a.sentences[t.sentence]!.first === t.i) {
        const aux = nextWord(a, i);
        if (aux && /^(?:does|do|did|will|would)$/.test(aux.lower)) {
          const s = a.sentences[t.sentence]!;
          for (let k = aux.i + 1; k < s.last - 1; k++) {
            const w = a.tokens[k]!;
            if (/[,;]/.test(w.text)) break;
            const like = nextWord(a, k);
            if (w.lemma === "look" && like?.lower === "like" && like.sentence === t.sentence) {
              issues.push(makeIssue("word-choice.what-like", t, "word-choice", `With "look like", ask "What … look like?" (or "How … look?" without "like").`, matchCase("what", t.text)));
              break;
            }
          }
          continue;
        }
      }
      // "such creative that" → "so creative that": "such" goes with a noun
      if (t.lower === "such") {
        const adjective = nextWord(a, i);
        const that = adjective && nextWord(a, adjective.i);
        if (adjective && that && adjective.pos === "ADJ" && that.lower === "that" && that.start === adjective.end + 1 && adjective.start === t.end + 1) {
          issues.push(makeIssue("word-choice.so-such", t, "word-choice", `Before an adjective alone, use "so" ("so ${adjective.lower} that"); "such" needs a noun ("such a ${adjective.lower} idea").`, matchCase("so", t.text)));
          continue;
        }
      }
      // "too much salty" → "too salty"; "the beef was so much tender" → "so tender" ("so much better" is right)
      if (t.lower === "much" && /^(?:too|so)$/.test(prevWord(a, i)?.lower ?? "")) {
        const adjective = nextWord(a, i);
        if (adjective && DEGREE_ADJECTIVES.has(adjective.lower) && adjective.pos === "ADJ" && (/^[ \t]*(?:[.,!?;]|$)/.test(a.text.slice(adjective.end)) || /^(?:for|to|and|but)$/.test(nextWord(a, adjective.i)?.lower ?? ""))) {
          const too = prevWord(a, i)!;
          issues.push(makeIssue("word-choice.too-much", { start: too.start, end: t.end }, "word-choice", `Before an adjective, "${too.lower}" is enough: "${too.lower} ${adjective.lower}".`, too.text));
          continue;
        }
      }
      // "The tests pass in local" → "locally"
      if (t.lower === "local" && prevWord(a, i)?.lower === "in" && (endsPhrase(a, t) || /^(?:and|but|too|as|before|first)$/.test(nextWord(a, i)?.lower ?? ""))) {
        const into = prevWord(a, i)!;
        issues.push(makeIssue("word-choice.locally", { start: into.start, end: t.end }, "word-choice", `On your own machine is "locally" ("in local" is not English).`, matchCase("locally", into.text)));
        continue;
      }
      // "The response time is depending on the load" → "depends on": "depend on" as a state is not progressive
      if (t.lower === "depending" && nextWord(a, i)?.lower === "on") {
        const be = prevWord(a, i);
        const subject = be && prevWord(a, be.i);
        // (not "the usual causes are: depending on the clock")
        if (be && subject && /^(?:is|are|was|were)$/.test(be.lower) && spaced(a, be, t) && (/^(?:it|this|that)$/.test(subject.lower) || (subject.pos === "NOUN" && !/^(?:team|people|customers|users|we|they)$/.test(subject.lower)))) {
          const depends = { is: "depends", are: "depend", was: "depended", were: "depended" }[be.lower]!;
          issues.push(makeIssue("word-choice.depends-on", { start: be.start, end: t.end }, "tense", `"Depend on" describes a state, so it is not used in the -ing form here: "${depends} on".`, depends));
          continue;
        }
      }
      // "According to me, …" → "In my opinion, …": "according to" reports what someone else says
      if (t.lower === "according" && nextWord(a, i)?.lower === "to") {
        const who = nextWord(a, nextWord(a, i)!.i);
        if (who && /^(?:me|us)$/.test(who.lower)) {
          const fix = `${i === a.sentences[t.sentence]!.first ? "In" : "in"} ${who.lower === "me" ? "my" : "our"} opinion`;
          issues.push(makeIssue("word-choice.according-to-me", { start: t.start, end: who.end }, "word-choice", `"According to" reports what someone else says; for your own view, say "${fix.toLowerCase()}".`, fix));
          continue;
        }
      }
      // "She is a good friend of me" → "of mine": after "of", the possessive pronoun
      if (/^(?:friend|friends|colleague|colleagues|cousin|cousins|neighbour|neighbours|neighbor|neighbors)$/.test(t.lower) && nextWord(a, i)?.lower === "of") {
        const who = nextWord(a, nextWord(a, i)!.i);
        const mine = who && POSSESSIVE_PRONOUN_OF[who.lower];
        // nothing of a noun phrase after it ("a friend of me lives", not "a friend of them both")
        if (who && mine && (endsPhrase(a, who) || ["VERB", "AUX", "ADP", "CCONJ", "SCONJ"].includes(nextWord(a, who.i)?.pos ?? ""))) {
          issues.push(makeIssue("word-choice.friend-of-mine", who, "word-choice", `After "a ${t.lower} of", use "${mine}": "a ${t.lower} of ${mine}".`, matchCase(mine, who.text)));
          continue;
        }
      }
      // "made two thousand photos", "can you do me a photo?" → "took", "take": we "take" photos
      // ("do" before its object is tagged as the auxiliary: "Can you do me a photo?")
      if ((t.lemma === "make" || t.lemma === "do") && (t.pos === "VERB" || (t.lemma === "do" && t.pos === "AUX"))) {
        let k = nextWord(a, i);
        for (let n = 0; k && n < 5 && (k.pos === "NUM" || k.pos === "DET" || /^(?:more|than|lot|lots|of|some|many|few|hundreds|thousands|nice|beautiful|great|good|me|us|him|her|them)$/.test(k.lower)); n++) k = nextWord(a, k.i);
        const after = k && nextWord(a, k.i);
        // not "a photo shoot" (tagged as a verb), "Did photos load?", "made the photos look sharper"
        if (k && /^(?:photos?|photographs?|selfies?)$/.test(k.lower) && !(after && (after.pos === "NOUN" || after.pos === "VERB") && after.start === k.end + 1)) {
          const take = /^(?:made|did)$/.test(t.lower) ? "took" : /^(?:makes|does)$/.test(t.lower) ? "takes" : /^(?:making|doing)$/.test(t.lower) ? "taking" : /^(?:done)$/.test(t.lower) ? "taken" : "take";
          issues.push(makeIssue("word-choice.take-photo", t, "word-choice", `We "take" photos.`, matchCase(take, t.text)));
          continue;
        }
      }
      if (t.lemma === "make" && t.pos === "VERB") {
        // "make their homework" → "do their homework"
        const possessive = nextWord(a, i);
        const activity = possessive && nextWord(a, possessive.i);
        if (possessive && activity && /^(?:my|your|his|her|our|their|the)$/.test(possessive.lower) && DO_ACTIVITIES.has(activity.lower)) {
          const doForm = t.lower === "made" ? "did" : t.lower === "making" ? "doing" : t.lower === "makes" ? "does" : "do";
          issues.push(makeIssue("word-choice.make-do", t, "word-choice", `We "do" ${activity.lower}, not "make" it.`, matchCase(doForm, t.text)));
          continue;
        }
      }
      // "remember the plumber to ring" → "remind": you remind someone to do something
      if (t.lemma === "remember" && t.pos === "VERB") {
        let k = nextWord(a, i);
        if (k && /^(?:the|my|your|his|her|our|their)$/.test(k.lower)) k = nextWord(a, k.i);
        const to = k && nextWord(a, k.i);
        const verb = to && nextWord(a, to.i);
        if (k && to && verb && (OBJECT_PRONOUNS.has(k.lower) || k.pos === "NOUN" || k.pos === "PROPN") && to.lower === "to" && verb.pos === "VERB" && verb.lower === verb.lemma) {
          const remind = t.lower === "remembered" ? "reminded" : t.lower === "remembers" ? "reminds" : t.lower === "remembering" ? "reminding" : "remind";
          issues.push(makeIssue("word-choice.remind", t, "word-choice", `To make someone remember, you "${remind}" them: "${remind} … to ${verb.lower}".`, matchCase(remind, t.text)));
          continue;
        }
      }
      // "sensible to criticism" → "sensitive to" ("sensible" means reasonable)
      if (t.lower === "sensible" && nextWord(a, i)?.lower === "to") {
        const what = nextWord(a, nextWord(a, i)!.i);
        // "sensible to ask" is right: only a noun after "to" shows "sensitive" was meant
        const noun = what && (what.pos === "DET" || what.pos === "PRON" || (what.pos === "NOUN" && what.lower !== what.lemma) || /^(?:noise|criticism|pain|sun|sunlight|what|other|others)$/.test(what.lower));
        if (what && noun && what.lower !== "be") {
          issues.push(makeIssue("word-choice.sensitive", t, "word-choice", `"Sensitive to" means easily affected by something; "sensible" means reasonable.`, matchCase("sensitive", t.text)));
          continue;
        }
      }
      // "Sorry for the inconvenient" → "inconvenience"
      if (t.lower === "inconvenient" && /^(?:the|any|this|all)$/.test(prevWord(a, i)?.lower ?? "") && /^[ \t]*(?:[.,!?;]|$)/.test(a.text.slice(t.end))) {
        issues.push(makeIssue("word-choice.inconvenience", t, "word-choice", `The noun is "inconvenience"; "inconvenient" is the adjective.`, matchCase("inconvenience", t.text)));
        continue;
      }
      // "not good maintained" → "well maintained"
      if (t.lower === "good" && WELL_PARTICIPLES.has(nextWord(a, i)?.lower ?? "") && nextWord(a, i)!.start === t.end + 1) {
        issues.push(makeIssue("word-choice.well-good", t, "word-choice", `Before a participle, use the adverb: "well ${nextWord(a, i)!.lower}".`, matchCase("well", t.text)));
        continue;
      }
      // "assist the workshop" → "attend the workshop"
      if (t.lemma === "assist" && t.pos === "VERB") {
        const det = nextWord(a, i);
        const event = det && nextWord(a, det.i);
        const after = event && nextWord(a, event.i);
        if (det && event && /^(?:the|a|an|this|that|our|my|your|tomorrow's|next)$/.test(det.lower) && ATTENDED_EVENTS.has(event.lower) && !(after && after.pos === "NOUN" && after.start === event.end + 1 && !/^(?:tomorrow|today|tonight|yesterday|next|this|on|in)$/.test(after.lower)) && after?.lower !== "with") {
          const attend = t.lower === "assisted" ? "attended" : t.lower === "assists" ? "attends" : t.lower === "assisting" ? "attending" : "attend";
          issues.push(makeIssue("word-choice.assist-attend", t, "word-choice", `To be present at a ${event.lower} is to "${attend}" it; "assist" means "help".`, matchCase(attend, t.text)));
          continue;
        }
      }
      // "the first mistake I did" → "made"
      if (MADE_IN_CLAUSE.has(t.lower)) {
        let k = nextWord(a, i);
        if (k && /^(?:that|which)$/.test(k.lower)) k = nextWord(a, k.i);
        const verb = k && nextWord(a, k.i);
        if (k && verb && /^(?:i|we|you|they|he|she)$/.test(k.lower) && /^(?:did|do|does)$/.test(verb.lower) && k.start === (a.tokens[k.i - 1]?.end ?? 0) + 1) {
          const after = nextWord(a, verb.i);
          if (!after || after.sentence !== t.sentence || /[,.;!?]/.test(a.text.slice(verb.end, after.start)) || /^(?:that|today|yesterday|last|this|in|at|on|when|because|and|but)$/.test(after.lower)) {
            issues.push(makeIssue("word-choice.make-do", verb, "word-choice", `We "make" a ${t.lemma}, not "do" it.`, matchCase(makeLike(verb.text), verb.text)));
            continue;
          }
        }
      }
      // "rents have raised" → "risen": prices "rise"; someone "raises" them
      if (t.lemma === "raise" && t.pos === "VERB") {
        let k = prevWord(a, i);
        const perfect = k && /^(?:have|has|had)$/.test(k.lower);
        if (perfect) k = prevWord(a, k!.i);
        const after = nextWord(a, i);
        const noObject = !after || after.sentence !== t.sentence || /^[ \t]*[.,!?;]/.test(a.text.slice(t.end)) || /^(?:so|by|to|from|sharply|quickly|again|a|every|in|since|dramatically|steadily|considerably|significantly|over|last|this)$/.test(after.lower);
        const objectA = after?.lower === "a" && /^(?:lot|bit|little)$/.test(nextWord(a, after.i)?.lower ?? "");
        if (k && RISING.has(k.lower) && noObject && (after?.lower !== "a" || objectA)) {
          const rise = t.lower === "raised" ? (perfect ? "risen" : "rose") : t.lower === "raises" ? "rises" : t.lower === "raising" ? "rising" : "rise";
          issues.push(makeIssue("word-choice.rise-raise", t, "word-choice", `Without an object, use "rise" ("prices ${rise}"); "raise" needs one ("they raised the prices").`, matchCase(rise, t.text)));
          continue;
        }
      }
      // "She earns a living", not "wins": "win" is for games and prizes
      if (t.lemma === "win" && t.pos === "VERB") {
        let k = nextWord(a, i);
        for (let n = 0; k && n < 3 && (k.pos === "DET" || k.pos === "ADJ" || /^(?:my|his|her|their|our|your)$/.test(k.lower)); n++) k = nextWord(a, k.i);
        if (k && k !== nextWord(a, i) && /^(?:salary|wage|wages|living)$/.test(k.lower)) {
          const earn = t.lower === "won" ? "earned" : t.lower === "wins" ? "earns" : t.lower === "winning" ? "earning" : "earn";
          issues.push(makeIssue("word-choice.earn-win", t, "word-choice", `We "earn" money for work; we "win" a game or a prize.`, matchCase(earn, t.text)));
          continue;
        }
      }
      // "find the document in attachment" → "attached"
      if (t.lower === "in" && nextWord(a, i)?.lower === "attachment" && nextWord(a, i)!.start === t.end + 1) {
        const att = nextWord(a, i)!;
        issues.push(makeIssue("word-choice.attached", { start: t.start, end: att.end }, "word-choice", `In English we say the document is "attached" (or "in the attachment").`, matchCase("attached", t.text)));
        continue;
      }
      // "actualize the README" → "update": "actualize" means "make real", not "bring up to date"
      if (/^(?:actualize|actualise|actualizes|actualises|actualized|actualised|actualizing|actualising)$/.test(t.lower)) {
        const det = nextWord(a, i);
        const what = det && nextWord(a, det.i);
        if (det && what && /^(?:the|this|that|our|my|your|its|their|these|those)$/.test(det.lower) && !/^(?:potential|dreams?|vision|self|ideals?|goals?)$/.test(what.lower)) {
          const update = t.lower.replace(/^actuali[sz]/, "updat").replace(/^updatee/, "update");
          issues.push(makeIssue("word-choice.update", t, "word-choice", `To bring something up to date is to "update" it; "actualize" means to make something real.`, matchCase(update, t.text)));
          continue;
        }
      }
      // "the actual government" → "the current government": "actual" means "real", not "present"
      if (t.lower === "actual" && /^(?:the|our|their|its)$/.test(prevWord(a, i)?.lower ?? "") && /^(?:government|president|mayor|prime)$/.test(nextWord(a, i)?.lower ?? "")) {
        issues.push(makeIssue("word-choice.current", t, "word-choice", `For "now in office", say "current"; "actual" means "real".`, matchCase("current", t.text)));
        continue;
      }
      // "you can't buy fish there no more" → "any more": English has one negative per clause
      if ((t.lower === "no" && nextWord(a, i)?.lower === "more" && /^[ \t]*(?:[.,!?;]|$)/.test(a.text.slice(nextWord(a, i)!.end))) || (/^(?:nothing|nobody|nowhere)$/.test(t.lower))) {
        const s = a.sentences[t.sentence]!;
        const before = a.tokens.slice(Math.max(s.first, t.i - 8), t.i);
        const comma = before.map((w) => /[,;:]/.test(w.text)).lastIndexOf(true);
        const clause = before.slice(comma + 1);
        const prev = prevWord(a, i);
        // "it isn't nothing." is an idiom (it matters); "it wasn't nothing serious" is a double negative
        const idiom = t.lower !== "no" && /^[ \t]*(?:[.,!?;]|$)/.test(a.text.slice(t.end)) && /^(?:is|was|are|were|ai)$/.test(prev ? prevWord(a, prev.i)?.lower ?? "" : "");
        const negated = !idiom && (t.lower === "no" ? clause.some((w) => /^(?:n't|n’t|not|never)$/.test(w.lower)) : prev !== undefined && /^(?:n't|n’t)$/.test(prev.lower) && prev.end === t.start - 1);
        if (negated) {
          const span = t.lower === "no" ? { start: t.start, end: nextWord(a, i)!.end } : { start: t.start, end: t.end };
          const right = t.lower === "no" ? "any more" : t.lower.replace(/^no/, "any");
          issues.push(makeIssue("word-choice.double-negative", span, "word-choice", `The clause is already negative: use "${right}" (one negative per clause in English).`, matchCase(right, t.text)));
          continue;
        }
      }
      // ", specially beginners" → "especially": "specially" means "for a special purpose"
      if (t.lower === "specially") {
        const prevTok = a.tokens.slice(0, t.i).reverse().find((w) => w.pos !== "SPACE");
        const next = nextWord(a, i);
        if (prevTok && /^[,;(]$/.test(prevTok.text) && next && (next.pos === "NOUN" || next.pos === "DET" || next.pos === "PRON" || /^(?:when|if|because|since|in|at|on|during|after|before|now)$/.test(next.lower))) {
          issues.push(makeIssue("word-choice.especially", t, "word-choice", `To single out one part ("above all"), use "especially".`, matchCase("especially", t.text)));
          continue;
        }
      }
      // "we looked the fireworks" → "looked at" (or "watched")
      if (t.lemma === "look" && t.pos === "VERB" && nextWord(a, i)?.lower === "the") {
        const what = nextWord(a, nextWord(a, i)!.i);
        const subject = prevWord(a, i);
        if (what && what.pos === "NOUN" && !/^(?:same|part|way|other|best|worst|most|least|opposite|age|type|business|picture)$/.test(what.lower) && subject && PERSONAL_SUBJECTS.has(subject.lower)
          // "I looked the word up" is the phrasal verb "look up"
          && !a.tokens.slice(what.i + 1, what.i + 6).some((w) => /^(?:up|over|through)$/.test(w.lower))) {
          issues.push(makeIssue("word-choice.look-at", t, "word-choice", `We "look at" something (or "watch" it, if it moves).`, `${t.text} at`));
          continue;
        }
      }
      // "He told that he was tired" → "said that": "tell" needs the person told
      if (t.lemma === "tell" && t.pos === "VERB" && nextWord(a, i)?.lower === "that") {
        const prev = prevWord(a, i);
        const subject = nextWord(a, nextWord(a, i)!.i);
        const passive = prev && /^(?:am|is|are|was|were|be|been|being|'m|’m|'s|’s|'re|’re|get|got)$/.test(prev.lower);
        if (!passive && prev && PERSONAL_SUBJECTS.has(prev.lower) && subject && /^(?:i|we|he|she|they|you|it|there|the|his|her|my|our|their)$/.test(subject.lower)) {
          const say = t.lower === "told" ? "said" : t.lower === "tells" ? "says" : t.lower === "telling" ? "saying" : "say";
          issues.push(makeIssue("word-choice.say-tell", t, "word-choice", `"Tell" needs the person you tell ("told me that"); without one, use "${say} that".`, matchCase(say, t.text)));
          continue;
        }
      }
      // "Can you make me a favour?" → "do me a favour"
      if (t.lemma === "make" && t.pos === "VERB") {
        const person = nextWord(a, i);
        const article = person && nextWord(a, person.i);
        const favour = article && nextWord(a, article.i);
        if (person && article && favour && /^(?:me|us|him|her|them|you)$/.test(person.lower) && /^(?:a|one|another)$/.test(article.lower) && /^favou?r$/.test(favour.lower)) {
          const doForm = t.lower === "made" ? "did" : t.lower === "making" ? "doing" : t.lower === "makes" ? "does" : "do";
          issues.push(makeIssue("word-choice.make-do", t, "word-choice", `We "do" someone a favour, not "make" it.`, matchCase(doForm, t.text)));
          continue;
        }
      }
      // "I make yoga" → "I do yoga"
      if (t.lemma === "make" && t.pos === "VERB" && DO_ACTIVITIES.has(nextWord(a, i)?.lower ?? "")) {
        const activity = nextWord(a, i)!;
        const doForm = t.lower === "made" ? "did" : t.lower === "making" ? "doing" : t.lower === "makes" ? "does" : "do";
        issues.push(makeIssue("word-choice.make-do", { start: t.start, end: t.end }, "word-choice", `We "do" ${activity.lower}, not "make" it.`, matchCase(doForm, t.text)));
        continue;
      }
      if (t.lemma === "do" && (t.pos === "VERB" || t.pos === "AUX")) {
        // do (a|an|some|the|many|a few|few|several|any|no)? (adj)? NOUN
        // "done a lot of progress", "do lots of changes": past the quantity to the noun
        const pastLotOf = (x: Token | undefined) => (x && (x.lower === "lot" || x.lower === "lots") && nextWord(a, x.i)?.lower === "of" ? nextWord(a, nextWord(a, x.i)!.i) : x);
        let k = pastLotOf(nextWord(a, i));
        let steps = 0;
        // ("do the changes you asked for" is said for carrying them out: no "the" here)
        while (k && steps < 3 && !MAKE_NOUNS.has(k.lower) && (/^(?:a|an|some|any|no|many|few|several|more|big|small|wrong|bad|good|quick|final|major|minor|huge|little|great|real)$/.test(k.lower))) {
          k = pastLotOf(nextWord(a, k.i));
          steps++;
        }
        // ("do the change review": the noun only modifies the one after it)
        const compound = k && nextWord(a, k.i) && nextWord(a, k.i)!.pos === "NOUN" && spaced(a, k, nextWord(a, k.i)!);
        if (k && !compound && MAKE_NOUNS.has(k.lower) && k.pos === "NOUN" && !/[,;:.!?]/.test(a.text.slice(t.end, k.start)) && !(k.lower === "call" || k.lower === "calls" || k.lower === "request" || k.lower === "requests" || k.lower === "sense")) {
          const fix = matchCase(makeLike(t.text), t.text);
          issues.push(makeIssue("word-choice.make-do", { start: t.start, end: t.end }, "word-choice", `"${k.lower}" goes with "make", not "do": "${fix} ${a.text.slice(nextWord(a, i)!.start, k.end)}".`, fix));
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
      // "I was very worry" → "worried", "He is very talent" → "talented": after "be" (and "very"), the adjective
      if (ADJECTIVE_OF[t.lower]) {
        let be = prevWord(a, i);
        if (be && DEGREE.has(be.lower)) be = prevWord(a, be.i);
        const subject = be && prevWord(a, be.i);
        if (be && subject && /^(?:am|is|are|was|were|'m|’m|'re|’re)$/.test(be.lower) && (PERSONAL_SUBJECTS.has(subject.lower) || subject.pos === "PROPN" || subject.pos === "NOUN")) {
          const adjective = ADJECTIVE_OF[t.lower]!;
          issues.push(makeIssue("word-choice.adjective-form", t, "word-choice", `After "${be.lower}", use the adjective: "${adjective}".`, matchCase(adjective, t.text)));
          continue;
        }
      }
      // "She speaks English very good" → "very well", "he drives very careful" → "carefully": a verb takes an adverb
      if (ADVERB_OF[t.lower] && t.pos === "ADJ") {
        let k = prevWord(a, i);
        if (k && DEGREE.has(k.lower)) k = prevWord(a, k.i);
        // past the object: "speaks English", "did it", "plays the guitar"
        let object = false;
        if (k && (LANGUAGE_NAMES.test(k.text) || /^(?:it|them)$/.test(k.lower))) [k, object] = [prevWord(a, k.i), true];
        else if (k && k.pos === "NOUN" && prevWord(a, k.i) && /^(?:the|a|an|his|her|my|their|our|your)$/.test(prevWord(a, k.i)!.lower)) [k, object] = [prevWord(a, prevWord(a, k.i)!.i), true];
        // "did it very quick": "do" with an object is the main verb, whatever the tagger says
        const verb = k && (k.pos === "VERB" || (object && k.pos === "AUX" && k.lemma === "do"));
        const after = a.tokens[i + 1];
        // the adjective ends the clause ("giving easy, POSIX-like access": a list of adjectives goes on)
        const afterComma = after?.text === "," ? nextWord(a, after.i) : undefined;
        const ends = !after || !after.isWord ? /^\s*(?:[.,;!?]|$)/.test(a.text.slice(t.end)) && !(afterComma && (afterComma.pos === "ADJ" || afterComma.pos === "NOUN")) : /^(?:and|but|because|when|so|if|today|now|every|at|in|on|for)$/.test(after.lower);
        if (k && verb && !OBJECT_COMPLEMENT_VERBS.has(k.lemma) && k.lemma !== "be" && ends) {
          const adverb = ADVERB_OF[t.lower]!;
          issues.push(makeIssue("word-choice.adverb", t, "word-choice", `"${k.lower}" is described by an adverb: "${adverb}", not "${t.lower}".`, matchCase(adverb, t.text)));
          continue;
        }
      }
      // "He is a very good cooker" → "cook": a cooker is the stove, a cook is the person
      if (t.lower === "cooker" && /^(?:good|great|bad|excellent|terrible|amazing|awful|wonderful|fantastic|better|best|brilliant|professional)$/.test(prevWord(a, i)?.lower ?? "")) {
        issues.push(makeIssue("word-choice.cook", t, "word-choice", `A person who cooks is a "cook"; a "cooker" is the stove.`, matchCase("cook", t.text)));
        continue;
      }
      // "Kindly revert back with your comments" → "reply": to answer is not to "revert"
      // (not "we reverted back to the old version", "the setting reverts back": only a person who
      // answers, before the reply's details or the one answered)
      const back = t.lemma === "revert" && nextWord(a, i)?.lower === "back" && a.tokens.slice(a.sentences[t.sentence]!.first, i).some((w) => /^(?:i|we|please|kindly)$/.test(w.lower)) ? nextWord(a, i)! : undefined;
      const afterBack = back && nextWord(a, back.i);
      if (back && (!afterBack || endsPhrase(a, back) || /^(?:with|asap|soon|when|once)$/.test(afterBack.lower) || (afterBack.lower === "to" && OBJECT_PRONOUNS.has(nextWord(a, afterBack.i)?.lower ?? "")))) {
        const reply = t.lower === "reverted" ? "replied" : t.lower === "reverts" ? "replies" : t.lower === "reverting" ? "replying" : "reply";
        issues.push(makeIssue("word-choice.revert", { start: t.start, end: back.end }, "word-choice", `To answer is to "reply" (or "get back to" someone); "revert" means to go back to an earlier state.`, matchCase(reply, t.text)));
        continue;
      }
      // "Please revert me when you can" → "get back to me": "revert" means go back to an earlier state
      if (t.lemma === "revert" && (t.pos === "VERB" || t.pos === "NOUN") && /^(?:me|us|him|her|them)$/.test(nextWord(a, i)?.lower ?? "") && spaced(a, t, nextWord(a, i)!)) {
        const person = nextWord(a, i)!;
        const get = t.lower === "reverted" ? "got" : t.lower === "reverts" ? "gets" : t.lower === "reverting" ? "getting" : "get";
        issues.push(makeIssue("word-choice.revert", { start: t.start, end: person.end }, "word-choice", `To answer someone is to "${get} back to" them (or "reply to"); "revert" means to go back to an earlier state.`, `${matchCase(get, t.text)} back to ${person.text}`));
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
        // ("I'm" is one word to the tokenizer: subject and verb together)
        const contracted = k && /^(?:i|we)['’](?:m|re)$/.test(k.lower) ? k : undefined;
        const be = contracted ?? (k && /^(?:am|is|are|was|were|'m|’m|'re|’re|been|feel|felt|get|got|became|become|seemed)$/.test(k.lower) ? k : undefined);
        const subject = contracted ? { lower: contracted.lower.slice(0, contracted.lower.search(/['’]/)) } : be && prevWord(a, be.i);
        const after = nextWord(a, i);
        // ("I'm boring today": a time word ends the predicate too)
        const predicative = !after || after.pos === "ADP" || after.pos === "CCONJ" || after.pos === "SCONJ" || /^(?:today|tonight|now|again|already|here|lately|sometimes)$/.test(after.lower) || /[,.;!?]/.test(a.text.slice(t.end, after.start));
        if (subject && predicative && FEELINGS[t.lower] && /^(?:i|we)$/.test(subject.lower) && !(after && after.lower === "to")) {
          issues.push(makeIssue("word-choice.feeling", { start: t.start, end: t.end }, "word-choice", `"${FEELINGS[t.lower]}" says how you feel; "${t.lower}" would say you make others feel it.`, matchCase(FEELINGS[t.lower]!, t.text)));
          continue;
        }
        if (subject && predicative && FEELING_ED[t.lower] && EVENTS.has(subject.lower) && !(after && /^(?:by|with|about|of|at|to)$/.test(after.lower))) {
          issues.push(makeIssue("word-choice.feeling", { start: t.start, end: t.end }, "word-choice", `A ${subject.lower} is "${FEELING_ED[t.lower]}" (it makes people feel ${t.lower}); people are "${t.lower}".`, matchCase(FEELING_ED[t.lower]!, t.text)));
          continue;
        }
      }
      // "a very interested experience" → "interesting": before a thing, the word for its effect
      if (ATTRIBUTIVE_ED[t.lower]) {
        const before = prevWord(a, i);
        const thing = nextWord(a, i);
        if (before && BEFORE_ATTRIBUTIVE.has(before.lower) && thing && thing.pos === "NOUN" && ATTRIBUTIVE_THINGS.has(thing.lower) && thing.sentence === t.sentence && thing.start === t.end + 1) {
          const effect = ATTRIBUTIVE_ED[t.lower]!;
          issues.push(makeIssue("word-choice.feeling", { start: t.start, end: t.end }, "word-choice", `A ${thing.lower} that makes people feel ${t.lower} is "${effect}": "${effect} ${thing.lower}".`, matchCase(effect, t.text)));
          continue;
        }
      }
      // "I find adverts very annoyed" → "annoying": what is found so is the cause of the feeling
      if (FEELING_ED[t.lower]) {
        let k = prevWord(a, i);
        while (k && INTENSIFIERS.has(k.lower)) k = prevWord(a, k.i);
        const object = k;
        let find = object && prevWord(a, object.i);
        // "find these adverts annoyed", "found the whole film boring"
        while (find && /^(?:the|these|those|all|most|such|some|many|his|her|their|your|our|my|whole|long|new|online)$/.test(find.lower)) find = prevWord(a, find.i);
        if (object && find && find.lemma === "find" && FOUND_THINGS.has(object.lower) && object.sentence === t.sentence && !(nextWord(a, i) && /^(?:by|with|about|of|at|to|that|me|him|her|us|them|you|everyone|everybody|people|the|my|his|their|our|your)$/.test(nextWord(a, i)!.lower))) {
          issues.push(makeIssue("word-choice.feeling", { start: t.start, end: t.end }, "word-choice", `What causes the feeling is "${FEELING_ED[t.lower]}"; the person who has it is "${t.lower}".`, matchCase(FEELING_ED[t.lower]!, t.text)));
          continue;
        }
      }
      // "the prices are cheaper" → "lower": a price is high or low; the thing bought is cheap or expensive
      if (PRICE_LEVELS[t.lower] && t.pos === "ADJ") {
        let k = prevWord(a, i);
        while (k && /^(?:much|a|bit|lot|even|far|quite|very|so|too|really|slightly|still|now|also|often|usually|always|generally|not)$/.test(k.lower)) k = prevWord(a, k.i);
        const be = k && /^(?:is|are|was|were|be|been|became|become|seem|seems|seemed|get|got|gets)$/.test(k.lower) ? k : undefined;
        let subject = be && prevWord(a, be.i);
        // "the prices in that shop are cheaper": look past a short place phrase to the subject
        if (subject && !PRICE_NOUNS.has(subject.lower)) {
          const back = a.tokens.slice(Math.max(0, subject.i - 5), subject.i).filter((w) => w.isWord && w.sentence === t.sentence);
          const prep = back.map((w) => w.lower).lastIndexOf("in");
          const head = prep > 0 ? back[prep - 1] : undefined;
          if (head && back.slice(prep + 1).every((w) => w.pos === "DET" || w.pos === "ADJ" || w.pos === "NOUN" || w.pos === "PROPN")) subject = head;
        }
        const before = prevWord(a, i);
        const after = nextWord(a, i);
        if (subject && PRICE_NOUNS.has(subject.lower) && before?.lower !== "more" && before?.lower !== "most" && !(after && after.sentence === t.sentence && (after.pos === "NOUN" || after.lower === "to" || after.lower === "for"))) {
          const right = PRICE_LEVELS[t.lower]!;
          issues.push(makeIssue("word-choice.price-level", { start: t.start, end: t.end }, "word-choice", `A ${subject.lower.replace(/s$/, "")} is "${right}"; the things you buy are "${t.lower}".`, matchCase(right, t.text)));
          continue;
        }
      }
      // "he wins a lot of money at work" → "earns": money from work is earned; it is won in a game or a bet
      if (t.lemma === "win" && t.pos === "VERB") {
        const ahead = a.tokens.slice(i + 1, i + 7).filter((w) => w.isWord && w.sentence === t.sentence);
        const paid = ahead.findIndex((w) => /^(?:money|salary|wage|wages|living|income)$/.test(w.lower));
        const between = paid >= 0 ? ahead.slice(0, paid) : [];
        const sentence = a.tokens.filter((w) => w.sentence === t.sentence);
        if (paid >= 0 && between.every((w) => /^(?:a|lot|lots|of|much|more|most|less|little|some|enough|good|decent|the|their|his|her|my|our|your|extra|any|no|all|so|too|very|real)$/.test(w.lower)) && !sentence.some((w) => WINNING.test(w.lower) || w.lemma === "lottery" || w.lemma === "bet")) {
          const earn = t.lower === "won" ? "earned" : t.lower === "wins" ? "earns" : t.lower === "winning" ? "earning" : "earn";
          issues.push(makeIssue("word-choice.earn-win", t, "word-choice", `Money from work is "earned": "${earn}". We "win" a game, a prize or a bet.`, matchCase(earn, t.text)));
          continue;
        }
      }
      // "think more careful" → "more carefully": a verb of doing takes an adverb
      if (MANNER_ADJECTIVES.has(t.lower) && t.pos !== "NOUN") {
        let k = prevWord(a, i);
        while (k && /^(?:more|less|very|so|too|really|quite|a|bit|much)$/.test(k.lower)) k = prevWord(a, k.i);
        const verb = k;
        const after = nextWord(a, i);
        const modified = verb !== prevWord(a, i);
        const endsHere = !after || after.sentence !== t.sentence || after.pos === "ADP" || after.pos === "SCONJ" || after.pos === "CCONJ" || /[,.;!?]/.test(a.text.slice(t.end, after.start));
        if (verb && modified && MANNER_VERBS.has(verb.lemma) && verb.pos === "VERB" && endsHere && !(after && after.lower === "to")) {
          const adverb = t.lower.endsWith("le") ? `${t.lower.slice(0, -1)}y` : t.lower.endsWith("y") ? `${t.lower.slice(0, -1)}ily` : t.lower.endsWith("ic") ? `${t.lower}ally` : `${t.lower}ly`;
          issues.push(makeIssue("word-choice.adverb", t, "word-choice", `To say how someone ${verb.lemma}s, use the adverb: "${adverb}".`, matchCase(adverb, t.text)));
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
        if (be && ends && k === prevWord(a, i) && adjective.length > 2 && /^(?:slowly|quickly|badly|nicely|happily|easily|loudly|quietly|cheaply|expensively|successfully|correctly|perfectly)$/.test(t.lower)) {
          issues.push(makeIssue("word-choice.adverb-adjective", { start: t.start, end: t.end }, "word-choice", `After "${be.lower}", describe with an adjective: "${adjective}".`, matchCase(adjective, t.text)));
          continue;
        }
      }
      // "borrow me your laptop" → "lend me"; "borrow you my book" too, with the thing lent after "you"
      if (t.lemma === "borrow") {
        const lentTo = nextWord(a, i);
        const lentThing = lentTo && nextWord(a, lentTo.i);
        if (lentTo && (OBJECT_PRONOUNS.has(lentTo.lower) || (lentTo.lower === "you" && !!lentThing && (lentThing.pos === "DET" || POSSESSIVES.has(lentThing.lower))))) {
          const lend = t.lower === "borrowed" ? "lent" : t.lower === "borrows" ? "lends" : t.lower === "borrowing" ? "lending" : "lend";
          issues.push(makeIssue("word-choice.borrow-lend", { start: t.start, end: t.end }, "word-choice", `You "borrow" from someone and "lend" to someone: "${lend} ${lentTo.lower}".`, matchCase(lend, t.text)));
          continue;
        }
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
        // "He said to me to wait" → "told me to wait": an order or a request is told
        const person = n?.lower === "to" ? nextWord(a, n.i) : undefined;
        const to = person && nextWord(a, person.i);
        const verb = to && nextWord(a, to.i);
        if (person && OBJECT_PRONOUNS.has(person.lower) && to?.lower === "to" && verb && verb.pos === "VERB" && verb.lower === verb.lemma) {
          const tell = t.lower === "said" ? "told" : t.lower === "says" ? "tells" : t.lower === "saying" ? "telling" : "tell";
          issues.push(makeIssue("word-choice.say-tell", { start: t.start, end: person.end }, "word-choice", `An order or a request is "told": "${tell} ${person.lower} to ${verb.lower}".`, `${matchCase(tell, t.text)} ${person.text}`));
          continue;
        }
        if (n && OBJECT_PRONOUNS.has(n.lower) && n.start === t.end + 1 && nextWord(a, n.i)?.lower !== "to" && prev?.lower !== "let's") {
          const tell = t.lower === "said" ? "told" : t.lower === "says" ? "tells" : t.lower === "saying" ? "telling" : "tell";
          issues.push(makeIssue("word-choice.say-tell", { start: t.start, end: t.end }, "word-choice", `Use "tell" with a person: "${tell} ${n.lower}" (or "say to ${n.lower}").`, matchCase(tell, t.text)));
        }
      }
    }
    return issues;
  },
};
