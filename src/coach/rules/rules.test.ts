/**
 * Every rule with its table of cases: texts where it must fire (with the quote and, after "=>",
 * the replacement) and texts where it must stay silent. One file so that one process runs them all.
 */
import { test } from "node:test";
import { agreement } from "./agreement.ts";
import { articles } from "./articles.ts";
import assert from "node:assert/strict";
import { checkRule, testNlp, type RuleCase } from "../test-support.ts";
import { analyze } from "../text/analyze.ts";
import { contextFor } from "./rule.ts";
import { fillers } from "./fillers.ts";
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
import { number } from "./number.ts";
import { grammar } from "./grammar.ts";
import { wordOrder } from "./word-order.ts";

// --- agreement ---------------------------------------------------------------------------------

const agreementCases: RuleCase[] = [
  // silent: coordinated subjects, nouns the tagger reads as verbs, objects
  { text: "The data lives in the index, so the table and the index are the same structure.", expect: [] },
  { text: "The board is current because every score update goes to Redis first.", expect: [] },
  { text: "Send an idempotency key with each ledger write and enforce it with a unique index.", expect: [] },
  { text: "We fixed the pricing test coverage and the framework upgrade, instead of a rewrite.", expect: [] },
  { text: "GET is safe and doesn't change anything, PUT and DELETE are idempotent.", expect: [] },
  { text: "The cache hit rate are too low this week.", expect: ["are => is"] },
  { text: "Findings from the yearly penetration test are tracked as tickets.", expect: [] },
  { text: "The client retried the call when it hit a two-second timeout.", expect: [] },
  { text: "The gateway checks tokens, so the services behind it don't need the keys.", expect: [] },
  { text: "When is it better than an end-to-end test?", expect: [] },
  { text: "I'll follow the guide and send you notes tomorrow.", expect: [] },
  { text: "Check the nginx error log; the upstream timed out.", expect: [] },
  { text: "The review was approved, so the system let it through.", expect: [] },
  { text: "The new engineer spelt it wrong in the config.", expect: [] },
  { text: "I think it work only on the staging cluster.", expect: ["work => works"] },
  // fires
  { text: "Each request have its own trace id.", expect: ["have => has"] },
  { text: "Every service are deployed twice a day.", expect: ["are => is"] },
  { text: "Everyone have access to the staging cluster.", expect: ["have => has"] },
  { text: "Nobody know why the job failed.", expect: ["know => knows"] },
  { text: "The cache is fast but it have a small hit rate.", expect: ["have => has"] },
  { text: "It don't scale past one node.", expect: ["do => does"] },
  { text: "They has two replicas in each region.", expect: ["has => have"] },
  { text: "The services is down since the deploy.", expect: ["is => are"] },
  { text: "Our database are too slow for this query.", expect: ["are => is"] },
  { text: "Each of the workers are idle now.", expect: ["are => is"] },
  { text: "I is responsible for the API.", expect: ["is => am"] },
  { text: "Server don't keep any session state.", expect: ["do => does"] },
  { text: "The server don't keep any session state.", expect: ["do => does"] },
  { text: "In a REST API every resources has a URI.", expect: ["resources => resource"] },
  { text: "When a client have a timeout, it retries.", expect: ["have => has"] },
  // plurals without -s, "a lot of", mass nouns, subjects joined by "and"
  { text: "Many children is afraid of the dark.", expect: ["is => are"] },
  { text: "Several species has come back to the river.", expect: ["has => have"] },
  { text: "Lots of tourists visits the old town.", expect: ["visits => visit"] },
  { text: "There was a lot of people at the concert.", expect: ["was => were"] },
  { text: "The furniture in our new flat are very old.", expect: ["are => is"] },
  { text: "Homework are boring, says my son.", expect: ["are => is"] },
  { text: "He and his wife is on holiday.", expect: ["is => are"] },
  { text: "Many children are afraid of the dark.", expect: [] },
  { text: "There were a lot of people at the concert.", expect: [] },
  { text: "There was a lot of noise at the concert.", expect: [] },
  { text: "The furniture shops in our town are closed.", expect: [] },
  { text: "Bread and butter is a classic breakfast.", expect: [] },
  { text: "A lot of people think so.", expect: [] },
  { text: "She talked to a lot of people who were there.", expect: [] },
  // does not fire
  { text: "Each request has its own trace id.", expect: [] },
  { text: "Does it have a retry policy?", expect: [] },
  { text: "We let it run overnight.", expect: [] },
  { text: "Everyone knows the on-call rota.", expect: [] },
  { text: "The team are happy with the new pipeline.", expect: [] },
  { text: "If it were up to me, we would shard.", expect: [] },
  { text: "The data are stored in three regions.", expect: [] },
  { text: "They have two replicas in each region.", expect: [] },
  { text: "It always returns a 200.", expect: [] },
  { text: "Make sure it works before you merge.", expect: [] },
  { text: "The number of services is growing.", expect: [] },
  { text: "Each service exposes a health endpoint.", expect: [] },
  { text: "Everyone in the team have access to staging.", expect: ["have => has"] },
  { text: "The latency depend on the region.", expect: ["depend => depends"] },
  { text: "There is many reasons to use a queue here.", expect: ["is => are"] },
  { text: "Everyone in the platform teams has access.", expect: [] },
  { text: "The cache miss rate is high.", expect: [] },
  { text: "Let the worker finish the job.", expect: [] },
  { text: "There is a reason for that.", expect: [] },
  { text: "The data show a clear trend.", expect: [] },
  { text: "We didn't find the root cause yet.", expect: [] },
  { text: "The worker acks only after the database commit.", expect: [] },
  { text: "The number of errors are growing.", expect: ["are => is"] },
  { text: "One of the services are returning errors.", expect: ["are => is"] },
  { text: "A number of services are returning errors.", expect: [] },
  { text: "The logs shows a timeout.", expect: ["shows => show"] },
  { text: "Our users wants faster search.", expect: ["wants => want"] },
  // noun phrases with modifiers
  { text: "The old scheduler run every five minutes.", expect: ["run => runs"] },
  { text: "Our payment service call the fraud API twice.", expect: ["call => calls"] },
  { text: "The new dashboards is ready for review.", expect: ["is => are"] },
  { text: "The alerts has a runbook link.", expect: ["has => have"] },
  { text: "The metrics was missing for an hour.", expect: ["was => were"] },
  { text: "Terraform have a plan step before apply.", expect: ["have => has"], context: { isDomainWord: (w) => w === "terraform" } },
  { text: "The status page is updated every minute.", expect: [] },
  { text: "The analytics job runs at night.", expect: [] },
  { text: "The analytics is slow this week.", expect: [] },
  { text: "Our tests pass on the main branch.", expect: [] },
  { text: "The product owner sets the priorities.", expect: [] },
  { text: "Let the old service handle the traffic.", expect: [] },
  { text: "Engineers have access to the logs.", expect: [], context: { isDomainWord: () => true } },
  { text: "Redis have a single command loop.", expect: [], context: { isDomainWord: () => true } },
  { text: "Last week the nightly backup fail twice.", expect: [] },
  // a number as the determiner
  { text: "About 2,100 customers was affected by the outage.", expect: ["was => were"] },
  { text: "Three services has no health check.", expect: ["has => have"] },
  { text: "Two of the services were down.", expect: [] },
  { text: "One customer was charged twice.", expect: [] },
  { text: "We saw 40 errors was logged.", expect: [] },
];

