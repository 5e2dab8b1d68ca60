/**
 * The closing pages' forms (/koordinator/avslutning, issue 21): a tiltak's outcome, closing the
 * period, and the successor programme. Messages are keys: our own in
 * messages.planning.closing.validation, the shared ones in messages.validation (closingErrorText).
 */
import { z } from "zod";
import type { Messages } from "~/i18n";
import { idList, isIsoDate, msg, optionalText, textTypeError } from "./common";

export type ClosingValidationKey = keyof typeof import("~/i18n/nb.planning.closing").closing.validation;
const cmsg = (key: ClosingValidationKey) => ({ error: key });

const id = z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice")).max(Number.MAX_SAFE_INTEGER, msg("invalidChoice"));

/** The outcomes a coordinator records by hand; "successor" is set by creating the successor programme. */
export const RECORDED_OUTCOMES = ["ordinary_operations", "continued_by_partner", "ended"] as const;

/** A year of a programme's period: four digits, 2000–2100 (the plans' range). */
const year = (missing: ClosingValidationKey) =>
  z
    .string(textTypeError())
    .trim()
    .min(1, cmsg(missing))
    .refine((v) => /^\d{4}$/.test(v), cmsg("yearFormat"))
    .transform(Number)
    .refine((v) => v >= 2000 && v <= 2100, cmsg("yearRange"));

export const outcomeSchema = z
  .object({
    intent: z.literal("outcome", msg("invalidChoice")),
    initiativeId: id,
    outcome: z.enum(RECORDED_OUTCOMES, cmsg("chooseOutcome")),
    organisationId: id.optional().transform((v) => v ?? null),
    organisationName: optionalText(200),
    fromDate: optionalText(10),
    reason: optionalText(2000, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "ended") {
      if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "enterReason" satisfies ClosingValidationKey });
      return;
    }
    if (v.organisationId === null && !v.organisationName) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "chooseOrganisation" satisfies ClosingValidationKey });
    if (v.organisationId !== null && v.organisationName) ctx.addIssue({ code: "custom", path: ["organisationName"], message: "organisationTwice" satisfies ClosingValidationKey });
    if (!v.fromDate) ctx.addIssue({ code: "custom", path: ["fromDate"], message: "enterFromDate" satisfies ClosingValidationKey });
    else if (!isIsoDate(v.fromDate) || Number(v.fromDate.slice(0, 4)) < 2000) ctx.addIssue({ code: "custom", path: ["fromDate"], message: "isoDate" satisfies ClosingValidationKey });
  })
  .transform((v) =>
    v.outcome === "ended"
      ? { initiativeId: v.initiativeId, input: { outcome: v.outcome, reason: v.reason } }
      : { initiativeId: v.initiativeId, input: { outcome: v.outcome, organisationId: v.organisationId, organisationName: v.organisationName, fromDate: v.fromDate, reason: v.reason } },
  );

/** Closing is confirmed on a second step: the form carries confirm=yes. */
export const closeSchema = z.object({
  intent: z.literal("close", msg("invalidChoice")),
  confirm: z.literal("yes", cmsg("confirm")),
});

export const successorSchema = z
  .object({
    name: z
      .string(textTypeError())
      .trim()
      .min(1, cmsg("enterProgrammeName"))
      .max(160, msg("tooLong"))
      .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), msg("controlCharacters")),
    slug: optionalText(80).refine((v) => v === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), cmsg("slugFormat")),
    periodStart: year("enterStartYear"),
    periodEnd: z
      .string(textTypeError())
      .trim()
      .optional()
      .refine((v) => !v || /^\d{4}$/.test(v), cmsg("yearFormat"))
      .transform((v) => (v ? Number(v) : null))
      .refine((v) => v === null || (v >= 2000 && v <= 2100), cmsg("yearRange")),
    initiativeIds: idList,
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd !== null && v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "yearOrder" satisfies ClosingValidationKey });
  });

/** Translates an error key: ours first, then the shared ones (unknown keys show as given). */
export function closingErrorText(t: Messages, key: string): string {
  // The model's refusals on a field (a taken address, a period starting too early) are worded with the others.
  const c = t.planning.closing;
  const own = ({ ...c.problems, ...c.successor.problems, ...c.validation } as Record<string, string | undefined>)[key];
  if (own) return own;
  const shared = (t.validation as Record<string, unknown>)[key];
  return typeof shared === "string" ? shared : key;
}
