/**
 * The partner profile form. Error messages are keys: shared ones from `messages.validation`, the
 * partner-specific ones (phone, descriptionTooLong) from `messages.partner.validation`.
 */
import { z } from "zod";
import { idList, msg, oneOfField, requiredText, textTypeError } from "./common";
import { OFFERS, SECTORS } from "./enums";
import { normaliseOrgNumber, orgNumberProblem } from "./org-number";

export const DESCRIPTION_MAX = 5000;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Empty input becomes "" (conform sends undefined for empty fields). */
const blankable = z
  .string(textTypeError())
  .optional()
  .transform((v) => (v ?? "").trim());

const orgNumberKey = { length: "orgNumberLength", digits: "orgNumberDigits", checksum: "orgNumberChecksum" } as const;

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !/\s/.test(value);
  } catch {
    return false;
  }
}

export const profileSchema = z
  .object({
    name: requiredText(200, { missing: "enterOrgName" }),
    sector: oneOfField(SECTORS, "chooseSector"),
    orgNumber: z
      .string(textTypeError())
      .optional()
      .transform((v) => normaliseOrgNumber(v ?? "")),
    description: blankable
      .refine((v) => v.length <= DESCRIPTION_MAX, { error: "descriptionTooLong" })
      .refine((v) => !CONTROL_EXCEPT_LINES.test(v), msg("controlCharacters")),
    website: blankable.refine((v) => v === "" || (v.length <= 500 && isHttpUrl(v)), msg("url")),
    contactEmail: blankable.refine((v) => v === "" || (v.length <= 254 && z.email().safeParse(v).success), msg("email")),
    contactPhone: blankable.refine((v) => v.length <= 30 && /^[0-9 +]*$/.test(v), { error: "phone" }),
    areas: idList,
    themes: idList,
    offers: z
      .array(z.enum(OFFERS, msg("invalidChoice")))
      .optional()
      .transform((v) => [...new Set(v ?? [])]),
  })
  .superRefine((value, ctx) => {
    if (CONTROL.test(value.website) || CONTROL.test(value.contactPhone)) {
      ctx.addIssue({ code: "custom", path: ["website"], message: "controlCharacters" });
    }
    if (value.orgNumber === "") {
      if (value.sector !== "residents_group") ctx.addIssue({ code: "custom", path: ["orgNumber"], message: "orgNumberRequired" });
      return;
    }
    const problem = orgNumberProblem(value.orgNumber);
    if (problem) ctx.addIssue({ code: "custom", path: ["orgNumber"], message: orgNumberKey[problem] });
  });

export type ProfileInput = z.output<typeof profileSchema>;

/** The profile page's other forms, told apart by `intent` (the profile form itself has intent "save"). */
export const profileIntentSchema = z.object({ intent: z.enum(["save", "confirm", "logo", "removeLogo"], msg("invalidChoice")) });
