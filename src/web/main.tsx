import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { applyStoredTheme } from "./lib/theme";
import "./styles/global.css";

// Before the first render, so a stored light/dark choice shows without a flash of the other theme.
applyStoredTheme();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
