/** Shapes returned by the Parlance API (see the server's OpenAPI document at /docs). */

export type Level = "junior" | "mid" | "senior";
export type TargetRole = "backend-developer";

export type User = {
  id: string;
  email: string;
  displayName: string;
  targetRole: TargetRole;
  level: Level;
  nativeLanguage: string | null;
  dailyGoalMinutes: number;
  timeZone: string;
  createdAt: string;
};

export type UserResponse = { user: User };

export type CatalogArea = { id: string; title: string; summary: string };
export type CatalogRole = { id: string; title: string; summary: string; areas: CatalogArea[] };
export type Catalog = { roles: CatalogRole[] };
