/** The app's pages, in one place so that links and routes cannot drift apart. */
export const paths = {
  home: "/",
  signIn: "/sign-in",
  signUp: "/sign-up",
  settings: "/settings",
  vocabulary: "/vocabulary",
  path: "/path",
  roadmap: "/roadmap",
  interview: "/interview",
  roleplay: "/roleplay",
} as const;

/** The practice areas, in the order the navigation shows them. */
export const practiceAreas = [
  { to: paths.vocabulary, label: "Vocabulary" },
  { to: paths.path, label: "Path" },
  { to: paths.roadmap, label: "Roadmap" },
  { to: paths.interview, label: "Interview" },
  { to: paths.roleplay, label: "Roleplay" },
] as const;

/** Pages of the learning path and the roadmap that take an id. */
export const learningPaths = {
  area: (areaId: string) => `/path/areas/${encodeURIComponent(areaId)}`,
  practice: (attemptId: string) => `/practice/${encodeURIComponent(attemptId)}`,
  summary: (attemptId: string) => `/practice/${encodeURIComponent(attemptId)}/summary`,
  topic: (topicId: string) => `/roadmap/${encodeURIComponent(topicId)}`,
} as const;

/** The role every learner follows for now (the profile's target role has one value). */
export const DEFAULT_ROLE = "backend-developer";

/** A glossary term's page (the vocabulary feature's). */
export const termPath = (termId: string) => `/vocabulary/terms/${encodeURIComponent(termId)}`;

/** Interview preparation's pages. */
export const interviewPaths = {
  bank: "/interview",
  question: (id: string) => `/interview/questions/${encodeURIComponent(id)}`,
  mocks: "/interview/mock",
  mock: (id: string) => `/interview/mock/${encodeURIComponent(id)}`,
  report: (id: string) => `/interview/mock/${encodeURIComponent(id)}/report`,
  shared: (token: string) => `/interview/shared/${encodeURIComponent(token)}`,
  kits: "/interview/kits",
  newKit: "/interview/kits/new",
  kit: (id: string) => `/interview/kits/${encodeURIComponent(id)}`,
  editKit: (id: string) => `/interview/kits/${encodeURIComponent(id)}/edit`,
  scorecard: (id: string) => `/interview/scorecards/${encodeURIComponent(id)}`,
  guide: "/interview/guide",
} as const;

/** An interview question's page (the interview feature's). */
export const questionPath = (questionId: string) => `/interview/questions/${encodeURIComponent(questionId)}`;

/** Workplace roleplays' pages: the library, a scenario's brief, a conversation and its report. */
export const roleplayPaths = {
  library: "/roleplay",
  scenario: (scenarioId: string) => `/roleplay/${encodeURIComponent(scenarioId)}`,
  session: (id: string) => `/roleplay/sessions/${encodeURIComponent(id)}`,
  report: (id: string) => `/roleplay/sessions/${encodeURIComponent(id)}/report`,
} as const;
