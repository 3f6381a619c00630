/**
 * Query keys of roleplays. The learner's conversations start with "account" (dropped on sign-out);
 * the scenarios are the curriculum's, the same for everyone.
 */
export const roleplayKey = ["account", "roleplay"] as const;
export const conversationsKey = (filters: { scenario?: string } = {}) => [...roleplayKey, "list", filters] as const;
export const conversationKey = (id: string) => [...roleplayKey, "conversation", id] as const;
export const reportKey = (id: string) => [...roleplayKey, "report", id] as const;

export const scenariosKey = (role: string, filters: Record<string, string>) => ["scenarios", role, filters] as const;
export const scenarioKey = (role: string, id: string) => ["scenario", role, id] as const;
export const areasKey = (role: string) => ["role-areas", role] as const;
