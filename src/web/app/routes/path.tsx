import { ComingSoon } from "../../components/coming-soon";

export function PathPage() {
  return (
    <ComingSoon
      title="Learning path"
      summary="A guided route through the topic areas of the Backend Developer path, with short exercises for each step."
      plans={[
        "Steps ordered from foundations to senior topics, matched to the level in your profile.",
        "Exercises that practise real work language: fill the gap, rephrase a sentence more clearly, explain a concept in your own words.",
        "Feedback from the coach on each answer: what was right, what was missing, and a better way to say it.",
        "Progress saved per topic area, counted towards your daily goal.",
      ]}
    />
  );
}
