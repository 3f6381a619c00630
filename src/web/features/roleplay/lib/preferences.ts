import { useState } from "react";

/** A yes/no choice remembered on this device (localStorage), such as reading lines aloud. */
export function useStoredToggle(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : stored === "on";
    } catch {
      return initial;
    }
  });
  const set = (next: boolean) => {
    setValue(next);
    try {
      localStorage.setItem(key, next ? "on" : "off");
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  return [value, set];
}

export const READ_ALOUD_KEY = "parlance.roleplay.readAloud";
export const INLINE_FEEDBACK_KEY = "parlance.roleplay.inlineFeedback";
