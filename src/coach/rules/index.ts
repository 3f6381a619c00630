/**
 * The coach's own rules, in the order they run. Language rules find mistakes the grammar checker
 * misses (learner patterns); clarity rules find what to improve (fillers, hedges, tone, length).
 */
import { agreement } from "./agreement.ts";
import { articles } from "./articles.ts";
import { fillers } from "./fillers.ts";
import { grammar } from "./grammar.ts";
import { number } from "./number.ts";
import { wordOrder } from "./word-order.ts";
import { hedges } from "./hedges.ts";
import { imperatives } from "./imperatives.ts";
import { passive } from "./passive.ts";
import { prepositions } from "./prepositions.ts";
import { register } from "./register.ts";
import { sentenceLength } from "./sentence-length.ts";
import { tense } from "./tense.ts";
import { uncountables } from "./uncountables.ts";
import { vague } from "./vague.ts";
import { wordChoice } from "./word-choice.ts";
import { comparatives } from "./comparatives.ts";
import { confusions } from "./confusions.ts";
import { verbForms } from "./verb-forms.ts";
import { punctuation } from "./punctuation.ts";
import { pronouns } from "./pronouns.ts";
import type { Rule } from "./rule.ts";

export const LANGUAGE_RULES: readonly Rule[] = [articles, agreement, tense, uncountables, prepositions, wordChoice, number, grammar, wordOrder, comparatives, confusions, verbForms, pronouns, punctuation];
export const CLARITY_RULES: readonly Rule[] = [fillers, hedges, vague, register, imperatives, sentenceLength, passive];
export const RULES: readonly Rule[] = [...LANGUAGE_RULES, ...CLARITY_RULES];

export type { Rule, RuleContext } from "./rule.ts";
