/** How a meeting's time reads: "tirsdag 12. januar 2027 kl. 16.00–19.00", always in Oslo time. */
import type { Messages } from "~/i18n";
import { dateTimeFormat } from "~/i18n/format";

const OSLO = "Europe/Oslo";

export function meetingDay(value: Date | number | string, t: Messages): string {
  return dateTimeFormat(t.meta.locale, { timeZone: OSLO, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(value));
}

export function clockTime(value: Date | number | string, t: Messages): string {
  return dateTimeFormat(t.meta.locale, { timeZone: OSLO, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(value));
}

export function meetingWhen(startsAt: Date | number | string, endsAt: Date | number | string, t: Messages): string {
  return t.meetings.words.timeRange(meetingDay(startsAt, t), clockTime(startsAt, t), clockTime(endsAt, t));
}

/** An ISO day (YYYY-MM-DD) as the page's language writes it. */
export function isoDay(iso: string, t: Messages): string {
  return dateTimeFormat(t.meta.locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${iso}T00:00:00Z`));
}

/** The Oslo date and clock time of an instant, as the forms take them back (YYYY-MM-DD, HH:MM). */
export function formDateTime(value: Date | number | string): { date: string; time: string } {
  const d = new Date(value);
  const date = new Intl.DateTimeFormat("sv-SE", { timeZone: OSLO, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone: OSLO, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
  return { date, time };
}