for (const c of agreementCases) test(`agreement: ${c.text}`, () => checkRule(agreement, c));

// --- articles ----------------------------------------------------------------------------------

const articlesCases: RuleCase[] = [
  // silent on correct noun phrases the tagger reads oddly
  { text: "I used a well-known certified library instead of my own code.", expect: [] },
  { text: "The cache keeps its keys in a doubly linked list ordered by recency.", expect: [] },
  { text: "Clients get a 429 response with a Retry-After header and wait.", expect: [] },
  { text: "It solves the dual-write problem for the orders service.", expect: [] },
  { text: "First I sampled a day of query logs from the primary.", expect: [] },
  { text: "Keep transactions short and avoid network calls while holding locks.", expect: [] },
  { text: "We keep a local in-memory limiter as backup for the login page.", expect: [] },
  { text: "The broker absorbs the difference on disk when consumers are slow.", expect: [] },
  { text: "It is used during startup while the caches warm up.", expect: [] },
  { text: "It's simple to develop, test and deploy at first.", expect: [] },
  { text: "After the fix, the cache hit rate went from 40 to 92 percent.", expect: [] },
  { text: "An aggressive retry policy in the mesh multiplied the load.", expect: [] },
  { text: "It usually hits a load balancer or reverse proxy first.", expect: [] },
  { text: "From next sprint, the pipeline fails if coverage drops.", expect: [] },
  { text: "We alert on symptoms, like error rate, latency or saturation.", expect: [] },
  { text: "Git records the history and lets developers branch and merge their work.", expect: [] },
  { text: "The old column is still written, so rollback is just flipping the flag.", expect: [] },
  // everyday nouns, as in learners' essays
  { text: "Yesterday I bought new car for my family.", expect: ["new car => a new car"] },
  { text: "My sister is teacher at a primary school.", expect: ["teacher => a teacher"] },
  { text: "I go to school by bus every day with my friends.", expect: [] },
  { text: "We stayed at home and watched a movie together.", expect: [] },
  { text: "He was in hospital for a week after the accident.", expect: [] },
  { text: "They went to bed early because the trip was long.", expect: [] },
  { text: "I met a friend at the station near my house.", expect: [] },
  // fires
  { text: "Yesterday we deployed new service for the billing team.", expect: ["new service => a new service"] },
  { text: "The request goes to server and comes back slowly.", expect: ["server => the server"] },
  { text: "Server crashed at noon because of a memory leak.", expect: ["Server => The server"] },
  { text: "We store the sessions in database for now.", expect: ["database => the database"] },
  { text: "I worked as backend developer for two years.", expect: ["backend developer => a backend developer"] },
  { text: "It is simple queue with one consumer and no retries.", expect: ["simple queue => a simple queue"] },
  { text: "We run it on Kubernetes cluster in Frankfurt.", expect: ["Kubernetes cluster => the Kubernetes cluster"] },
  { text: "We have a services that talk to each other.", expect: ["a services"] },
  { text: "We deployed new service yesterday and it works.", expect: ["new service => a new service"] },
  // does not fire
  { text: "We deployed a new service for the billing team.", expect: [] },
  { text: "The request goes to the server and comes back slowly.", expect: [] },
  { text: "We send the report by email every Monday morning.", expect: [] },
  { text: "The feature is already in production for all users.", expect: [] },
  { text: "We charge per request, not per user, on this plan.", expect: [] },
  { text: "I am on call this week for the payments team.", expect: [] },
  { text: "The service owner approved the change yesterday.", expect: [] },
  { text: "This kind of cache is hard to invalidate correctly.", expect: [] },
  { text: "We bumped the library to version 2 last week.", expect: [] },
  { text: "Traffic goes from client to server over TLS.", expect: [] },
  { text: "We need a fast, reliable queue for these jobs.", expect: [] },
  { text: "Our cached response is served in five milliseconds.", expect: [] },
  { text: "The users table has an index on email.", expect: [] },
  { text: "We rotate keys every ninety days and log every rotation.", expect: [] },
  { text: "Root cause: bad config.", expect: [] },
  { text: "The load balancer sends each request to a healthy node.", expect: [] },
  { text: "Data flows between client and server in JSON.", expect: [] },
  { text: "My team owns the gateway and its deployment pipeline.", expect: [] },
  { text: "We added a field called status to the response.", expect: [] },
  { text: "Our team is interested in event sourcing for the ledger.", expect: [] },
  { text: "We should make some changes to the retry policy.", expect: [] },
  { text: "The on-call engineer rolled back the release at 14:05 UTC.", expect: [] },
  { text: "We need an index on the created_at column.", expect: [] },
  { text: "He is expert in distributed systems.", expect: ["expert => an expert"] },
  // a needless "the": names of countries and cities, abstract nouns in general
  { text: "Next summer we will visit the Portugal.", expect: ["the Portugal => Portugal"] },
  { text: "The happiness is more important than success.", expect: ["The happiness => Happiness"] },
  { text: "We flew to the Netherlands and the United States.", expect: [] },
  { text: "I work in the Berlin office.", expect: [] },
  { text: "The life of a farmer is hard.", expect: [] },
  { text: "The money is in the drawer.", expect: [] },
  { text: "She wore new jacket to the party.", expect: ["new jacket => a new jacket"] },
];

