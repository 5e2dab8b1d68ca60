/**
 * The goal and indicator forms (/koordinator/mal, issue 21). Error messages are keys: our own in
 * messages.planning.goals.validation, the shared ones in messages.validation (goalsErrorText
 * translates both).
 *
 * Indicator values are written the Norwegian way ("12,5", "1 234,5", "-3,2"): parseNorwegianDecimal.
 */
import { z } from "zod";
import type { Messages } from "~/i18n";
import { msg, optionalText, requiredText, textTypeError } from "./common";

export type GoalsValidationKey = keyof typeof import("~/i18n/nb.planning.goals").goals.validation;
const gmsg = (key: GoalsValidationKey) => ({ error: key });
/** "Not one piece of text": `missing` when the field was left empty (conform sends no value), otherwise `unreadable`. */
const textType = (missing: GoalsValidationKey) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : "unreadable"),
});

/**
 * Translates an error key: the goal pages' own first (a form's, then a refusal's shown at its field),
 * then the shared ones (unknown keys show as given).
 */
export function goalsErrorText(t: Messages, key: string): string {
  const own = (t.planning.goals.validation as Record<string, string | undefined>)[key] ?? (t.planning.goals.problems as Record<string, string | undefined>)[key];
  if (own) return own;
  const shared = (t.validation as Record<string, unknown>)[key];
  return typeof shared === "string" ? shared : key;
}

// ---------------------------------------------------------------------------------------------
// Norwegian decimals
// ---------------------------------------------------------------------------------------------

/** The years an indicator may speak of (the database's CHECK says the same). */
export const INDICATOR_YEARS = { min: 1990, max: 2100 } as const;
/** Far above any count or rate a programme measures, far below where doubles lose whole numbers. */
export const MAX_INDICATOR_VALUE = 1_000_000_000_000;

export type DecimalResult = { ok: true; value: number } | { ok: false; reason: "decimalFormat" | "decimalDot" | "decimalTooPrecise" | "decimalTooLarge" };

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

/**
 * Reads a number as written in Norway — "12,5", "12", "1 234,5", "-3,2", "−3,2", "45 %" — and gives
 * it as a number. Refused, each with its own reason: a dot ("12.5" reads as 12 500 to some), anything
 * else that is no number, more than four decimals, more than MAX_INDICATOR_VALUE.
 */
export function parseNorwegianDecimal(input: string): DecimalResult {
  let text = input.replace(SPACES, " ").trim().replace(/\s*%$/, "");
  const negative = /^[-−–]/.test(text);
  if (negative) text = text.slice(1).trim();
  if (/^\d[\d ]*\.\d+$/.test(text) || /^\d+(\.\d{3})+$/.test(text)) return { ok: false, reason: "decimalDot" };
  const match = /^(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (!match) return { ok: false, reason: "decimalFormat" };
  const [, whole, decimals = ""] = match;
  if (decimals.length > 4) return { ok: false, reason: "decimalTooPrecise" };
  const digits = whole!.replace(/ /g, "");
  if (digits.length > 13) return { ok: false, reason: "decimalTooLarge" };
  const value = Number(`${digits}${decimals ? `.${decimals}` : ""}`);
  if (value > MAX_INDICATOR_VALUE) return { ok: false, reason: "decimalTooLarge" };
  // No "-0" in the database.
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** A number as a form's starting value, in the form parseNorwegianDecimal reads back ("12,5"). */
export function decimalInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(".", ",");
}

const decimalField = (missing: GoalsValidationKey) =>
  z.string(textType(missing)).transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: missing });
      return z.NEVER;
    }
    const parsed = parseNorwegianDecimal(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }
    return parsed.value;
  });

const optionalDecimal = z
  .string(textTypeError())
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === "") return null;
    const parsed = parseNorwegianDecimal(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }
    return parsed.value;
  });

