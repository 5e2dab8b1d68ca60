/** Updates a partner posts on a tiltak. Error keys as in app/validation/profile.ts. */
import { z } from "zod";
import { isIsoDate, msg, oneOfField, requiredText, textTypeError } from "./common";
import { UPDATE_VISIBILITIES } from "./enums";

export const UPDATE_BODY_MAX = 5000;

const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;


const updateFields = {
  title: requiredText(200, { missing: "enterTitle" }),
  body: z
    .string(textTypeError("enterUpdateText"))
    .trim()
    .min(1, msg("enterUpdateText"))
    .max(UPDATE_BODY_MAX, msg("tooLong"))
    .refine((v) => !CONTROL_EXCEPT_LINES.test(v), msg("controlCharacters")),
  eventDate: z
    .string(textTypeError())
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v === "" || isIsoDate(v), { error: "eventDate" }),
  visibility: oneOfField(UPDATE_VISIBILITIES, "chooseVisibility"),
};

export const newUpdateSchema = z.object({
  initiativeId: z.coerce.number(msg("chooseInitiative")).int(msg("chooseInitiative")).positive(msg("chooseInitiative")),
  ...updateFields,
});

export const editUpdateSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save", msg("invalidChoice")), ...updateFields }),
  z.object({ intent: z.literal("delete", msg("invalidChoice")) }),
], msg("invalidChoice"));
