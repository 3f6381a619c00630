/**
 * The verb-forms rule: where each of its patterns must fire (with the replacement) and the correct
 * English that looks like them, where it must stay silent.
 */
import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { verbForms } from "./verb-forms.ts";

const usedTo: RuleCase[] = [
  // fires: "use to" for a past habit, with the subject opening its clause
  { text: "When I was a child we use to play outside.", expect: ["use => used"] },
  { text: "When I was small, my brothers and I use to fish in the river.", expect: ["use => used"] },
  { text: "As a teenager, I use to skate every afternoon.", expect: ["use => used"] },
  { text: "My grandparents use to live on a farm.", expect: ["use => used"] },
  { text: "People use to write letters by hand.", expect: ["use => used"] },
  { text: "We use to deploy on Fridays, but now we don't.", expect: ["use => used"] },
  { text: "Years ago we use to meet every Friday.", expect: ["use => used"] },
  { text: "When we lived in Spain we use to eat late.", expect: ["use => used"] },
  // silent: "did/didn't use to", "use X to", relative clauses and questions, "to-do"
  { text: "I didn't use to like coffee.", expect: [] },
  { text: "Did you use to live here?", expect: [] },
  { text: "What tool do you use to deploy?", expect: [] },
  { text: "The library we use to parse JSON is small.", expect: [] },
  { text: "This is the script I use to clean the cache.", expect: [] },
  { text: "I got to use to the cold weather.", expect: [] },
  { text: "We use to-do lists to plan the sprint.", expect: [] },
  { text: "The tool that they use to build images is slow.", expect: [] },
  { text: "Kubernetes, which we use to run the services, is hard to learn.", expect: [] },
  { text: "It is the thing I always use to check logs.", expect: [] },
  { text: "The students we teach use to practise their skills.", expect: [] },
  { text: "I used to work late.", expect: [] },
  { text: "When I opened the tool we use to deploy it crashed.", expect: [] },
  { text: "When I was a child, the tool we use to deploy was Jenkins.", expect: [] },
];

const usedToIng: RuleCase[] = [
  // fires: a person "is/gets used to" + a bare verb
  { text: "I am used to work late.", expect: ["work => working"] },
  { text: "She got used to drive on the left.", expect: ["drive => driving"] },
  { text: "I'm used to wake up early.", expect: ["wake => waking"] },
  { text: "We're getting used to eat dinner at nine.", expect: ["eat => eating"] },
  { text: "My colleagues are used to deal with angry customers.", expect: ["deal => dealing"] },
  { text: "I'll never get used to hear that noise.", expect: ["hear => hearing"] },
  // silent: the passive of "use" (a thing as subject), nouns after "used to", the -ing form
  { text: "This tool is used to build images.", expect: [] },
  { text: "It is used to store sessions.", expect: [] },
  { text: "That library was used to parse the files.", expect: [] },
  { text: "They are used to run the nightly jobs.", expect: [] },
  { text: "The script is used to clean up old branches.", expect: [] },
  { text: "I'm used to hard work.", expect: [] },
  { text: "I am used to work.", expect: [] },
  { text: "She is used to the noise.", expect: [] },
  { text: "We got used to living abroad.", expect: [] },
  { text: "We are used to better service in this hotel.", expect: [] },
];

const prepositionIng: RuleCase[] = [
  // fires: a preposition + a bare verb with its object
  { text: "Thank you for invite me to the party.", expect: ["invite => inviting"] },
  { text: "Thanks for help me with the move.", expect: ["help => helping"] },
  { text: "Before start the server, check the config.", expect: ["start => starting"] },
  { text: "Instead of use a loop, call map.", expect: ["use => using"] },
  { text: "He left without check the logs.", expect: ["check => checking"] },
  { text: "I'm interested in learn new languages.", expect: ["learn => learning"] },
  { text: "He worked on improve the build for a month.", expect: ["improve => improving"] },
  { text: "After read the book, I understood the problem.", expect: ["read => reading"] },
  { text: "I object to pay this extra fee.", expect: ["pay => paying"] },
  { text: "He is responsible for make sure the tests pass.", expect: ["make => making"] },
  { text: "When it comes to choose a framework, we pick the boring one.", expect: ["choose => choosing"] },
  // silent: nouns that look like verbs, "to" as an infinitive, phrasal verbs, "do nothing but"
  { text: "The manual is for use by the whole team.", expect: [] },
  { text: "For example the server restarts every night.", expect: [] },
  { text: "After work the team went for a drink.", expect: [] },
  { text: "I asked for help the first time.", expect: [] },
  { text: "Without help the system would fail.", expect: [] },
  { text: "Once you are logged in open the settings page.", expect: [] },
  { text: "After sign in open the dashboard.", expect: [] },
  { text: "It's a tool for use in production.", expect: [] },
  { text: "I kind of get the idea.", expect: [] },
  { text: "Stop by see us sometime.", expect: [] },
  { text: "It does nothing besides add an event.", expect: [] },
  { text: "We need to check the logs before we start the server.", expect: [] },
  { text: "Select the object to move and drag it.", expect: [] },
  { text: "Thanks for inviting me.", expect: [] },
  { text: "We couldn't deploy it without rebasing them first.", expect: [] },
];

