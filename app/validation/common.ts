/**
 * Shared zod building blocks. Error messages are keys into `messages.validation` (app/i18n), so the
 * same schema gives Norwegian or English text; the form components translate them.
 */
import { z } from "zod";

export type ValidationKey = keyof typeof import("~/i18n/nb").nb.validation;
const msg = (key: ValidationKey) => ({ error: key });

/** Trims, refuses control characters (except newlines and tabs in long text) and empty values. */
export const requiredText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string(msg("required"))
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(1, msg("required"))
        .max(max, msg("tooLong"))
        .refine((v) => !(options.multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/).test(v), msg("controlCharacters")),
    );

export const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .pipe(
      z
        .string()
        .max(max, msg("tooLong"))
        .refine((v) => !(options.multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/).test(v), msg("controlCharacters")),
    );

export const emailField = z
  .string(msg("required"))
  .transform((v) => v.trim())
  .pipe(z.string().min(1, msg("required")).max(254, msg("tooLong")).pipe(z.email(msg("email"))));

/** A value from a closed list, given by a select or radio buttons. */
export const oneOfField = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, msg("choose"));

/** Repeated checkbox values (`name=x&name=y`) as a de-duplicated list of ids. */
export const idList = z
  .array(z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice")))
  .max(200, msg("tooMany"))
  .optional()
  .transform((v) => [...new Set(v ?? [])]);

export { msg };
