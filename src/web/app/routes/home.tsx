import { Link } from "react-router";
import { Loading } from "../../components/loading";
import { TopicAreas } from "../../features/catalog/components/topic-areas";
import { VocabularySpotlight } from "../../features/vocabulary/components/spotlight";
import { StartSetButton } from "../../features/exercises/components/start-set-button";
import { TodayPlan } from "../../features/path/components/today-plan";
import { useUser } from "../../lib/auth";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import type { User } from "../../types/api";

const BACKEND_ROLE = "backend-developer";

/** What Parlance offers. Each practice area links to its page. */
const OFFERS = [
  {
    to: paths.vocabulary,
    title: "Vocabulary and pronunciation",
    text: "The words of backend work — idempotent, throughput, rollback — with meanings, examples from real situations and how to say them, reviewed with spaced repetition so they stay.",
  },
  {
    to: paths.path,
    title: "A learning path",
    text: "Topic areas in a sensible order, each with short exercises: fill the gap, rephrase a sentence, explain a concept in your own words.",
  },
  {
    to: paths.roadmap,
    title: "A roadmap of backend topics",
    text: "About ninety topics, from HTTP and indexes to queues and observability, each with the language you need to explain it.",
  },
  {
    to: paths.interview,
    title: "Interview preparation",
    text: "Questions by topic and level, written answers checked for the key points, and mock interviews against the clock.",
  },
  {
    to: paths.roleplay,
    title: "Workplace roleplays",
    text: "Stand-ups, code reviews, incident calls and design discussions: talk them through with a counterpart who follows up and pushes back, then read a report on your goals, vocabulary and tone.",
  },
  {
    to: null,
    title: "Feedback from the coach",
    text: "The coach comments on grammar, clarity and completeness. It runs offline inside this server, so your answers stay private — unless the people who run it choose to connect a language model.",
  },
] as const;

export function HomePage() {
  const { data: user, isPending } = useUser();
  useDocumentTitle(user ? "Home" : null);
  if (isPending) return <Loading />;
  return user ? <SignedInHome user={user} /> : <SignedOutHome />;
}

function SignedOutHome() {
  return (
    <div className="page">
      <section className="hero" aria-labelledby="hero-heading">
        <p className="eyebrow">For backend developers</p>
        <h1 id="hero-heading">Practice the English of your backend job</h1>
        <p className="lead">
          Explain your design, review a pull request, talk through an incident, answer interview questions — in
          clear, confident English. Parlance is built for developers who speak English as a second language, and
          for anyone who wants to sound as good as their code.
        </p>
        <div className="hero__actions">
          <Link to={paths.signUp} className="button button--primary button--large">
            Create your account
          </Link>
          <Link to={paths.signIn} className="button button--secondary button--large">
            Sign in
          </Link>
        </div>
      </section>

      <ReleaseNote />
      <VocabularySpotlight roleId={BACKEND_ROLE} />
      <Offers />
      <PathSection />

      <section className="cta" aria-labelledby="cta-heading">
        <h2 id="cta-heading">Start with your profile</h2>
        <p>Tell Parlance your level, your daily goal and your time zone, and start practicing straight away.</p>
        <Link to={paths.signUp} className="button button--primary">
          Create your account
        </Link>
      </section>
    </div>
  );
}

function SignedInHome({ user }: { user: User }) {
  return (
    <div className="page">
      <section className="hero hero--compact" aria-labelledby="hero-heading">
        <h1 id="hero-heading">Hello, {user.displayName}</h1>
        <p className="lead">
          Your daily goal is {user.dailyGoalMinutes} minutes of practice. You can change it, your level and your
          time zone in <Link to={paths.settings}>Settings</Link>.
        </p>
      </section>

      <TodayPlan role={user.targetRole} stepAction={(step) => <StartSetButton role={user.targetRole} setId={step.setId} title={step.setTitle ?? step.setId} openAttemptId={step.attemptId} variant="primary" label={step.kind === "continue-set" ? "Continue" : "Start"} />} />

      <ReleaseNote />
      <VocabularySpotlight roleId={BACKEND_ROLE} />
      <Offers />
      <PathSection />
    </div>
  );
}

function ReleaseNote() {
  return (
    <aside className="notice notice--info release-note" aria-label="Release status">
      <p>
        <strong>Early release.</strong> Vocabulary review, the learning path, the roadmap, interview practice and
        workplace roleplays all work today, with the coach&apos;s feedback. More roles and scenarios will follow.
      </p>
    </aside>
  );
}

function Offers() {
  return (
    <section className="section" aria-labelledby="offers-heading">
      <h2 id="offers-heading">What you will practice</h2>
      <ul className="offer-grid">
        {OFFERS.map((offer) => (
          <li key={offer.title} className="offer-card">
            <h3 className="offer-card__title">{offer.to ? <Link to={offer.to}>{offer.title}</Link> : offer.title}</h3>
            <p>{offer.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PathSection() {
  return (
    <section className="section" aria-labelledby="areas-heading">
      <h2 id="areas-heading">The Backend Developer path</h2>
      <TopicAreas roleId={BACKEND_ROLE} headingId="areas-heading" />
    </section>
  );
}
