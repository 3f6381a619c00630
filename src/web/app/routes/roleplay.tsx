import { ComingSoon } from "../../components/coming-soon";

export function RoleplayPage() {
  return (
    <ComingSoon
      title="Workplace roleplays"
      summary="Rehearse the conversations of a backend team before you have them for real."
      plans={[
        "Scenarios such as giving a stand-up update, pushing back in a code review, leading an incident call and proposing a design.",
        "Turn-by-turn conversations in which you write your replies.",
        "Feedback from the coach on tone, clarity and the phrases that would work better.",
        "Scenarios for your level, from your first team meeting to leading a design review.",
      ]}
    />
  );
}
