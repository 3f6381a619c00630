/** IANA time zones for the settings select, with their current UTC offset to help people find theirs. */

export type TimeZoneOption = { value: string; label: string };

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

function supportedTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
}

function offsetOf(timeZone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" }).formatToParts(at);
    const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "";
    return name === "GMT" ? "UTC±00:00" : name.replace("GMT", "UTC");
  } catch {
    return "";
  }
}

/**
 * Every zone the browser knows, plus the ones that must be selectable even if it doesn't list
 * them (the saved value, the browser's own, and UTC), sorted by name.
 */
export function timeZoneOptions(mustInclude: string[], at = new Date()): TimeZoneOption[] {
  const zones = new Set(supportedTimeZones());
  for (const zone of [...mustInclude, "UTC"]) if (zone) zones.add(zone);
  return [...zones]
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => {
      const offset = offsetOf(zone, at);
      return { value: zone, label: `${zone.replaceAll("_", " ")}${offset ? ` (${offset})` : ""}` };
    });
}