for (const c of articlesCases) test(`articles: ${c.text}`, () => checkRule(articles, c));

// --- fillers -----------------------------------------------------------------------------------

const fillersCases: RuleCase[] = [
  // fires, with a clean deletion
  { text: "Basically, we cache the response for a minute.", expect: ["Basically, we => We"] },
  { text: "We basically cache the response.", expect: ["basically  => "] },
  { text: "It is, like, really slow under load.", expect: [", like, => "] },
  { text: "The cache is kind of slow today.", expect: ["kind of  => "] },
  { text: "Um, I would start with the logs.", expect: ["Um, I => I"] },
  { text: "We shard by tenant, you know, to spread the load.", expect: [", you know, => "] },
  { text: "Actually, the queue was full.", expect: ["Actually, the => The"] },
  // does not fire
  { text: "What kind of database would you pick?", expect: [] },
  { text: "It is a kind of cache that lives in the browser.", expect: [] },
  { text: "I like Postgres for this.", expect: [] },
  { text: "What actually happened was a DNS failure.", expect: [] },
  { text: "Do you know the root cause?", expect: [] },
  { text: "It works like a queue with priorities.", expect: [] },
];

for (const c of fillersCases) test(`fillers: ${c.text}`, () => checkRule(fillers, c));

// --- hedges ------------------------------------------------------------------------------------

const hedgesCases: RuleCase[] = [
  // fires
  { text: "I think maybe probably we should add an index.", expect: ["I think maybe probably => I think"] },
  { text: "Perhaps it might possibly be the cache.", expect: ["Perhaps it might possibly => Perhaps it might"] },
  { text: "I guess it is sort of slow.", expect: ["I guess it is sort of => I guess it is"] },
  // does not fire
  { text: "I think we should add an index.", expect: [] },
  { text: "It might be the cache, so I would check the hit rate first.", expect: [] },
  { text: "Maybe the queue is full. I would check the consumer lag first and then look at the producer metrics.", expect: [] },
  { text: "You could use a queue, or you may keep the cron job.", expect: [] },
];

for (const c of hedgesCases) test(`hedges: ${c.text}`, () => checkRule(hedges, c));

// --- imperatives -------------------------------------------------------------------------------

const reviewImperatives = { structure: "code-review" as const };
const imperativesCases: RuleCase[] = [
  { text: "You must change this query.", expect: ["You must change => Consider changing"], context: reviewImperatives },
  { text: "Change the timeout to five seconds.", expect: ["Change => Consider changing"], context: reviewImperatives },
  { text: "Don't use a global variable here.", expect: ["Don't use => I'd avoid using"], context: reviewImperatives },
  { text: "Consider moving the retry into the client.", expect: [], context: reviewImperatives },
  { text: "Could we add a test for the empty list?", expect: [], context: reviewImperatives },
  { text: "This loop runs the query once per user, which will be slow.", expect: [], context: reviewImperatives },
  { text: "Change the timeout to five seconds.", expect: [] },
  { text: "Send a POST request to /orders with the JSON body.", expect: [], context: { structure: "api-documentation" as const } },
  // in a conversation only "you must …" reads as an order
  { text: "You must change the SQL query before we merge.", expect: ["You must change => Consider changing"], context: { kind: "roleplay-turn" } },
  { text: "You need to run the migration first.", expect: [], context: { kind: "roleplay-turn" } },
  { text: "Change the timeout to five seconds.", expect: [], context: { kind: "roleplay-turn" } },
  { text: "Don't worry, nobody was charged twice.", expect: [], context: { kind: "roleplay-turn" } },
];

