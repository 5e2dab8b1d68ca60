/**
 * Enhetsregisteret (Brønnøysundregistrene's open data, NLOD): what the register says about an
 * organisation number, for registration, the profile and the coordinators' approval (issue 24, part 2).
 *
 * - One GET per lookup (`/enheter/{orgnr}`), two seconds at most; the answer is kept a day in
 *   `register_units`, so a person correcting a form, or a coordinator's page, asks the register again
 *   only the next day.
 * - When the register cannot be reached (timeout, network, 5xx), the lookup says so and Laget goes on
 *   without it ("not verified"); for a minute after such a failure nothing asks again, so a register
 *   outage is not met with a storm of retries from every form.
 * - A unit the register has removed from open data (410, "Fjernet") is not kept: only the fact.
 */
import { keep, keptLookup } from "~/models/register-unit.server";
import { now } from "~/utils/clock.server";
import { getEnv } from "~/utils/env.server";
import type { Sector } from "~/validation/enums";

/** What Laget keeps of a unit, in its own words. */
export type RegisterUnit = {
  orgNumber: string;
  name: string;
  form: { code: string; description: string };
  /** The business address as lines ("Haugerudveien 40", "0673 OSLO"), or the postal one. */
  address: string[];
  municipality: string | null;
  industry: { code: string; description: string } | null;
  inVoluntaryRegister: boolean;
  bankrupt: boolean;
  /** Being wound up, voluntarily or by force. */
  beingDissolved: boolean;
  /** The day the register deleted it (it still answers for it). */
  deletedOn: string | null;
};

export { keep, keptLookup, keptLookups } from "~/models/register-unit.server";

export type RegisterLookup =
  | { kind: "found"; unit: RegisterUnit; checkedAt: number }
  | { kind: "notFound"; checkedAt: number }
  | { kind: "removed"; checkedAt: number }
  | { kind: "unreachable" };

export const LOOKUP_TIMEOUT_MS = 2_000;
export const KEEP_FOR_MS = 24 * 60 * 60 * 1000;
export const QUIET_AFTER_FAILURE_MS = 60_000;

const ACCEPT = "application/vnd.enhetsregisteret.v1+json, application/json;q=0.9";

/** Per process: until when a failed register is left alone. */
let quietUntil = 0;

/** For the tests: forget a failure, as a minute passing would. */
export function forgetRegisterFailure(): void {
  quietUntil = 0;
}

/** A lookup as the pages show it (RegisterFacts): with the suggested sector, or "not checked". */
export function registerFacts(lookup: RegisterLookup | null | undefined) {
  if (!lookup || lookup.kind === "unreachable") return { kind: "notChecked" as const };
  if (lookup.kind !== "found") return { kind: lookup.kind, checkedAt: lookup.checkedAt };
  return { kind: "found" as const, unit: lookup.unit, checkedAt: lookup.checkedAt, suggestedSector: suggestedSector(lookup.unit) };
}

/** What the register says about a (valid, nine-digit) organisation number: kept a day, else asked. */
export async function lookUpUnit(orgNumber: string, { fresh = false } = {}): Promise<RegisterLookup> {
  const kept = fresh ? null : keptLookup(orgNumber);
  if (kept && now() - kept.checkedAt < KEEP_FOR_MS) return kept;
  if (Date.now() < quietUntil) return { kind: "unreachable" };

  const answer = await askRegister(`/enheter/${orgNumber}`);
  if (answer.kind === "unreachable") {
    quietUntil = Date.now() + QUIET_AFTER_FAILURE_MS;
    return answer;
  }
  const checkedAt = now();
  if (answer.status === 404) return keep(orgNumber, { kind: "notFound", checkedAt });
  if (answer.status === 410) return keep(orgNumber, { kind: "removed", checkedAt });
  const unit = unitFrom(answer.body, orgNumber);
  if (!unit) {
    quietUntil = Date.now() + QUIET_AFTER_FAILURE_MS;
    return { kind: "unreachable" };
  }
  return keep(orgNumber, { kind: "found", unit, checkedAt });
}

/** Asks the register again whatever was kept (the change feed said the unit changed). */
export function refreshUnit(orgNumber: string): Promise<RegisterLookup> {
  return lookUpUnit(orgNumber, { fresh: true });
}

type RegisterAnswer = { kind: "answered"; status: 200 | 404 | 410; body: unknown } | { kind: "unreachable" };

