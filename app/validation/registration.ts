import { z } from "zod";
import { emailField, idList, msg, oneOfField, requiredText, textTypeError } from "./common";
import { SECTORS } from "./enums";
import { newPasswordField } from "./auth";
import { normaliseOrgNumber, orgNumberProblem } from "./org-number";

const problemKey = { length: "orgNumberLength", digits: "orgNumberDigits", checksum: "orgNumberChecksum" } as const;

/** The organisation part of registration; the account part is added for people not yet logged in. */
export const organisationRegistrationFields = {
  orgName: requiredText(200, { missing: "enterOrgName" }),
  sector: oneOfField(SECTORS, "chooseSector"),
  orgNumber: z
    .string(textTypeError())
    .optional()
    .transform((v) => normaliseOrgNumber(v ?? "")),
  areas: idList,
  themes: idList,
};

function checkOrgNumber(value: { sector: (typeof SECTORS)[number]; orgNumber: string }, ctx: z.RefinementCtx) {
  if (value.orgNumber === "") {
    if (value.sector !== "residents_group") {
      ctx.addIssue({ code: "custom", path: ["orgNumber"], message: "orgNumberRequired" });
    }
    return;
  }
  const problem = orgNumberProblem(value.orgNumber);
  if (problem) ctx.addIssue({ code: "custom", path: ["orgNumber"], message: problemKey[problem] });
}

export const organisationRegistrationSchema = z.object(organisationRegistrationFields).superRefine(checkOrgNumber);

export const registrationSchema = z
  .object({
    name: requiredText(120, { missing: "enterName" }),
    email: emailField,
    password: newPasswordField,
    ...organisationRegistrationFields,
  })
  .superRefine(checkOrgNumber);

export { msg };
