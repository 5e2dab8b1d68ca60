/** Formatting for the applicant's pages (/min-side/tilskudd…): money (øre in, kroner out), Oslo times, error keys. */
import { formatDate, formatNumber, type Messages } from "~/i18n";
import { grantsErrorText } from "~/validation/grants";

/** An amount in øre as "12 500 kr" (decimals only when there are øre). */
export function kr(ore: number | null | undefined, t: Messages): string {
  if (ore === null || ore === undefined) return t.grants.applyPages.none;
  return t.grants.applyPages.kroner(formatNumber(ore / 100, t));
}

/** An amount in øre as a form's starting value that parseNorwegianAmount reads back ("12500,50"). */
export function amountInput(ore: number | null | undefined): string {
  if (ore === null || ore === undefined) return "";
  const whole = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, "0")}`;
}

/** An instant (ms) as a date and time in Norway, the same on the server and in the browser. */
export function osloDateTime(ms: number | null | undefined, t: Messages): string {
  if (ms === null || ms === undefined) return t.grants.applyPages.none;
  return formatDate(ms, t, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" });
}

/** A calendar date (YYYY-MM-DD) as "15. april 2027". */
export function isoDate(iso: string | null | undefined, t: Messages): string {
  if (!iso) return t.grants.applyPages.none;
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date, t, { dateStyle: "long", timeZone: "UTC" });
}

/** An error key of the applicant's forms in words: the grants' validation, the models' refusals, then the shared ones. */
export function applyErrorText(t: Messages, key: string): string {
  if (key in t.grants.validation) return grantsErrorText(t, key);
  const refusal = (t.grants.refusals as Record<string, string | undefined>)[key];
  if (refusal) return refusal;
  const own = (t.grants.applyPages.form as Record<string, unknown>)[key];
  if (typeof own === "string") return own;
  return grantsErrorText(t, key);
}

export function applyFieldErrors(t: Messages, errors: string[] | undefined): string[] | undefined {
  return errors?.map((e) => applyErrorText(t, e));
}
