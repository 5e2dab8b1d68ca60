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
import { seedDemoData } from "../../db/seed";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import {
  checkInitiativeChoices,
  createInitiative,
  decideOrganisation,
  decideParticipation,
  endParticipation,
  findInitiativeForCoordinator,
  initiativeFormOptions,
  initiativeHistory,
  inviteToInitiative,
  listPendingOrganisations,
  moderateUpdate,
  pickProgramme,
  updateInitiative,
  type InitiativeInput,
} from "./coordination.server";
import { getAnnualReport, getDashboard, reportParticipations, suggestInitiatives, suggestPartners } from "./coordination-insight.server";
import { loadActor } from "./user.server";
import { RefusalError } from "~/utils/refusal.server";

let grorud: Actor; // koordinator@laget.test: Groruddalssatsingen
let stavanger: Actor; // Levekårsløftet only
let admin: Actor;
let groruddalen = 0;
let sysselsetting = 0;
let romsas = 0;

const actorFor = (email: string) => {
  const user = getDb().select({ id: users.id, role: users.role, name: users.name, email: users.email }).from(users).where(eq(users.email, email)).get()!;
  return loadActor(user);
};
const expectProblem = (fn: () => unknown, reason: string) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as RefusalError).reason).toBe(reason);
    return;
  }
  throw new Error(`expected ${reason}`);
};

beforeAll(async () => {
  const db = getDb();
  await seedDemoData(db, { passwordHash: "unused" });
  grorud = actorFor("koordinator@laget.test");
  stavanger = actorFor("stavanger-koordinator@laget.test");
  admin = actorFor("admin@laget.test");
  groruddalen = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "groruddalssatsingen")).get()!.id;
  sysselsetting = db.select({ id: subprogrammes.id }).from(subprogrammes).where(and(eq(subprogrammes.programmeId, groruddalen), eq(subprogrammes.slug, "sysselsetting"))).get()!.id;
  romsas = db.select({ id: areas.id }).from(areas).where(eq(areas.slug, "romsas")).get()!.id;
});

const jobTiltak = (title: string): InitiativeInput => ({
  title,
  summary: "Praksisplasser i Romsås",
  description: "",
  programmeId: groruddalen,
  subprogrammeId: sysselsetting,
  areaId: romsas,
  status: "planned",
  startDate: "2026-01-01",
  endDate: null,
  leadOrganisationId: null,
  isPublic: true,
  soughtSectors: ["business"],
  soughtOffers: ["work_placements"],
});

