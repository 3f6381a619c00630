/**
 * Query keys of the learner's review data. They start with "account", like every query of the
 * signed-in user (lib/auth.ts).
 */
export const reviewKeys = {
  all: ["account", "review"] as const,
  queue: () => ["account", "review", "queue"] as const,
  deck: () => ["account", "review", "deck"] as const,
  deckEntry: (roleId: string, termId: string) => ["account", "review", "deck", roleId, termId] as const,
  stats: () => ["account", "review", "stats"] as const,
  settings: () => ["account", "review", "settings"] as const,
};
