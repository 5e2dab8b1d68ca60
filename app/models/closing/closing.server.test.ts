/**
 * Closing a period and the successor (issue 21), on a programme and an area lift the test makes
 * itself (the demo's own stay as they are): the refusals (another programme's coordinator, a tiltak
 * without an outcome, a period whose last year has not come, a closed period), what closing does
 * (tiltak completed, requests and invitations closed with a notice, audited), that nothing can be
 * joined or changed afterwards, and the successor's copies and links.
 */
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  areas,
  auditEvents,
  coordinatorAssignments,
  emailOutbox,
  initiativeOutcomes,
  initiatives,
  memberships,
  notifications,
  organisations,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
} from "../../../db/schema";
import { createInitiative, findInitiativeForCoordinator, updateInitiative, type InitiativeInput } from "../initiative/management.server";
import { inviteToInitiative, listJoinableInitiatives, requestParticipation } from "../participation.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { actorFor, expectProblem, seedForCoordination } from "~/testing/coordination-fixture.server";
import { closePeriod, getClosingTarget, listClosingInitiatives, recordOutcome, thisYearInOslo } from "./period.server";
import { getAreaLiftClosedYear, getInitiativeArchive, getProgrammeArchive } from "./public.server";
import { createSuccessor } from "./successor.server";

const db = () => getDb();
let kari: Actor;
let stavanger: Actor;
let programmeId = 0;
let subId = 0;
let romsas = 0;
let liftAreaId = 0;
const year = thisYearInOslo();

/** An approved organisation with an active member (its owner), by name. */
function memberOf(name: string) {
  const org = db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get()!;
  const member = db().select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.organisationId, org.id), eq(memberships.status, "active"))).get()!;
  return { orgId: org.id, userId: member.userId };
}

const tiltakInput = (title: string, areaId = romsas): InitiativeInput => ({
  title,
  summary: "",
  description: "",
  programmeId,
  subprogrammeId: subId,
  areaId,
  status: "ongoing",
  startDate: "2020-01-01",
  endDate: null,
  leadOrganisationId: null,
  isPublic: true,
  soughtSectors: ["business"],
  soughtOffers: [],
});

beforeAll(async () => {
  ({ stavanger, romsas } = await seedForCoordination());
  const d = db();
  programmeId = d.insert(programmes).values({ slug: "testsatsingen", name: "Testsatsingen", municipality: "Oslo", periodStart: 2017, periodEnd: year }).returning({ id: programmes.id }).get().id;
  subId = d.insert(subprogrammes).values({ programmeId, slug: "naermiljo", name: "Nærmiljø" }).returning({ id: subprogrammes.id }).get().id;
  const grorudDistrict = d.select({ id: areas.id }).from(areas).where(eq(areas.slug, "bydel-grorud")).get()!.id;
  liftAreaId = d.insert(areas).values({ slug: "testlia", name: "Testlia", kind: "sub_district", parentId: grorudDistrict, liftStartYear: 2020, liftEndYear: year }).returning({ id: areas.id }).get().id;
  d.insert(programmeAreas).values([{ programmeId, areaId: romsas }, { programmeId, areaId: liftAreaId }, { programmeId, areaId: grorudDistrict }]).run();
  const kariId = actorFor("koordinator@laget.test").id;
  d.insert(coordinatorAssignments).values({ userId: kariId, programmeId }).run();
  kari = actorFor("koordinator@laget.test");
});

