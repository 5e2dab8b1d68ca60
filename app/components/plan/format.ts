/**
 * How the plan pages write money and days (issue 21): øre in, kroner out ("12 500 kr",
 * øre only when there are any), calendar days in Oslo. From the places section, which both the public
 * plan page and the workspaces load (the grants' words are not on a public programme page). Nothing
 * here may import a schema: the public plan page would carry zod (the forms' words are in ./errors.ts).
 */
import { formatDate, formatNumber, type Messages } from "~/i18n";

export function planKroner(ore: number | null | undefined, t: Messages): string {
  const p = t.places.planPage;
  if (ore === null || ore === undefined) return p.none;
  const amount = ore % 100 === 0 ? formatNumber(ore / 100, t) : new Intl.NumberFormat(t.meta.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100);
  return p.kroner(amount);
}

/** A calendar day stored as YYYY-MM-DD, written out ("20. januar 2026"); noon UTC is the same day in Oslo. */
export function planDay(iso: string | null | undefined, t: Messages): string {
  if (!iso) return t.places.planPage.none;
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date, t, { dateStyle: "long", timeZone: "Europe/Oslo" });
}

/** An instant as its day and time in Oslo. */
export function planInstant(ms: number, t: Messages): string {
  return formatDate(ms, t, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" });
}
