import { formatDate, type Messages } from "~/i18n";
import { dateTimeFormat } from "~/i18n/format";

/** A calendar date (YYYY-MM-DD) as "21. august 2023"; read as UTC so no time zone moves the day. */
export function formatIsoDate(iso: string, t: Messages): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(date, t, { dateStyle: "long", timeZone: "UTC" });
}

/** An instant as a date in Norway, the same on the server and in the browser (no hydration mismatch). */
export function formatInstant(ms: number, t: Messages): string {
  return formatDate(ms, t, { dateStyle: "long", timeZone: "Europe/Oslo" });
}

/** An instant as YYYY-MM-DD in Norway, for <time dateTime>. */
export function isoDayInNorway(ms: number): string {
  return dateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(ms);
}

export function formatPeriod(start: string | null, end: string | null, t: Messages): string {
  const p = t.initiatives.period;
  if (start && end) return p.between(formatIsoDate(start, t), formatIsoDate(end, t));
  if (start) return p.from(formatIsoDate(start, t));
  if (end) return p.until(formatIsoDate(end, t));
  return p.unknown;
}
