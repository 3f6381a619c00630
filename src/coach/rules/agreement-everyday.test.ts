/**
 * The everyday families of the agreement, number and pronoun rules: plural subjects with a
 * prepositional phrase or a relative clause, the second verb of a coordination, "does he knows",
 * "this clothes", plurals after counting words, "what"/"who" as wrong relatives. Each family has
 * the correct English that looks like it next to it, where the rules must stay silent.
 */
import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { agreement } from "./agreement.ts";
import { number } from "./number.ts";
import { pronouns } from "./pronouns.ts";

const agreementCases: RuleCase[] = [
  // fires
  { text: "The girls in my group has a great teacher.", expect: ["has => have"] },
  { text: "Most shops on our street was closed on Sunday.", expect: ["was => were"] },
  { text: "My neighbours who lives upstairs are very noisy.", expect: ["lives => live"] },
  { text: "The children who plays in the yard are loud.", expect: ["plays => play"] },
  { text: "Everyone who want a ticket should ask at the desk.", expect: ["want => wants"] },
  { text: "I will give a prize to anybody who like my poem.", expect: ["like => likes"] },
  { text: "Does your sister speaks French?", expect: ["speaks => speak"] },
  { text: "Do they wants more coffee?", expect: ["wants => want"] },
  { text: "This trousers are too long for me.", expect: ["This => These"] },
  { text: "My parents works in a bank and lives near the river.", expect: ["works => work", "lives => live"] },
  { text: "We think that flight delays was the main problem.", expect: ["was => were"] },
  { text: "The food was cold, and young children was crying everywhere.", expect: ["was => were"] },
  { text: "There is also three cats in the garden.", expect: ["is => are"] },
  { text: "There was too many people at the concert.", expect: ["was => were"] },
  { text: "There is four or five bikes outside.", expect: ["is => are"] },
  { text: "The printer always don't work on Mondays.", expect: ["do => does"] },
  { text: "Our kettle still make a strange noise.", expect: ["make => makes"] },
  { text: "I think the teacher need to hear this.", expect: ["need => needs"] },
  { text: "I believe the printer do the job well.", expect: ["do => does"] },
  { text: "The trip was fine, but the hotel were dirty.", expect: ["were => was"] },
  { text: "If a parcel arrive late, the shop sends a voucher.", expect: ["arrive => arrives"] },
  { text: "It is unfair, because not every child have a garden.", expect: ["have => has"] },
  { text: "Every evening the traffic block the main road.", expect: ["block => blocks"] },
  // silent: correct English that looks similar
  { text: "The girls in my group have a great teacher.", expect: [] },
  { text: "The cost of the repairs is high.", expect: [] },
  { text: "One of the houses in the village has a red roof.", expect: [] },
  { text: "The number of cars in the city has doubled.", expect: [] },
  { text: "Everyone in the photos is smiling.", expect: [] },
  { text: "My neighbours who live upstairs are very noisy.", expect: [] },
  { text: "She is one of the people who makes this city special.", expect: [] },
  { text: "Anyone who wants a ticket should ask.", expect: [] },
  { text: "Does your sister speak French?", expect: [] },
  { text: "What does this mean for us?", expect: [] },
  { text: "These trousers are too long for me.", expect: [] },
  { text: "He said that people are tired of waiting.", expect: [] },
  { text: "My parents work in a bank and live near the river.", expect: [] },
  { text: "She wants to see a film that starts at eight and ends at ten.", expect: [] },
  { text: "The train leaves at nine and arrives at noon.", expect: [] },
  { text: "Fish and chips is my favourite dinner.", expect: [] },
  { text: "Ten minutes is not enough for lunch.", expect: [] },
  { text: "Five euros is too much for a coffee.", expect: [] },
  { text: "Does your sister's car need petrol?", expect: [] },
  { text: "Sales is the department I work in.", expect: [] },
  { text: "There is also a small park near the station.", expect: [] },
  { text: "There were too many people at the concert.", expect: [] },
  { text: "If the hotel were cheaper, we would stay longer.", expect: [] },
  { text: "I suggest that the teacher repeat the lesson.", expect: [] },
  { text: "It is important that the patient rest for a week.", expect: [] },
  { text: "A visitor need not book in advance.", expect: [] },
  { text: "The rest have already gone home.", expect: [] },
  { text: "Let the kettle cool before you clean it.", expect: [] },
  { text: "Please check the logs, the hash map in the matching job, and the tests.", expect: [] },
  { text: "Even a city with a million people is quiet at night.", expect: [] },
  { text: "The equipment in the gym is new.", expect: [] },
  { text: "Our team have won the cup.", expect: [] },
  { text: "Dear IT support, my laptop does not start.", expect: [] },
  { text: "The teacher lets every child choose a book.", expect: [] },
  { text: "The news about the floods is terrible.", expect: [] },
  { text: "Every picture frame in the hall is crooked.", expect: [] },
  { text: "Ask Tom so he does the small repairs for us.", expect: [] },
  { text: "Hold it just like a pencil.", expect: [] },
  { text: "The new bike shed for the neighbours will be ready soon.", expect: [] },
  { text: "Returns the shipping address for the order.", expect: [] },
  { text: "Copy the recipe card to your notebook.", expect: [] },
  { text: "The word \"You\" includes everyone here.", expect: [] },
];

