/** How the grants' public pages write money and dates: kroner with Norwegian digits, Oslo time. */
import { formatDate, formatNumber, type Messages } from "~/i18n";

/** Øre as kroner: "25 000 kr" (øre shown only when there are any: "12 500,50 kr"). */
export function kroner(ore: number, t: Messages): string {
  const amount =
    ore % 100 === 0
      ? formatNumber(ore / 100, t)
      : new Intl.NumberFormat(t.meta.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100);
  return t.grants.publicPages.kroner(amount);
}

/** An instant (ms) in Oslo time, with the time of day: a deadline is at 12:00 on a given day. */
export function osloDateTime(ms: number, t: Messages): string {
  return formatDate(ms, t, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" });
}

/** A calendar day stored as YYYY-MM-DD (decision dates), written out; noon UTC is the same day in Oslo. */
export function calendarDay(isoDay: string, t: Messages): string {
  return formatDate(new Date(`${isoDay}T12:00:00Z`), t, { dateStyle: "long", timeZone: "Europe/Oslo" });
}
