/**
 * The punctuation rule's cases: questions without a question mark and comma splices where it must
 * fire, and the correct English that looks like them (imperatives, conditional inversion,
 * introductions, reporting verbs, set phrases) where it must stay silent.
 */
import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { punctuation } from "./punctuation.ts";

const questionCases: RuleCase[] = [
  // fires: auxiliary + subject, ending with a full stop or with nothing at the end of the text
  { text: "Are you free on Saturday morning.", expect: [". => ?"] },
  { text: "Could you send me the minutes from yesterday's meeting", expect: ["meeting => meeting?"] },
  { text: "Is it going to rain tomorrow.", expect: [". => ?"] },
  { text: "Did your sister enjoy the concert.", expect: [". => ?"] },
  { text: "Can the children play in the garden after lunch.", expect: [". => ?"] },
  { text: "Have you ever been to Lisbon.", expect: [". => ?"] },
  { text: "Does the shop open on Sundays.", expect: [". => ?"] },
  { text: "Will the train stop in Leeds.", expect: [". => ?"] },
  { text: "Shall we meet at the station.", expect: [". => ?"] },
  { text: "Were the tickets expensive.", expect: [". => ?"] },
  { text: "Has anyone seen my umbrella.", expect: [". => ?"] },
  { text: "Should I bring something to the party.", expect: [". => ?"] },
  { text: "Am I too late for dinner.", expect: [". => ?"] },
  { text: "Is there a pharmacy near here.", expect: [". => ?"] },
  // a polite request with "please" may end with a full stop
  { text: "Would you mind closing the window, please.", expect: [] },
  { text: "Could you please send me the report.", expect: [] },
  { text: "Are you coming with us, Maria.", expect: [". => ?"] },
  { text: "Does it hurt when you press here.", expect: [". => ?"] },
  { text: "Is Paris far from here.", expect: [". => ?"] },
  { text: "I loved the photos. Where did you take them? Was it in the mountains.", expect: [". => ?"] },
  { text: "Thanks for the invitation. Can I bring my brother", expect: ["brother => brother?"] },
  // silent: imperatives, wishes, conditional inversion, a dropped "it", wh-words, quotes
  { text: "Do the dishes before you go out.", expect: [] },
  { text: "Have a lovely weekend.", expect: [] },
  { text: "Have the documents ready by Monday.", expect: [] },
  { text: "Have him call me when he gets back.", expect: [] },
  { text: "Do it again, but slowly.", expect: [] },
  { text: "Do something useful for once.", expect: [] },
  { text: "Do your homework before dinner.", expect: [] },
  { text: "Do not touch the paintings.", expect: [] },
  { text: "Do come and visit us next summer.", expect: [] },
  { text: "Should you need any help, please call reception.", expect: [] },
  { text: "Should you have any questions please contact us.", expect: [] },
  { text: "Had I known about the strike, I would have taken the bus.", expect: [] },
  { text: "Were it not for the rain, we would go to the beach.", expect: [] },
  { text: "Never have I seen such a beautiful sunset.", expect: [] },
  { text: "Only then did we understand the problem.", expect: [] },
  { text: "May you both be very happy together.", expect: [] },
  { text: "May the best team win.", expect: [] },
  { text: "Will Smith starred in that film.", expect: [] },
  { text: "Would that I could help you.", expect: [] },
  { text: "Could be worse.", expect: [] },
  { text: "Is the best way to learn a language.", expect: [] },
  { text: "Is a good idea to book early.", expect: [] },
  { text: "Is the same for everyone in the class.", expect: [] },
  { text: "Can you believe it, we won the match.", expect: [] },
  { text: "Could you send me the report, I need it today.", expect: [] },
  { text: "She asked me, \"Are you coming with us.\"", expect: [] },
  { text: "Can we meet at 5 p.m.", expect: [] },
  { text: "Are you sure...", expect: [] },
  { text: "What time does the film start.", expect: [] },
  { text: "How nice it is to see you again.", expect: [] },
  { text: "Is it really that easy!", expect: [] },
  { text: "Do you know where the station is?", expect: [] },
  { text: "Are you free on Friday\nI would like to meet.", expect: [] },
  { text: "We use Node.js, so can we deploy it anywhere.", expect: [] },
];

