/**
 * The forms of the plan of the year (issue 21, /koordinator/plan). Error messages are keys: the plan's
 * own in messages.planning.plan.validation, the amounts' and dates' in messages.grants.validation
 * (amounts are read the one Norwegian way, parseNorwegianAmount), the shared ones in
 * messages.validation (planErrorText in app/components/plan/format.ts translates them all).
 */
import { z } from "zod";
import { isIsoDate, msg, optionalText, textTypeError } from "./common";
import { BUDGET_SOURCES } from "./enums";
import { amountField, optionalAmountField } from "./grants";

export type PlanValidationKey = keyof typeof import("~/i18n/nb.planning.plan").plan.validation;
const pmsg = (key: PlanValidationKey) => ({ error: key });
/** Text, named by `missing` when the field was left empty (conform sends an empty field as nothing). */
const ptext = (missing: PlanValidationKey) => z.string({ error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : "unreadable") });

const id = z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice")).max(Number.MAX_SAFE_INTEGER, msg("invalidChoice"));
const optionalId = z
  .string(textTypeError())
  .trim()
  .refine((v) => v === "" || /^[1-9]\d{0,15}$/.test(v), msg("invalidChoice"))
  .optional()
  .transform((v) => (v ? Number(v) : null));

/** A year typed in a form: four digits between 2000 and 2100 (whether it is in the programme's period is the model's to say). */
export const yearField = ptext("enterYear")
  .trim()
  .min(1, pmsg("enterYear"))
  .refine((v) => /^\d{1,6}$/.test(v), pmsg("yearFormat"))
  .transform((v) => Number(v))
  .refine((v) => v >= 2000 && v <= 2100, pmsg("yearOutOfRange"));

/** Why an adopted plan is changed; the model requires it only after adoption. */
const reason = optionalText(1000, { multiline: true });

export const createPlanSchema = z.object({ year: yearField });
export const carrySchema = z.object({ year: yearField });

export const introductionSchema = z.object({ introduction: optionalText(10000, { multiline: true }), reason });

/**
 * The goal a tiltak goes under: a goal's id, "none" (or empty, on the change form) for no goal. On the
 * add form, empty means the sub-goal the tiltak is linked to (initiative_goals), or none if it has none.
 */
const goalChoice = (emptyIs: "linked" | "none") =>
  z
    .string(textTypeError())
    .trim()
    .refine((v) => v === "" || v === "none" || /^[1-9]\d{0,15}$/.test(v), msg("invalidChoice"))
    .optional()
    .transform((v): number | null | undefined => (v === "none" ? null : v ? Number(v) : emptyIs === "linked" ? undefined : null));

export const addItemSchema = z.object({
  initiativeId: id,
  goalId: goalChoice("linked"),
  note: optionalText(2000, { multiline: true }),
  reason,
});
export type AddItemInput = z.output<typeof addItemSchema>;

export const updateItemSchema = z.object({
  itemId: id,
  goalId: goalChoice("none").transform((v) => v ?? null),
  note: optionalText(2000, { multiline: true }),
  position: z
    .string(textTypeError())
    .trim()
    .refine((v) => v === "" || /^\d{1,4}$/.test(v), pmsg("position"))
    .optional()
    .transform((v) => (v ? Number(v) : null)),
  reason,
});
export type UpdateItemInput = z.output<typeof updateItemSchema>;

export const removeItemSchema = z.object({ itemId: id, reason });
export const removeLineSchema = z.object({ lineId: id, reason });

const lineFields = {
  description: optionalText(300),
  source: z.enum(BUDGET_SOURCES, pmsg("chooseSource")),
  sourceName: optionalText(200),
  planned: amountField("enterAmount"),
  granted: optionalAmountField,
  spent: optionalAmountField,
  subprogrammeId: optionalId,
  reason,
};

const namedOther = (v: { source: string; sourceName: string }) => v.source !== "other" || v.sourceName !== "";

export const addLineSchema = z
  .object({
    target: z.enum(["item", "scheme", "programme"], pmsg("chooseTarget")),
    itemId: optionalId,
    schemeId: optionalId,
    ...lineFields,
  })
  .refine((v) => v.target !== "item" || v.itemId !== null, { error: "chooseItem", path: ["itemId"] })
  .refine((v) => v.target !== "scheme" || v.schemeId !== null, { error: "chooseScheme", path: ["schemeId"] })
  .refine(namedOther, { error: "enterSourceName", path: ["sourceName"] });
export type AddLineInput = z.output<typeof addLineSchema>;

export const updateLineSchema = z.object({ lineId: id, ...lineFields }).refine(namedOther, { error: "enterSourceName", path: ["sourceName"] });
export type UpdateLineInput = z.output<typeof updateLineSchema>;

export const adoptSchema = z.object({
  adoptedBy: ptext("enterAdoptedBy")
    .trim()
    .min(1, pmsg("enterAdoptedBy"))
    .max(200, msg("tooLong"))
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), msg("controlCharacters")),
  adoptedOn: ptext("enterAdoptedOn").trim().min(1, pmsg("enterAdoptedOn")).refine(isIsoDate, pmsg("adoptedOnFormat")),
});
export type AdoptInput = z.output<typeof adoptSchema>;
