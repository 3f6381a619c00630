/** Query keys of runs. They start with "account" (dropped on sign-out) and "learning" (refreshed after an answer). */
export const learningKey = ["account", "learning"] as const;
export const attemptKey = (attemptId: string) => [...learningKey, "attempt", attemptId] as const;
export const summaryKey = (attemptId: string) => [...learningKey, "summary", attemptId] as const;
