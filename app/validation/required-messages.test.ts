import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { en } from "~/i18n/en";
import { nb } from "~/i18n/nb";
import { loginSchema, resetPasswordSchema } from "./auth";
import { changeEmailSchema, changeNameSchema } from "./account";
import { areaSchema, programmeSchema } from "./admin";
import { initiativeSchema } from "./coordinator";
import { feedbackSchema } from "./feedback";
import { profileSchema } from "./profile";
import { registrationSchema } from "./registration";
import { newUpdateSchema } from "./update";

/** Sends a form with every field empty (hidden fields as given), as a browser would, and returns the error keys. */
function emptyErrors(schema: z.ZodType, fields: string[], hidden: Record<string, string> = {}) {
  const form = new FormData();
  for (const name of fields) form.append(name, "");
  for (const [name, value] of Object.entries(hidden)) form.append(name, value);
  const result = parseWithZod(form, { schema });
  expect(result.status).toBe("error");
  return Object.fromEntries(Object.entries(result.reply().error ?? {}).map(([name, keys]) => [name, keys?.[0]]));
}

/**
 * A required field left empty gets a message that names it ("Skriv en tittel."), not "Fyll ut
 * feltet.": the error summary lists the messages away from their fields, where "this field" means nothing.
 */
describe("messages for empty required fields name the field", () => {
  it.each([
    ["registration", registrationSchema, ["name", "email", "password", "orgName", "sector"], {}, { name: "enterName", email: "enterEmail", password: "enterNewPassword", orgName: "enterOrgName", sector: "chooseSector" }],
    ["login", loginSchema, ["email", "password"], {}, { email: "enterEmail", password: "enterPassword" }],
    ["password reset", resetPasswordSchema, ["password"], {}, { password: "enterNewPassword" }],
    ["account name", changeNameSchema, ["name"], { intent: "name" }, { name: "enterName" }],
    ["account e-mail", changeEmailSchema, ["newEmail", "currentPassword"], { intent: "email" }, { newEmail: "enterNewEmail", currentPassword: "enterCurrentPassword" }],
    ["feedback", feedbackSchema, ["message"], {}, { message: "enterFeedback" }],
    ["profile", profileSchema, ["name", "sector"], {}, { name: "enterOrgName", sector: "chooseSector" }],
    ["update", newUpdateSchema, ["initiativeId", "title", "body", "visibility"], {}, { initiativeId: "chooseInitiative", title: "enterTitle", body: "enterUpdateText", visibility: "chooseVisibility" }],
    ["tiltak", initiativeSchema, ["title", "status"], { programmeId: "1", subprogrammeId: "1", areaId: "1" }, { title: "enterTitle", status: "chooseStatus" }],
    ["programme", programmeSchema, ["name", "municipality"], { intent: "saveProgramme", periodStart: "2026" }, { name: "enterProgrammeName", municipality: "enterMunicipality" }],
    ["area", areaSchema, ["name", "kind"], { intent: "saveArea" }, { name: "enterAreaName", kind: "chooseAreaKind" }],
  ] as const)("%s", (_, schema, fields, hidden, expected) => {
    const errors = emptyErrors(schema, [...fields], hidden);
    for (const [field, key] of Object.entries(expected)) {
      expect(errors[field], field).toBe(key);
      const text = (nb.validation as Record<string, unknown>)[key];
      expect(typeof text === "string" && text !== nb.validation.required, `${key} has its own Norwegian text`).toBe(true);
      expect(typeof (en.validation as Record<string, unknown>)[key], `${key} in English`).toBe("string");
    }
  });
});
