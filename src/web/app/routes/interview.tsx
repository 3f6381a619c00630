import { ComingSoon } from "../../components/coming-soon";

export function InterviewPage() {
  return (
    <ComingSoon
      title="Interview preparation"
      summary="Practise answering backend interview questions in English, then run a full mock interview."
      plans={[
        "Questions by topic and level, from “What is an index?” to system-design prompts.",
        "Written answers checked by the coach for the key points an interviewer listens for, and for clear structure.",
        "Mock interviews: a set of questions against the clock, with a summary at the end.",
        "Model phrases for the hard moments: asking to clarify, thinking aloud, admitting what you do not know.",
      ]}
    />
  );
}