const spliceCases: RuleCase[] = [
  // fires: a plain clause, a comma, a subject pronoun and a finite verb
  { text: "The restaurant was closed, we had to eat at home.", expect: [", => ;"] },
  { text: "I called her three times, nobody picked up the phone.", expect: [", => ;"] },
  { text: "My sister lives in Madrid, she works as a nurse.", expect: [", => ;"] },
  { text: "The film was very long, I fell asleep in the middle.", expect: [", => ;"] },
  { text: "Yesterday we went to the beach, it was very crowded.", expect: [", => ;"] },
  { text: "The weather was terrible, there was no sun at all.", expect: [", => ;"] },
  { text: "It was a great holiday, everyone enjoyed it.", expect: [", => ;"] },
  { text: "Last summer we visited Greece, it was very hot.", expect: [", => ;"] },
  { text: "The house has three bedrooms, it also has a big garden.", expect: [", => ;"] },
  { text: "The kids were bored, they wanted to go home.", expect: [", => ;"] },
  { text: "I love Paris, it's my favourite city.", expect: [", => ;"] },
  { text: "We rang the bell twice, nobody replied.", expect: [", => ;"] },
  // silent: introductions, subordinate and relative clauses, reporting verbs, set phrases, series
  { text: "If it rains, we will stay at home.", expect: [] },
  { text: "As I said, we need more time.", expect: [] },
  { text: "In my opinion, it is too expensive.", expect: [] },
  { text: "I think, however, that we should wait.", expect: [] },
  { text: "To be honest, I don't like him.", expect: [] },
  { text: "First, we need to buy the tickets.", expect: [] },
  { text: "Yesterday, I met an old friend.", expect: [] },
  { text: "Yes, we can.", expect: [] },
  { text: "Sorry, I can't come tomorrow.", expect: [] },
  { text: "Honestly, I don't know what to do.", expect: [] },
  { text: "I came, I saw, I conquered.", expect: [] },
  { text: "He said, we should leave early.", expect: [] },
  { text: "When I arrived, he was already there.", expect: [] },
  { text: "Although it was late, we went for a walk.", expect: [] },
  { text: "The man who lives next door, he is very kind.", expect: [] },
  { text: "It's not about the money, it's about respect.", expect: [] },
  { text: "I didn't go to the party, I stayed at home.", expect: [] },
  { text: "I'm sorry, I didn't see you there.", expect: [] },
  { text: "You're right, we should leave now.", expect: [] },
  { text: "I'm not sure, it could be Tuesday.", expect: [] },
  { text: "It will be fine, I'm sure.", expect: [] },
  { text: "The hotel was nice, I think.", expect: [] },
  { text: "It's important to rest, I guess.", expect: [] },
  { text: "The truth is, we don't have enough money.", expect: [] },
  { text: "That said, we had a good time.", expect: [] },
  { text: "All things considered, it went well.", expect: [] },
  { text: "I was so tired, I fell asleep on the sofa.", expect: [] },
  { text: "It was such a nice day, we decided to walk.", expect: [] },
  { text: "He's here, she's not.", expect: [] },
  { text: "It's raining, it's cold, and I'm tired.", expect: [] },
  { text: "My brother, he is a doctor.", expect: [] },
  { text: "Dear Anna, I hope you are well.", expect: [] },
  { text: "Hi Tom, we are looking forward to seeing you.", expect: [] },
  { text: "Thank you, we had a wonderful time.", expect: [] },
  { text: "We were late, so we took a taxi.", expect: [] },
  { text: "The more you practise, the better you get.", expect: [] },
  { text: "She told me the shop was closed, we went home.", expect: [] },
  { text: "That's great, I'll book the tickets.", expect: [] },
  { text: "It's OK, I can do it myself.", expect: [] },
  { text: "Take it or leave it, it's up to you.", expect: [] },
  { text: "Come in, we're waiting for you.", expect: [] },
  { text: "I know, it's hard.", expect: [] },
  { text: "It was a long day, wasn't it.", expect: [] },
  { text: "You know what, I'll come with you.", expect: [] },
  { text: "It was my fault, I admit it.", expect: [] },
  { text: "Everything is ready, she replied.", expect: [] },
  { text: "At first it was hard, it got easier later.", expect: [] },
  { text: "\"It's late,\" she said, \"we should go.\"", expect: [] },
  { text: "Even though Node.js runs on one thread, it can serve many clients.", expect: [] },
];