for (const c of imperativesCases) test(`imperatives: ${c.text}`, () => checkRule(imperatives, c));

// --- passive -----------------------------------------------------------------------------------

const incidentPassive = { structure: "incident-report" as const };
const passiveCases: RuleCase[] = [
  { text: "The database was restarted at 10:40. Then the cache was flushed and traffic was restored.", expect: ["was restarted", "was flushed", "was restored"], context: incidentPassive },
  { text: "We restarted the database at 10:40. Then we flushed the cache and traffic recovered.", expect: [], context: incidentPassive },
  { text: "The database was restarted by the on-call engineer. Traffic recovered at 10:45.", expect: [], context: incidentPassive },
  { text: "The data is stored in Postgres. The queue is consumed by two workers. We cache reads.", expect: [] },
];

for (const c of passiveCases) test(`passive: ${c.text.slice(0, 50)}`, () => checkRule(passive, c));

// --- prepositions ------------------------------------------------------------------------------

const prepositionsCases: RuleCase[] = [
  { text: "The service is down from two hours.", expect: ["from => for"] },
  { text: "We waited from two hours to three hours.", expect: [] },
  { text: "The build runs from 5 minutes past the hour.", expect: [] },
  { text: "I listen music while I write code.", expect: ["listen => listen to"] },
  { text: "Please listen carefully to the question.", expect: [] },
  { text: "Listen, the build is broken again.", expect: [] },
  { text: "She listened to the whole recording.", expect: [] },
  { text: "My manager said me that the release moved.", expect: ["said me => told me"] },
  { text: "My manager told me that the release moved.", expect: [] },
  { text: "I'd say you should add an index.", expect: [] },
  // fires
  { text: "The latency depends of the payload size.", expect: ["depends of => depends on"] },
  { text: "It depends from the client.", expect: ["depends from => depends on"] },
  { text: "Let's discuss about the schema tomorrow.", expect: ["discuss about => discuss"] },
  { text: "We have to consider about the performance.", expect: ["consider about => consider"] },
  { text: "Can you explain me how the cache works?", expect: ["explain me => explain to me"] },
  { text: "I am responsible of the billing service.", expect: ["responsible of => responsible for"] },
  { text: "This is similar with a queue.", expect: ["similar with => similar to"] },
  { text: "We should avoid to call the API in a loop.", expect: ["avoid to call => avoid calling"] },
  { text: "I suggest to use a read replica.", expect: ["suggest to use => suggest using"] },
  { text: "I work with Kafka since three years.", expect: ["since => for"] },
  { text: "I'm living in Madrid from 2019.", expect: ["from => since"] },
  { text: "I have worked here from 2020.", expect: ["from => since"] },
  { text: "I worked there from 2019.", expect: [] },
  { text: "We have photos from 2019.", expect: [] },
  { text: "She lives in Rome from 2015 to 2020.", expect: [] },
  { text: "I am waiting your answer.", expect: ["waiting => waiting for"] },
  { text: "Please wait your turn.", expect: [] },
  { text: "The service was down during two hours.", expect: ["during => for"] },
  { text: "In the other hand, writes get slower.", expect: ["In the other hand => On the other hand"] },
  { text: "I look forward to hear from you.", expect: ["hear => hearing"] },
  { text: "The team is interested for event sourcing.", expect: ["interested for => interested in"] },
  // does not fire
  { text: "The latency depends on the payload size.", expect: [] },
  { text: "Let's discuss the schema tomorrow.", expect: [] },
  { text: "Can you explain how the cache works to me?", expect: [] },
  { text: "The answer to that question is in the docs.", expect: [] },
  { text: "I sent a request for more memory.", expect: [] },
  { text: "I have worked with Kafka since 2019.", expect: [] },
  { text: "After the match we went to home by taxi.", expect: ["to home => home"] },
  { text: "My parents go to fishing every summer.", expect: ["to fishing => fishing"] },
  { text: "The shop is closed in Sundays.", expect: ["in => on"] },
  { text: "We met at Friday evening.", expect: ["at => on"] },
  { text: "My cousin moved in Berlin last year.", expect: ["in => to"] },
  { text: "The region is famous of its wine.", expect: ["famous of => famous for"] },
  { text: "The series is based in a real event.", expect: ["based in => based on"] },
  { text: "Many people prefer trains than planes.", expect: ["than => to"] },
  { text: "She travels to school with the train.", expect: ["with the train => by train"] },
  { text: "His phone is the same than mine.", expect: ["the same than => the same as"] },
  { text: "The basket was full with apples.", expect: ["full with => full of"] },
  { text: "Open the home page and sign in.", expect: [] },
  { text: "We went home early.", expect: [] },
  { text: "They moved in with their friends.", expect: [] },
  { text: "The company is based in Lisbon.", expect: [] },
  { text: "I would rather take the train than fly.", expect: [] },
  { text: "She came with the bus driver's son.", expect: [] },
  { text: "He left the keys in the car.", expect: [] },
  { text: "We worked with the car manufacturer.", expect: [] },
  { text: "It happened in the morning.", expect: [] },
  { text: "I saw the advert in Tuesday's paper.", expect: [] },
  { text: "During the outage, we paged the database team.", expect: [] },
  { text: "We suggest to the team that they rotate keys.", expect: [] },
  { text: "On the other hand, reads get faster.", expect: [] },
  { text: "I look forward to working with you.", expect: [] },
  { text: "Please reach out to the platform team.", expect: [] },
  { text: "We have to wait the security review.", expect: ["wait => wait for"] },
  { text: "Wait a minute, the build is still running.", expect: [] },
  { text: "We waited for the review.", expect: [] },
];

