import { InterviewNav } from "../../features/interview/components/interview-nav";
import { useDocumentTitle } from "../../lib/document-title";

/** The preparation guide: original text, no API. */
export function InterviewGuidePage() {
  useDocumentTitle("Interview preparation guide");
  return (
    <div className="page guide">
      <header className="page__header">
        <p className="eyebrow">Interview preparation</p>
        <h1>How to prepare for a backend interview in English</h1>
        <p className="lead">Interviewers are not grading your accent. They want to know whether you can explain what you know, reason out loud, and work with a team in English. All three can be practiced.</p>
      </header>
      <InterviewNav />

      <section className="section" aria-labelledby="prepare">
        <h2 id="prepare">How to prepare</h2>
        <ol>
          <li>
            <strong>Read the job description twice.</strong> List the technologies and the responsibilities it names. For each, prepare one sentence on what it is and one example of when you used it.
          </li>
          <li>
            <strong>Practice out loud, not only in your head.</strong> Answer one question from the bank each day, dictating if your browser offers it. Speaking shows you which words you are missing.
          </li>
          <li>
            <strong>Compare, then retry.</strong> After the coach's feedback, read the model answer, note two phrases you want to use, and answer again the next day without looking.
          </li>
          <li>
            <strong>Prepare four or five stories.</strong> A hard bug you fixed, a disagreement, a mistake you made, a project you are proud of, a time you learned something fast. Most behavioral questions can be answered with one of them.
          </li>
          <li>
            <strong>Run a mock interview a week before.</strong> The time limit is part of the practice: a complete short answer beats a long unfinished one.
          </li>
        </ol>
      </section>

      <section className="section" aria-labelledby="skills">
        <h2 id="skills">The skills to show</h2>
        <ul>
          <li>
            <strong>Clear explanations</strong>: define the term, say why it matters, then give an example. “An index is a separate structure that lets the database find rows without reading the whole table. It matters because…”
          </li>
          <li>
            <strong>Trade-offs</strong>: there is rarely one right answer. Say what you would choose, what it costs, and when you would choose differently.
          </li>
          <li>
            <strong>Thinking aloud</strong>: in system design, describe what you are considering before you decide. Silence gives the interviewer nothing to score.
          </li>
          <li>
            <strong>Ownership</strong>: in stories, say “I” for what you did and “we” for what the team did. Interviewers need to know your part.
          </li>
          <li>
            <strong>Honesty</strong>: “I haven't used Kafka in production, but I understand the model: …” is a strong answer. Guessing is not.
          </li>
        </ul>
      </section>

      <section className="section" aria-labelledby="star">
        <h2 id="star">The STAR method</h2>
        <p>Behavioral questions (“Tell me about a time when…”) are easiest to follow when the answer has four parts:</p>
        <dl className="star">
          <dt>Situation</dt>
          <dd>Where and when, in one or two sentences. Only the context the listener needs.</dd>
          <dt>Task</dt>
          <dd>What you were responsible for, or what had to be achieved.</dd>
          <dt>Action</dt>
          <dd>What you did, step by step, in the past simple. This is the longest part.</dd>
          <dt>Result</dt>
          <dd>What happened, with a number if you can, and what you learned.</dd>
        </dl>
        <h3>A worked example</h3>
        <p>
          <em>Question: Tell me about a time you dealt with a production incident.</em>
        </p>
        <div className="card">
          <p>
            <strong>Situation.</strong> Last year I worked on the payments API of an online shop. On a Friday evening, checkout requests started timing out, and about a third of orders were failing.
          </p>
          <p>
            <strong>Task.</strong> I was on call, so my job was to restore checkout first and find the cause afterwards.
          </p>
          <p>
            <strong>Action.</strong> I checked the dashboards and saw that database connections were exhausted. A deploy an hour earlier had added a query inside a loop, so each checkout opened dozens of connections. I rolled the deploy back, confirmed that latency returned to normal, and posted updates in the incident channel every fifteen minutes. On Monday I wrote the post-mortem and added a test that counts the queries per request.
          </p>
          <p>
            <strong>Result.</strong> Checkout was back within twenty-five minutes. The new test has since caught two similar problems before release, and we added a connection-pool alert to our monitoring.
          </p>
        </div>
        <p className="muted">Notice the verbs: checked, saw, rolled back, confirmed, posted, wrote, added. Past simple for finished actions keeps the story easy to follow.</p>
      </section>

      <section className="section" aria-labelledby="phrases">
        <h2 id="phrases">Useful phrases</h2>
        <div className="report__columns">
          <div className="card">
            <h3>Buying time</h3>
            <ul>
              <li>That's a good question — let me think about it for a moment.</li>
              <li>Let me structure my answer: first…, then…</li>
              <li>I'd like to think out loud, if that's OK.</li>
              <li>There are a few ways to approach this. Let me start with the simplest.</li>
              <li>Give me a second to put the steps in order.</li>
            </ul>
          </div>
          <div className="card">
            <h3>Asking clarifying questions</h3>
            <ul>
              <li>Before I start, can I check the requirements? How many users are we expecting?</li>
              <li>Just to make sure I understand: do you mean…, or…?</li>
              <li>Should I focus on the API design or on the data model?</li>
              <li>Is it acceptable if the data is a few seconds out of date?</li>
              <li>Could you repeat the last part of the question, please?</li>
            </ul>
          </div>
          <div className="card">
            <h3>When you don't know</h3>
            <ul>
              <li>I haven't worked with that directly, but here is how I would find out.</li>
              <li>I'm not sure, but my best guess is…, because…</li>
              <li>I know the idea but not the details; may I explain the idea?</li>
            </ul>
          </div>
        </div>
      </section>
    </div>
  );
}