test("punctuation: question mark", () => {
  for (const c of questionCases) checkRule(punctuation, c);
});

test("punctuation: comma splice", () => {
  for (const c of spliceCases) checkRule(punctuation, c);
});

// Round 3: apostrophes, and "however" between two sentences
const apostropheCases: RuleCase[] = [
  { text: "Thank's a lot for the flowers.", expect: ["Thank's => Thanks"] },
  { text: "Sorry, Im late again.", expect: ["Im => I'm"] },
  { text: "We are having dinner at my fathers flat on Sunday.", expect: ["fathers => father's"] },
  { text: "The hotel was lovely, however, the breakfast was cold.", expect: [", => ;"] },
  { text: "The food is cheap, therefore, many students eat there.", expect: [", => ;"] },
];
const apostropheSilent: RuleCase[] = [
  { text: "Thanks for your help.", expect: [] },
  { text: "The IM client crashed.", expect: [] },
  { text: "Both mothers and fathers came to the meeting.", expect: [] },
  { text: "My mothers-in-law are both teachers.", expect: [] },
  { text: "The design, however, is great.", expect: [] },
  { text: "It is, however, the case that prices rose.", expect: [] },
  { text: "The results were, however, disappointing.", expect: [] },
  { text: "Every time I come home, I feel tired.", expect: [] },
  { text: "The moment she arrived, we started dinner.", expect: [] },
];

test("punctuation: apostrophes and linking adverbs", () => {
  for (const c of [...apostropheCases, ...apostropheSilent]) checkRule(punctuation, c);
});

const openerCases: RuleCase[] = [
  { text: "However we decided to stay at home.", expect: ["However => However,"] },
  { text: "The hotel was cheap. Moreover the staff were friendly.", expect: ["Moreover => Moreover,"] },
  { text: "In my opinion the film was far too long.", expect: ["opinion => opinion,"] },
  { text: "For example my brother plays football every day.", expect: ["example => example,"] },
  { text: "On the other hand it costs a lot of money.", expect: ["hand => hand,"] },
  { text: "First of all you need a passport.", expect: ["all => all,"] },
  { text: "Unfortunately the train was late again.", expect: ["Unfortunately => Unfortunately,"] },
  { text: "In conclusion I think uniforms are a good idea.", expect: ["conclusion => conclusion,"] },
];
const openerSilent: RuleCase[] = [
  { text: "However, we decided to stay at home.", expect: [] },
  { text: "However hard I try, I cannot sleep before midnight.", expect: [] },
  { text: "However much it costs, we will buy it.", expect: [] },
  { text: "In addition to the price, the room was small.", expect: [] },
  { text: "As a result of the strike, the trains stopped.", expect: [] },
  { text: "In contrast with last year, sales grew.", expect: [] },
  { text: "We stayed at home. Therefore we missed the party.", expect: [] },
  { text: "Of course she came to the wedding.", expect: [] },
  { text: "For example: the cache.", expect: [] },
  { text: "She said that however we travel, it will take hours.", expect: [] },
  { text: "\"However we go, we will be late,\" he said.", expect: [] },
  { text: "Unfortunately.", expect: [] },
];

test("punctuation: a comma after a linking phrase that opens a sentence", () => {
  for (const c of [...openerCases, ...openerSilent]) checkRule(punctuation, c);
});
test("punctuation: no comma before a 'that' clause", () => {
  checkRule(punctuation, { text: "I think, that somebody ran a heavy report on it.", expect: [", that =>  that"] });
  checkRule(punctuation, { text: "As I said, that is the plan.", expect: [] });
  checkRule(punctuation, { text: "I know, that sounds odd.", expect: [] });
});
