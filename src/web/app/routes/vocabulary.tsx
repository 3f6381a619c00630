import { ComingSoon } from "../../components/coming-soon";

export function VocabularyPage() {
  return (
    <ComingSoon
      title="Vocabulary"
      summary="The words and phrases of backend work, learnt in context and reviewed at the right moment so that they stay with you."
      plans={[
        "Terms such as idempotent, back-pressure and eventual consistency, each with a plain-English meaning and example sentences from code reviews, stand-ups and incidents.",
        "Pronunciation for every term: a respelling, the IPA and audio played by your browser, all offline.",
        "Reviews scheduled by spaced repetition (FSRS), so you see a word again just before you would forget it.",
        "Feedback from the coach when you use a new word in a sentence of your own.",
      ]}
    />
  );
}
