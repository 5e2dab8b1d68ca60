/**
 * The grant forms (issue 20): schemes and rounds (/koordinator/tilskudd), applications and reports
 * (/min-side/tilskudd), the group's work (/bydelsgruppe). Error messages are keys: our own in
 * messages.grants.validation, the shared ones in messages.validation (grantsErrorText translates both).
 *
 * Amounts are written the Norwegian way and stored as integer øre: parseNorwegianAmount.
 */
import { z } from "zod";
import type { Messages } from "~/i18n";
import { idList, isIsoDate, msg, oneOfField, optionalText, requiredText, textTypeError } from "./common";
import { GRANT_APPEAL_OUTCOMES, GRANT_MEMBER_ROLES, GRANT_OUTCOMES, SECTORS } from "./enums";

export type GrantsValidationKey = keyof typeof import("~/i18n/nb.grants").grants.validation;
type AnyKey = GrantsValidationKey | keyof typeof import("~/i18n/nb").nb.validation;
const gmsg = (key: GrantsValidationKey) => ({ error: key });

/** "Not one piece of text": `missing` when the field was not sent, otherwise `unreadable` (as common.ts's textTypeError, with our keys too). */
const textType = (missing: AnyKey = "required") => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : "unreadable"),
});

/** Trimmed text that must not be empty, named by `missing` (requiredText with the grants' keys). */
const requiredGrantText = (max: number, missing: AnyKey, multiline = false) =>
  z
    .string(textType(missing))
    .trim()
    .min(1, { error: missing })
    .max(max, msg("tooLong"))
    .refine((v) => !(multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/).test(v), msg("controlCharacters"));

/** Translates an error key: the grants' own first, then the shared ones (unknown keys show as given). */
export function grantsErrorText(t: Messages, key: string): string {
  const own = (t.grants.validation as Record<string, string | undefined>)[key];
  if (own) return own;
  const shared = (t.validation as Record<string, unknown>)[key];
  return typeof shared === "string" ? shared : key;
}

// ---------------------------------------------------------------------------------------------
// Norwegian amounts
// ---------------------------------------------------------------------------------------------

/** The largest amount any form takes: NOK 100 million, far above any grant, far below unsafe integers. */
export const MAX_AMOUNT_ORE = 100_000_000 * 100;

export type AmountResult = { ok: true; ore: number } | { ok: false; reason: "amountFormat" | "amountNegative" | "amountDecimals" | "amountTooLarge" };

// Every kind of space a browser or a copied number may carry: ordinary, no-break, narrow no-break, thin, figure.
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

/**
 * Reads an amount in kroner as written in Norway — "12 500", "12 500,50", "12500", "kr 12500",
 * "12 500 kr", "kr 12 500,-", with any kind of space between the thousands — and gives it in øre.
 * Refused, each with its own reason: anything else ("12.500.50", "abc", "12,5,0", spaces that do not
 * group thousands), a negative amount, more than two decimals, more than MAX_AMOUNT_ORE. A dot is
 * refused on purpose: "12.500" is 12 500 to one reader and 12,5 to another.
 */
export function parseNorwegianAmount(input: string): AmountResult {
  let text = input.replace(SPACES, " ").trim();
  text = text.replace(/^(kr\.?|nok)\s*/i, "").replace(/\s*(kr\.?|nok)$/i, "").trim();
  if (/^[-−–]/.test(text)) return { ok: false, reason: "amountNegative" };
  if (text.endsWith(",-")) text = text.slice(0, -2);
  const match = /^(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (!match) return { ok: false, reason: "amountFormat" };
  const [, whole, decimals = ""] = match;
  if (decimals.length > 2) return { ok: false, reason: "amountDecimals" };
  const kroner = whole!.replace(/ /g, "");
  if (kroner.length > 12) return { ok: false, reason: "amountTooLarge" };
  const ore = Number(kroner) * 100 + Number(decimals.padEnd(2, "0") || "0");
  if (ore > MAX_AMOUNT_ORE) return { ok: false, reason: "amountTooLarge" };
  return { ok: true, ore };
}

/** An amount field (kroner, Norwegian forms) read as øre; `missing` names the field when it is empty. */
export const amountField = (missing: AnyKey) =>
  z.string(textType(missing)).transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: missing });
      return z.NEVER;
    }
    const parsed = parseNorwegianAmount(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }
    return parsed.ore;
  });

/** An amount that may be left empty (then null): a draft's fields. */
export const optionalAmountField = z
  .string(textTypeError())
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === "") return null;
    const parsed = parseNorwegianAmount(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }
    return parsed.ore;
  });

// ---------------------------------------------------------------------------------------------
// Oslo time
// ---------------------------------------------------------------------------------------------

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Oslo's offset from UTC at an instant, in ms (1 or 2 hours). */
function osloOffsetMs(instant: number): number {
  const p = Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return asUtc - (instant - (instant % 60_000));
}

