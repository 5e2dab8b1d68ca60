import { z } from "zod";
import { emailField, msg, oneOfField, optionalText, requiredText } from "./common";
import { MEMBERSHIP_ROLES } from "./enums";
import { newPasswordField } from "./auth";

export const joinRequestSchema = z.object({ message: optionalText(2000, { multiline: true }) });

export const joinWithAccountSchema = z.object({
  name: requiredText(120, { missing: "enterName" }),
  email: emailField,
  password: newPasswordField,
  message: optionalText(2000, { multiline: true }),
});

const membershipId = z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice"));

/** The members page's forms, told apart by `intent`. */
export const membersActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve", msg("invalidChoice")), membershipId, role: oneOfField(MEMBERSHIP_ROLES, "chooseRole") }),
  z.object({ intent: z.literal("decline", msg("invalidChoice")), membershipId }),
  z.object({ intent: z.literal("role", msg("invalidChoice")), membershipId, role: oneOfField(MEMBERSHIP_ROLES, "chooseRole") }),
  z.object({ intent: z.literal("remove", msg("invalidChoice")), membershipId }),
  z.object({ intent: z.literal("invite", msg("invalidChoice")), email: emailField, role: oneOfField(MEMBERSHIP_ROLES, "chooseRole") }),
], msg("invalidChoice"));

export const acceptInvitationSchema = z.object({ name: requiredText(120, { missing: "enterName" }), password: newPasswordField });