const spendIng: RuleCase[] = [
  { text: "I spend two hours to prepare dinner.", expect: ["to prepare => preparing"] },
  { text: "We spent the whole weekend to paint the kitchen.", expect: ["to paint => painting"] },
  { text: "She spends a lot of time to talk on the phone.", expect: ["to talk => talking"] },
  // silent: money, a place in between, "take", the -ing form, "to the day"
  { text: "I spent the money to buy a car.", expect: [] },
  { text: "We spent two days in Rome to see the museums.", expect: [] },
  { text: "It takes two hours to prepare dinner.", expect: [] },
  { text: "I spent three hours preparing dinner.", expect: [] },
  { text: "We spent two years to the day on it.", expect: [] },
];

const participlePast: RuleCase[] = [
  { text: "I seen him yesterday.", expect: ["seen => saw"] },
  { text: "We done the work before lunch.", expect: ["done => did"] },
  { text: "They gone home early.", expect: ["gone => went"] },
  { text: "When I got there, they eaten everything.", expect: ["eaten => ate"] },
  { text: "I been to Paris twice.", expect: ["been => have been"] },
  { text: "He known her since school.", expect: ["known => has known"] },
  { text: "I seen this film three times.", expect: ["seen => have seen"] },
  // silent: with "have", questions, a dropped "be" ("we done."), "you" as an object
  { text: "I have seen him.", expect: [] },
  { text: "Have you seen my keys?", expect: [] },
  { text: "You seen my keys?", expect: [] },
  { text: "We done.", expect: [] },
  { text: "They known as the best team.", expect: [] },
  { text: "I want you gone by five.", expect: [] },
  { text: "With them gone, the office was quiet.", expect: [] },
  { text: "If you've seen it, tell me.", expect: [] },
  { text: "The tickets we bought are gone.", expect: [] },
  { text: "They grown up now.", expect: [] },
];

const wouldCould: RuleCase[] = [
  { text: "I would be grateful if you can send me the file.", expect: ["can => could"] },
  { text: "We'd be very happy if you can join us on Friday.", expect: ["can => could"] },
  { text: "I would appreciate it if you can reply soon.", expect: ["can => could"] },
  { text: "I would be grateful if you could send me the file.", expect: [] },
  { text: "I will be happy if you can come.", expect: [] },
  { text: "I'm happy if you can join.", expect: [] },
  { text: "I would say they are happy if you can help.", expect: [] },
];

const modalBe: RuleCase[] = [
  { text: "Universities should free for everyone.", expect: ["should free => should be free"] },
  { text: "It will expensive.", expect: ["will expensive => will be expensive"] },
  { text: "You'll able to see it from the window.", expect: ["'ll able => 'll be able"] },
  { text: "It won't cheap.", expect: ["won't cheap => won't be cheap"] },
  { text: "He must tired after the trip.", expect: ["must tired => must be tired"] },
  { text: "The meeting will late.", expect: ["will late => will be late"] },
  // silent: adjectives that are also verbs without an object, questions, adverbs, nouns after
  { text: "The shop will open at nine.", expect: [] },
  { text: "The paint should dry by morning.", expect: [] },
  { text: "The road will clear soon.", expect: [] },
  { text: "Will important data be lost?", expect: [] },
  { text: "Can new users sign up?", expect: [] },
  { text: "It will likely fail.", expect: [] },
  { text: "You can sure try it.", expect: [] },
  { text: "We should free up some memory.", expect: [] },
  { text: "The police will fine drivers who speed.", expect: [] },
  { text: "Free will is a hard topic.", expect: [] },
  { text: "In May important changes happened.", expect: [] },
  { text: "What could possible go wrong?", expect: [] },
  { text: "Call me when you can, happy to help.", expect: [] },
];

const missingIt: RuleCase[] = [
  { text: "Was raining all day.", expect: ["Was => It was"] },
  { text: "Is snowing again.", expect: ["Is => It is"] },
  { text: "When we left the party, was very dark outside.", expect: ["was => it was"] },
  { text: "Because the train was late, is important to leave early.", expect: ["is => it is"] },
  { text: "I stayed home because was raining.", expect: ["was => it was"] },
  // silent: questions, a noun after the adjective, a subject shared across a list, no clause before
  // the comma; sentence-initial "Is important to …" is the grammar rule's
  { text: "Is important to sleep well.", expect: [] },
  { text: "Is it important?", expect: [] },
  { text: "Is important data lost?", expect: [] },
  { text: "When I woke up, was it raining?", expect: [] },
  { text: "The server restarted, was healthy for an hour, then crashed.", expect: [] },
  { text: "When the job failed, was the cache empty?", expect: [] },
  { text: "As a result, was slow.", expect: [] },
  { text: "When I asked, was told to wait.", expect: [] },
  { text: "When the server restarted, was back online.", expect: [] },
];

const tables: Record<string, RuleCase[]> = { usedTo, usedToIng, prepositionIng, spendIng, participlePast, wouldCould, modalBe, missingIt };
for (const [name, cases] of Object.entries(tables)) {
  test(`verb-forms: ${name}`, () => {
    for (const c of cases) checkRule(verbForms, c);
  });
}
