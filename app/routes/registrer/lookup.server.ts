/**
 * "Hent fra Enhetsregisteret" on /registrer: looks the typed organisation number up and gives the
 * form back with what the person typed, the name and the suggested sector filled in where they were
 * empty, and the register's facts beside it. Registers nothing; a bad or unknown number is an error
 * on its field, a register that does not answer a message (the person can register anyway).
 */
import type { FormResult } from "~/utils/forms.server";
import { lookUpUnit, readableName, registerFacts, registrationRefusal } from "~/services/enhetsregisteret.server";
import { normaliseOrgNumber, orgNumberProblem } from "~/validation/org-number";

const ORG_NUMBER_PROBLEM_KEYS = { length: "orgNumberLength", digits: "orgNumberDigits", checksum: "orgNumberChecksum" } as const;

export async function lookUpForRegistration(echo: FormResult) {
  const typed = (echo.initialValue ?? {}) as Record<string, unknown>;
  const orgNumber = normaliseOrgNumber(typeof typed.orgNumber === "string" ? typed.orgNumber : "");
  const kept = { ...echo, error: {} } as FormResult;
  if (!orgNumber) return { result: { ...kept, error: { orgNumber: ["orgNumberRequired"] } }, register: null, registerMessage: "enterNumberFirst" as const };
  const problem = orgNumberProblem(orgNumber);
  if (problem) return { result: { ...kept, error: { orgNumber: [ORG_NUMBER_PROBLEM_KEYS[problem]] } }, register: null, registerMessage: null };

  const lookup = await lookUpUnit(orgNumber);
  if (lookup.kind === "unreachable") return { result: kept, register: null, registerMessage: "unreachable" as const };
  const refusal = registrationRefusal(lookup);
  const facts = registerFacts(lookup);
  if (refusal) return { result: { ...kept, error: { orgNumber: [refusal] } }, register: facts, registerMessage: null };
  if (facts.kind !== "found") return { result: kept, register: facts, registerMessage: null };

  const filled: Record<string, unknown> = { ...typed };
  if (!(typeof typed.orgName === "string" && typed.orgName.trim())) filled.orgName = readableName(facts.unit.name);
  if (!(typeof typed.sector === "string" && typed.sector) && facts.suggestedSector) filled.sector = facts.suggestedSector;
  return { result: { ...kept, initialValue: filled } as FormResult, register: facts, registerMessage: "filledIn" as const };
}
