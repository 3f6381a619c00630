import { createContext, use, useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import {
  readThemePreference,
  subscribeToSystemTheme,
  systemTheme,
  writeThemePreference,
  type Theme,
  type ThemePreference,
} from "../../lib/theme";

type ThemeContextValue = {
  preference: ThemePreference;
  /** The theme actually shown: the preference, or the system's when the preference is "system". */
  theme: Theme;
  setPreference: (preference: ThemePreference) => void;
};

const ThemeContext = createContext<ThemeContextValue | null>(null);

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(readThemePreference);
  const system = useSyncExternalStore(subscribeToSystemTheme, systemTheme, () => "light" as Theme);

  const setPreference = useCallback((next: ThemePreference) => {
    writeThemePreference(next);
    setPreferenceState(next);
  }, []);

  const value = useMemo<ThemeContextValue>(
    () => ({ preference, theme: preference === "system" ? system : preference, setPreference }),
    [preference, system, setPreference],
  );
  return <ThemeContext value={value}>{children}</ThemeContext>;
}

export function useTheme(): ThemeContextValue {
  const value = use(ThemeContext);
  if (!value) throw new Error("useTheme must be used inside <ThemeProvider>");
  return value;
}
