/**
 * Light and dark themes. The stylesheet follows `prefers-color-scheme` by itself; an explicit
 * choice is stored in localStorage and written to `<html data-theme>` by `applyStoredTheme()`,
 * which main.tsx calls before the first render (the CSP forbids an inline script in index.html).
 */
export type ThemePreference = "system" | "light" | "dark";
export type Theme = "light" | "dark";

const STORAGE_KEY = "parlance.theme";

export function readThemePreference(): ThemePreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system"; // storage disabled: follow the system
  }
}

export function writeThemePreference(preference: ThemePreference): void {
  try {
    if (preference === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  applyThemePreference(preference);
}

export function applyThemePreference(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === "system") delete root.dataset.theme;
  else root.dataset.theme = preference;
}

export function applyStoredTheme(): void {
  applyThemePreference(readThemePreference());
}

const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

export function systemTheme(): Theme {
  return darkQuery().matches ? "dark" : "light";
}

export function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

export { STORAGE_KEY as THEME_STORAGE_KEY };
