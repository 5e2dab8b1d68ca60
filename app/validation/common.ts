/**
 * Shared zod building blocks. Error messages are keys into `messages.validation` (app/i18n), so the
 * same schema gives Norwegian or English text; the form components translate them.
 */
import { z } from "zod";

export type ValidationKey = keyof typeof import("~/i18n/nb").nb.validation;
const msg = (key: ValidationKey) => ({ error: key });

/**
 * The message for "not one piece of text": `missing` when the field was not sent, otherwise
 * `unreadable` (a repeated field arrives as a list, a file field as a File), never zod's English default.
 */
export const textTypeError = (missing: ValidationKey = "required") => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : "unreadable"),
});

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const CONTROL_CHARACTERS_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const noControlCharacters = (multiline?: boolean) => (v: string) =>
  !(multiline ? CONTROL_CHARACTERS_EXCEPT_LINES : CONTROL_CHARACTERS).test(v);

/**
 * Trimmed text that must not be empty; refuses control characters (newlines and tabs are allowed in
 * multi-line text). No `.pipe()`: conform turns "" into undefined inside piped schemas too.
 */
export const requiredText = (max: number, options: { multiline?: boolean; missing?: ValidationKey } = {}) =>
  z
    .string(textTypeError(options.missing))
    .trim()
    .min(1, msg(options.missing ?? "required"))
    .max(max, msg("tooLong"))
    .refine(noControlCharacters(options.multiline), msg("controlCharacters"));

/** Trimmed text that may be left empty (then ""). */
export const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string(textTypeError())
    .trim()
    .max(max, msg("tooLong"))
    .refine(noControlCharacters(options.multiline), msg("controlCharacters"))
    .optional()
    .transform((v) => v ?? "");

const emailFormat = z.email();
/** An e-mail address; `missing` names the field when it is left empty. */
export const emailFieldRequiring = (missing: ValidationKey) =>
  z
    .string(textTypeError(missing))
    .trim()
    .min(1, msg(missing))
    .max(254, msg("tooLong"))
    .refine((v) => emailFormat.safeParse(v).success, msg("email"));
export const emailField = emailFieldRequiring("enterEmail");

/** A value from a closed list, given by a select or radio buttons; `missing` names what to choose. */
export const oneOfField = <T extends readonly [string, ...string[]]>(values: T, missing: ValidationKey = "choose") =>
  z.enum(values, msg(missing));

/** Repeated checkbox values (`name=x&name=y`) as a de-duplicated list of ids. */
export const idList = z
  .array(z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice")))
  .max(200, msg("tooMany"))
  .optional()
  .transform((v) => [...new Set(v ?? [])]);

export { msg };

/** The years a date in Laget may fall in: wide enough for any programme, narrow enough for every date function. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/**
 * A real calendar day written YYYY-MM-DD (not 2026-02-30) in the years 1900–2100. A date outside
 * them (9999-12-31) would pass a format check and then break the date arithmetic behind a filter.
 */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
