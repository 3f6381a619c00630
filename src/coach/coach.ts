/**
 * The coach: `createCoach(resources)` wires the analysers together. Everything here is pure and
 * deterministic: the same text and task give the same feedback. Resources (the NLP pipeline, the
 * glossary, WordNet, the harper linter) come in as arguments; see resources.ts for loading them.
 */
import { analyze, type Analysis, type Nlp } from "./text/analyze.ts";
import { textStats } from "./text/readability.ts";
import type { Lexicon } from "./lexicon.ts";
import type { Thesaurus } from "./content/wordnet.ts";
import { NO_THESAURUS } from "./content/wordnet.ts";
import { toUnits, UNIFORM_WEIGHTS, type Unit, type WordWeights } from "./content/units.ts";
import { contentToScale, gradeContent, type ContentTools } from "./content/grade.ts";
import { similarityWith } from "./content/match.ts";
import { assessStructure } from "./content/structure.ts";
import { assessVocabulary } from "./content/vocabulary.ts";
import { harperIssues, type GrammarLinter } from "./language/harper.ts";
import { isBuiltFromKnownWords } from "./language/derived-words.ts";
import { CLARITY_RULES, LANGUAGE_RULES } from "./rules/index.ts";
import type { RuleContext } from "./rules/rule.ts";
import { mergeIssues } from "./issues.ts";
import { insideCode } from "./text/code.ts";
import { clarityScore, languageScore, overallScore } from "./scoring.ts";
import { proposeRewrites } from "./rewrites.ts";
import { summarize } from "./summary.ts";
import { BAND_LABELS, type Feedback, type GradeInput, type GradeResult, type Issue, type SubScores, type Task } from "./types.ts";

export interface CoachResources {
  /** wink-nlp with its English model: `createNlp()`. */
  nlp: Nlp;
  /** The glossary (terms, aliases, product names); without it, no domain-word handling. */
  lexicon?: Lexicon;
  /** WordNet synonyms; without it, only exact words and glossary aliases match. */
  thesaurus?: Thesaurus;
  /** Word weights (rare words count more in content matching). */
  weights?: WordWeights;
  /** A harper.js linter prepared with `configureLinter`; without it, only the coach's own rules run. */
  linter?: GrammarLinter;
}

/**
 * One text's harper work shared with another thread: harper lints text[0, from) here while another
 * coach lints the rest — `rest` is what its `grammar(text.slice(from))` returns. The feedback is
 * the same as without a share (harper's findings do not cross a sentence end, and `grammarCut`
 * cuts only there); when `rest` fails, the rest is linted here.
 */
export interface GrammarShare {
  from: number;
  rest: Promise<Issue[]>;
}

export interface Coach {
  /** Full feedback on a learner's text for a task. */
  feedback(text: string, task: Task, share?: GrammarShare): Promise<Feedback>;
  /** Language mistakes only (grammar, spelling, learner patterns), as for `parlance coach check`. */
  check(text: string, share?: GrammarShare): Promise<Issue[]>;
  /** harper's findings alone, offsets into `text`: the part of a text another coach shares out (see GrammarShare). */
  grammar(text: string): Promise<Issue[]>;
  /** Content grade 0–5 with covered and missed key points, as for `parlance coach grade`. */
  grade(input: GradeInput): GradeResult;
}

// Enough for every task text of the bundled curriculum (~4,900 prompts, references, key points and
// their wordings; ~25 MB): at 2,000 they pushed each other out and were analysed again and again.
const CACHE_SIZE = 8000;

