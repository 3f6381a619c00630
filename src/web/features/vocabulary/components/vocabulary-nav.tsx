import { SubNav } from "../../../components/sub-nav";
import { useUser } from "../../../lib/auth";
import { vocabularyPaths } from "../paths";

/** The vocabulary pages: the glossary for everyone, review, deck and stats for a signed-in learner. */
export function VocabularyNav() {
  const { data: user } = useUser();
  const links = [
    { to: vocabularyPaths.glossary, label: "Glossary", end: true },
    ...(user
      ? [
          { to: vocabularyPaths.review, label: "Review", end: true },
          { to: vocabularyPaths.deck, label: "My deck", end: true },
          { to: vocabularyPaths.stats, label: "Stats", end: true },
        ]
      : []),
  ];
  return <SubNav label="Vocabulary" links={links} />;
}
