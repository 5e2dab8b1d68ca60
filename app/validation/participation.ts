/** The partner's forms about taking part in tiltak, told apart by `intent`. */
import { z } from "zod";
import { msg, optionalText } from "./common";

/** Roles an organisation may ask for; "lead" is set by coordinators. */
export const REQUESTABLE_ROLES = ["partner", "contributor", "funder", "venue"] as const;

const id = z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice"));

export const participationActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("request", msg("invalidChoice")),
    initiativeId: id,
    role: z.enum(REQUESTABLE_ROLES, msg("chooseRole")),
    message: optionalText(2000, { multiline: true }),
  }),
  z.object({ intent: z.literal("leave", msg("invalidChoice")), participationId: id }),
  z.object({ intent: z.literal("accept", msg("invalidChoice")), participationId: id }),
  z.object({ intent: z.literal("decline", msg("invalidChoice")), participationId: id }),
], msg("invalidChoice"));
