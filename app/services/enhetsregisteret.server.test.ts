/**
 * Laget's Enhetsregisteret client against a local register answering the documented paths over HTTP
 * (app/testing/enhetsregisteret-server.ts): each answer the register gives, the two-second timeout,
 * the day's keeping and the quiet minute after a failure.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startRegisterServer, type RegisterServer } from "~/testing/enhetsregisteret-server";
import { BANKRUPT, COMPANY, DELETED, DISSOLVING, FAILING, MUNICIPAL, REMOVED, SLOW, UNITS, UNKNOWN, VOLUNTARY } from "~/testing/enhetsregisteret-units";
import { advanceClock, resetClock } from "~/utils/clock.server";
import { askRegister, forgetRegisterFailure, KEEP_FOR_MS, keptLookup, LOOKUP_TIMEOUT_MS, lookUpUnit, registrationRefusal, suggestedSector, type RegisterUnit } from "./enhetsregisteret.server";

let register: RegisterServer;

beforeAll(async () => {
  register = await startRegisterServer();
  process.env.BRREG_API_URL = register.url;
});
afterAll(async () => {
  resetClock();
  await register.close();
});
beforeEach(() => forgetRegisterFailure());

function found(lookup: Awaited<ReturnType<typeof lookUpUnit>>): RegisterUnit {
  if (lookup.kind !== "found") throw new Error(`expected a unit, got ${lookup.kind}`);
  return lookup.unit;
}

describe("looking up an organisation number", () => {
  it("reads a voluntary association: name, form, address, industry, Frivillighetsregisteret", async () => {
    const unit = found(await lookUpUnit(VOLUNTARY));
    expect(unit).toMatchObject({
      orgNumber: VOLUNTARY,
      name: "HAUGERUD NABOLAGSLAG",
      form: { code: "FLI", description: "Forening/lag/innretning" },
      address: ["Haugerudveien 40", "0673 OSLO"],
      municipality: "OSLO",
      industry: { code: "94.991" },
      inVoluntaryRegister: true,
      bankrupt: false,
      beingDissolved: false,
      deletedOn: null,
    });
    expect(registrationRefusal({ kind: "found", unit, checkedAt: 0 })).toBeNull();
  });

  it("says not found (404), removed (410) and deleted (slettedato), each refusing a registration", async () => {
    const unknown = await lookUpUnit(UNKNOWN);
    expect(unknown.kind).toBe("notFound");
    expect(registrationRefusal(unknown)).toBe("orgNumberNotInRegister");
    const removed = await lookUpUnit(REMOVED);
    expect(removed.kind).toBe("removed");
    expect(registrationRefusal(removed)).toBe("orgNumberNotInRegister");
    const deleted = await lookUpUnit(DELETED);
    expect(found(deleted).deletedOn).toBe("2024-05-02");
    expect(registrationRefusal(deleted)).toBe("orgNumberDeleted");
  });

  it("keeps no data of a removed unit, only that it was removed", async () => {
    await lookUpUnit(REMOVED);
    expect(keptLookup(REMOVED)).toMatchObject({ kind: "removed" });
  });

  it("flags bankrupt and dissolving units without refusing them", async () => {
    const bankrupt = found(await lookUpUnit(BANKRUPT));
    expect(bankrupt.bankrupt).toBe(true);
    expect(registrationRefusal({ kind: "found", unit: bankrupt, checkedAt: 0 })).toBeNull();
    expect(found(await lookUpUnit(DISSOLVING)).beingDissolved).toBe(true);
  });

  it("asks the register once a day for a number", async () => {
    const asked = () => register.requests.filter((path) => path === `/enheter/${COMPANY}`).length;
    const before = asked();
    await lookUpUnit(COMPANY);
    await lookUpUnit(COMPANY);
    expect(asked()).toBe(before + 1);
    advanceClock(KEEP_FOR_MS + 1000);
    await lookUpUnit(COMPANY);
    expect(asked()).toBe(before + 2);
  });

  it("gives up after two seconds on a slow register, and then leaves it alone for a while", async () => {
    const started = performance.now();
    expect((await lookUpUnit(SLOW)).kind).toBe("unreachable");
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(LOOKUP_TIMEOUT_MS - 50);
    expect(waited).toBeLessThan(LOOKUP_TIMEOUT_MS + 900);
    // Within the quiet minute another number is not asked for at all.
    const count = register.requests.length;
    expect((await lookUpUnit(MUNICIPAL)).kind).toBe("unreachable");
    expect(register.requests.length).toBe(count);
  });

  it("treats a server error as unreachable, not as 'not found'", async () => {
    expect((await lookUpUnit(FAILING)).kind).toBe("unreachable");
    expect(keptLookup(FAILING)).toBeNull();
  });

  it("treats a register that is not there at all (connection refused) as unreachable", async () => {
    const gone = await startRegisterServer();
    await gone.close();
    expect(await askRegister(`/enheter/${VOLUNTARY}`, gone.url)).toEqual({ kind: "unreachable" });
    expect(await askRegister(`/enheter/${VOLUNTARY}`, register.url)).toMatchObject({ kind: "answered", status: 200 });
  });
});

describe("the sector Laget suggests", () => {
  const unitOf = (number: string) => {
    const enhet = UNITS.find((u) => u.organisasjonsnummer === number)!;
    return { name: enhet.navn, form: { code: enhet.organisasjonsform.kode, description: "" }, inVoluntaryRegister: enhet.registrertIFrivillighetsregisteret, industry: enhet.naeringskode1 ?? null } as RegisterUnit;
  };
  it("reads it from the organisation form, and a municipality's district from its name", () => {
    expect(suggestedSector(unitOf(VOLUNTARY))).toBe("voluntary");
    expect(suggestedSector(unitOf(COMPANY))).toBe("business");
    expect(suggestedSector(unitOf(MUNICIPAL))).toBe("district");
    expect(suggestedSector({ ...unitOf(MUNICIPAL), name: "NAV ALNA" })).toBe("state_agency");
    expect(suggestedSector({ ...unitOf(COMPANY), form: { code: "KOMM", description: "" } })).toBe("municipal_agency");
    expect(suggestedSector({ ...unitOf(COMPANY), form: { code: "XYZ", description: "" }, industry: null })).toBeNull();
  });
});
