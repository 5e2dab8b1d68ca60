/**
 * The nightly read of Enhetsregisteret's change feed against the local register over HTTP: a unit
 * marked "Fjernet" loses its data, a changed one is looked up again (a bankruptcy reaches the
 * coordinators' list), the next read continues after the last change seen, and it runs once a night.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations } from "../../db/schema";
import { flaggedOrganisations, keptLookup } from "~/models/register-unit.server";
import { startRegisterServer, type RegisterServer } from "~/testing/enhetsregisteret-server";
import { COMPANY, UNITS, VOLUNTARY } from "~/testing/enhetsregisteret-units";
import { getDb } from "~/utils/db.server";
import { lookUpUnit } from "./enhetsregisteret.server";
import { runRegisterSync, syncRegisterChanges } from "./register-sync.server";

let register: RegisterServer;

beforeAll(async () => {
  register = await startRegisterServer();
  process.env.BRREG_API_URL = register.url;
  getDb()
    .insert(organisations)
    .values([
      { slug: "haugerud-nabolagslag", name: "Haugerud Nabolagslag", sector: "voluntary", orgNumber: VOLUNTARY, status: "approved" },
      { slug: "kafe-trivsel", name: "Kafé Trivsel", sector: "business", orgNumber: COMPANY, status: "approved" },
    ])
    .run();
});
afterAll(() => register.close());

describe("reading the change feed", () => {
  it("drops a removed unit's data, looks a changed one up again, and flags both for the coordinators", async () => {
    expect((await lookUpUnit(VOLUNTARY)).kind).toBe("found");
    expect((await lookUpUnit(COMPANY)).kind).toBe("found");
    expect(flaggedOrganisations(null)).toEqual([]);

    const yesterday = new Date(Date.now() - 3_600_000).toISOString();
    register.addChange({ dato: yesterday, organisasjonsnummer: VOLUNTARY, endringstype: "Fjernet" });
    register.setUnit({ ...UNITS.find((u) => u.organisasjonsnummer === COMPANY)!, konkurs: true });
    register.addChange({ dato: yesterday, organisasjonsnummer: COMPANY, endringstype: "Endring" });
    // A change to a unit Laget does not have is not Laget's business.
    register.addChange({ dato: yesterday, organisasjonsnummer: "999991300", endringstype: "Endring" });

    expect(await syncRegisterChanges()).toEqual({ changes: 2, removed: 1, refreshed: 1, checked: 0 });
    expect(keptLookup(VOLUNTARY)).toMatchObject({ kind: "removed" });
    expect(keptLookup(COMPANY)).toMatchObject({ kind: "found", unit: { bankrupt: true } });
    expect(flaggedOrganisations(null).map((o) => [o.slug, o.flag])).toEqual([
      ["haugerud-nabolagslag", "removed"],
      ["kafe-trivsel", "bankrupt"],
    ]);
    // The feed was asked about Laget's numbers only.
    const feedRequest = register.requests.find((path) => path.startsWith("/oppdateringer/enheter"))!;
    expect(new URL(feedRequest, "http://x").searchParams.get("organisasjonsnummer")?.split(",").sort()).toEqual([COMPANY, VOLUNTARY].sort());
  });

  it("continues after the last change it saw", async () => {
    const last = register.addChange({ dato: new Date().toISOString(), organisasjonsnummer: COMPANY, endringstype: "Endring" });
    expect(await syncRegisterChanges()).toMatchObject({ changes: 1 });
    const asked = register.requests.filter((path) => path.startsWith("/oppdateringer/enheter")).at(-1)!;
    // The last change of Laget's numbers seen before was the one before `last` (the other number's was never read).
    expect(new URL(asked, "http://x").searchParams.get("oppdateringsid")).toBe(String(last.oppdateringsid - 1));
    expect(await syncRegisterChanges()).toMatchObject({ changes: 0 });
  });

  it("looks up at night a number the register never answered for", async () => {
    getDb().insert(organisations).values({ slug: "brygga", name: "Brygga", sector: "business", orgNumber: "999991300", status: "pending" }).run();
    expect(keptLookup("999991300")).toBeNull();
    expect(await syncRegisterChanges()).toMatchObject({ checked: 1 });
    expect(keptLookup("999991300")).toMatchObject({ kind: "found", unit: { bankrupt: true } });
    expect(flaggedOrganisations(null).map((o) => o.slug)).toContain("brygga");
  });

  it("runs once a night, from three o'clock Oslo time", async () => {
    const at = (iso: string) => Date.parse(iso);
    // 01:30 in Oslo (UTC+1 in December): not yet.
    expect(await runRegisterSync(at("2026-12-08T00:30:00Z"))).toBeNull();
    expect(await runRegisterSync(at("2026-12-08T02:30:00Z"))).not.toBeNull();
    // Later the same day: already read.
    expect(await runRegisterSync(at("2026-12-08T15:00:00Z"))).toBeNull();
  });
});
