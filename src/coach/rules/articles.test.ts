import { test } from "node:test";
import { checkRule, type RuleCase } from "../test-support.ts";
import { articles } from "./articles.ts";

const cases: RuleCase[] = [
  // fires
  { text: "Yesterday we deployed new service for the billing team.", expect: ["new service => a new service"] },
  { text: "The request goes to server and comes back slowly.", expect: ["server => the server"] },
  { text: "Server crashed at noon because of a memory leak.", expect: ["Server => The server"] },
  { text: "We store the sessions in database for now.", expect: ["database => the database"] },
  { text: "I worked as backend developer for two years.", expect: ["backend developer => a backend developer"] },
  { text: "It is simple queue with one consumer and no retries.", expect: ["simple queue => a simple queue"] },
  { text: "We run it on Kubernetes cluster in Frankfurt.", expect: ["Kubernetes cluster => the Kubernetes cluster"] },
  { text: "We have a services that talk to each other.", expect: ["a services"] },
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
];

for (const c of cases) test(`articles: ${c.text}`, () => checkRule(articles, c));
