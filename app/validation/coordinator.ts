/**
 * The coordinators' forms (/koordinator/*). Error messages are keys: shared ones in
 * messages.validation, the few of our own in messages.coordinator.validation (coordinatorErrorText).
 */
import { z } from "zod";
import type { Messages } from "~/i18n";
import { isIsoDate, msg, oneOfField, optionalText, requiredText, textTypeError } from "./common";
import { INITIATIVE_STATUSES, OFFERS, PARTICIPATION_ROLES, SECTORS } from "./enums";

export type CoordinatorValidationKey = keyof typeof import("~/i18n/nb.coordinator").coordinator.validation;
const cmsg = (key: CoordinatorValidationKey) => ({ error: key });

const id = z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice")).max(Number.MAX_SAFE_INTEGER, msg("invalidChoice"));

const optionalDate = z
  .string(textTypeError())
  .trim()
  .refine(isIsoDate, cmsg("isoDate"))
  .optional()
  .transform((v) => v ?? null);

const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, msg("invalidChoice")))
    .max(values.length, msg("tooMany"))
    .optional()
    .transform((v) => [...new Set(v ?? [])]);

export const initiativeSchema = z
  .object({
    title: requiredText(160, { missing: "enterTitle" }),
    summary: optionalText(400),
    description: optionalText(10000, { multiline: true }),
    programmeId: id,
    subprogrammeId: id,
    areaId: id,
    status: oneOfField(INITIATIVE_STATUSES, "chooseStatus"),
    startDate: optionalDate,
    endDate: optionalDate,
    leadOrganisationId: id.optional().transform((v) => v ?? null),
    isPublic: z
      .string(textTypeError())
      .optional()
      .transform((v) => v === "on" || v === "true"),
    soughtSectors: enumList(SECTORS),
    soughtOffers: enumList(OFFERS),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "dateOrder" satisfies CoordinatorValidationKey });
    }
  });

/** The tiltak page's smaller forms, told apart by `intent` (the edit form is initiativeSchema with intent "save"). */
export const initiativeActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("archive", msg("invalidChoice")) }),
  z.object({ intent: z.literal("restore", msg("invalidChoice")) }),
  z.object({ intent: z.literal("approve", msg("invalidChoice")), participationId: id, message: optionalText(2000, { multiline: true }) }),
  z.object({ intent: z.literal("decline", msg("invalidChoice")), participationId: id, message: requiredText(2000, { multiline: true, missing: "enterReason" }) }),
  z.object({ intent: z.literal("end", msg("invalidChoice")), participationId: id }),
  z.object({ intent: z.literal("invite", msg("invalidChoice")), organisationId: id, role: oneOfField(PARTICIPATION_ROLES, "chooseRole"), message: optionalText(2000, { multiline: true }) }),
], msg("invalidChoice"));

/** One-click invitation from the suggestion lists. */
export const inviteSchema = z.object({
  intent: z.literal("invite", msg("invalidChoice")),
  organisationId: id.optional(),
  initiativeId: id.optional(),
  role: oneOfField(PARTICIPATION_ROLES).optional().transform((v) => v ?? "partner"),
  message: optionalText(2000, { multiline: true }),
});

export const decideOrganisationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve", msg("invalidChoice")), organisationId: id }),
  z.object({ intent: z.literal("reject", msg("invalidChoice")), organisationId: id, reason: requiredText(1000, { multiline: true, missing: "enterReason" }) }),
], msg("invalidChoice"));

export const moderationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("hide", msg("invalidChoice")), updateId: id, reason: requiredText(1000, { multiline: true, missing: "enterReason" }) }),
  z.object({ intent: z.literal("unhide", msg("invalidChoice")), updateId: id }),
], msg("invalidChoice"));

/** Translates an error key: ours first, then the shared ones (unknown keys show as given). */
export function coordinatorErrorText(t: Messages, key: string): string {
  const own = (t.coordinator.validation as Record<string, string | undefined>)[key];
  if (own) return own;
  const shared = (t.validation as Record<string, unknown>)[key];
  return typeof shared === "string" ? shared : key;
}
