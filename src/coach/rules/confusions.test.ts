/**
 * The confusions rule: advice/advise, your/you're, quite/quiet, whose/who's, wether, fastly, and
 * capitals for languages, nationalities, days and months. Each pattern has its look-alikes in
 * correct English next to it.
 */
import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { confusions } from "./confusions.ts";

const fires: RuleCase[] = [
  // advice as a verb, advise as a noun
  { text: "The pharmacist advice me to take the pills with food.", expect: ["advice => advised"] },
  { text: "Our coach always advice us to stretch first.", expect: ["advice => advises"] },
  { text: "We advice you to book early in summer.", expect: ["advice => advise"] },
  { text: "Could you advice me on a good hotel?", expect: ["advice => advise"] },
  { text: "Thanks a lot for your advise.", expect: ["advise => advice"] },
  { text: "She gave me a very useful advise about the interview.", expect: ["advise => advice"] },
  { text: "I asked my uncle for advise.", expect: ["advise => advice"] },
  // your for you're
  { text: "Your welcome, it was no trouble at all.", expect: ["Your => You're"] },
  { text: "Thanks for the lift! - Your welcome!", expect: ["Your => You're"] },
  { text: "Your welcome to use our kitchen.", expect: ["Your => You're"] },
  { text: "Yes, your right, the shop closes at six.", expect: ["your => you're"] },
  { text: "I think your right about the weather.", expect: ["your => you're"] },
  { text: "I bet your going to enjoy the show.", expect: ["your => you're"] },
  { text: "Your kidding!", expect: ["Your => You're"] },
  { text: "Your not allowed to swim here.", expect: ["Your => You're"] },
  // quite for quiet
  { text: "The park is very quite in the early morning.", expect: ["quite => quiet"] },
  { text: "Please be quite, the baby is asleep.", expect: ["quite => quiet"] },
  { text: "The whole class went quite when the teacher came in.", expect: ["quite => quiet"] },
  { text: "Our neighbours are nice and quite.", expect: ["quite => quiet"] },
  { text: "I need a quite place to read.", expect: ["quite => quiet"] },
  { text: "The streets stay quite at night.", expect: ["quite => quiet"] },
  // whose / who's
  { text: "Whose driving us to the airport tomorrow?", expect: ["Whose => Who's"] },
  { text: "Do you know whose coming to dinner?", expect: ["whose => who's"] },
  { text: "Whose ready for the next game?", expect: ["Whose => Who's"] },
  { text: "Whose in charge of the music?", expect: ["Whose => Who's"] },
  { text: "Who's umbrella is this?", expect: ["Who's => Whose"] },
  { text: "Who’s coat was left on the train?", expect: ["Who’s => Whose"] },
  { text: "The boy who's bike was stolen is my cousin.", expect: ["who's => whose"] },
  // wether, fastly
  { text: "I can't decide wether to take the bus or walk.", expect: ["wether => whether"] },
  { text: "Wether it rains or not, we are going.", expect: ["Wether => Whether"] },
  { text: "My sister types really fastly.", expect: ["fastly => fast"] },
  // capitals
  { text: "My husband speaks english and a little french.", expect: ["english => English", "french => French"] },
  { text: "Her french is better than mine.", expect: ["french => French"] },
  { text: "We had lunch in a korean restaurant.", expect: ["korean => Korean"] },
  { text: "He has been learning dutch for a year.", expect: ["dutch => Dutch"] },
  { text: "Our polish neighbours invited us for dinner.", expect: ["polish => Polish"] },
  { text: "The museum is closed on tuesdays and opens again in april.", expect: ["tuesdays => Tuesdays", "april => April"] },
  { text: "See you next wednesday!", expect: ["wednesday => Wednesday"] },
];

