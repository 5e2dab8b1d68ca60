/**
 * The partner side: profile edits (audited, re-approval on orgNumber/sector), taking part in tiltak
 * (request, invitations, leave) and writing updates, with the organisation scope in every query.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, initiatives, memberships, notifications, organisations, participations, updates, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { profileSchema } from "~/validation/profile";
import { newUpdateSchema } from "~/validation/update";
import { saveEmailPreferences } from "./notification-preferences.server";
import {
  answerInvitation,
  leaveParticipation,
  listJoinableInitiatives,
  listUpdatesFromMyInitiatives,
  ParticipationRuleError,
  requestParticipation,
} from "./participation.server";
import { confirmProfile, getProfileForEdit, profileNeedsConfirmation, ProfileRuleError, updateProfile } from "./profile.server";
import { createUpdate, deleteUpdate, editUpdate, getUpdateForEdit, listOrganisationUpdates, UpdateRuleError } from "./update-authoring.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

const db = () => getDb();
const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
const orgId = (name: string) => db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get()!.id;

function baseProfile(organisationId: number) {
  const p = getProfileForEdit(userId("partner@laget.test"), organisationId)!;
  return profileSchema.parse({
    name: p.name,
    sector: p.sector,
    orgNumber: p.orgNumber ?? "",
    description: p.description,
    website: p.website ?? "",
    contactEmail: p.contactEmail ?? "",
    contactPhone: p.contactPhone ?? "",
    areas: p.areaIds.map(String),
    themes: p.themeIds.map(String),
    offers: p.offers,
  });
}

describe("profile validation", () => {
  const valid = { name: "X", sector: "residents_group", orgNumber: "" };
  it("refuses a website that is not http(s), an over-long description and a bad phone", () => {
    const r = profileSchema.safeParse({ ...valid, website: "javascript:alert(1)", description: "a".repeat(5001), contactPhone: "22 33 (44)" });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({ website: "url", description: "descriptionTooLong", contactPhone: "phone" });
  });
  it("accepts http(s) addresses, phone with + and spaces, and an empty optional field", () => {
    const r = profileSchema.safeParse({ ...valid, website: "https://eksempel.no/om", contactPhone: "+47 22 33 44 55", contactEmail: "post@eksempel.no" });
    expect(r.success).toBe(true);
  });
  it("refuses an invalid e-mail and an invalid event date", () => {
    expect(profileSchema.safeParse({ ...valid, contactEmail: "ikke-epost" }).success).toBe(false);
    expect(newUpdateSchema.safeParse({ initiativeId: "1", title: "T", body: "B", visibility: "public", eventDate: "2026-02-30" }).success).toBe(false);
  });
});

describe("profile", () => {
  it("only members read the profile for editing", () => {
    const org = orgId("Leksehjelpa Romsås");
    expect(getProfileForEdit(userId("partner@laget.test"), org)?.name).toBe("Leksehjelpa Romsås");
    expect(getProfileForEdit(userId("berit.butikk@laget.test"), org)).toBeNull();
    expect(getProfileForEdit(userId("koordinator@laget.test"), org)).toBeNull();
  });

  it("applies ordinary edits at once and audits the changed field names, not values", () => {
    const org = orgId("Leksehjelpa Romsås");
    const values = { ...baseProfile(org), description: "Ny beskrivelse <script>alert(1)</script>", website: "https://leksehjelpa.example" };
    const result = updateProfile({ actorUserId: userId("partner@laget.test"), organisationId: org, values });
    expect(result).toEqual({ changed: expect.arrayContaining(["description", "website"]), reapproval: false });
    const row = db().select().from(organisations).where(eq(organisations.id, org)).get()!;
    expect(row.status).toBe("approved");
    expect(row.description).toBe("Ny beskrivelse <script>alert(1)</script>");
    const event = db().select().from(auditEvents).where(and(eq(auditEvents.action, "organisation.updated"), eq(auditEvents.entityId, org))).get()!;
    expect(event.details).toMatchObject({ fields: expect.arrayContaining(["description", "website"]) });
    expect(JSON.stringify(event.details)).not.toContain("leksehjelpa.example");
  });

  it("sends an approved organisation back to pending when the sector changes", () => {
    const org = orgId("Nærbutikken Romsås");
    const owner = userId("berit.butikk@laget.test");
    const p = getProfileForEdit(owner, org)!;
    const values = profileSchema.parse({ name: p.name, sector: "voluntary", orgNumber: p.orgNumber ?? "", areas: p.areaIds.map(String), themes: p.themeIds.map(String), offers: p.offers });
    expect(updateProfile({ actorUserId: owner, organisationId: org, values }).reapproval).toBe(true);
    expect(db().select({ s: organisations.status }).from(organisations).where(eq(organisations.id, org)).get()!.s).toBe("pending");
  });

  it("refuses an organisation id the person is not a member of (nothing written)", () => {
    const org = orgId("Leksehjelpa Romsås");
    const before = db().select().from(organisations).where(eq(organisations.id, org)).get();
    expect(() => updateProfile({ actorUserId: userId("berit.butikk@laget.test"), organisationId: org, values: { ...baseProfile(org), name: "Kapret" } })).toThrow(ProfileRuleError);
    expect(confirmProfile(userId("berit.butikk@laget.test"), org)).toBe(false);
    expect(db().select().from(organisations).where(eq(organisations.id, org)).get()).toEqual(before);
  });

  it("confirming sets last-confirmed; the reminder shows after 12 months or when never confirmed", () => {
    const org = orgId("Leksehjelpa Romsås");
    expect(confirmProfile(userId("partner@laget.test"), org)).toBe(true);
    const at = db().select({ at: organisations.lastConfirmedAt }).from(organisations).where(eq(organisations.id, org)).get()!.at!;
    expect(Date.now() - at.getTime()).toBeLessThan(60_000);
    expect(profileNeedsConfirmation(at)).toBe(false);
    expect(profileNeedsConfirmation(null)).toBe(true);
    expect(profileNeedsConfirmation(Date.now() - 366 * 86_400_000)).toBe(true);
  });
});

describe("taking part in tiltak", () => {
  it("asks to join with a role; coordinators of the programme are notified; a second open request is refused", () => {
    const org = orgId("Leksehjelpa Romsås");
    const partner = userId("partner@laget.test");
    const joinable = listJoinableInitiatives(org, "").find((i) => i.myStatus === null)!;
    expect(joinable).toBeDefined();
    const before = db().select({ n: sql<number>`count(*)` }).from(notifications).where(eq(notifications.kind, "participation_requested")).get()!.n;
    const id = requestParticipation({ actorUserId: partner, organisationId: org, initiativeId: joinable.id, role: "venue", message: "Vi har lokaler" });
    const row = db().select().from(participations).where(eq(participations.id, id)).get()!;
    expect(row).toMatchObject({ status: "requested", role: "venue", organisationId: org, message: "Vi har lokaler" });
    const after = db().select({ n: sql<number>`count(*)` }).from(notifications).where(eq(notifications.kind, "participation_requested")).get()!.n;
    expect(after).toBeGreaterThan(before);
    expect(() => requestParticipation({ actorUserId: partner, organisationId: org, initiativeId: joinable.id, role: "partner", message: "" })).toThrow(ParticipationRuleError);
    expect(listJoinableInitiatives(org, "").find((i) => i.id === joinable.id)?.myStatus).toBe("requested");
  });

  it("refuses a request on behalf of an organisation the person is not in", () => {
    const org = orgId("Leksehjelpa Romsås");
    const joinable = listJoinableInitiatives(org, "").find((i) => i.myStatus === null)!;
    expect(() => requestParticipation({ actorUserId: userId("berit.butikk@laget.test"), organisationId: org, initiativeId: joinable.id, role: "partner", message: "" })).toThrow(
      ParticipationRuleError,
    );
  });

  it("searches the joinable tiltak", () => {
    const org = orgId("Leksehjelpa Romsås");
    const hits = listJoinableInitiatives(org, "mentorordning");
    expect(hits.map((h) => h.slug)).toContain("mentorordning-for-elever-i-videregaende");
    expect(hits.every((h) => h.status !== "completed")).toBe(true);
  });

  it("accepts an invitation (active) and leaves it again (ended, with an end date, kept in history)", () => {
    const org = orgId("Leksehjelpa Romsås");
    const partner = userId("partner@laget.test");
    const invitation = db()
      .select({ id: participations.id })
      .from(participations)
      .where(and(eq(participations.organisationId, org), eq(participations.status, "invited")))
      .get()!;
    expect(() => answerInvitation({ actorUserId: userId("berit.butikk@laget.test"), organisationId: org, participationId: invitation.id, accept: true })).toThrow(ParticipationRuleError);
    answerInvitation({ actorUserId: partner, organisationId: org, participationId: invitation.id, accept: true });
    expect(db().select({ s: participations.status }).from(participations).where(eq(participations.id, invitation.id)).get()!.s).toBe("active");
    leaveParticipation({ actorUserId: partner, organisationId: org, participationId: invitation.id });
    const ended = db().select().from(participations).where(eq(participations.id, invitation.id)).get()!;
    expect(ended.status).toBe("ended");
    expect(ended.endedAt).toBeInstanceOf(Date);
  });
});

describe("updates", () => {
  const activeInitiativeOf = (org: number) =>
    db().select({ id: participations.initiativeId }).from(participations).where(and(eq(participations.organisationId, org), eq(participations.status, "active"))).get()!.id;

  it("an active participant posts; a non-participant cannot", () => {
    const org = orgId("Leksehjelpa Romsås");
    const partner = userId("partner@laget.test");
    const id = createUpdate({ actorUserId: partner, organisationId: org, initiativeId: activeInitiativeOf(org), title: "Hei", body: "<b>tekst</b>", eventDate: "", visibility: "public" });
    expect(db().select({ body: updates.body }).from(updates).where(eq(updates.id, id)).get()!.body).toBe("<b>tekst</b>");
    const notIn = db()
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(sql`${initiatives.id} NOT IN (SELECT initiative_id FROM participations WHERE organisation_id = ${org} AND status = 'active')`)
      .get()!.id;
    expect(() => createUpdate({ actorUserId: partner, organisationId: org, initiativeId: notIn, title: "X", body: "Y", eventDate: "", visibility: "public" })).toThrow(UpdateRuleError);
    // A member of another organisation cannot post in this organisation's name.
    expect(() =>
      createUpdate({ actorUserId: userId("berit.butikk@laget.test"), organisationId: org, initiativeId: activeInitiativeOf(org), title: "X", body: "Y", eventDate: "", visibility: "public" }),
    ).toThrow(UpdateRuleError);
  });

  it("authors and owners edit and delete; another organisation's member gets nothing; edits are audited", () => {
    const org = orgId("Leksehjelpa Romsås");
    const editor = userId("lars.lekser@laget.test");
    const owner = userId("partner@laget.test");
    const id = createUpdate({ actorUserId: editor, organisationId: org, initiativeId: activeInitiativeOf(org), title: "Av Lars", body: "Tekst", eventDate: "2026-05-01", visibility: "partners" });
    expect(getUpdateForEdit(userId("berit.butikk@laget.test"), id)).toBeNull();
    expect(() => editUpdate({ actorUserId: userId("berit.butikk@laget.test"), updateId: id, title: "Kapret", body: "x", eventDate: "", visibility: "public" })).toThrow(UpdateRuleError);
    expect(() => deleteUpdate({ actorUserId: userId("berit.butikk@laget.test"), updateId: id })).toThrow(UpdateRuleError);
    expect(editUpdate({ actorUserId: editor, updateId: id, title: "Av Lars (rettet)", body: "Tekst", eventDate: "2026-05-01", visibility: "partners" })).toEqual(["title"]);
    expect(editUpdate({ actorUserId: owner, updateId: id, title: "Av Lars (rettet)", body: "Ny tekst", eventDate: "", visibility: "public" })).toEqual(["body", "eventDate", "visibility"]);
    const edits = db().select().from(auditEvents).where(and(eq(auditEvents.action, "update.edited"), eq(auditEvents.entityId, id))).all();
    expect(edits).toHaveLength(2);
    deleteUpdate({ actorUserId: owner, updateId: id });
    expect(db().select().from(updates).where(eq(updates.id, id)).get()).toBeUndefined();
    expect(listOrganisationUpdates(owner, org).some((u) => u.id === id)).toBe(false);
  });

  it("an editor who is not the author cannot edit a colleague's update; an owner can", () => {
    const org = orgId("Leksehjelpa Romsås");
    const id = createUpdate({ actorUserId: userId("partner@laget.test"), organisationId: org, initiativeId: activeInitiativeOf(org), title: "Av Per", body: "Tekst", eventDate: "", visibility: "public" });
    expect(getUpdateForEdit(userId("lars.lekser@laget.test"), id)).toBeNull();
    expect(getUpdateForEdit(userId("partner@laget.test"), id)?.title).toBe("Av Per");
  });

  it("partners-only updates reach active participants of the tiltak only; coordinators-only ones only the author's organisation", () => {
    const a = orgId("Leksehjelpa Romsås");
    const initiative = activeInitiativeOf(a);
    const partnersOnly = createUpdate({ actorUserId: userId("partner@laget.test"), organisationId: a, initiativeId: initiative, title: "Bare partnere", body: "x", eventDate: "", visibility: "partners" });
    const coordOnly = createUpdate({ actorUserId: userId("partner@laget.test"), organisationId: a, initiativeId: initiative, title: "Bare koordinatorer", body: "x", eventDate: "", visibility: "coordinators" });
    // Another active participant of the same tiltak.
    const other = db()
      .select({ org: participations.organisationId })
      .from(participations)
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .where(and(eq(participations.initiativeId, initiative), eq(participations.status, "active"), sql`${participations.organisationId} <> ${a}`, eq(organisations.status, "approved")))
      .get()!.org;
    const seenByOther = listUpdatesFromMyInitiatives(other, 100).map((u) => u.id);
    expect(seenByOther).toContain(partnersOnly);
    expect(seenByOther).not.toContain(coordOnly);
    // An organisation not in the tiltak.
    const outsider = db()
      .select({ id: organisations.id })
      .from(organisations)
      .where(sql`${organisations.id} NOT IN (SELECT organisation_id FROM participations WHERE initiative_id = ${initiative} AND status = 'active')`)
      .get()!.id;
    expect(listUpdatesFromMyInitiatives(outsider, 1000).map((u) => u.id)).not.toContain(partnersOnly);
    const own = listUpdatesFromMyInitiatives(a, 100).map((u) => u.id);
    expect(own).toEqual(expect.arrayContaining([partnersOnly, coordOnly]));
  });

  it("the overview's latest updates are the newest visible ones across all the organisation's tiltak, for any limit", () => {
    // The query takes each tiltak's newest updates and then the newest of those; this is the rule
    // written out plainly over every update, to compare with.
    const everything = db()
      .select({
        id: updates.id,
        createdAt: updates.createdAt,
        initiativeId: updates.initiativeId,
        authorId: updates.organisationId,
        authorStatus: organisations.status,
        visibility: updates.visibility,
        hiddenAt: updates.hiddenAt,
        archivedAt: initiatives.archivedAt,
      })
      .from(updates)
      .innerJoin(organisations, eq(organisations.id, updates.organisationId))
      .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
      .all();
    const active = db().select({ org: participations.organisationId, initiative: participations.initiativeId }).from(participations).where(eq(participations.status, "active")).all();
    const orgs = [...new Set(active.map((p) => p.org))];
    expect(orgs.length).toBeGreaterThan(3);
    let compared = 0;
    for (const org of orgs) {
      const mine = new Set(active.filter((p) => p.org === org).map((p) => p.initiative));
      const expected = everything
        .filter((u) => mine.has(u.initiativeId) && u.archivedAt === null)
        .filter((u) => u.authorId === org || (u.hiddenAt === null && (u.visibility === "public" || u.visibility === "partners") && u.authorStatus === "approved"))
        .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || y.id - x.id)
        .map((u) => u.id);
      for (const limit of [1, 2, 3, 5, 10, 100]) {
        expect(listUpdatesFromMyInitiatives(org, limit).map((u) => u.id), `organisation ${org}, limit ${limit}`).toEqual(expected.slice(0, limit));
        compared += Math.min(limit, expected.length);
      }
    }
    expect(compared, "the demo data gives the comparison updates to compare").toBeGreaterThan(50);
  });

  it("the author's organisation sees a hidden update with the reason", () => {
    const a = orgId("Leksehjelpa Romsås");
    const id = createUpdate({ actorUserId: userId("partner@laget.test"), organisationId: a, initiativeId: activeInitiativeOf(a), title: "Skjules", body: "x", eventDate: "", visibility: "public" });
    db().update(updates).set({ hiddenAt: new Date(), hiddenReason: "Personopplysninger" }).where(eq(updates.id, id)).run();
    const mine = listOrganisationUpdates(userId("partner@laget.test"), a).find((u) => u.id === id)!;
    expect(mine.hiddenReason).toBe("Personopplysninger");
    expect(listOrganisationUpdates(userId("berit.butikk@laget.test"), a)).toEqual([]);
  });
});

describe("e-mail preferences", () => {
  it("a kind turned off gets no e-mail but still an in-app notification", () => {
    const partner = userId("partner@laget.test");
    const coordinator = userId("koordinator@laget.test");
    saveEmailPreferences(coordinator, []);
    const coordinatorMails = () => db().select().from(emailOutbox).where(eq(emailOutbox.to, "koordinator@laget.test")).all().length;
    const before = coordinatorMails();
    const org = orgId("Leksehjelpa Romsås");
    const joinable = listJoinableInitiatives(org, "").find((i) => i.myStatus === null && i.programmeName === "Groruddalssatsingen")!;
    requestParticipation({ actorUserId: partner, organisationId: org, initiativeId: joinable.id, role: "partner", message: "" });
    expect(coordinatorMails()).toBe(before);
    expect(db().select().from(notifications).where(and(eq(notifications.userId, coordinator), eq(notifications.kind, "participation_requested"))).all().length).toBeGreaterThan(0);
    expect(db().select().from(memberships).where(eq(memberships.userId, partner)).all().length).toBeGreaterThan(0);
  });
});