export function createCoach(resources: CoachResources): Coach {
  const { nlp, lexicon, linter } = resources;
  const thesaurus = resources.thesaurus ?? NO_THESAURUS;
  const weights = resources.weights ?? UNIFORM_WEIGHTS;

  // Task texts (questions, key points, reference answers) repeat across requests: analyse once.
  const cache = new Map<string, Analysis>();
  const analyzeCached = (text: string): Analysis => {
    const hit = cache.get(text);
    if (hit) return hit;
    const a = analyze(nlp, text);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, a);
    return a;
  };
  const unitsCache = new Map<string, Unit[]>();
  const unitsCached = (text: string): Unit[] => {
    const hit = unitsCache.get(text);
    if (hit) return hit;
    const units = toUnits(analyzeCached(text), lexicon, weights);
    if (unitsCache.size >= CACHE_SIZE) unitsCache.delete(unitsCache.keys().next().value!);
    unitsCache.set(text, units);
    return units;
  };
  const isDomainWord = (lower: string) => lexicon?.isDomainWord(lower) ?? false;
  // WordNet knows the other dialect's words ("mould", "omelette", "lasagne") and rarer ones harper's
  // dictionary lacks, and none of the usual misspellings; short words it knows are the slips
  // ("cant", "wont", "ur" are WordNet words too).
  const isKnownWord = (lower: string) => (lower.length >= 5 && thesaurus.knows(lower) && !thesaurus.isName(lower)) || isBuiltFromKnownWords(lower, thesaurus.knows, isDomainWord);
  const similarity = similarityWith(thesaurus, lexicon ? isDomainWord : undefined);
  const tools: ContentTools = { analyze: analyzeCached, units: unitsCached, lexicon, thesaurus, weights, similarity };

  const contextOf = (a: Analysis, task: Task | undefined): RuleContext => ({
    a,
    kind: task?.kind ?? "free-writing",
    register: task?.register ?? (task && (task.kind === "interview-answer" || task.kind === "written-exercise") ? "formal" : "neutral"),
    structure: task?.structure,
    isDomainWord,
  });

  const grammar = async (text: string): Promise<Issue[]> => (linter ? harperIssues(linter, text, { isDomainWord, isKnownWord }) : []);
  const sharedGrammar = async (text: string, share: GrammarShare | undefined): Promise<Issue[]> => {
    if (!linter || !share || share.from <= 0 || share.from >= text.length) return grammar(text);
    const head = await grammar(text.slice(0, share.from));
    const rest = await share.rest.catch(() => grammar(text.slice(share.from)));
    return [...head, ...rest.map((i) => ({ ...i, start: i.start + share.from, end: i.end + share.from }))];
  };

  // The rules run before harper's shared part is awaited: that is the work done meanwhile.
  const languageIssues = async (a: Analysis, ctx: RuleContext, share?: GrammarShare): Promise<Issue[]> => {
    const fromRules = LANGUAGE_RULES.flatMap((r) => r.check(ctx));
    const fromHarper = await sharedGrammar(a.text, share);
    return mergeIssues([fromRules, fromHarper.filter((i) => i.severity === "error")]).filter((i) => !insideCode(a.code, i));
  };

  return {
    grammar,

    async check(text, share) {
      const a = analyze(nlp, text);
      return languageIssues(a, contextOf(a, undefined), share);
    },

    grade(input) {
      const a = analyze(nlp, input.answer);
      const r = gradeContent({ question: input.question, reference: input.reference, keyPoints: input.keyPoints, answer: a }, tools);
      let score: number;
      if (r.score === null) {
        // Only a question: relevance and length are all there is to go on; never above "correct but thin".
        const length = Math.min(1, r.answerUnits / 12);
        score = Math.min(3, 5 * r.relevance * length);
      } else {
        score = contentToScale(r.score, r.calibration);
        if (r.relevance < 0.08 && r.score < 0.1) score = Math.min(score, 0.2);
      }
      score = Math.round(score * 100) / 100;
      return {
        score,
        covered: r.covered.map((c) => c.text),
        missed: r.missed.map((m) => m.text),
        details: { covered: r.covered, missed: r.missed, content: r.score === null ? null : Math.round(r.score * 1000) / 1000 },
      };
    },

    async feedback(text, task, share) {
      const a = analyze(nlp, text);
      const ctx = contextOf(a, task);
      const stats = textStats(a);
      // Content and structure first: they do not need the issues, so they are what this thread
      // does while another lints a shared part.
      const content = gradeContent({ question: task.prompt, reference: task.reference, keyPoints: task.keyPoints, answer: a }, tools);
      const structure = task.structure ? assessStructure(a, task.structure) : null;
      const clarity = CLARITY_RULES.flatMap((r) => r.check(ctx)).filter((i) => i.category === "long-sentence" || !insideCode(a.code, i));
      const language = await languageIssues(a, ctx, share);
      const issues = mergeIssues([language, clarity]);

      const contentScale = content.score === null ? null : contentToScale(content.score, content.calibration);
      const offTopic = a.words === 0 || (content.score !== null && content.answerUnits >= 3 && content.relevance < 0.08 && content.score < 0.1);
      const vocab = assessVocabulary(a, task.targetVocabulary ?? [], lexicon, issues);

      const scores: SubScores = {
        content: content.score === null ? null : Math.round(content.score * 100),
        language: languageScore(issues, a.words),
        vocabulary: a.words ? vocab.score : 0,
        structure: structure ? structure.score : null,
        clarity: clarityScore(issues, stats),
      };
      const { overall, band } = overallScore(task.kind, scores, contentScale, a.words, offTopic);
      const rewrites = proposeRewrites(a, issues);
      const summary = summarize({
        words: a.words,
        offTopic,
        prompt: task.prompt,
        covered: content.covered,
        missed: content.missed,
        structure,
        issues,
        vocabulary: vocab.report,
        contentKnown: content.score !== null,
      });
      return {
        overall,
        band,
        bandLabel: BAND_LABELS[band],
        scores,
        issues,
        keyPoints: { covered: content.covered, missed: content.missed },
        vocabulary: vocab.report,
        structure,
        rewrites,
        summary,
        stats,
        sources: ["coach"],
      };
    },
  };
}
