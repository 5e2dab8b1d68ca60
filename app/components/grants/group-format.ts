/** How the group's pages write money, dates and applicants: kroner with Norwegian digits, Oslo time, never a private person's name. */
import { formatDate, formatNumber, type Messages } from "~/i18n";

/** Øre as kroner: "25 000 kr" (øre shown only when there are any). */
export function groupKroner(ore: number | null, t: Messages): string {
  if (ore === null) return t.grants.groupPages.none;
  const amount =
    ore % 100 === 0
      ? formatNumber(ore / 100, t)
      : new Intl.NumberFormat(t.meta.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100);
  return t.grants.groupPages.kroner(amount);
}

/** A calendar day stored as YYYY-MM-DD, written out; noon UTC is the same day in Oslo. */
export function groupDay(isoDay: string | null, t: Messages): string {
  if (!isoDay) return t.grants.groupPages.none;
  return formatDate(new Date(`${isoDay}T12:00:00Z`), t, { dateStyle: "long", timeZone: "Europe/Oslo" });
}

/** An instant (a Date, or its ms or ISO string after serialisation) as a day in Oslo. */
export function groupInstantDay(value: Date | string | number | null, t: Messages): string {
  if (value === null) return t.grants.groupPages.none;
  return formatDate(new Date(value), t, { dateStyle: "long", timeZone: "Europe/Oslo" });
}

/** The applicant as the group and the minutes show it: the organisation, or "Privatperson" (offentleglova; forvaltningsloven § 13). */
export function groupApplicant(applicant: string | null, t: Messages): string {
  return applicant ?? t.grants.groupPages.privatePerson;
}

/** A file size in kB or MB. */
export function groupFileSize(bytes: number, t: Messages): string {
  return bytes >= 1_000_000 ? `${formatNumber(Math.round(bytes / 100_000) / 10, t)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1000)), t)} kB`;
}