/** One GET to the register: 200, 404 and 410 are answers; anything else (or nothing in time) is not. */
export async function askRegister(path: string, base: string = getEnv().BRREG_API_URL): Promise<RegisterAnswer> {
  try {
    const response = await fetch(`${base.replace(/\/+$/, "")}${path}`, {
      headers: { Accept: ACCEPT },
      signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
      redirect: "error",
    });
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel();
      return { kind: "answered", status: response.status, body: null };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      return { kind: "unreachable" };
    }
    return { kind: "answered", status: 200, body: await response.json() };
  } catch {
    return { kind: "unreachable" };
  }
}

type Json = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
const object = (value: unknown): Json | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null);
const codeOf = (value: unknown) => {
  const o = object(value);
  const code = text(o?.kode);
  return code ? { code, description: text(o?.beskrivelse) ?? "" } : null;
};

/** The register's unit in Laget's words; null when the answer is not a unit of that number. */
export function unitFrom(body: unknown, orgNumber: string): RegisterUnit | null {
  const o = object(body);
  if (!o || text(o.organisasjonsnummer) !== orgNumber) return null;
  const name = text(o.navn);
  const form = codeOf(o.organisasjonsform);
  if (!name || !form) return null;
  const address = object(o.forretningsadresse) ?? object(o.postadresse);
  const lines = Array.isArray(address?.adresse) ? address.adresse.map(text).filter((line): line is string => line !== null) : [];
  const place = [text(address?.postnummer), text(address?.poststed)].filter(Boolean).join(" ");
  return {
    orgNumber,
    name,
    form,
    address: place ? [...lines, place] : lines,
    municipality: text(address?.kommune),
    industry: codeOf(o.naeringskode1),
    inVoluntaryRegister: o.registrertIFrivillighetsregisteret === true,
    bankrupt: o.konkurs === true,
    beingDissolved: o.underAvvikling === true || o.underTvangsavviklingEllerTvangsopplosning === true,
    deletedOn: text(o.slettedato),
  };
}

/** Whether the register's answer stops a registration, and why (the form's message key). */
export function registrationRefusal(lookup: RegisterLookup): "orgNumberNotInRegister" | "orgNumberDeleted" | null {
  if (lookup.kind === "notFound" || lookup.kind === "removed") return "orgNumberNotInRegister";
  if (lookup.kind === "found" && lookup.unit.deletedOn) return "orgNumberDeleted";
  return null;
}

const BUSINESS_FORMS = new Set(["AS", "ASA", "ENK", "ANS", "DA", "NUF", "SA", "BA", "SE", "KS", "PRE"]);
const VOLUNTARY_FORMS = new Set(["FLI", "STI"]);
const MUNICIPAL_FORMS = new Set(["KOMM", "KF", "IKS", "FKF", "FYLK"]);
const STATE_FORMS = new Set(["STAT", "SF", "ORGL", "SÆR"]);
const RESIDENTS_FORMS = new Set(["BRL", "ESEK"]);

/**
 * The sector Laget would suggest from the organisation form (and, for the public bodies' ORGL, the
 * name): a hint for the person and the coordinator, never decided for them.
 */
export function suggestedSector(unit: RegisterUnit): Sector | null {
  const code = unit.form.code.toUpperCase();
  const name = unit.name.toUpperCase();
  if (code === "ORGL" && /\bKOMMUNE\b/.test(name)) return /\bBYDEL\b/.test(name) ? "district" : "municipal_agency";
  if (MUNICIPAL_FORMS.has(code)) return "municipal_agency";
  if (STATE_FORMS.has(code)) return "state_agency";
  if (VOLUNTARY_FORMS.has(code) || unit.inVoluntaryRegister) return "voluntary";
  if (BUSINESS_FORMS.has(code)) return "business";
  if (RESIDENTS_FORMS.has(code)) return "residents_group";
  // Without a telling form, an industry code of interest organisations or sports clubs says voluntary.
  if (unit.industry && /^(94\.9|93\.1)/.test(unit.industry.code)) return "voluntary";
  return null;
}

const KEPT_UPPER = new Set(["AS", "ASA", "SA", "BA", "DA", "ANS", "NUF", "IL", "KF", "IKS", "NAV", "BRL", "FAU", "SFO", "BUA", "UKM"]);
const KEPT_LOWER = new Set(["og", "i", "for", "på", "av", "til", "med", "under"]);

/** The register writes names in capitals ("HAUGERUD NABOLAGSLAG"); a form offers "Haugerud Nabolagslag". */
export function readableName(registerName: string): string {
  return registerName
    .toLocaleLowerCase("nb")
    .split(/(\s+|-)/)
    .map((word, index) => {
      if (KEPT_UPPER.has(word.toLocaleUpperCase("nb"))) return word.toLocaleUpperCase("nb");
      if (index > 0 && KEPT_LOWER.has(word)) return word;
      return word.charAt(0).toLocaleUpperCase("nb") + word.slice(1);
    })
    .join("");
}