const silent: RuleCase[] = [
  // advice and advise used correctly
  { text: "My doctor advised me to rest.", expect: [] },
  { text: "The advice you gave me was really helpful.", expect: [] },
  { text: "Can I ask you for some advice?", expect: [] },
  { text: "Experts advise people to drink more water.", expect: [] },
  { text: "Some advise caution, others are less worried.", expect: [] },
  { text: "I'll let her advise you on the menu.", expect: [] },
  // your as a possessive
  { text: "Thank you for your welcome, we felt at home.", expect: [] },
  { text: "Your welcome pack is at the reception.", expect: [] },
  { text: "Your welcome to the new neighbours was lovely.", expect: [] },
  { text: "Voting is your right.", expect: [] },
  { text: "The bakery is on your right.", expect: [] },
  { text: "Your right knee looks swollen.", expect: [] },
  { text: "We really appreciate your coming.", expect: [] },
  { text: "Your going to the gym every day is impressive.", expect: [] },
  { text: "I know your going to work early worries you.", expect: [] },
  { text: "You're welcome to stay.", expect: [] },
  { text: "Your not-for-profit group is great.", expect: [] },
  // quite as an adverb
  { text: "I'm not quite sure what you mean.", expect: [] },
  { text: "There were quite a few people at the market.", expect: [] },
  { text: "The film was quite long but quite good.", expect: [] },
  { text: "I don't quite understand the rules.", expect: [] },
  { text: "Not quite.", expect: [] },
  { text: "Quite!", expect: [] },
  { text: "This soup is quite like my mother's.", expect: [] },
  { text: "After a week, I felt quite at home.", expect: [] },
  { text: "The evening was quite, quite perfect.", expect: [] },
  { text: "It is quite so simple.", expect: [] },
  { text: "The room was quite\nsmall and dark.", expect: [] },
  { text: "I'm quite in the dark about their plans.", expect: [] },
  { text: "She was quite at the top of her class.", expect: [] },
  { text: "It was quite, you know, hard to say.", expect: [] },
  { text: "Our bus is quite on time today.", expect: [] },
  // whose and who's used correctly
  { text: "Whose bike is parked outside?", expect: [] },
  { text: "Whose painting is hanging in the hall?", expect: [] },
  { text: "The girl whose dog ran away is very sad.", expect: [] },
  { text: "Whose wedding was it?", expect: [] },
  { text: "Whose is this scarf?", expect: [] },
  { text: "Who's coming to the cinema tonight?", expect: [] },
  { text: "Who's there?", expect: [] },
  { text: "Who's Maria?", expect: [] },
  { text: "Who's right is another question.", expect: [] },
  { text: "Who's next is up to the judges.", expect: [] },
  // weather, the animal, hardly
  { text: "The wether is a castrated ram.", expect: [] },
  { text: "He hardly eats anything in the morning.", expect: [] },
  { text: "She runs fast.", expect: [] },
  // ordinary words and code, not names
  { text: "We ordered french fries and french toast.", expect: [] },
  { text: "Please polish the silver before the party.", expect: [] },
  { text: "The table needs a bit more polish.", expect: [] },
  { text: "Let's go dutch on the bill.", expect: [] },
  { text: "I had a danish with my coffee.", expect: [] },
  { text: "They served turkey on china plates.", expect: [] },
  { text: "We may visit them in march or august.", expect: [] },
  { text: "Set the locale to `english` in settings.json.", expect: [] },
  { text: "The page is at example.com/monday/menu.", expect: [] },
  { text: "I speak English and French.", expect: [] },
];

// "a lot", "every day" as a time phrase, "can't" and "won't" without their apostrophe
fires.push(
  { text: "I have alot of homework this week.", expect: ["alot => a lot"] },
  { text: "I go to the gym everyday.", expect: ["everyday => every day"] },
  { text: "Everyday I walk to school with my sister.", expect: ["Everyday => Every day"] },
  { text: "We practise everyday, even on Sundays.", expect: ["everyday => every day"] },
  { text: "We cant come to the party tomorrow.", expect: ["cant => can't"] },
  { text: "Every people needs love and friends.", expect: ["Every people => Everyone"] },
  { text: "The old printer wont print in colour.", expect: ["wont => won't"] },
);
silent.push(
  { text: "Thanks a lot for the flowers.", expect: [] },
  { text: "Every person needs love, and all people need friends.", expect: [] },
  { text: "Everyday life in a big city is expensive.", expect: [] },
  { text: "Cooking is an everyday task for me.", expect: [] },
  { text: "We bought the book Everyday English for beginners.", expect: [] },
  { text: "I can't come and he won't either.", expect: [] },
  { text: "She was wont to sing in the mornings.", expect: [] },
);

for (const c of fires) test(`confusions fires: ${c.text}`, () => checkRule(confusions, c));
for (const c of silent) test(`confusions silent: ${c.text}`, () => checkRule(confusions, c));
test("confusions: 'their' for a place after a verb of going or being", () => {
  for (const c of [
    { text: "I will go their tomorrow.", expect: ["their => there"] },
    { text: "We lived their for two years.", expect: ["their => there"] },
    { text: "I want to go their.", expect: ["their => there"] },
    { text: "They went their own way.", expect: [] },
    { text: "The kids were their parents' pride.", expect: [] },
    { text: "It was their last chance.", expect: [] },
  ]) checkRule(confusions, c);
});
