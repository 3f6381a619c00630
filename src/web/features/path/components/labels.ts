import type { Level } from "../../../types/api";

export const LEVEL_LABEL: Record<Level, string> = { junior: "Junior", mid: "Mid-level", senior: "Senior" };

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