describe("scope", () => {
  it("refuses another programme and answers notFound for an unknown one", () => {
    expect(pickProgramme(grorud, null).programme.slug).toBe("groruddalssatsingen");
    expectProblem(() => pickProgramme(stavanger, "groruddalssatsingen"), "forbidden");
    expectProblem(() => pickProgramme(grorud, "finnes-ikke"), "notFound");
    expect(pickProgramme(admin, "levekarsloftet").programme.slug).toBe("levekarsloftet");
  });
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

describe("tiltak and participations", () => {
  it("creates a tiltak with a unique slug, audits a status change and shows it in the history", () => {
    const slug = createInitiative(grorud, jobTiltak("Jobbsjanse Romsås test"));
    expect(createInitiative(grorud, jobTiltak("Jobbsjanse Romsås test"))).toBe(`${slug}-2`);
    const tiltak = findInitiativeForCoordinator(slug)!;
    expect(tiltak.soughtOffers).toEqual(["work_placements"]);
    expect(() => createInitiative(stavanger, jobTiltak("Ikke mitt"))).toThrow(RefusalError);
    updateInitiative(grorud, tiltak.id, { ...jobTiltak("Jobbsjanse Romsås test"), status: "ongoing" });
    const history = initiativeHistory(tiltak.id);
    expect(history.find((h) => h.action === "initiative.status_changed")?.details).toEqual({ from: "planned", to: "ongoing" });
    expectProblem(() => updateInitiative(stavanger, tiltak.id, { ...jobTiltak("x"), status: "completed" }), "forbidden");
  });

  it("suggests the Romsås business first, invites it once, and the request/decline/end rules hold", () => {
    const slug = createInitiative(grorud, jobTiltak("Praksis Romsås forslag"));
    const tiltak = findInitiativeForCoordinator(slug)!;
    const suggestions = suggestPartners(tiltak.id, { sector: null, areaId: null });
    expect(suggestions.items[0]?.name).toBe("Nærbutikken Romsås");
    expect(suggestions.items[0]?.reasons).toEqual(expect.arrayContaining(["area", "theme", "offer:work_placements", "soughtSector"]));
    expect(suggestPartners(tiltak.id, { sector: "voluntary", areaId: null }).items.every((s) => s.sector === "voluntary")).toBe(true);

    const shop = suggestions.items[0]!;
    expect(inviteToInitiative(grorud, { initiativeId: tiltak.id, organisationId: shop.id, role: "partner", message: "Bli med!" })).toBe("invited");
    // A second press of the button finds the invitation open: nothing more is written or sent.
    const invitationsSent = () =>
      getDb().select().from(notifications).where(eq(notifications.kind, "invitation_received")).all().filter((n) => n.params.initiative === tiltak.title).length;
    const sent = invitationsSent();
    expect(inviteToInitiative(grorud, { initiativeId: tiltak.id, organisationId: shop.id, role: "partner", message: "" })).toBe("alreadyInvited");
    expect(invitationsSent()).toBe(sent);
    expect(getDb().select().from(participations).where(and(eq(participations.initiativeId, tiltak.id), eq(participations.organisationId, shop.id))).all()).toHaveLength(1);
    expectProblem(() => inviteToInitiative(stavanger, { initiativeId: tiltak.id, organisationId: shop.id, role: "partner", message: "" }), "forbidden");
    expect(suggestPartners(tiltak.id, { sector: null, areaId: null }).items.some((s) => s.id === shop.id)).toBe(false);
    expect(getDb().select().from(notifications).where(eq(notifications.kind, "invitation_received")).all().some((n) => n.params.initiative === tiltak.title)).toBe(true);

    // A join request from another organisation, approved with a message; one declined.
    const db = getDb();
    const [a, b] = suggestPartners(tiltak.id, { sector: null, areaId: null }).items;
    const req = (orgId: number) => db.insert(participations).values({ initiativeId: tiltak.id, organisationId: orgId, role: "partner", status: "requested" }).returning({ id: participations.id }).get().id;
    const ra = req(a!.id);
    const rb = req(b!.id);
    // An organisation that asked to join is not invited on top of its request.
    expectProblem(() => inviteToInitiative(grorud, { initiativeId: tiltak.id, organisationId: a!.id, role: "partner", message: "" }), "alreadyOpen");
    decideParticipation(grorud, { initiativeId: tiltak.id, participationId: ra, approve: true, message: "Velkommen" });
    decideParticipation(grorud, { initiativeId: tiltak.id, participationId: rb, approve: false, message: "Ikke nå" });
    expect(db.select().from(participations).where(eq(participations.id, ra)).get()).toMatchObject({ status: "active", decisionMessage: "Velkommen", decidedByUserId: grorud.id });
    expect(db.select().from(participations).where(eq(participations.id, rb)).get()?.status).toBe("declined");
    expectProblem(() => decideParticipation(grorud, { initiativeId: tiltak.id, participationId: ra, approve: true, message: "" }), "notOpen");
    endParticipation(grorud, { initiativeId: tiltak.id, participationId: ra });
    expect(db.select().from(participations).where(eq(participations.id, ra)).get()).toMatchObject({ status: "ended" });
    expect(initiativeHistory(tiltak.id).map((h) => h.action)).toEqual(
      expect.arrayContaining(["participation.invited", "participation.approved", "participation.declined", "participation.ended"]),
    );
    // The reverse view offers tiltak the shop is not in yet.
    expect(suggestInitiatives(shop.id, [groruddalen]).some((t) => t.slug === slug)).toBe(false);
    expect(reportParticipations({ programmeId: groruddalen, areaId: null, sector: null }).some((p) => p.initiativeSlug === slug && p.status === "invited")).toBe(true);
  });
});

describe("moderation", () => {
  it("hides with a reason (the organisation is told) and shows again; another programme is refused", () => {
    const db = getDb();
    const row = db.select({ id: updates.id, title: updates.title }).from(updates).innerJoin(initiatives, eq(initiatives.id, updates.initiativeId)).where(and(eq(initiatives.programmeId, groruddalen), sql`${updates.organisationId} IN (SELECT organisation_id FROM memberships WHERE status = 'active')`)).get()!;
    expectProblem(() => moderateUpdate(stavanger, { updateId: row.id, hide: true, reason: "x" }), "forbidden");
    moderateUpdate(grorud, { updateId: row.id, hide: true, reason: "Personopplysninger" });
    expect(db.select().from(updates).where(eq(updates.id, row.id)).get()).toMatchObject({ hiddenReason: "Personopplysninger", hiddenByUserId: grorud.id });
    expect(db.select().from(notifications).where(eq(notifications.kind, "update_hidden")).all().some((n) => n.params.update === row.title)).toBe(true);
    moderateUpdate(grorud, { updateId: row.id, hide: false, reason: "" });
    expect(db.select().from(updates).where(eq(updates.id, row.id)).get()?.hiddenAt).toBeNull();
    expect(db.select().from(auditEvents).where(eq(auditEvents.action, "update.unhidden")).all()).toHaveLength(1);
    expectProblem(() => moderateUpdate(grorud, { updateId: 999999, hide: true, reason: "x" }), "notFound");
  });
});

describe("dashboard and annual report", () => {
  it("counts active participations per sub-programme and sector and lists the gaps", () => {
    const slug = createInitiative(grorud, jobTiltak("Tomt tiltak test"));
    const before = getDashboard(groruddalen, null, []);
    expect(before.noPartners.some((t) => t.slug === slug)).toBe(true);
    expect(before.lackingSought.find((t) => t.slug === slug)?.missing).toEqual(["business"]);
    const tiltak = findInitiativeForCoordinator(slug)!;
    const shop = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Nærbutikken Romsås")).get()!;
    getDb().insert(participations).values({ initiativeId: tiltak.id, organisationId: shop.id, role: "partner", status: "active", startedAt: new Date() }).run();
    const after = getDashboard(groruddalen, null, []);
    const row = (d: typeof after) => d.matrix.find((m) => m.id === sysselsetting)!;
    expect(row(after).counts.business).toBe(row(before).counts.business + 1);
    expect(after.oneSector.some((t) => t.slug === slug)).toBe(true);
    expect(after.lackingSought.some((t) => t.slug === slug)).toBe(false);
    // Filtering on an area elsewhere leaves the tiltak out.
    const furuset = getDb().select({ id: areas.id }).from(areas).where(eq(areas.slug, "furuset")).get()!.id;
    expect(getDashboard(groruddalen, furuset, []).oneSector.some((t) => t.slug === slug)).toBe(false);
    const year = new Date().getUTCFullYear();
    expect(getAnnualReport(groruddalen, year).started).toBeGreaterThanOrEqual(1);
  });
});

describe("statement counts", () => {
  /** Counts the statements better-sqlite3 prepares while fn runs (drizzle prepares one per query). */
  function countStatements(fn: () => unknown): number {
    const client = getDb().$client;
    const original = client.prepare;
    let n = 0;
    client.prepare = function (this: typeof client, ...args: Parameters<typeof original>) {
      n++;
      return original.apply(this, args);
    } as typeof original;
    try {
      fn();
    } finally {
      client.prepare = original;
    }
    return n;
  }

  function addOrganisations(count: number, prefix: string) {
    const db = getDb();
    for (let i = 0; i < count; i++) {
      const id = db.insert(organisations).values({ slug: `${prefix}-${i}`, name: `${prefix} ${i}`, sector: "residents_group", orgNumber: null, status: "approved" }).returning({ id: organisations.id }).get().id;
      db.insert(organisationAreas).values({ organisationId: id, areaId: romsas }).run();
      db.insert(organisationOffers).values({ organisationId: id, offer: "work_placements" }).run();
    }
  }

  it("matching and the dashboard run the same number of statements for 10 and for 500 more organisations", () => {
    const shop = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Nærbutikken Romsås")).get()!.id;
    const slug = createInitiative(grorud, jobTiltak("Telling test"));
    const tiltak = findInitiativeForCoordinator(slug)!;
    addOrganisations(10, "Ti");
    const small = {
      suggest: countStatements(() => suggestPartners(tiltak.id, { sector: null, areaId: null })),
      reverse: countStatements(() => suggestInitiatives(shop, [groruddalen])),
      dashboard: countStatements(() => getDashboard(groruddalen, romsas, [])),
    };
    addOrganisations(500, "Femhundre");
    const large = {
      suggest: countStatements(() => suggestPartners(tiltak.id, { sector: null, areaId: null })),
      reverse: countStatements(() => suggestInitiatives(shop, [groruddalen])),
      dashboard: countStatements(() => getDashboard(groruddalen, romsas, [])),
    };
    expect(large).toEqual(small);
    expect(small.suggest).toBeLessThanOrEqual(12);
    expect(small.dashboard).toBeLessThanOrEqual(14);
    expect(suggestPartners(tiltak.id, { sector: null, areaId: null }).total).toBeGreaterThan(510);
  });
});

describe("the lead of a tiltak", () => {
  const approvedIn = (programmeSlug: string) =>
    getDb().$client
      .prepare(
        `SELECT o.id FROM organisations o JOIN organisation_areas oa ON oa.organisation_id = o.id JOIN programme_areas pa ON pa.area_id = oa.area_id
         JOIN programmes p ON p.id = pa.programme_id WHERE p.slug = ? AND o.status = 'approved' ORDER BY o.id LIMIT 1`,
      )
      .get(programmeSlug) as { id: number };

  it("is refused when it is another programme's organisation, as the form never offers it", () => {
    const stavangerOrg = approvedIn("levekarsloftet").id;
    const offered = initiativeFormOptions(grorud).organisations.map((o) => o.id);
    expect(offered).not.toContain(stavangerOrg);
    expect(checkInitiativeChoices(grorud, { ...jobTiltak("Lead fra Stavanger"), leadOrganisationId: stavangerOrg })).toEqual({ leadOrganisationId: ["invalidChoice"] });
  });

  it("is accepted when the form offers it, and the current lead stays allowed", () => {
    const own = approvedIn("groruddalssatsingen").id;
    expect(initiativeFormOptions(grorud).organisations.map((o) => o.id)).toContain(own);
    expect(checkInitiativeChoices(grorud, { ...jobTiltak("Lead fra Groruddalen"), leadOrganisationId: own })).toEqual({});
    const stavangerOrg = approvedIn("levekarsloftet").id;
    expect(checkInitiativeChoices(grorud, { ...jobTiltak("Beholder lead"), leadOrganisationId: stavangerOrg }, stavangerOrg)).toEqual({});
  });
});
