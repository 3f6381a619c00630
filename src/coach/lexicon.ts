/**
 * The coach's glossary: Parlance's terms (with aliases, acronyms and expansions) plus the product
 * and technology names backend developers write every day. It gives harper.js its user
 * dictionary, tells the spelling filter which words are domain words, and finds terms in a text
 * as concepts ("PR" and "pull request" are the same concept). Pure: terms come in as data.
 */
import { analyze, type Analysis, type Nlp } from "./text/analyze.ts";

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases?: readonly string[];
  expansion?: string;
  partOfSpeech?: string;
}

export interface TermMatch {
  termId: string;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Lexicon {
  terms: ReadonlyMap<string, GlossaryTerm>;
  /** Words for the grammar checker's user dictionary, in the spellings people write them. */
  dictionaryWords: readonly string[];
  /** Whether a lower-case word is a domain word (never a spelling mistake). */
  isDomainWord(lower: string): boolean;
  /** Glossary terms in an analysed text, longest match first, not overlapping. */
  findTerms(a: Analysis): TermMatch[];
  /** The matching keys of a spelling, as analyse() computes them. */
  keysOf(spelling: string): string[];
}

/**
 * Technology and product names not (all) in the glossary, spelled as they are written. Lower-case
 * forms are added automatically.
 */
export const DOMAIN_WORDS: readonly string[] = [
  "PostgreSQL", "Postgres", "MySQL", "MariaDB", "SQLite", "MongoDB", "Redis", "Memcached", "Cassandra", "DynamoDB",
  "Elasticsearch", "OpenSearch", "ClickHouse", "CockroachDB", "Kafka", "RabbitMQ", "NATS", "SQS", "SNS", "Kinesis",
  "Pulsar", "ZeroMQ", "Kubernetes", "K8s", "kubectl", "Helm", "Istio", "Envoy", "Docker", "Dockerfile", "Podman",
  "Terraform", "Ansible", "Pulumi", "nginx", "Nginx", "HAProxy", "Traefik", "Caddy", "Apache", "Tomcat", "Jetty",
  "Prometheus", "Grafana", "Kibana", "Logstash", "Loki", "Jaeger", "Zipkin", "OpenTelemetry", "Datadog", "Sentry",
  "PagerDuty", "Splunk", "Opsgenie", "Jira", "Confluence", "Slack", "GitHub", "GitLab", "Bitbucket", "Jenkins",
  "CircleCI", "ArgoCD", "Argo", "Spinnaker", "AWS", "GCP", "Azure", "S3", "EC2", "ECS", "EKS", "GKE", "AKS", "Lambda",
  "CloudFront", "Cloudflare", "Fastly", "Akamai", "Vercel", "Heroku", "Netlify", "gRPC", "protobuf", "Protobuf",
  "GraphQL", "REST", "RESTful", "SOAP", "WebSocket", "WebSockets", "webhook", "webhooks", "JSON", "YAML", "XML",
  "CSV", "UUID", "UUIDs", "ULID", "JWT", "JWTs", "JWKS", "OAuth", "OAuth2", "OIDC", "OpenID", "SAML", "SSO", "LDAP",
  "mTLS", "TLS", "SSL", "HTTPS", "HTTP", "HTTP2", "TCP", "UDP", "QUIC", "DNS", "CDN", "VPN", "VPC", "IAM", "RBAC",
  "ABAC", "CORS", "CSRF", "XSS", "SQLi", "OWASP", "CVE", "HMAC", "SHA", "bcrypt", "scrypt", "Argon2", "AES", "RSA",
  "API", "APIs", "SDK", "SDKs", "CLI", "CLIs", "URL", "URLs", "URI", "URIs", "CPU", "CPUs", "RAM", "SSD", "GPU",
  "I/O", "IOPS", "p95", "p99", "p50", "SLA", "SLO", "SLI", "SLAs", "SLOs", "MTTR", "RPO", "RTO", "QPS", "RPS",
  "TTL", "TTLs", "LRU", "LFU", "ORM", "ORMs", "SQL", "NoSQL", "ACID", "CAP", "CQRS", "DDD", "TDD", "BDD", "CI", "CD",
  "CI/CD", "DevOps", "SRE", "SREs", "QA", "PR", "PRs", "MVP", "OKR", "OKRs", "KPI", "KPIs", "Node.js", "Node",
  "npm", "pnpm", "Yarn", "Deno", "Bun", "TypeScript", "JavaScript", "Python", "Golang", "Go", "Java", "Kotlin",
  "Scala", "Rust", "Ruby", "PHP", "Elixir", "Erlang", "C#", ".NET", "Django", "Flask", "FastAPI", "Spring",
  "SpringBoot", "Express", "Fastify", "NestJS", "Rails", "Laravel", "Phoenix", "React", "Vue", "Angular", "Vite",
  "webpack", "Jest", "Vitest", "Mocha", "pytest", "JUnit", "Cypress", "Playwright", "Selenium", "Postman",
  "Swagger", "OpenAPI", "Kysely", "Prisma", "Hibernate", "Sequelize", "SQLAlchemy", "Celery", "Sidekiq", "BullMQ",
  "Temporal", "Airflow", "Spark", "Hadoop", "Flink", "Snowflake", "BigQuery", "Redshift", "backend", "backends",
  "frontend", "frontends", "middleware", "middlewares", "microservice", "microservices", "monorepo", "monolith",
  "upsert", "upserts", "idempotency", "idempotent", "sharding", "shard", "shards", "runbook", "runbooks",
  "postmortem", "postmortems", "on-call", "hotfix", "hotfixes", "rollout", "rollouts", "rollback", "rollbacks",
  "failover", "healthcheck", "healthchecks", "dev", "prod", "staging", "config", "configs", "repo", "repos",
  "async", "auth", "env", "localhost", "namespace", "namespaces", "serverless", "stateless", "stateful",
  "cacheable", "deduplicate", "deduplication", "dedupe", "retry", "retries", "backoff", "timeout", "timeouts",
  "throughput", "latency", "latencies", "codebase", "refactor", "refactoring", "linter", "linters", "hashmap",
  "UTC", "cron", "crontab", "sysadmin", "toolchain", "dataset", "datasets", "schema", "schemas", "enum", "enums",
  "boolean", "booleans", "nullable", "param", "params", "login", "logout", "signup", "username", "usernames",
  "JSONB", "blob", "blobs", "stdout", "stderr", "stdin", "regex", "regexes", "UI", "UX", "SaaS", "PaaS", "IaaS",
];

/** Lower-case words of a spelling that contain a letter. */
function wordsOfSpelling(spelling: string): string[] {
  return spelling.split(/[\s/]+/).filter((w) => /\p{L}/u.test(w));
}

interface Entry {
  keys: string[];
  termId: string;
}

export function createLexicon(terms: readonly GlossaryTerm[], nlp: Nlp, extraWords: readonly string[] = DOMAIN_WORDS): Lexicon {
  const byId = new Map<string, GlossaryTerm>();
  const byFirstKey = new Map<string, Entry[]>();
  const domain = new Set<string>();
  const dictionary = new Set<string>();

  const keyCache = new Map<string, string[]>();
  const keysOf = (spelling: string): string[] => {
    let keys = keyCache.get(spelling);
    if (!keys) {
      keys = analyze(nlp, spelling).tokens.filter((t) => t.isWord).map((t) => t.key);
      if (keyCache.size < 20_000) keyCache.set(spelling, keys);
    }
    return keys;
  };
  // An analysis is searched by the content matcher and by the vocabulary report: search once.
  const found = new WeakMap<Analysis, TermMatch[]>();

  const addWord = (word: string) => {
    const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (!clean || !/\p{L}/u.test(clean)) return;
    dictionary.add(clean);
    domain.add(clean.toLowerCase());
    for (const part of clean.split(/[-.']/)) if (part.length > 1) domain.add(part.toLowerCase());
  };

  for (const term of terms) {
    byId.set(term.id, term);
    const spellings = [term.term, ...(term.aliases ?? []), ...(term.expansion ? [term.expansion] : [])];
    for (const spelling of spellings) {
      for (const w of wordsOfSpelling(spelling)) addWord(w);
      const keys = keysOf(spelling);
      if (keys.length === 0) continue;
      const list = byFirstKey.get(keys[0]!) ?? [];
      if (!list.some((e) => e.termId === term.id && e.keys.join(" ") === keys.join(" "))) list.push({ keys, termId: term.id });
      byFirstKey.set(keys[0]!, list);
    }
  }
  for (const w of extraWords) addWord(w);
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  return {
    terms: byId,
    dictionaryWords: [...dictionary].sort(),
    isDomainWord: (lower) => domain.has(lower),
    keysOf,
    findTerms(a) {
      const cached = found.get(a);
      if (cached) return cached;
      const words = a.tokens.filter((t) => t.isWord);
      const out: TermMatch[] = [];
      for (let w = 0; w < words.length; ) {
        const candidates = byFirstKey.get(words[w]!.key);
        let matched: Entry | undefined;
        if (candidates) {
          for (const entry of candidates) {
            if (w + entry.keys.length > words.length) continue;
            let ok = true;
            for (let k = 1; k < entry.keys.length && ok; k++) {
              const t = words[w + k]!;
              ok = t.key === entry.keys[k] && t.sentence === words[w]!.sentence;
            }
            if (ok) {
              matched = entry;
              break;
            }
          }
        }
        if (matched) {
          const first = words[w]!;
          const last = words[w + matched.keys.length - 1]!;
          out.push({ termId: matched.termId, first: first.i, last: last.i + 1, start: first.start, end: last.end });
          w += matched.keys.length;
        } else w++;
      }
      found.set(a, out);
      return out;
    },
  };
}
