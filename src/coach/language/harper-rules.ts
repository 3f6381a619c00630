/**
 * The harper.js rules the coach runs: the ones aimed at mistakes learners of English make, and no
 * others (ADR 0007). Harper ships about 870 rules; most correct one idiom, eggcorn, brand name or
 * hyphenation each ("all hell breaks loose", "Blu-ray", "WordPress.com"). Every enabled rule costs
 * about 0.04 ms per 200 words of new text, so the whole set costs ~35 ms where these cost ~5 —
 * on top of ~13 ms that harper spends reading the text whatever runs. A rule harper adds in a
 * new version stays off until it is added here.
 *
 * Left out on purpose: style preferences that are not mistakes, rules the coach replaces with its
 * own (long sentences, hedging, fillers), and rules that misfire on technical writing
 * (MissingPreposition, MissingTo, OrthographicConsistency flagged correct sentences of the content
 * pack; "Expand…" rewrites the "config" and "args" developers write on purpose).
 */
export const LEARNER_RULES: Readonly<Record<string, readonly string[]>> = {
  spelling: ["SpellCheck", "RegularIrregulars", "WrongNegative", "Payed", "NounVerbConfusion", "ToLoseTooLoose", "WorseOrWorst", "ThenThan"],
  confusedWords: [
    "ItsContraction",
    "ItsPossessive",
    "TheirToThere",
    "ThereToTheir",
    "TheyreToTheir",
    "PossessiveYour",
    "YourPredicateAdjective",
    "WereWhere",
    "ToTwoToo",
    "TooTo",
  ],
  articles: ["AnA", "TheAnother", "AnotherThings", "AnotherOnes", "SomeWithoutArticle", "TheMy"],
  agreement: [
    "PronounVerbAgreement",
    "PronounInflectionBe",
    "IAmAgreement",
    "IDo",
    "HavePronoun",
    "NominalWants",
    "ThereIsAgreement",
    "OneOfTheSingular",
    "ThisTypeOfThing",
  ],
  verbForms: [
    "DidPast",
    "HelpedPast",
    "InflectedVerbAfterTo",
    "SimplePastToPastParticiple",
    "WillNonLemma",
    "DontCan",
    "DoubleModal",
    "ModalOf",
    "ModalBeAdjective",
    "IsBeenAuxSequence",
    "SingleBe",
    "ProgressiveNeedsBe",
    "LetToDo",
    "HowTo",
    "NeedToNoun",
    "UseToUsedTo",
  ],
  comparisonAndNegation: ["AdjectiveDoubleDegree", "MoreBetter", "LessWorse", "DoubleNegative", "HaveNegNoAny"],
  nounsAndQuantities: ["MassNouns", "CriteriaPhenomena", "QuantifierNeedsOf", "PluralWrongWordOfPhrase", "InDetail", "MostOfTheTimes", "MakeSense"],
  prepositionsAndComplements: [
    "AskNoPreposition",
    "Discuss",
    "ArriveTo",
    "SinceDuration",
    "AllowTo",
    "LookForwardTo",
    "InterestedIn",
    "GoodAt",
    "DespiteOf",
    "ExceptOf",
    "TakeCareOf",
    "ReasonForDoing",
    "ResponsibilityFor",
    "InvestIn",
    "DoMistake",
    "SimilarLike",
    "HowItLooksLike",
    "WorthToDo",
    "AwareOf",
  ],
  capitalization: ["CapitalizePersonalPronouns", "SentenceCapitalization", "Months"],
  punctuation: ["RepeatedWords", "CommaFixes"],
};

export const ENABLED_HARPER_RULES: ReadonlySet<string> = new Set(Object.values(LEARNER_RULES).flat());