const numberCases: RuleCase[] = [
  // fires
  { text: "We bought three sandwich for the trip.", expect: ["sandwich => sandwiches"] },
  { text: "She waited twenty minute for the bus.", expect: ["minute => minutes"] },
  { text: "One of my cousin lives in Chile.", expect: ["cousin => cousins"] },
  { text: "It is one of the best restaurant in town.", expect: ["restaurant => restaurants"] },
  { text: "Hundreds of tourist came to the castle.", expect: ["tourist => tourists"] },
  { text: "I need two more week to finish the essay.", expect: ["week => weeks"] },
  { text: "The city spends million of euros on roads.", expect: ["million => millions"] },
  { text: "My boss is on holidays this week.", expect: ["holidays => holiday"] },
  { text: "Kind regard, Anna", expect: ["regard => regards"] },
  { text: "We met 12 student from Brazil.", expect: ["student => students"] },
  // silent
  { text: "We bought three sandwiches for the trip.", expect: [] },
  { text: "We went for a thirty-minute walk.", expect: [] },
  { text: "It was a two hour drive.", expect: [] },
  { text: "Our son is a two year old boy.", expect: [] },
  { text: "Take bus 42 to the station.", expect: [] },
  { text: "You get a 404 page when the link is broken.", expect: [] },
  { text: "One of my friend's sisters is a nurse.", expect: [] },
  { text: "One of the biggest problems is the noise.", expect: [] },
  { text: "Two million people live in the city.", expect: [] },
  { text: "A million of them came.", expect: [] },
  { text: "The shop is closed on holidays.", expect: [] },
  { text: "Kind regards, Anna", expect: [] },
  { text: "She sent her regards to everyone.", expect: [] },
  { text: "Many book their flights months ahead.", expect: [] },
  { text: "Thousands of people visit the castle.", expect: [] },
  { text: "We let a few test users in early.", expect: [] },
  { text: "Several bus and train lines stop here.", expect: [] },
  { text: "It works in both city and country areas.", expect: [] },
  { text: "The v2.4 release fixed the bug.", expect: [] },
  // "enough" counts a plural of things and people (but "enough room", "good enough car")
  { text: "Our village doesn't have enough bus stop for the children.", expect: [] },
  { text: "There aren't enough parking space and enough bench in the park.", expect: ["bench => benches"] },
  { text: "We never have enough chair for the whole family.", expect: ["chair => chairs"] },
  { text: "There are not enough teacher in rural schools.", expect: ["teacher => teachers"] },
  { text: "Is there enough room for my bike in the hall?", expect: [] },
  { text: "This is a big enough flat for two people.", expect: [] },
  { text: "We have enough teacher support this year.", expect: [] },
  { text: "There is enough cake for everyone.", expect: [] },
  { text: "I've had enough of this book.", expect: [] },
];

const pronounCases: RuleCase[] = [
  // fires
  { text: "The ticket cost ten euros, what is cheap for London.", expect: ["what => which"] },
  { text: "We walked home in the rain, what we had never done before.", expect: ["what => which"] },
  { text: "The cake what she made was delicious.", expect: ["what => that"] },
  { text: "Where is the bag who was on the chair?", expect: ["who => that"] },
  { text: "I would appreciate if you could call me.", expect: ["appreciate => appreciate it"] },
  { text: "She appreciates when people say thank you.", expect: ["appreciates => appreciates it"] },
  // silent
  { text: "I know what she made.", expect: [] },
  { text: "Well, what I mean is that we are late.", expect: [] },
  { text: "I asked her, what is the problem?", expect: [] },
  { text: "After the meeting, what they did was brave.", expect: [] },
  { text: "Tell me what you think about the film.", expect: [] },
  { text: "The cake that she made was delicious.", expect: [] },
  { text: "The man who was on the bus waved.", expect: [] },
  { text: "I asked the driver who was responsible.", expect: [] },
  { text: "I would appreciate it if you could call me.", expect: [] },
  { text: "We appreciate your help.", expect: [] },
];

