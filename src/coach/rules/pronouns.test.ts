/**
 * The pronoun rule's cases: an object pronoun as a subject, "which" for a person and misbuilt
 * reflexives where it must fire, and the correct English that looks like them (object + bare verb,
 * "her" as a possessive, "which" about a thing or a clause) where it must stay silent.
 */
import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { pronouns } from "./pronouns.ts";

const objectCases: RuleCase[] = [
  // fires: where the pronoun can only be a subject
  { text: "Me went to the cinema with my cousin.", expect: ["Me => I"] },
  { text: "Yesterday him said he was tired.", expect: ["him => he"] },
  { text: "On Saturday us played tennis in the park.", expect: ["us => we"] },
  { text: "After the lesson, us went to a café.", expect: ["us => we"] },
  { text: "Because me was ill, I stayed in bed.", expect: ["me => I"] },
  { text: "Them are my best friends.", expect: ["Them => They"] },
  { text: "Her is a very good teacher.", expect: ["Her => She"] },
  { text: "Me is from Poland.", expect: ["Me is => I am"] },
  { text: "Him likes playing the guitar.", expect: ["Him => He"] },
  { text: "When we arrived, them had already left.", expect: ["them => they"] },
  // silent: objects, "her" as a possessive, "me and …", set phrases
  { text: "Let me go to the shop.", expect: [] },
  { text: "Help them start the engine.", expect: [] },
  { text: "I saw her leave the building.", expect: [] },
  { text: "They made him leave early.", expect: [] },
  { text: "Her loved ones were with her.", expect: [] },
  { text: "Her will was read after the funeral.", expect: [] },
  { text: "Her left hand was injured.", expect: [] },
  { text: "Her finished painting was beautiful.", expect: [] },
  { text: "Her plans changed at the last minute.", expect: [] },
  { text: "Her sister lives in Rome.", expect: [] },
  { text: "Last Saturday me and my friends played football.", expect: [] },
  { text: "My friends and me went to the park.", expect: [] },
  { text: "Excuse me, is this seat free?", expect: [] },
  { text: "Give it to me, please.", expect: [] },
  { text: "Everyone except me was invited.", expect: [] },
  { text: "Between you and me, it was a disaster.", expect: [] },
  { text: "Silly me, I forgot my keys.", expect: [] },
  { text: "Me too.", expect: [] },
  { text: "The US is a big country.", expect: [] },
  { text: "He looked at her, her eyes were full of tears.", expect: [] },
  { text: "I think that her work is excellent.", expect: [] },
  { text: "When her mother called, she was asleep.", expect: [] },
  { text: "It was him who called the police.", expect: [] },
];

const whichCases: RuleCase[] = [
  // fires: a person noun directly before "which" and its verb
  { text: "I met a girl which speaks five languages.", expect: ["which => who"] },
  { text: "The teacher which taught me English was from Wales.", expect: ["which => who"] },
  { text: "I have a friend which lives in Canada.", expect: ["which => who"] },
  { text: "She is the person which I admire most.", expect: ["which => who"] },
  { text: "Everyone which came to the party brought a gift.", expect: ["which => who"] },
  { text: "One of my friends which lives in Paris is coming.", expect: ["which => who"] },
  { text: "The woman which was kind to us left early.", expect: ["which => who"] },
  { text: "My children which live abroad visit us every summer.", expect: ["which => who"] },
  // silent: "which" about a thing, a clause or in an indirect question
  { text: "I met the manager, which was useful.", expect: [] },
  { text: "I visited my grandmother which was nice.", expect: [] },
  { text: "I asked the teacher which was the right answer.", expect: [] },
  { text: "Tell the children which is the best way home.", expect: [] },
  { text: "I bought a present for my sister which cost fifty euros.", expect: [] },
  { text: "I took a photo of my grandmother which hangs in the hall.", expect: [] },
  { text: "The package manager which installs the libraries is slow.", expect: [] },
  { text: "The teacher's book which was on the desk is missing.", expect: [] },
  { text: "The book which I borrowed from the library is overdue.", expect: [] },
  { text: "The students chose which topic to present.", expect: [] },
  { text: "The component renders the children which it receives as props.", expect: [] },
  { text: "Each child which exits sends a signal to the parent.", expect: [] },
];

const reflexiveCases: RuleCase[] = [
  { text: "He did all the work hisself.", expect: ["hisself => himself"] },
  { text: "They built the house theirselves.", expect: ["theirselves => themselves"] },
  { text: "We did it ourself.", expect: ["ourself => ourselves"] },
  { text: "They can decide for themself.", expect: [] },
  { text: "We enjoyed ourselves at the festival.", expect: [] },
  { text: "He hurt himself playing football.", expect: [] },
];

test("pronouns: object pronoun as subject", () => {
  for (const c of objectCases) checkRule(pronouns, c);
});

test("pronouns: which for people", () => {
  for (const c of whichCases) checkRule(pronouns, c);
});

test("pronouns: reflexives", () => {
  for (const c of reflexiveCases) checkRule(pronouns, c);
});
test("pronouns: the subject as its own object, and 'who' for a tram", () => {
  for (const c of [
    { text: "I consider me a friendly person.", expect: ["me => myself"] },
    { text: "We could hardly hear us.", expect: ["us"] },
    { text: "One day we took the old tram number 28, who goes through the old town.", expect: ["who => which"] },
    { text: "I'll let them tell me.", expect: [] },
    { text: "We made them call us.", expect: [] },
    { text: "I asked him to call me.", expect: [] },
    { text: "We thanked the driver, who was kind.", expect: [] },
  ]) checkRule(pronouns, c);
});
