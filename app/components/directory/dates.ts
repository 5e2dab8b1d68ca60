import { formatDate, type Messages } from "~/i18n";
import { dateTimeFormat } from "~/i18n/format";

/**
 * Dates in the directory's pages. The time zone is fixed so the server's and the browser's rendering
 * agree (a mismatch would break hydration) and a date is the day it was in Norway.
 */
export function formatDay(value: Date | number, t: Messages, dateStyle: "long" | "medium" = "long"): string {
  return formatDate(value, t, { dateStyle, timeZone: "Europe/Oslo" });
}

/** A calendar date stored as YYYY-MM-DD (a tiltak's period, an update's event date). */
export function formatIsoDay(iso: string, t: Messages, dateStyle: "long" | "medium" = "long"): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(date, t, { dateStyle, timeZone: "UTC" });
}

/** The value for a `<time dateTime>` attribute: the calendar day in Norway. */
export function isoDayInOslo(value: Date | number): string {
  return dateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(value);
}
