import { ComingSoon } from "../../components/coming-soon";

export function RoadmapPage() {
  return (
    <ComingSoon
      title="Roadmap"
      summary="A map of about ninety backend topics, grouped by area, each with the English you need to explain it."
      plans={[
        "Topics from HTTP and SQL indexes to message queues, caching and observability, grouped by topic area.",
        "For each topic: a short explanation, the key vocabulary and how people talk about it at work.",
        "Search across topics and terms.",
        "Your progress on the map, so you can see what you can already explain and what comes next.",
      ]}
    />
  );
}
