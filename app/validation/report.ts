/**
 * The report forms (issue 21): a section's narrative in the årsmelding or the final report. Error
 * messages are keys: our own in messages.planning.report.errors, the shared ones in messages.validation.
 */
import { z } from "zod";
import { oneOfField, textTypeError } from "./common";
import { REPORT_SECTIONS } from "./enums";

/** A section's narrative: several pages of text at most, as a report's section is. */
export const NARRATIVE_MAX_LENGTH = 20_000;

const CONTROL_CHARACTERS_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const narrativeSchema = z.object({
  section: oneOfField(REPORT_SECTIONS, "invalidChoice"),
  body: z
    .string(textTypeError())
    .trim()
    .max(NARRATIVE_MAX_LENGTH, { error: "narrativeTooLong" })
    .refine((v) => !CONTROL_CHARACTERS_EXCEPT_LINES.test(v), { error: "controlCharacters" })
    .optional()
    // Windows line ends as the browser sends them become plain ones, so a saved text compares equal.
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n")),
});

/** The year of a report from `?ar=`, or null when it is no whole year in range (the page answers 400). */
export function reportYear(param: string | null, fallback: number): number | null {
  if (param === null || param === "") return fallback;
  if (!/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return year >= 2000 && year <= 2100 ? year : null;
}