for (const c of prepositionsCases) test(`prepositions: ${c.text}`, () => checkRule(prepositions, c));

// --- register ----------------------------------------------------------------------------------

const formalRegister = { register: "formal" as const };
const registerCases: RuleCase[] = [
  { text: "We are gonna migrate to Postgres next quarter.", expect: ["gonna => going to"], context: formalRegister },
  { text: "Hi guys, the deploy is done.", expect: ["guys => everyone"], context: formalRegister },
  { text: "Yeah, I used Kafka for that.", expect: ["Yeah => Yes"], context: formalRegister },
  { text: "We are gonna migrate to Postgres next quarter.", expect: [] },
  { text: "We are going to migrate to Postgres next quarter.", expect: [], context: formalRegister },
  { text: "The guys from the platform team helped us.", expect: [], context: formalRegister },
];

for (const c of registerCases) test(`register: ${c.text}`, () => checkRule(register, c));

// --- sentence-length ---------------------------------------------------------------------------

const longSentenceLength = "We moved the session store from the application servers into Redis because every deploy logged users out and the support team was getting angry tickets every single morning, and after that we also added a small cache in front of the catalog service which cut the latency in half for most of the product pages.";
const sentenceLengthCases: RuleCase[] = [
  { text: longSentenceLength, expect: [longSentenceLength] },
  { text: "We restarted it, it came back, it failed again, we paged the DBA.", expect: ["We restarted it, it came back, it failed again, we paged the DBA."] },
  { text: "We restarted the database. It came back, but it failed again ten minutes later.", expect: [] },
  { text: "We use Redis, Kafka, Postgres, and a small Go service.", expect: [] },
];

for (const c of sentenceLengthCases) test(`sentence-length: ${c.text.slice(0, 50)}`, () => checkRule(sentenceLength, c));

// --- tense -------------------------------------------------------------------------------------

const incidentTense = { structure: "incident-report" as const };
const tenseCases: RuleCase[] = [
  // fires
  { text: "Yesterday we deploy the fix and the errors stop.", expect: ["deploy => deployed", "stop => stopped"] },
  { text: "Last week the job fails every night.", expect: ["fails => failed"] },
  { text: "Two hours ago the database is down.", expect: ["is => was"] },
  { text: "Last sprint we have migrated the users table.", expect: ["have migrated => migrated"] },
  { text: "At 14:05 the alert fires and the on-call engineer rolls back.", expect: ["fires => fired", "rolls => rolled"], context: incidentTense },
  // does not fire
  { text: "Yesterday we deployed the fix and the errors stopped.", expect: [] },
  { text: "Yesterday we found that the cache is too small.", expect: [] },
  { text: "We deploy every day and the errors stay low.", expect: [] },
  { text: "Last week we had to restart the workers.", expect: [] },
  { text: "At 14:05 the alert fired.", expect: [], context: incidentTense },
  { text: "At 14:05 the alert fires.", expect: [] },
  { text: "Yesterday I learned why the queue is slow.", expect: [] },
  { text: "Last year I was going to learn Rust.", expect: [] },
  { text: "We are using PostgreSQL since 2019.", expect: ["are using => have been using"] },
  { text: "We have been using PostgreSQL since 2019.", expect: [] },
  { text: "We are using PostgreSQL, since it is reliable.", expect: [] },
  { text: "Last week the nightly backup fail twice.", expect: ["fail => failed"] },
  { text: "Yesterday the deploy pipeline break after the upgrade.", expect: ["break => broke"] },
  { text: "Yesterday the team lead reviewed the change.", expect: [] },
  // the present perfect with a finished time; a present or past with "since" + a point in time
  { text: "We have visited Lisbon three years ago.", expect: ["have visited => visited"] },
  { text: "She has been to Rome last summer.", expect: ["has been => went"] },
  { text: "When I was a student, I have worked in a café.", expect: ["have worked => worked"] },
  { text: "I live in this flat since 2021.", expect: ["live => have lived"] },
  { text: "My sister works at the hospital since January.", expect: ["works => has worked"] },
  { text: "The lift doesn't work since Tuesday.", expect: ["doesn't work => hasn't worked"] },
  { text: "The town changed a lot since we were kids.", expect: ["changed => has changed"] },
  { text: "I have lived in this flat since 2021.", expect: [] },
  { text: "We moved here in 2021, since the rent was lower.", expect: [] },
  { text: "It was the coldest day since 1990.", expect: [] },
  { text: "We use this library since it handles time zones.", expect: [] },
  { text: "I work here since three years.", expect: [] },
  { text: "Bread is cheaper than it was two years ago.", expect: [] },
  { text: "I am writing about the order I placed last week.", expect: [] },
  { text: "I played tennis with my school friends last Sunday.", expect: [] },
  // a past time clause, then the main clause in the past; reported in the past
  { text: "When we arrived at the station, we see that the train has gone.", expect: ["see => saw"] },
  { text: "After she finished her exams, she travels to Peru.", expect: ["travels => traveled"] },
  { text: "When we arrived at the station, we saw that the train had gone.", expect: [] },
  { text: "When you arrive, you see the castle on the left.", expect: [] },
  { text: "He noticed that he has lost his wallet.", expect: ["has => had"] },
  { text: "I realised I have forgotten my passport.", expect: ["have => had"] },
  { text: "He noticed that he had lost his wallet.", expect: [] },
  { text: "I know that he has lost his wallet.", expect: [] },
  { text: "Could you send me the notes from yesterday's meeting?", expect: [] },
  { text: "Did you see the match yesterday?", expect: [] },
  { text: "Last March my sister buy a flat in Oslo.", expect: ["buy => bought"] },
  { text: "Can you send me the photos from last weekend?", expect: [] },
];

