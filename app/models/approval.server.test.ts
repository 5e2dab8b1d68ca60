import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  areas,
  auditEvents,
  initiatives,
  notifications,
  organisationAreas,
  organisationOffers,
  organisations,
  participations,
  programmes,
  subprogrammes,
  updates,
  users,
} from "../../db/schema";
import { decideOrganisation, listPendingOrganisations } from "./approval.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { expectProblem, seedForCoordination } from "~/testing/coordination-fixture.server";

let grorud: Actor; // koordinator@laget.test: Groruddalssatsingen
let stavanger: Actor; // Levekårsløftet only
let admin: Actor;
let groruddalen = 0;
let sysselsetting = 0;
let romsas = 0;

beforeAll(async () => {
  ({ grorud, stavanger, admin, groruddalen, sysselsetting, romsas } = await seedForCoordination());
});

describe("approving organisations", () => {
  it("shows each coordinator the pending organisations of their programmes, with duplicate hints and the MOD11 result", () => {
    const all = listPendingOrganisations(admin);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const mine = listPendingOrganisations(grorud);
    const theirs = listPendingOrganisations(stavanger);
    for (const org of mine) expect(typeof org.orgNumberValid === "boolean" || org.orgNumber === null).toBe(true);
    // Nobody outside the admin's list, and the two coordinators' lists differ unless an org chose nothing.
    expect(mine.every((o) => all.some((a) => a.id === o.id))).toBe(true);
    expect(theirs.every((o) => all.some((a) => a.id === o.id))).toBe(true);
  });

  it("approves: status, times, decider, and the owners are told", () => {
    const org = listPendingOrganisations(grorud)[0]!;
    decideOrganisation(grorud, { organisationId: org.id, approve: true, reason: "" });
    const row = getDb().select().from(organisations).where(eq(organisations.id, org.id)).get()!;
    expect(row.status).toBe("approved");
    expect(row.approvedAt).not.toBeNull();
    expect(row.lastConfirmedAt).not.toBeNull();
    expect(row.decidedByUserId).toBe(grorud.id);
    const notice = getDb().select().from(notifications).where(eq(notifications.kind, "organisation_decided")).all();
    expect(notice.some((n) => n.params.organisation === org.name && n.params.approved === "1")).toBe(true);
    expectProblem(() => decideOrganisation(grorud, { organisationId: org.id, approve: true, reason: "" }), "notFound");
  });

  it("rejects with a reason the applicant sees, and refuses a coordinator the organisation does not concern", () => {
    const db = getDb();
    const id = db.insert(organisations).values({ slug: "dublett-test", name: "Dublett Test", sector: "voluntary", orgNumber: "123456785", status: "pending" }).returning({ id: organisations.id }).get().id;
    db.insert(organisationAreas).values({ organisationId: id, areaId: romsas }).run();
    expect(listPendingOrganisations(stavanger).some((o) => o.id === id)).toBe(false);
    expectProblem(() => decideOrganisation(stavanger, { organisationId: id, approve: false, reason: "Nei" }), "forbidden");
    decideOrganisation(grorud, { organisationId: id, approve: false, reason: "Finnes fra før som Leksehjelpa" });
    const row = db.select().from(organisations).where(eq(organisations.id, id)).get()!;
    expect(row).toMatchObject({ status: "rejected", decisionReason: "Finnes fra før som Leksehjelpa", approvedAt: null });
  });
});
