/**
 * The account page's forms (/konto): one schema per `intent`. Error messages are keys into
 * `messages.validation`, or — for what only this page says — into `messages.account.errors`
 * (the page translates both).
 */
import { z } from "zod";
import { newPasswordField } from "./auth";
import { emailFieldRequiring, msg, oneOfField, textTypeError } from "./common";
import { LANGUAGES } from "./enums";

export const ACCOUNT_INTENTS = ["name", "language", "email", "password", "end-session", "end-other-sessions", "delete"] as const;
export type AccountIntent = (typeof ACCOUNT_INTENTS)[number];

export const NAME_MAX = 120;

/** Checked against the stored hash only; the length limit keeps argon2 from hashing megabytes. */
const currentPasswordField = z.string(textTypeError("enterCurrentPassword")).min(1, msg("enterCurrentPassword")).max(1024, msg("tooLong"));

/**
 * Like requiredText, but the inner string also carries the "required" message: conform turns the
 * trimmed "" of an all-spaces name into undefined again, which would otherwise give zod's English text.
 */
const nameField = z
  .string(textTypeError("enterName"))
  .transform((v) => v.trim())
  .pipe(
    z
      .string(textTypeError("enterName"))
      .min(1, msg("enterName"))
      .max(NAME_MAX, msg("tooLong"))
      .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), msg("controlCharacters")),
  );

/** The language of the person's e-mails and notifications (users.language), and of the pages. */
export const changeLanguageSchema = z.object({
  intent: z.literal("language", msg("invalidChoice")),
  language: oneOfField(LANGUAGES, "chooseLanguage"),
});

export const changeNameSchema = z.object({
  intent: z.literal("name", msg("invalidChoice")),
  name: nameField,
});

export const changeEmailSchema = z.object({
  intent: z.literal("email", msg("invalidChoice")),
  newEmail: emailFieldRequiring("enterNewEmail"),
  currentPassword: currentPasswordField,
});

export const changePasswordSchema = z.object({
  intent: z.literal("password", msg("invalidChoice")),
  currentPassword: currentPasswordField,
  newPassword: newPasswordField,
});

/** The first password of an account made by single sign-on: no current password to ask for (app/models/sso/first-password.server.ts). */
export const firstPasswordSchema = changePasswordSchema.omit({ currentPassword: true });

/** A session is named by its opaque handle (see sessionHandle in app/models/account/sessions.server.ts), never its id. */
export const endSessionSchema = z.object({
  intent: z.literal("end-session", msg("invalidChoice")),
  session: z.string(msg("invalidChoice")).regex(/^[0-9a-f]{32}$/, msg("invalidChoice")),
});

export const endOtherSessionsSchema = z.object({
  intent: z.literal("end-other-sessions", msg("invalidChoice")),
});

export const deleteAccountSchema = z.object({
  intent: z.literal("delete", msg("invalidChoice")),
  currentPassword: currentPasswordField,
  // A checkbox sends "on" when ticked and nothing otherwise.
  confirm: z.literal("on", { error: "confirmDelete" }),
});
