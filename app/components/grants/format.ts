/**
 * How every grant page writes money, dates, applicants and error keys — the administrator's, the
 * applicant's, the group's and the public ones alike: øre in, kroner out ("12 500 kr", øre only when
 * there are any), Oslo time, and never a private person's name.
 */
import { formatDate, formatNumber, type Messages } from "~/i18n";
import { grantsErrorText } from "~/validation/grants";

/** An amount in øre as "12 500 kr" ("12 500,50 kr" when there are øre); nothing as "–". */
export function kroner(ore: number | null | undefined, t: Messages): string {
  if (ore === null || ore === undefined) return t.grants.none;
  const amount =
    ore % 100 === 0 ? formatNumber(ore / 100, t) : new Intl.NumberFormat(t.meta.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100);
  return t.grants.kroner(amount);
}

/** An amount in øre as a form's starting value, in a form parseNorwegianAmount reads back ("12500,50"). */
export function amountInput(ore: number | null | undefined): string {
  if (ore === null || ore === undefined) return "";
  const whole = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, "0")}`;
}

/** An instant as a date and time in Norway, the same on the server and in the browser. */
export function osloDateTime(value: Date | number | string | null | undefined, t: Messages): string {
  if (value === null || value === undefined) return t.grants.none;
  return formatDate(new Date(value), t, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" });
}

/** A calendar day stored as YYYY-MM-DD, written out ("15. april 2027"); noon UTC is the same day in Oslo. */
export function calendarDay(iso: string | null | undefined, t: Messages): string {
  if (!iso) return t.grants.none;
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date, t, { dateStyle: "long", timeZone: "Europe/Oslo" });
}

/** An instant (a Date, or its ms or ISO string after serialisation) as its day in Oslo. */
export function instantDay(value: Date | number | string | null | undefined, t: Messages): string {
  if (value === null || value === undefined) return t.grants.none;
  return formatDate(new Date(value), t, { dateStyle: "long", timeZone: "Europe/Oslo" });
}

/**
 * The applicant as every list and the minutes show it: the organisation, or "Privatperson" — never a
 * private person's name (offentleglova; forvaltningsloven § 13). Takes a row, or the organisation's
 * name with null for a private person.
 */
export function applicantName(applicant: { applicantKind: string; organisationName: string | null } | string | null, t: Messages): string {
  if (applicant === null) return t.grants.privatePerson;
  if (typeof applicant === "string") return applicant;
  return applicant.applicantKind === "private_person" ? t.grants.privatePerson : (applicant.organisationName ?? t.grants.none);
}

/** A file size in kB or MB. */
export function fileSize(bytes: number, t: Messages): string {
  return bytes >= 1_000_000 ? `${formatNumber(Math.round(bytes / 100_000) / 10, t)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1000)), t)} kB`;
}

/**
 * An error key of a grant form in words: the grants' validation messages, then the models'
 * refusals, then the page's own words (`own`), then the shared validation messages.
 */
export function grantErrorText(t: Messages, key: string, own?: object): string {
  if (key in t.grants.validation) return grantsErrorText(t, key);
  const refusal = (t.grants.refusals as Record<string, string | undefined>)[key];
  if (refusal) return refusal;
  const page = own ? (own as Record<string, unknown>)[key] : undefined;
  if (typeof page === "string") return page;
  return grantsErrorText(t, key);
}

/** Translated errors for one field, or undefined. */
export function grantFieldErrors(t: Messages, errors: string[] | undefined, own?: object): string[] | undefined {
  return errors?.map((e) => grantErrorText(t, e, own));
}
