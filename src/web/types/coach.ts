/** The coach's feedback as the API returns it (src/server/features/coach/coach.schemas.ts). */
export type Span = { start: number; end: number };

export type CoachFeedback = {
  overall: number;
  band: number;
  bandLabel: string;
  scores: { content: number | null; language: number; vocabulary: number; structure: number | null; clarity: number };
  issues: (Span & { category: string; message: string; replacement?: string; rule: string; severity: "error" | "suggestion" })[];
  keyPoints: {
    covered: { text: string; quote: string; evidence: Span; strength: number }[];
    missed: { text: string; reason: "absent" | "partial" | "contradicted" }[];
  };
  vocabulary: { used: { term: string }[]; misused: { term: string; message: string }[]; unused: string[]; domainTerms: string[] };
  structure: { kind: string; parts: { id: string; label: string; present: boolean }[]; inOrder: boolean; score: number } | null;
  rewrites: (Span & { original: string; suggestion: string; reason: string })[];
  summary: string;
  stats: { words: number; sentences: number };
};
