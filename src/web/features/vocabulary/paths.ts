/** The vocabulary pages. */
export const vocabularyPaths = {
  glossary: "/vocabulary",
  term: (termId: string) => `/vocabulary/terms/${encodeURIComponent(termId)}`,
  review: "/vocabulary/review",
  deck: "/vocabulary/deck",
  stats: "/vocabulary/stats",
} as const;

/** The only role so far; the API is shaped for more. */
export const DEFAULT_ROLE = "backend-developer";
