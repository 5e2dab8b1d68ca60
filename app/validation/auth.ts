import { z } from "zod";
import { emailField, msg, textTypeError } from "./common";

export const loginSchema = z.object({
  email: emailField,
  // Checked against the stored hash only; the password rules apply when one is chosen.
  password: z.string(textTypeError("enterPassword")).min(1, msg("enterPassword")).max(1024, msg("tooLong")),
  til: z.string(textTypeError()).max(2000, msg("tooLong")).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

/** A new password: the length and the common-password rules are checked on the server with the e-mail. */
export const newPasswordField = z.string(textTypeError("enterNewPassword")).min(1, msg("enterNewPassword")).max(1024, msg("passwordLength"));

export const resetPasswordSchema = z.object({ password: newPasswordField });
