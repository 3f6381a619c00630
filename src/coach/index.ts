/**
 * The coach's public API. Pure core: `createCoach(resources)` with `feedback`, `check` and
 * `grade`. Loading resources from disk (content pack, WordNet, harper.js) is in ./resources.ts;
 * the optional LLM provider is in ./llm/.
 */
export { createCoach, type Coach, type CoachResources, type GrammarShare } from "./coach.ts";
export { grammarCut } from "./language/share.ts";
export { createNlp, analyze, type Analysis, type Nlp } from "./text/analyze.ts";
export { createLexicon, DOMAIN_WORDS, type GlossaryTerm, type Lexicon } from "./lexicon.ts";
export { createThesaurus, NO_THESAURUS, type Thesaurus, type WordNetFiles } from "./content/wordnet.ts";
export { createWordWeights, UNIFORM_WEIGHTS, type WordWeights } from "./content/units.ts";
export { configureLinter, type GrammarLinter } from "./language/harper.ts";
export { contentToScale } from "./content/grade.ts";
export { detectStructure, assessStructure, STRUCTURES } from "./content/structure.ts";
export { glossaryFromPack, corpusFromPack, taskForQuestion, taskForWrittenExercise } from "./pack.ts";
export * from "./types.ts";