/**
 * The instant (UTC ms) of a wall-clock time in Oslo: a round's deadline "15. april kl. 12.00" is
 * stored as the moment it passes in Norway, summer time or not. A time that does not exist (the hour
 * skipped in March) lands an hour later; an hour that happens twice (October) is the first.
 */
export function osloLocalToInstant(isoDate: string, time: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - osloOffsetMs(wall - 3_600_000);
  instant = wall - osloOffsetMs(instant);
  return instant;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const id = z.coerce.number(msg("invalidChoice")).int(msg("invalidChoice")).positive(msg("invalidChoice")).max(Number.MAX_SAFE_INTEGER, msg("invalidChoice"));

const requiredDate = (missing: GrantsValidationKey) =>
  z.string(textType(missing)).trim().min(1, gmsg(missing)).refine(isIsoDate, gmsg("isoDate"));

const optionalDate = z
  .string(textTypeError())
  .trim()
  .refine((v) => v === "" || isIsoDate(v), gmsg("isoDate"))
  .optional()
  .transform((v) => (v ? v : null));

const optionalCount = z
  .string(textTypeError())
  .trim()
  .refine((v) => v === "" || /^\d{1,7}$/.test(v.replace(SPACES, "")), gmsg("wholeNumber"))
  .optional()
  .transform((v) => (v ? Number(v.replace(SPACES, "")) : null));

const yesNo = z
  .enum(["on", "true", "1", "yes"], msg("invalidChoice"))
  .optional()
  .transform((v) => v !== undefined);

const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, msg("invalidChoice")))
    .max(values.length, msg("tooMany"))
    .optional()
    .transform((v) => [...new Set(v ?? [])]);

// ---------------------------------------------------------------------------------------------
// Schemes, rounds, members (the scheme administrator)
// ---------------------------------------------------------------------------------------------

export const schemeSchema = z
  .object({
    programmeId: id,
    name: requiredText(160, { missing: "enterTitle" }),
    description: optionalText(5000, { multiline: true }),
    criteria: optionalText(10000, { multiline: true }),
    areaIds: idList.refine((v) => v.length > 0, gmsg("chooseAreas")),
    sectors: enumList(SECTORS),
    allowsPrivatePersons: yesNo,
    maxAmount: amountField("enterMaxAmount").refine((v) => v > 0, gmsg("enterMaxAmount")),
    ownSharePercent: z.coerce.number(gmsg("percent")).int(gmsg("percent")).min(0, gmsg("percent")).max(100, gmsg("percent")),
    quorum: z
      .string(textTypeError())
      .trim()
      .refine((v) => v === "" || /^[1-9]\d{0,2}$/.test(v), gmsg("quorum"))
      .optional()
      .transform((v) => (v ? Number(v) : null)),
    appealBody: requiredGrantText(300, "enterAppealBody"),
    reportDueDays: z.coerce.number(gmsg("wholeNumber")).int(gmsg("wholeNumber")).min(0, gmsg("wholeNumber")).max(730, gmsg("wholeNumber")),
    isContinuous: yesNo,
    decisionWithinDays: optionalCount,
  })
  .refine((v) => v.sectors.length > 0 || v.allowsPrivatePersons, { error: "chooseApplicants", path: ["sectors"] })
  .refine((v) => !v.isContinuous || (v.decisionWithinDays !== null && v.decisionWithinDays > 0), { error: "decisionWithinDays", path: ["decisionWithinDays"] });
export type SchemeInput = z.output<typeof schemeSchema>;

export const roundSchema = z
  .object({
    name: requiredText(160, { missing: "enterTitle" }),
    opensOn: requiredDate("enterOpensOn"),
    deadlineOn: optionalDate,
    deadlineTime: z
      .string(textTypeError())
      .trim()
      .refine((v) => v === "" || TIME.test(v), gmsg("time"))
      .optional()
      .transform((v) => v || "12:00"),
    plannedDecisionDate: optionalDate,
    budget: amountField("enterBudget"),
  })
  .refine((v) => v.deadlineOn === null || v.deadlineOn > v.opensOn, { error: "deadlineAfterOpens", path: ["deadlineOn"] })
  .transform((v) => ({
    name: v.name,
    opensAt: osloLocalToInstant(v.opensOn, "00:00"),
    deadlineAt: v.deadlineOn ? osloLocalToInstant(v.deadlineOn, v.deadlineTime) : null,
    plannedDecisionDate: v.plannedDecisionDate,
    budgetOre: v.budget,
  }));
export type RoundInput = z.output<typeof roundSchema>;

export const memberSchema = z.object({
  email: z.string(textTypeError("enterEmail")).trim().min(1, msg("enterEmail")).max(254, msg("tooLong")),
  role: oneOfField(GRANT_MEMBER_ROLES, "chooseRole"),
});

// ---------------------------------------------------------------------------------------------
// Applications (the applicant)
// ---------------------------------------------------------------------------------------------

export const MAX_BUDGET_LINES = 30;

const budgetLine = z.object({
  description: optionalText(200),
  amount: optionalAmountField,
});

