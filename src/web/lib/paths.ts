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
