import { z } from "zod";
import { emailField, msg } from "./common";

export const loginSchema = z.object({
  email: emailField,
  // Checked against the stored hash only; the password rules apply when one is chosen.
  password: z.string(msg("required")).min(1, msg("required")).max(1024, msg("tooLong")),
  til: z.string().max(2000).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

/** A new password: the length and the common-password rules are checked on the server with the e-mail. */
export const newPasswordField = z.string(msg("required")).min(1, msg("required")).max(1024, msg("passwordLength"));

export const resetPasswordSchema = z.object({ password: newPasswordField });
