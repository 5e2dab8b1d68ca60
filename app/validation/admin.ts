/**
 * The administrators' forms (/admin): users and roles, programmes and sub-programmes, areas, and the
 * audit log's filters. Error messages are keys into `t.validation` (shared) or `t.admin.validation`
 * (the admin pages translate both; see `adminErrorText` in the routes).
 */
import { z } from "zod";
import { idList, isIsoDate, msg, oneOfField, textTypeError, type ValidationKey } from "./common";
import { AREA_KINDS, USER_ROLES } from "./enums";
import type { Messages } from "~/i18n";

export type AdminValidationKey = keyof typeof import("~/i18n/nb.admin").admin.validation;
const amsg = (key: AdminValidationKey) => ({ error: key });

/** Lowercase a–z, digits and single hyphens between them: "bydel-grorud". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

/**
 * Trimmed text. (Not common.ts's requiredText/optionalText: they pipe into a second z.string(), which
 * conform's coercion turns "" into undefined for, so a blank or whitespace-only value gets zod's
 * English "expected string" instead of our message.)
 */
function text(max: number, options: { required?: ValidationKey; multiline?: boolean } = {}) {
  const control = options.multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  return z
    .string(textTypeError())
    .optional()
    .transform((v) => (v ?? "").trim())
    .superRefine((v, ctx) => {
      const problem: ValidationKey | null =
        options.required && v === "" ? options.required : v.length > max ? "tooLong" : control.test(v) ? "controlCharacters" : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}
/** `missing` names the field when it is left empty. */
const requiredText = (max: number, missing: ValidationKey, options: { multiline?: boolean } = {}) => text(max, { ...options, required: missing });
const optionalText = (max: number, options: { multiline?: boolean } = {}) => text(max, options);

/** Empty means "make one from the name". */
const slugField = z
  .string(textTypeError())
  .optional()
  .transform((v) => (v ?? "").trim())
  .superRefine((v, ctx) => {
    if (v.length > SLUG_MAX) ctx.addIssue({ code: "custom", message: "tooLong" satisfies ValidationKey });
    else if (v !== "" && !SLUG_PATTERN.test(v)) ctx.addIssue({ code: "custom", message: "slugFormat" satisfies AdminValidationKey });
  });

/** A record's id from a hidden field or a select; anything else is a tampered form. */
const idField = z
  .number(msg("invalidChoice"))
  .int(msg("invalidChoice"))
  .positive(msg("invalidChoice"))
  .max(Number.MAX_SAFE_INTEGER, msg("invalidChoice"));

const yearField = (required: AdminValidationKey) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? required : "year") })
    .int(amsg("year"))
    .min(1900, amsg("yearRange"))
    .max(2100, amsg("yearRange"));
const optionalYear = yearField("year")
  .optional()
  .transform((v) => v ?? null);

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

export const changeRoleSchema = z.object({
  intent: z.literal("changeRole", msg("invalidChoice")),
  userId: idField,
  role: oneOfField(USER_ROLES, "chooseRole"),
});

export const assignmentSchema = z.object({
  intent: z.enum(["assign", "unassign"], msg("invalidChoice")),
  userId: idField,
  programmeId: z.number(msg("choose")).int(msg("invalidChoice")).positive(msg("invalidChoice")),
});

// ---------------------------------------------------------------------------------------------
// Programmes and sub-programmes
// ---------------------------------------------------------------------------------------------

export const programmeSchema = z
  .object({
    intent: z.literal("saveProgramme", msg("invalidChoice")),
    /** Absent when creating. */
    programmeId: idField.optional(),
    name: requiredText(120, "enterProgrammeName"),
    slug: slugField,
    municipality: requiredText(80, "enterMunicipality"),
    periodStart: yearField("yearRequired"),
    periodEnd: optionalYear,
    description: optionalText(5000, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd !== null && v.periodEnd < v.periodStart) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "periodOrder" satisfies AdminValidationKey });
    }
  });

const subprogrammeFields = {
  programmeId: idField,
  name: requiredText(120, "enterSubprogrammeName"),
  slug: slugField,
  description: optionalText(2000, { multiline: true }),
};

export const addSubprogrammeSchema = z.object({ intent: z.literal("addSubprogramme", msg("invalidChoice")), ...subprogrammeFields });