describe("closing an area lift", () => {
  it("closes only the lift's tiltak, once each has an outcome; a later tiltak there stays open", () => {
    const inLift = findInitiativeForCoordinator(createInitiative(kari, tiltakInput("Testlia leksehjelp", liftAreaId)))!;
    const outside = findInitiativeForCoordinator(createInitiative(kari, tiltakInput("Utenfor løftet")))!;
    const target = getClosingTarget(kari, programmeId, "testlia");
    expect(target.lift?.slug).toBe("testlia");
    expect(listClosingInitiatives(programmeId, liftAreaId).map((i) => i.title)).toEqual(["Testlia leksehjelp"]);
    expectProblem(() => closePeriod(kari, programmeId, "testlia"), "outcomesMissing");
    expectProblem(() => getClosingTarget(kari, programmeId, "romsas-finnes-ikke"), "notFound");

    recordOutcome(kari, inLift.id, { outcome: "ended", reason: "Skolen tilbyr leksehjelp selv" });
    expect(closePeriod(kari, programmeId, "testlia")).toEqual({ initiatives: 1, requestsDeclined: 0, invitationsEnded: 0 });
    expect(getAreaLiftClosedYear(liftAreaId)).toBe(year);
    expect(db().select({ status: initiatives.status }).from(initiatives).where(eq(initiatives.id, outside.id)).get()?.status).toBe("ongoing");
    expectProblem(() => closePeriod(kari, programmeId, "testlia"), "alreadyClosed");
    // The lift's tiltak is closed; one made there afterwards is not.
    expectProblem(() => recordOutcome(kari, inLift.id, { outcome: "ended", reason: "x" }), "periodClosed");
    const later = findInitiativeForCoordinator(createInitiative(kari, tiltakInput("Testlia etterpå", liftAreaId)))!;
    expect(() => updateInitiative(kari, later.id, tiltakInput("Testlia etterpå, endret", liftAreaId))).not.toThrow();
    expect(getInitiativeArchive(inLift.id)).toMatchObject({ closedYear: year, outcome: { outcome: "ended", reason: "Skolen tilbyr leksehjelp selv" } });
    expect(getInitiativeArchive(later.id)).toBeNull();
    expect(db().select().from(auditEvents).where(and(eq(auditEvents.action, "area.lift_closed"), eq(auditEvents.entityId, liftAreaId))).all()).toHaveLength(1);
  });
});

