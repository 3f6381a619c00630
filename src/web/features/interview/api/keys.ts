/** Query keys of interview prep. They start with "account" (dropped on sign-out). */
export const interviewKey = ["account", "interview"] as const;
export const bankKey = (role: string, filters: Record<string, string>) => [...interviewKey, "bank", role, filters] as const;
export const practiceKey = (role: string, id: string) => [...interviewKey, "practice", role, id] as const;
export const mocksKey = [...interviewKey, "mocks"] as const;
export const mockKey = (id: string) => [...interviewKey, "mock", id] as const;
export const reportKey = (id: string) => [...interviewKey, "report", id] as const;
export const kitsKey = [...interviewKey, "kits"] as const;
export const kitKey = (id: string) => [...interviewKey, "kit", id] as const;
export const scorecardsKey = (kitId: string) => [...interviewKey, "scorecards", kitId] as const;
export const scorecardKey = (id: string) => [...interviewKey, "scorecard", id] as const;