/**
 * A draft: every field may be empty, what is written must be well-formed. Whether it is complete
 * and within the scheme's rules is the model's check at submission (application.server.ts).
 */
export const applicationDraftSchema = z.object({
  title: optionalText(160),
  description: optionalText(10000, { multiline: true }),
  targetGroup: optionalText(1000, { multiline: true }),
  expectedParticipants: optionalCount,
  startDate: optionalDate,
  endDate: optionalDate,
  areaId: id.optional().transform((v) => v ?? null),
  amountApplied: optionalAmountField,
  ownShare: optionalAmountField,
  contactName: optionalText(200),
  contactEmail: z
    .string(textTypeError())
    .trim()
    .max(254, msg("tooLong"))
    .refine((v) => v === "" || z.email().safeParse(v).success, msg("email"))
    .optional()
    .transform((v) => v ?? ""),
  contactPhone: optionalText(40).refine((v) => v === "" || /^\+?[\d ]{5,20}$/.test(v), gmsg("phone")),
  initiativeId: id.optional().transform((v) => v ?? null),
  budgetLines: z
    .array(budgetLine)
    .max(MAX_BUDGET_LINES, msg("tooMany"))
    .optional()
    .transform((lines) =>
      (lines ?? [])
        .filter((l) => l.description !== "" || l.amount !== null)
        .map((l) => ({ description: l.description, amountOre: l.amount })),
    )
    .refine((lines) => lines.every((l) => l.description !== "" && l.amountOre !== null), gmsg("budgetLineIncomplete")),
}).refine((v) => v.startDate === null || v.endDate === null || v.startDate <= v.endDate, { error: "periodOrder", path: ["endDate"] });
export type ApplicationDraftInput = z.output<typeof applicationDraftSchema>;

// ---------------------------------------------------------------------------------------------
// Assessment, declarations, the meeting (administrator and group)
// ---------------------------------------------------------------------------------------------

export const moreRequestSchema = z.object({
  message: requiredGrantText(2000, "enterMoreRequest", true),
  until: requiredDate("enterUntil"),
});

export const recommendationSchema = z
  .object({
    recommendation: z.enum(GRANT_OUTCOMES, gmsg("chooseOutcome")),
    amount: optionalAmountField,
    text: optionalText(5000, { multiline: true }),
  })
  .refine((v) => v.recommendation !== "partly_granted" || (v.amount !== null && v.amount > 0), { error: "enterPartialAmount", path: ["amount"] });

export const declarationSchema = z
  .object({
    conflict: z.enum(["no", "yes"], gmsg("chooseConflict")),
    reason: optionalText(1000, { multiline: true }),
  })
  .refine((v) => v.conflict === "no" || v.reason !== "", { error: "enterConflictReason", path: ["reason"] })
  .transform((v) => ({ hasConflict: v.conflict === "yes", reason: v.conflict === "yes" ? v.reason : null }));

export const meetingSchema = z.object({
  heldOn: requiredDate("enterMeetingDate"),
  place: optionalText(200),
  present: idList.refine((v) => v.length > 0, gmsg("choosePresent")),
});

/** A decision on one application: a reason is required for a partial grant or a rejection (forvaltningsloven § 24). */
export const decisionSchema = z
  .object({
    applicationId: id,
    outcome: z.enum(GRANT_OUTCOMES, gmsg("chooseOutcome")),
    amount: optionalAmountField,
    reason: optionalText(5000, { multiline: true }),
    conditions: optionalText(2000, { multiline: true }),
  })
  .refine((v) => v.outcome !== "partly_granted" || (v.amount !== null && v.amount > 0), { error: "enterPartialAmount", path: ["amount"] })
  .refine((v) => v.outcome === "granted" || v.reason !== "", { error: "enterDecisionReason", path: ["reason"] });
export type DecisionInput = z.output<typeof decisionSchema>;

// ---------------------------------------------------------------------------------------------
// After the decision
// ---------------------------------------------------------------------------------------------

export const appealSchema = z.object({ text: requiredGrantText(10000, "enterAppeal", true) });

export const appealOutcomeSchema = z.object({
  outcome: z.enum(GRANT_APPEAL_OUTCOMES, gmsg("chooseAppealOutcome")),
  note: optionalText(5000, { multiline: true }),
});

export const paymentSchema = z.object({
  paidOn: requiredDate("enterPaidOn"),
  amount: amountField("enterAmount").refine((v) => v > 0, gmsg("enterAmount")),
});

export const reportSchema = z.object({
  text: requiredGrantText(10000, "enterReport", true),
  participantsReached: optionalCount,
  spent: amountField("enterSpent"),
  unspent: optionalAmountField.transform((v) => v ?? 0),
});

export const reportDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve", msg("invalidChoice")) }),
  z.object({ intent: z.literal("askMore", msg("invalidChoice")), feedback: requiredText(2000, { multiline: true, missing: "enterReason" }) }),
], msg("invalidChoice"));