describe("closing a programme's period", () => {
  let first: { id: number; slug: string; title: string };
  let second: { id: number; slug: string; title: string };
  const shop = () => memberOf("Nærbutikken Romsås");
  const club = () => memberOf("Romsås Vestre Vel");

  it("is refused for another programme's coordinator, before the last year, and while a tiltak lacks an outcome", () => {
    first = findInitiativeForCoordinator(createInitiative(kari, tiltakInput("Jobbtrening på senteret")))!;
    second = findInitiativeForCoordinator(createInitiative(kari, tiltakInput("Sommerjobb for ungdom")))!;
    expectProblem(() => recordOutcome(stavanger, first.id, { outcome: "ended", reason: "x" }), "forbidden");
    expectProblem(() => closePeriod(stavanger, programmeId, null), "forbidden");
    expectProblem(() => createSuccessor(stavanger, programmeId, { name: "X", slug: "", periodStart: year + 1, periodEnd: null, initiativeIds: [] }), "forbidden");

    db().update(programmes).set({ periodEnd: year + 1 }).where(eq(programmes.id, programmeId)).run();
    expectProblem(() => closePeriod(kari, programmeId, null), "periodNotOver");
    expectProblem(() => createSuccessor(kari, programmeId, { name: "X", slug: "", periodStart: year + 2, periodEnd: null, initiativeIds: [] }), "notEnding");
    db().update(programmes).set({ periodEnd: year }).where(eq(programmes.id, programmeId)).run();

    recordOutcome(kari, first.id, { outcome: "ordinary_operations", organisationId: null, organisationName: "Bydel Grorud", fromDate: `${year + 1}-01-01`, reason: "" });
    expectProblem(() => closePeriod(kari, programmeId, null), "outcomesMissing");
    // An organisation that is not approved cannot be named as the one continuing it.
    const pending = db().select({ id: organisations.id }).from(organisations).where(eq(organisations.status, "pending")).get()!;
    expectProblem(() => recordOutcome(kari, second.id, { outcome: "continued_by_partner", organisationId: pending.id, organisationName: "", fromDate: `${year + 1}-01-01`, reason: "" }), "organisationNotApproved");
    expect(db().select().from(initiativeOutcomes).where(eq(initiativeOutcomes.initiativeId, second.id)).get()).toBeUndefined();
  });

  it("closes: tiltak completed, the open request declined and the invitation ended with notices, audited", () => {
    // One request and one invitation open, one active partner.
    requestParticipation({ actorUserId: shop().userId, organisationId: shop().orgId, initiativeId: first.id, role: "partner", message: "" });
    inviteToInitiative(kari, { initiativeId: first.id, organisationId: club().orgId, role: "partner", message: "" });
    db().insert(participations).values({ initiativeId: second.id, organisationId: club().orgId, role: "partner", status: "active", startedAt: new Date() }).run();
    recordOutcome(kari, second.id, { outcome: "continued_by_partner", organisationId: club().orgId, organisationName: "", fromDate: `${year + 1}-01-01`, reason: "" });
    // The lift test's other tiltak end too.
    for (const other of listClosingInitiatives(programmeId, null).filter((i) => !i.outcome)) recordOutcome(kari, other.id, { outcome: "ended", reason: "Ferdig" });
    const before = db().select({ id: notifications.id }).from(notifications).all().length;
    const mailsBefore = db().select({ id: emailOutbox.id }).from(emailOutbox).all().length;

    expect(closePeriod(kari, programmeId, null)).toEqual({ initiatives: 5, requestsDeclined: 1, invitationsEnded: 1 });
    const closed = db().select().from(programmes).where(eq(programmes.id, programmeId)).get()!;
    expect(closed.closedAt).not.toBeNull();
    expect(closed.closedByUserId).toBe(kari.id);
    const rows = db().select({ status: initiatives.status, endDate: initiatives.endDate }).from(initiatives).where(inArray(initiatives.id, [first.id, second.id])).all();
    expect(rows.every((r) => r.status === "completed" && r.endDate !== null)).toBe(true);
    const open = db().select({ status: participations.status }).from(participations).where(eq(participations.initiativeId, first.id)).all();
    expect(open.map((p) => p.status).sort()).toEqual(["declined", "ended"]);
    // The active partner stays (the history); each closed request and invitation got a notice and a mail.
    expect(db().select({ status: participations.status }).from(participations).where(eq(participations.initiativeId, second.id)).get()?.status).toBe("active");
    const notices = db().select().from(notifications).all().slice(before);
    expect(notices.filter((n) => n.kind === "join_request_decided" && n.params.initiative === first.title).map((n) => n.userId).sort()).toEqual([shop().userId, club().userId].sort());
    expect(db().select({ subject: emailOutbox.subject }).from(emailOutbox).all().slice(mailsBefore).some((m) => m.subject.includes(first.title))).toBe(true);
    expect(db().select().from(auditEvents).where(and(eq(auditEvents.action, "programme.closed"), eq(auditEvents.entityId, programmeId))).all()).toHaveLength(1);
    expect(getProgrammeArchive(programmeId).closedYear).toBe(year);
    expect(getInitiativeArchive(first.id)).toMatchObject({ closedYear: year, outcome: { outcome: "ordinary_operations", organisation: { name: "Bydel Grorud", slug: null }, fromDate: `${year + 1}-01-01` } });
  });

  it("after closing, nothing can be joined or changed", () => {
    expectProblem(() => requestParticipation({ actorUserId: shop().userId, organisationId: shop().orgId, initiativeId: second.id, role: "partner", message: "" }), "ended");
    expectProblem(() => inviteToInitiative(kari, { initiativeId: second.id, organisationId: shop().orgId, role: "partner", message: "" }), "periodClosed");
    expectProblem(() => updateInitiative(kari, first.id, tiltakInput("Nytt navn")), "periodClosed");
    expectProblem(() => createInitiative(kari, tiltakInput("Et nytt tiltak")), "periodClosed");
    expectProblem(() => recordOutcome(kari, first.id, { outcome: "ended", reason: "x" }), "periodClosed");
    expectProblem(() => closePeriod(kari, programmeId, null), "alreadyClosed");
    expect(listJoinableInitiatives(shop().orgId, "").some((i) => i.id === first.id || i.id === second.id)).toBe(false);
  });

  it("creates the successor: copies the sub-programmes, areas and coordinators, carries a tiltak over with its partners, links both ways", () => {
    expectProblem(() => createSuccessor(kari, programmeId, { name: "Testsatsingen 2", slug: "", periodStart: year, periodEnd: null, initiativeIds: [] }), "startTooEarly");
    expectProblem(() => createSuccessor(kari, programmeId, { name: "Testsatsingen 2", slug: "testsatsingen", periodStart: year + 1, periodEnd: null, initiativeIds: [] }), "slugTaken");
    expectProblem(() => createSuccessor(kari, programmeId, { name: "Testsatsingen 2", slug: "", periodStart: year + 1, periodEnd: null, initiativeIds: [999999] }), "unknownInitiative");
    const made = createSuccessor(kari, programmeId, { name: "Testsatsingen 2", slug: "", periodStart: year + 1, periodEnd: year + 10, initiativeIds: [second.id] });
    expect(made).toMatchObject({ slug: "testsatsingen-2", carried: 1 });
    const next = db().select().from(programmes).where(eq(programmes.id, made.id)).get()!;
    expect(next).toMatchObject({ predecessorId: programmeId, periodStart: year + 1, periodEnd: year + 10, closedAt: null });
    expect(db().select({ slug: subprogrammes.slug }).from(subprogrammes).where(eq(subprogrammes.programmeId, made.id)).all()).toEqual([{ slug: "naermiljo" }]);
    expect(db().select().from(programmeAreas).where(eq(programmeAreas.programmeId, made.id)).all()).toHaveLength(3);
    expect(db().select().from(coordinatorAssignments).where(eq(coordinatorAssignments.programmeId, made.id)).all().map((a) => a.userId)).toEqual([kari.id]);
    const carried = db().select().from(initiatives).where(eq(initiatives.programmeId, made.id)).get()!;
    expect(carried).toMatchObject({ title: second.title, predecessorId: second.id, status: "planned", startDate: `${year + 1}-01-01` });
    expect(db().select({ organisationId: participations.organisationId, status: participations.status }).from(participations).where(eq(participations.initiativeId, carried.id)).all()).toEqual([{ organisationId: club().orgId, status: "active" }]);
    expect(db().select().from(initiativeOutcomes).where(eq(initiativeOutcomes.initiativeId, second.id)).get()).toMatchObject({ outcome: "successor", successorInitiativeId: carried.id });
    // The new tiltak is open: it can be joined; the public pages link both ways.
    expect(listJoinableInitiatives(shop().orgId, "").some((i) => i.id === carried.id)).toBe(true);
    expect(getInitiativeArchive(second.id)?.successor).toMatchObject({ slug: carried.slug, programmeName: "Testsatsingen 2" });
    expect(getInitiativeArchive(carried.id)?.predecessor).toMatchObject({ slug: second.slug });
    expect(getProgrammeArchive(programmeId).successor).toEqual({ slug: "testsatsingen-2", name: "Testsatsingen 2" });
    expect(db().select().from(auditEvents).where(and(eq(auditEvents.action, "programme.successor_created"), eq(auditEvents.entityId, made.id))).all()).toHaveLength(1);
    // One successor per programme.
    expectProblem(() => createSuccessor(kari, programmeId, { name: "Testsatsingen 3", slug: "", periodStart: year + 1, periodEnd: null, initiativeIds: [] }), "hasSuccessor");
  });
});
