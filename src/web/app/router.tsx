import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AppLayout } from "./layout/app-layout";
import { ErrorPage } from "./routes/error";
import { HomePage } from "./routes/home";
import { InterviewPage } from "./routes/interview";
import { InterviewQuestionPage } from "./routes/interview-question";
import { InterviewMockRunPage, InterviewMocksPage } from "./routes/interview-mock";
import { InterviewReportPage, SharedReportPage } from "./routes/interview-report";
import { InterviewKitEditPage, InterviewKitPage, InterviewKitsPage } from "./routes/interview-kits";
import { InterviewScorecardPage } from "./routes/interview-scorecard";
import { InterviewGuidePage } from "./routes/interview-guide";
import { NotFoundPage } from "./routes/not-found";
import { PathPage } from "./routes/path";
import { PathAreaPage } from "./routes/path-area";
import { PracticePage } from "./routes/practice";
import { PracticeSummaryPage } from "./routes/practice-summary";
import { RoadmapPage } from "./routes/roadmap";
import { TopicPage } from "./routes/topic";
import { RoleplayPage } from "./routes/roleplay";
import { RoleplayReportPage } from "./routes/roleplay-report";
import { RoleplayScenarioPage } from "./routes/roleplay-scenario";
import { RoleplaySessionPage } from "./routes/roleplay-session";
import { SettingsPage } from "./routes/settings";
import { SignInPage } from "./routes/sign-in";
import { SignUpPage } from "./routes/sign-up";
import { VocabularyPage } from "./routes/vocabulary";
import { VocabularyDeckPage } from "./routes/vocabulary-deck";
import { VocabularyReviewPage } from "./routes/vocabulary-review";
import { VocabularyStatsPage } from "./routes/vocabulary-stats";
import { VocabularyTermPage } from "./routes/vocabulary-term";
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
          { path: "/vocabulary/terms/:termId", element: <VocabularyTermPage /> },
          { path: "/vocabulary/review", element: <VocabularyReviewPage /> },
          { path: "/vocabulary/deck", element: <VocabularyDeckPage /> },
          { path: "/vocabulary/stats", element: <VocabularyStatsPage /> },
          { path: paths.path, element: <PathPage /> },
          { path: paths.roadmap, element: <RoadmapPage /> },
          { path: "/roadmap/:topicId", element: <TopicPage /> },
          { path: "/path/areas/:areaId", element: <PathAreaPage /> },
          { path: "/practice/:attemptId", element: <PracticePage /> },
          { path: "/practice/:attemptId/summary", element: <PracticeSummaryPage /> },
          { path: paths.interview, element: <InterviewPage /> },
          { path: "/interview/questions/:questionId", element: <InterviewQuestionPage /> },
          { path: "/interview/mock", element: <InterviewMocksPage /> },
          { path: "/interview/mock/:mockId", element: <InterviewMockRunPage /> },
          { path: "/interview/mock/:mockId/report", element: <InterviewReportPage /> },
          { path: "/interview/shared/:token", element: <SharedReportPage /> },
          { path: "/interview/kits", element: <InterviewKitsPage /> },
          { path: "/interview/kits/new", element: <InterviewKitEditPage /> },
          { path: "/interview/kits/:kitId", element: <InterviewKitPage /> },
          { path: "/interview/kits/:kitId/edit", element: <InterviewKitEditPage /> },
          { path: "/interview/scorecards/:scorecardId", element: <InterviewScorecardPage /> },
          { path: "/interview/guide", element: <InterviewGuidePage /> },
          { path: paths.roleplay, element: <RoleplayPage /> },
          { path: "/roleplay/:scenarioId", element: <RoleplayScenarioPage /> },
          { path: "/roleplay/sessions/:sessionId", element: <RoleplaySessionPage /> },
          { path: "/roleplay/sessions/:sessionId/report", element: <RoleplayReportPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