for (const c of tenseCases) test(`tense: ${c.text}`, () => checkRule(tense, c));

// --- uncountables ------------------------------------------------------------------------------

const uncountablesCases: RuleCase[] = [
  // fires
  { text: "I collected all the informations about the outage.", expect: ["informations => information"] },
  { text: "We got many feedbacks from the users.", expect: ["many feedbacks => a lot of feedback"] },
  { text: "Thanks for the advices on the schema.", expect: ["advices => advice"] },
  { text: "Can you give me an advice about caching?", expect: ["an advice => a piece of advice"] },
  { text: "The datas are stored in Postgres.", expect: ["datas => data"] },
  { text: "I received a feedback from my lead.", expect: ["a feedback => a piece of feedback"] },
  { text: "How many data do we keep per user?", expect: ["How many data => How much data"] },
  { text: "There is few information in the logs.", expect: ["few information => little information"] },
  { text: "We need to write more documentations for the API.", expect: ["documentations => documentation"] },
  // does not fire
  { text: "We moved the data center to Frankfurt.", expect: [] },
  { text: "A data structure like a hash map gives O(1) lookups.", expect: [] },
  { text: "The feedback loop is too slow.", expect: [] },
  { text: "She researches consensus algorithms.", expect: [] },
  { text: "As the migration progresses, we watch the error rate.", expect: [] },
  { text: "I have a good knowledge of SQL.", expect: [] },
  { text: "We use software from many vendors.", expect: [] },
  { text: "The information is in the runbook.", expect: [] },
  { text: "We gave feedback on three pull requests.", expect: [] },
  { text: "He gave me a useful feedback on the design.", expect: ["a useful feedback => useful feedback"] },
  { text: "Thanks for an interesting information about the outage.", expect: ["an interesting information => interesting information"] },
  { text: "We shipped a new software release today.", expect: [] },
  { text: "That was such a good advice.", expect: [] },
  { text: "Could you buy a bread on your way home?", expect: ["a bread => bread"] },
  { text: "How many money do you need?", expect: ["How many money => How much money"] },
  { text: "We were lucky to have a sunny weather.", expect: ["a sunny weather => sunny weather"] },
  { text: "I only have a little money left.", expect: [] },
  { text: "We were stuck in a traffic jam.", expect: [] },
  { text: "It was a news story about floods.", expect: [] },
];

for (const c of uncountablesCases) test(`uncountables: ${c.text}`, () => checkRule(uncountables, c));

// --- vague -------------------------------------------------------------------------------------

const vagueCases: RuleCase[] = [
  { text: "We fixed the config and stuff.", expect: ["and stuff"] },
  { text: "I changed some things in the service.", expect: ["some things"] },
  { text: "We use Redis for sessions and things like that.", expect: ["and things like that"] },
  { text: "We checked logs, metrics, traces, etc.", expect: ["etc."] },
  { text: "The thing that broke was the DNS record.", expect: [] },
  { text: "Two things matter here: latency and cost.", expect: [] },
  { text: "There are some things like retries that help.", expect: [] },
  { text: "We cached the catalog in Redis.", expect: [] },
];

for (const c of vagueCases) test(`vague: ${c.text}`, () => checkRule(vague, c));

// --- word-choice -------------------------------------------------------------------------------