export const saveSubprogrammeSchema = z.object({
  intent: z.literal("saveSubprogramme", msg("invalidChoice")),
  subprogrammeId: idField,
  ...subprogrammeFields,
});

export const moveSubprogrammeSchema = z.object({
  intent: z.literal("moveSubprogramme", msg("invalidChoice")),
  programmeId: idField,
  subprogrammeId: idField,
  direction: z.enum(["up", "down"], msg("invalidChoice")),
});

export const removeSubprogrammeSchema = z.object({
  intent: z.literal("removeSubprogramme", msg("invalidChoice")),
  programmeId: idField,
  subprogrammeId: idField,
});

export const programmeAreasSchema = z.object({
  intent: z.literal("saveProgrammeAreas", msg("invalidChoice")),
  programmeId: idField,
  areas: idList,
});

// ---------------------------------------------------------------------------------------------
// Areas
// ---------------------------------------------------------------------------------------------

export const areaSchema = z
  .object({
    intent: z.literal("saveArea", msg("invalidChoice")),
    /** Absent when creating. */
    areaId: idField.optional(),
    name: requiredText(120, "enterAreaName"),
    slug: slugField,
    kind: oneOfField(AREA_KINDS, "chooseAreaKind"),
    /** Empty: the area is at the top of the tree. */
    parentId: idField.optional().transform((v) => v ?? null),
    population: z
      .number(amsg("population"))
      .int(amsg("population"))
      .min(0, amsg("population"))
      .max(100_000_000, amsg("population"))
      .optional()
      .transform((v) => v ?? null),
    liftStartYear: optionalYear,
    liftEndYear: optionalYear,
  })
  .superRefine((v, ctx) => {
    if (v.liftEndYear !== null && v.liftStartYear === null) {
      ctx.addIssue({ code: "custom", path: ["liftStartYear"], message: "liftEndWithoutStart" satisfies AdminValidationKey });
    } else if (v.liftEndYear !== null && v.liftStartYear !== null && v.liftEndYear < v.liftStartYear) {
      ctx.addIssue({ code: "custom", path: ["liftEndYear"], message: "liftOrder" satisfies AdminValidationKey });
    }
  });

export const deleteAreaSchema = z.object({ intent: z.literal("deleteArea", msg("invalidChoice")), areaId: idField });

// ---------------------------------------------------------------------------------------------
// The audit log's filters (a GET form: ?handling=&aktor=&type=&id=&fra=&til=)
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDateField = z
  .string(textTypeError())
  .transform((v) => v.trim())
  .refine(isIsoDate, amsg("isoDate"))
  .optional()
  .transform((v) => v ?? null);

export const auditFilterSchema = z
  .object({
    handling: optionalText(100),
    aktor: optionalText(254),
    type: optionalText(50),
    id: z
      .number(amsg("entityId"))
      .int(amsg("entityId"))
      .positive(amsg("entityId"))
      .max(Number.MAX_SAFE_INTEGER, amsg("entityId"))
      .optional()
      .transform((v) => v ?? null),
    fra: isoDateField,
    til: isoDateField,
  })
  .superRefine((v, ctx) => {
    if (v.fra && v.til && v.til < v.fra) {
      ctx.addIssue({ code: "custom", path: ["til"], message: "dateOrder" satisfies AdminValidationKey });
    }
  });

/** The query parameters the audit log's filter form sends, in the order it shows them. */
export const AUDIT_FILTER_PARAMS = ["handling", "aktor", "type", "id", "fra", "til"] as const;

/** The text for an error key from these schemas or the admin models: admin keys first, then the shared ones. */
export function adminErrorText(t: Messages, key: string): string {
  const own = (t.admin.validation as Record<string, string | undefined>)[key];
  if (own) return own;
  const shared = (t.validation as Record<string, unknown>)[key];
  return typeof shared === "string" ? shared : t.admin.validation.invalidRequest;
}

/** Translated errors for a field, ready for the Field components (which show unknown keys as given). */
export function adminErrors(t: Messages, keys: string[] | undefined): string[] | undefined {
  return keys?.length ? keys.map((key) => adminErrorText(t, key)) : undefined;
}
