/** Formatting shared by the scheme administrator's pages: money (øre in, kroner out), Oslo times, error keys. */
import { formatDate, formatNumber, type Messages } from "~/i18n";
import { grantsErrorText } from "~/validation/grants";

/** An amount in øre as "12 500 kr" (decimals only when there are øre). */
export function kroner(ore: number | null | undefined, t: Messages): string {
  if (ore === null || ore === undefined) return t.grants.adminPages.none;
  return t.grants.adminPages.kroner(formatNumber(ore / 100, t));
}

/** An amount in øre as a form's starting value, in a form parseNorwegianAmount reads back ("12500,50"). */
export function amountInput(ore: number | null | undefined): string {
  if (ore === null || ore === undefined) return "";
  const whole = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, "0")}`;
}

/** An instant (ms) as a date and time in Norway, the same on the server and in the browser. */
export function osloDateTime(ms: number | null | undefined, t: Messages): string {
  if (ms === null || ms === undefined) return t.grants.adminPages.none;
  return formatDate(ms, t, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" });
}

/** A calendar date (YYYY-MM-DD) as "15. april 2027". */
export function isoDate(iso: string | null | undefined, t: Messages): string {
  if (!iso) return t.grants.adminPages.none;
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date, t, { dateStyle: "long", timeZone: "UTC" });
}

/** An error key of the admin forms in words: the grants' validation, then the models' refusals, then the shared ones. */
export function adminErrorText(t: Messages, key: string): string {
  const refusal = (t.grants.refusals as Record<string, string | undefined>)[key];
  if (refusal && !(key in t.grants.validation)) return refusal;
  return grantsErrorText(t, key);
}

/** Translated errors for one field, or undefined. */
export function adminFieldErrors(t: Messages, errors: string[] | undefined): string[] | undefined {
  return errors?.map((e) => adminErrorText(t, e));
}

/** An applicant's name as the administrator sees it (a private person's name is not on these lists). */
export function applicantName(row: { applicantKind: string; organisationName: string | null }, t: Messages): string {
  return row.applicantKind === "private_person" ? t.grants.privatePerson : (row.organisationName ?? t.grants.adminPages.none);
}