const wordChoiceCases: RuleCase[] = [
  { text: "I did a mistake in the migration script.", expect: ["did => made"] },
  { text: "We need to do some changes in the schema.", expect: ["do => make"] },
  { text: "He made a research on message brokers.", expect: ["made a research => did research"] },
  { text: "Can you say me the root cause?", expect: ["say => tell"] },
  { text: "I made a mistake in the migration script.", expect: [] },
  { text: "We do code reviews every day.", expect: [] },
  { text: "What does the service do?", expect: [] },
  { text: "He said to me that the build was green.", expect: [] },
  { text: "We did the changes you asked for.", expect: [] },
  { text: "Did you do a backup before the migration?", expect: [] },
  { text: "I need to say him about the outage.", expect: ["say => tell"] },
  { text: "Please borrow me your charger.", expect: ["borrow => lend"] },
  { text: "Can I borrow your charger?", expect: [] },
  { text: "I will assist to the design review.", expect: ["assist to => attend"] },
  { text: "She assisted the team with the migration.", expect: [] },
  { text: "My brother makes karate twice a week.", expect: ["makes => does"] },
  { text: "My aunt learned me how to knit.", expect: ["learned => taught"] },
  { text: "A thief robbed her phone at the station.", expect: ["robbed => stole"] },
  { text: "We were so boring during the lecture.", expect: ["boring => bored"] },
  { text: "The lecture was really bored.", expect: ["bored => boring"] },
  { text: "We had so much funny at the beach.", expect: ["funny => fun"] },
  { text: "The bus was terribly slowly today.", expect: ["slowly => slow"] },
  { text: "The lecture was boring and we were bored.", expect: [] },
  { text: "He is boring, but his sister is fun.", expect: [] },
  { text: "Two men robbed the bank.", expect: [] },
  { text: "I learned it from my aunt.", expect: [] },
  { text: "It was a funny story.", expect: [] },
  { text: "She was quickly promoted.", expect: [] },
  { text: "Everyone was very friendly.", expect: [] },
  { text: "The tourists were tired and hungry.", expect: [] },
  { text: "He makes pasta every Sunday.", expect: [] },
];

for (const c of wordChoiceCases) test(`word-choice: ${c.text}`, () => checkRule(wordChoice, c));

// --- number --------------------------------------------------------------------------------------

const numberCases: RuleCase[] = [
  { text: "Let me know if you have any question.", expect: ["question => questions"] },
  { text: "If you have any problem with the deploy, call me.", expect: ["problem => problems"] },
  { text: "Do you have any idea why it failed?", expect: [] },
  { text: "Any question is welcome.", expect: [] },
  { text: "If you have any question marks in the name, escape them.", expect: [] },
  { text: "Two server handle all the traffic at night.", expect: ["server => servers"] },
  { text: "We have many request per second during the sale.", expect: ["request => requests"] },
  { text: "I fixed several bug in the parser.", expect: ["bug => bugs"] },
  { text: "Two servers handle all the traffic.", expect: [] },
  { text: "We replaced two server racks.", expect: [] },
  { text: "I bought three book yesterday.", expect: ["book => books"] },
  { text: "Go to step 2 and open page 3.", expect: [] },
  { text: "We keep many data in Redis.", expect: [] },
];
for (const c of numberCases) test(`number: ${c.text}`, () => checkRule(number, c));

// --- grammar -------------------------------------------------------------------------------------