/** A year in INDICATOR_YEARS, typed as four digits. */
const yearField = (missing: GoalsValidationKey) =>
  z.string(textType(missing)).transform((value, ctx) => {
    const text = value.trim();
    if (text === "") {
      ctx.addIssue({ code: "custom", message: missing });
      return z.NEVER;
    }
    if (!/^\d{4}$/.test(text) || Number(text) < INDICATOR_YEARS.min || Number(text) > INDICATOR_YEARS.max) {
      ctx.addIssue({ code: "custom", message: "yearRange" satisfies GoalsValidationKey });
      return z.NEVER;
    }
    return Number(text);
  });

const optionalYear = z
  .string(textTypeError())
  .optional()
  .transform((value, ctx) => {
    const text = value?.trim() ?? "";
    if (text === "") return null;
    if (!/^\d{4}$/.test(text) || Number(text) < INDICATOR_YEARS.min || Number(text) > INDICATOR_YEARS.max) {
      ctx.addIssue({ code: "custom", message: "yearRange" satisfies GoalsValidationKey });
      return z.NEVER;
    }
    return Number(text);
  });

const id = z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice")).max(Number.MAX_SAFE_INTEGER, msg("invalidChoice"));
const optionalId = id.optional().transform((v) => v ?? null);

// ---------------------------------------------------------------------------------------------
// The forms
// ---------------------------------------------------------------------------------------------

/** A goal: a main goal (no parent) or a sub-goal under a main goal, optionally narrowed. */
export const goalSchema = z.object({
  title: requiredText(300, { missing: "enterTitle" }),
  description: optionalText(4000, { multiline: true }),
  parentId: optionalId,
  subprogrammeId: optionalId,
  areaId: optionalId,
});
export type GoalFormInput = z.output<typeof goalSchema>;

/** An indicator: what is measured, from which baseline to which target. */
export const indicatorSchema = z
  .object({
    name: requiredText(300, { missing: "required" }),
    unit: optionalText(60),
    source: optionalText(300),
    baselineYear: yearField("enterBaselineYear"),
    baselineValue: decimalField("enterBaselineValue"),
    targetYear: optionalYear,
    targetValue: optionalDecimal,
  })
  .superRefine((v, ctx) => {
    if (v.targetYear !== null && v.targetYear < v.baselineYear) {
      ctx.addIssue({ code: "custom", path: ["targetYear"], message: "targetBeforeBaseline" satisfies GoalsValidationKey });
    }
    if ((v.targetYear === null) !== (v.targetValue === null)) {
      ctx.addIssue({ code: "custom", path: [v.targetYear === null ? "targetYear" : "targetValue"], message: "targetIncomplete" satisfies GoalsValidationKey });
    }
  });
export type IndicatorFormInput = z.output<typeof indicatorSchema>;

/** A year's value of an indicator (added, or changed when the year has one). */
export const indicatorValueSchema = z.object({
  indicatorId: id,
  year: yearField("enterYear"),
  value: decimalField("enterValue"),
});

/** The goal pages' small forms, told apart by `intent`. */
export const goalActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("move", msg("invalidChoice")), goalId: id, direction: z.enum(["up", "down"], msg("invalidChoice")) }),
  z.object({ intent: z.literal("delete", msg("invalidChoice")), goalId: id }),
  z.object({ intent: z.literal("deleteIndicator", msg("invalidChoice")), indicatorId: id }),
  z.object({ intent: z.literal("removeValue", msg("invalidChoice")), indicatorId: id, year: yearField("enterYear") }),
  z.object({ intent: z.literal("link", msg("invalidChoice")), initiativeId: z.coerce.number(gmsg("chooseInitiative")).int(gmsg("chooseInitiative")).positive(gmsg("chooseInitiative")).max(Number.MAX_SAFE_INTEGER, gmsg("chooseInitiative")) }),
  z.object({ intent: z.literal("unlink", msg("invalidChoice")), initiativeId: id }),
]);
