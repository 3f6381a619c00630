/**
 * The comparatives rule: "more/most" with short adjectives and colour before size. Most cases are
 * correct English that looks alike: "more" and "most" as quantifiers, compounds, fixed phrases.
 */
import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { comparatives } from "./comparatives.ts";

const fires: RuleCase[] = [
  // "more ADJ" as a predicate or before "than"
  { text: "My new phone is more cheap than the old one.", expect: ["more cheap => cheaper"] },
  { text: "The second part of the course was more easy.", expect: ["more easy => easier"] },
  { text: "The hike felt much more long than we planned.", expect: ["more long => longer"] },
  { text: "Winters in my town are getting more cold every year.", expect: ["more cold => colder"] },
  { text: "Since the new manager arrived, everyone seems more happy.", expect: ["more happy => happier"] },
  { text: "The market is more busy than usual on Saturdays.", expect: ["more busy => busier"] },
  { text: "Cycling made it more easy for me to get to work.", expect: ["more easy => easier"] },
  { text: "Her flat is more big, but it is more far from the station.", expect: ["more big => bigger", "more far => further"] },
  { text: "Things got a bit more bad after the storm.", expect: ["more bad => worse"] },
  { text: "My brother runs more fast than me.", expect: ["more fast => faster"] },
  { text: "More easy than I thought!", expect: ["More easy => Easier"] },
  // "the/my most ADJ" in the superlative reading
  { text: "That was the most bad meal I have ever eaten.", expect: ["most bad => worst"] },
  { text: "It was the most good concert of the summer.", expect: ["most good => best"] },
  { text: "Which of these jackets is the most cheap?", expect: ["most cheap => cheapest"] },
  { text: "My grandmother is the most old person in the village.", expect: ["most old => oldest"] },
  { text: "Lisbon is one of the most sunny cities in Europe.", expect: ["most sunny => sunniest"] },
  { text: "Our wedding was my most happy day.", expect: ["most happy => happiest"] },
  // colour before size or age
  { text: "She was carrying a blue small suitcase.", expect: ["blue small => small blue"] },
  { text: "We stopped next to a white old church.", expect: ["white old => old white"] },
  { text: "She is the most beautiful girl than I have ever seen.", expect: ["than => that"] },
  { text: "It was the best film than we saw this year.", expect: ["than => that"] },
];

const silent: RuleCase[] = [
  // "most" as "the majority of", and as "very"
  { text: "Most new students find the campus confusing at first.", expect: [] },
  { text: "Most good cooks taste the food while they work.", expect: [] },
  { text: "I would be most happy to show you around.", expect: [] },
  { text: "She is most happy when she is in the garden.", expect: [] },
  // "the most" as the largest amount
  { text: "Which shop sells the most fresh bread?", expect: [] },
  { text: "The team with the most new members won the prize.", expect: [] },
  { text: "Volunteers often do the most good in small towns.", expect: [] },
  { text: "We booked the most cheap rooms we could find.", expect: [] },
  { text: "The village with the most clean water is up the hill.", expect: [] },
  // "more" as a quantifier before a noun
  { text: "The city needs more cheap housing for families.", expect: [] },
  { text: "We ordered more hot drinks for the guests.", expect: [] },
  { text: "There is more old furniture in the garage.", expect: [] },
  { text: "What we need is more clean, safe parks.", expect: [] },
  { text: "It was more hard work than I expected.", expect: [] },
  { text: "Is there any more hot water?", expect: [] },
  { text: "One more big push and we are finished.", expect: [] },
  // fixed phrases, compounds and two qualities compared
  { text: "The more, the merrier.", expect: [] },
  { text: "The more cheap tickets they sell, the fuller the train.", expect: [] },
  { text: "Prices are going up more and more fast.", expect: [] },
  { text: "The shop has more easy-to-carry bags now.", expect: [] },
  { text: "This recipe is more old-fashioned than mine.", expect: [] },
  { text: "Honestly, he was more lucky than clever.", expect: [] },
  { text: "The sofa looks more new than used.", expect: [] },
  { text: "A warm bath will do more good than harm.", expect: [] },
  { text: "It is the most high quality cheese in the shop.", expect: [] },
  { text: "It is the most long-awaited film of the year.", expect: [] },
  { text: "For the most part, the trip went well.", expect: [] },
  // already correct, or harper's double forms ("more better")
  { text: "My new phone is cheaper than the old one.", expect: [] },
  { text: "The book is more better than the film.", expect: [] },
  { text: "It was the most beautiful beach on the island.", expect: [] },
  { text: "She was more tired than angry.", expect: [] },
  // adjective order: already right, separated, or not a colour
  { text: "He has big brown eyes and a small red scooter.", expect: [] },
  { text: "They painted the fence red, big letters on it.", expect: [] },
  { text: "We ate at the Red Lion, a big old pub.", expect: [] },
  { text: "She wore a white long-sleeved shirt.", expect: [] },
  { text: "It was the best film I have seen, better than the book.", expect: [] },
];

for (const c of fires) test(`comparatives fires: ${c.text}`, () => checkRule(comparatives, c));
for (const c of silent) test(`comparatives silent: ${c.text}`, () => checkRule(comparatives, c));
