import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AppLayout } from "./layout/app-layout";
import { ErrorPage } from "./routes/error";
import { HomePage } from "./routes/home";
import { InterviewPage } from "./routes/interview";
import { NotFoundPage } from "./routes/not-found";
import { PathPage } from "./routes/path";
import { RoadmapPage } from "./routes/roadmap";
import { RoleplayPage } from "./routes/roleplay";
import { SettingsPage } from "./routes/settings";
import { SignInPage } from "./routes/sign-in";
import { SignUpPage } from "./routes/sign-up";
import { VocabularyPage } from "./routes/vocabulary";
import { paths } from "../lib/paths";

/** Every page of the app. Pages combine features; features never import each other. */
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <ErrorPage standalone />,
    children: [
      {
        // Errors inside a page keep the header and navigation around them.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: paths.signIn, element: <SignInPage /> },
          { path: paths.signUp, element: <SignUpPage /> },
          { path: paths.settings, element: <SettingsPage /> },
          { path: paths.vocabulary, element: <VocabularyPage /> },
          { path: paths.path, element: <PathPage /> },
          { path: paths.roadmap, element: <RoadmapPage /> },
          { path: paths.interview, element: <InterviewPage /> },
          { path: paths.roleplay, element: <RoleplayPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
