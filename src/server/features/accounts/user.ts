import { z } from "zod";

export const LEVELS = ["junior", "mid", "senior"] as const;
export const ROLES = ["backend-developer"] as const;

/** The account as the API shows it: never the password hash. */
export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    targetRole: z.enum(ROLES),
    level: z.enum(LEVELS),
    nativeLanguage: z.string().nullable(),
    dailyGoalMinutes: z.number().int(),
    timeZone: z.string(),
    createdAt: z.string().describe("ISO 8601"),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof User>;

export const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const ProfileFields = {
  displayName: z.string().trim().min(1, "must not be empty").max(80),
  targetRole: z.enum(ROLES),
  level: z.enum(LEVELS),
  nativeLanguage: z.string().trim().min(1).max(60).nullable(),
  dailyGoalMinutes: z.number().int().min(5).max(240),
  timeZone: z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin"),
};