const grammarCases: RuleCase[] = [
  { text: "You can found the documentation in the wiki.", expect: ["found"] },
  { text: "Its behaviour can changed with a flag.", expect: ["changed"] },
  { text: "You can initialise the list with a buffer.", expect: [] },
  { text: "We should went home earlier.", expect: ["went => go"] },
  { text: "You could have told me.", expect: [] },
  { text: "It will be done by Friday.", expect: [] },
  { text: "I've been tested it locally.", expect: ["been tested => tested"] },
  { text: "He has been given it twice.", expect: [] },
  { text: "The build has been tested on Linux.", expect: [] },
  { text: "Neither my brother or my sister came to the party.", expect: ["or => nor"] },
  { text: "Neither my brother nor my sister came.", expect: [] },
  { text: "Neither of them knew, or cared.", expect: [] },
  { text: "I can't come, and neither can she, or so she says.", expect: [] },
  { text: "Thank you for your help, I really appreciate.", expect: ["appreciate => appreciate it"] },
  { text: "Your help is much appreciated.", expect: [] },
  { text: "We would really appreciate it.", expect: [] },
  { text: "I appreciate your patience.", expect: [] },
  { text: "Is very important to test the rollback.", expect: ["Is => It is"] },
  { text: "I am agree with your proposal.", expect: ["am agree => agree"] },
  { text: "The build is broken, its failing on the lint step.", expect: ["its => it's"] },
  { text: "When I will finish the review, I will ping you.", expect: ["will finish => finish"] },
  { text: "As soon as the job will be done, we deploy.", expect: ["will be => is"] },
  { text: "Is it important to test the rollback?", expect: [] },
  { text: "I agree with your proposal.", expect: [] },
  { text: "She can to deploy on Fridays.", expect: ["can to deploy => can deploy"] },
  { text: "The request failed because a timeout.", expect: ["because => because of"] },
  { text: "It failed because the disk was full.", expect: [] },
  { text: "We have to deploy on Fridays.", expect: [] },
  { text: "The service and its caching layer are fast.", expect: [] },
  { text: "I don't know when it will finish.", expect: [] },
  { text: "The client doesn't sends the correlation header.", expect: ["sends => send"] },
  { text: "The worker didn't retried the failed message.", expect: ["retried => retry"] },
  { text: "The migration does not changes the primary key.", expect: ["changes => change"] },
  { text: "Does it works with the old driver?", expect: ["works => work"] },
  { text: "We didn't need a new index after all.", expect: [] },
  { text: "It doesn't matter which region we pick.", expect: [] },
  { text: "We do backups every night.", expect: [] },
  { text: "Did the tests pass?", expect: [] },
  { text: "What does it returns when the cache is empty?", expect: ["returns => return"] },
  { text: "She can sings the whole runbook from memory.", expect: ["sings => sing"] },
  { text: "She can't comes today.", expect: ["comes => come"] },
  { text: "He cannot speaks French.", expect: ["speaks => speak"] },
  { text: "It can't possibly work, and nobody cannot deny it.", expect: [] },
  { text: "We could not says no.", expect: ["says => say"] },
  { text: "The job should runs every hour.", expect: ["runs => run"] },
  { text: "The script will fails if the bucket is missing.", expect: ["fails => fail"] },
  { text: "We can use the new index, and it will help.", expect: [] },
  { text: "The cache must be warm before the release.", expect: [] },
  { text: "This process can always run on one node.", expect: [] },
  { text: "May sees the most traffic of the year.", expect: [] },
  { text: "Could you please to review my pull request?", expect: ["please to review => please review"] },
  { text: "Could you please review my pull request?", expect: [] },
  { text: "I'm interesting in distributed systems.", expect: ["interesting => interested"] },
  { text: "We were confusing about the new API.", expect: ["confusing => confused"] },
  { text: "The talk was interesting in many ways.", expect: [] },
  { text: "I find this problem interesting in practice.", expect: [] },
  { text: "He is go to the office every day.", expect: ["is go => is going"] },
  { text: "We are use the cache for sessions.", expect: ["are use => are using"] },
  { text: "The config is set in the environment file.", expect: [] },
  { text: "These are use cases for a queue.", expect: [] },
  { text: "The job is run every hour by cron.", expect: [] },
  { text: "You're right to block the release.", expect: [] },
  { text: "Containerizing the old billing app is step one.", expect: [] },
  { text: "My default for most reads is cache-aside with a short TTL.", expect: [] },
  { text: "I am agree with your proposal.", expect: ["am agree => agree"] },
  { text: "Although the deploy was late, but we finished the migration.", expect: [", but => ,"] },
  { text: "Although the deploy was late, we finished the migration.", expect: [] },
  { text: "We were late, but we finished the migration.", expect: [] },
  { text: "Although it was raining but we went out.", expect: [" but => ,"] },
  { text: "Although it was not only slow but also wrong, we shipped it.", expect: [] },
  { text: "Though small, the fix was risky but we shipped it.", expect: [] },
  { text: "I don't have no money left.", expect: ["no => any"] },
  { text: "I can't say no to her.", expect: [] },
  { text: "The flag did not trigger no-index mode.", expect: [] },
  { text: "He won't take no for an answer.", expect: [] },
  { text: "There is no reason to wait.", expect: [] },
  { text: "I can't hardly wait for the release.", expect: ["can't hardly => can hardly"] },
  { text: "We couldn't barely hear him.", expect: ["couldn't barely => could barely"] },
  { text: "I didn't hardly sleep.", expect: ["n't hardly"] },
  { text: "I can hardly wait for the release.", expect: [] },
];
for (const c of grammarCases) test(`grammar: ${c.text}`, () => checkRule(grammar, c));

test("grammar: the message quotes the learner's 'I' as a capital", () => {
  const [issue] = grammar.check(contextFor(analyze(testNlp(), "I am agree with you."), undefined));
  assert.match(issue?.message ?? "", /say "I agree"/);
});

// --- word order ----------------------------------------------------------------------------------

const wordOrderCases: RuleCase[] = [
  { text: "I yesterday deployed the fix to production.", expect: ["yesterday deployed => deployed"] },
  { text: "Can you tell me what is the problem?", expect: ["is the problem => the problem is"] },
  { text: "I deployed the fix yesterday.", expect: [] },
  { text: "What is the problem?", expect: [] },
  { text: "Can you tell me what the problem is?", expect: [] },
  { text: "I know what is the cause of the outage.", expect: ["is the cause => the cause is"] },
  { text: "My father likes very much old films.", expect: ["very much old films => old films very much"] },
  { text: "Never we eat meat on Fridays.", expect: ["Never we => We never"] },
  { text: "Do you know what time does the bank close?", expect: ["does the bank close => the bank closes"] },
  { text: "I asked him why did he call.", expect: ["did he call => he called"] },
  { text: "Nobody knew where were they.", expect: ["were they => they were"] },
  { text: "I like old films very much.", expect: [] },
  { text: "Never have I seen such a crowd.", expect: [] },
  { text: "What time does the bank close?", expect: [] },
  { text: "Tell me what is wrong.", expect: [] },
  { text: "I know what it is.", expect: [] },
];
for (const c of wordOrderCases) test(`word-order: ${c.text}`, () => checkRule(wordOrder, c));

// --- words that are also names of JavaScript's object properties ---------------------------------

test("words like 'constructor' and 'toString' are words, not table entries", () => {
  for (const rule of [agreement, tense, uncountables, wordChoice, register, number, grammar, prepositions, articles, wordOrder]) {
    checkRule(rule, { text: "The constructor calls toString and valueOf, and hasOwnProperty is a method of the prototype.", expect: [] });
    checkRule(rule, { text: "Each constructor have a prototype.", expect: rule === agreement ? ["have => has"] : [] });
  }
});