// a plural without -s opening the sentence
agreementCases.push(
  { text: "People is very friendly in my town.", expect: ["is => are"] },
  { text: "Children was playing in the street.", expect: ["was => were"] },
  { text: "People has different opinions about it.", expect: ["has => have"] },
  { text: "People are very friendly in my town.", expect: [] },
  { text: "Children's books are expensive.", expect: [] },
);

test("agreement: everyday subject–verb families", () => {
  for (const c of agreementCases) checkRule(agreement, c);
});

test("number: plurals after counting words", () => {
  for (const c of numberCases) checkRule(number, c);
});

pronounCases.push(
  { text: "Between you and I, the plan is a secret.", expect: ["I => me"] },
  { text: "She made dinner for him and I last night.", expect: ["I => me"] },
  { text: "It is for you and I to decide.", expect: [] },
  { text: "You and I should talk.", expect: [] },
);

test("pronouns: relatives and appreciate it", () => {
  for (const c of pronounCases) checkRule(pronouns, c);
});

const uncountableAfterLot: RuleCase[] = [
  { text: "There are a lot of traffic in the city today.", expect: ["are => is"] },
  { text: "There were lots of information on the website.", expect: ["were => was"] },
  { text: "There is a lot of traffic today.", expect: [] },
  { text: "There are a lot of traffic lights in this street.", expect: [] },
  { text: "There are a lot of software engineers here.", expect: [] },
];
const both: RuleCase[] = [
  { text: "Both of them is working on the new feature.", expect: ["is => are"] },
  { text: "Both my brothers was at the party.", expect: ["was => were"] },
  { text: "Both Anna and Tom is coming tonight.", expect: ["is => are"] },
  { text: "Both of them are working.", expect: [] },
  { text: "I like both, but neither is perfect.", expect: [] },
  { text: "The report covers both and is ready.", expect: [] },
];
test("agreement: 'there are a lot of' + an uncountable noun", () => { for (const c of uncountableAfterLot) checkRule(agreement, c); });
test("agreement: a subject with 'both' is plural", () => { for (const c of both) checkRule(agreement, c); });
test("agreement: subjects in -s that are one thing", () => {
  for (const c of [
    { text: "Mathematics are difficult for me.", expect: ["are => is"] },
    { text: "Physics is fun.", expect: [] },
    { text: "Politics are a dirty game here.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: 'the police' is plural, 'the price of' is singular", () => {
  for (const c of [
    { text: "The police is looking for him.", expect: ["is => are"] },
    { text: "The price of the tickets are too high.", expect: ["are => is"] },
    { text: "The police are here.", expect: [] },
    { text: "The price of the tickets is too high.", expect: [] },
  ]) checkRule(agreement, c);
});
test("number: 'a lot of' and 'many' count a plural", () => {
  for (const c of [
    { text: "I have a lot of friend in this city.", expect: ["friend => friends"] },
    { text: "There are many thing to do.", expect: ["thing => things"] },
    { text: "We have a lot of room for it.", expect: [] },
    { text: "I ate a lot of cake.", expect: [] },
  ]) checkRule(number, c);
});
test("number: 'one of the test programs that …' is a compound with its plural head", () => {
  checkRule(number, { text: "Try one of the test programs that are built in the tests folder.", expect: [] });
  checkRule(number, { text: "One of my cousin lives in Rome.", expect: ["cousin => cousins"] });
});
test("agreement: code verbs the tagger reads as nouns", () => {
  for (const c of [
    { text: "This function return a list of users.", expect: ["return => returns"] },
    { text: "This endpoint allow users to upload files.", expect: ["allow => allows"] },
    { text: "The service call count is high.", expect: [] },
    { text: "This function return value is ignored.", expect: [] },
    { text: "The team allow users to vote.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: a compound subject before its real verb", () => {
  for (const text of ["The declaration file exports types for the API.", "That configuration file lists a number of services.", "The Jenkins release build workers upload their artifacts."]) checkRule(agreement, { text, expect: [] });
});
test("agreement: a person and what they do, and verbs that are never nouns, before a bare object", () => {
  for (const c of [
    { text: "My brother play football every weekend.", expect: ["play => plays"] },
    { text: "My sister like football.", expect: ["like => likes"] },
    { text: "My mother speak three languages.", expect: ["speak => speaks"] },
    { text: "My father work in a bank.", expect: ["work => works"] },
    { text: "The price include breakfast.", expect: ["include => includes"] },
    { text: "When my brother play football, he is happy.", expect: ["play => plays"] },
    // the verb, and not the noun after it, is what is flagged
    { text: "My sister cook dinner every day.", expect: ["cook => cooks"] },
    // nouns after a person, and a person as a modifier
    { text: "My mother tongue is Polish.", expect: [] },
    { text: "The student work is marked on Fridays.", expect: [] },
    { text: "My friend request was ignored.", expect: [] },
    { text: "The doctor visit took an hour.", expect: [] },
    { text: "My sister, like me, loves jazz.", expect: [] },
    { text: "The teacher study guide is online.", expect: [] },
    { text: "My father works in a bank.", expect: [] },
    { text: "The price includes breakfast.", expect: [] },
    { text: "The price list shows every room.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: every member of a group, part of many, and people after an opening word", () => {
  for (const c of [
    { text: "Every member of the staff were polite.", expect: ["were => was"] },
    { text: "Almost half of the students admits it.", expect: ["admits => admit"] },
    { text: "Millions of people spends hours in their cars.", expect: ["spends => spend"] },
    { text: "Moreover, people usually shows only the best moments.", expect: ["shows => show"] },
    { text: "It is essential that every student have enough time.", expect: [] },
    { text: "The lead suggested that each meeting have an agenda.", expect: [] },
    { text: "Every member of the team is here.", expect: [] },
    { text: "Half of the cake was eaten.", expect: [] },
    { text: "Most of the students are here.", expect: [] },
    { text: "Some of the data is missing.", expect: [] },
    { text: "I gave half of the apples to him.", expect: [] },
    { text: "Moreover, people usually show only the best moments.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: a subject keeps its number across a relative clause", () => {
  for (const c of [
    { text: "Teenagers who spend more than three hours a day online is more likely to feel anxious.", expect: ["is => are"] },
    { text: "The waiter who served us were friendly.", expect: ["were => was"] },
    { text: "Students who work late in the evening doesn't have enough time to rest.", expect: ["doesn't => don't"] },
    { text: "The man who lives next door are very loud.", expect: ["are => is"] },
    { text: "The servers that handle the traffic is overloaded.", expect: ["is => are"] },
    { text: "The teams that own a service are on call.", expect: [] },
    { text: "The people who said the server is down were wrong.", expect: [] },
    { text: "The man who can drive has a car.", expect: [] },
    { text: "The change that we made to the config files is live.", expect: [] },
    { text: "Users who have not logged in for a year are deleted.", expect: [] },
    { text: "The data that we collected is clean.", expect: [] },
    { text: "The team that owns the services are on call.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: a subject keeps its number across a clause between commas", () => {
  for (const c of [
    { text: "The daily stand-up, which should take fifteen minutes, often take half an hour.", expect: ["take => takes"] },
    { text: "The servers, which run in Frankfurt, handles most traffic.", expect: ["handles => handle"] },
    { text: "The service, which runs in Frankfurt, handles most traffic.", expect: [] },
    { text: "The report, which I wrote, covers the outage.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: a report and what it does", () => {
  for (const c of [
    { text: "This report summarise the main points.", expect: ["summarise => summarises"] },
    { text: "The outline covers it.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: 'there' with a number and a misread plural, and with one thing", () => {
  for (const c of [
    { text: "On Friday night there was two alerts about high latency.", expect: ["was => were"] },
    { text: "Inside there are a new charger for my laptop.", expect: ["are => is"] },
    { text: "There are a new charger and a cable.", expect: [] },
    { text: "There are a few problems.", expect: [] },
    { text: "There are a number of problems.", expect: [] },
  ]) checkRule(agreement, c);
});
test("agreement: 'there are a ton of …', 'a handful of …' are many", () => {
  for (const text of ["There are a ton of interrupts.", "There were a handful of places.", "There are a great many options."]) checkRule(agreement, { text, expect: [] });
});
